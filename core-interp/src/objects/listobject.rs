//! `list`: mutable sequences.

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;
use std::cell::RefCell;

/// The payload of list objects.
#[derive(Default)]
pub struct PyList {
    pub items: RefCell<Vec<PyRef>>,
}

impl PyPayload for PyList {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
}

pub fn new_list(vm: &Vm, items: Vec<PyRef>) -> PyRef {
    PyRef::new(PyList { items: RefCell::new(items) }, vm.types.list_type.clone())
}

pub fn as_list(obj: &PyRef) -> Option<&PyList> {
    obj.downcast_ref::<PyList>()
}

/// Installs list's slots.
pub fn init(vm: &Vm) {
    let s = &super::typeobject::as_type(&vm.types.list_type).slots;
    s.hash.set(Some(super::slotfuncs::hash_not_implemented));
    s.repr.set(Some(|vm, o| {
        let items = as_list(o).expect("list").items.borrow().clone();
        let r = super::tupleobject::seq_repr(vm, &items, "[", "]")?;
        Ok(super::unicodeobject::new_str_object(vm, &r))
    }));
    s.len.set(Some(|_, o| Ok(as_list(o).expect("list").items.borrow().len())));
}
