//! `tuple`: immutable sequences.

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;

/// The payload of tuple objects.
pub struct PyTuple {
    pub items: Box<[PyRef]>,
}

impl PyPayload for PyTuple {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.items.iter().for_each(visit);
    }
}

/// A new tuple (the empty tuple is a singleton).
pub fn new_tuple(vm: &Vm, items: Vec<PyRef>) -> PyRef {
    if items.is_empty() {
        return vm.empty_tuple.clone();
    }
    PyRef::new(PyTuple { items: items.into_boxed_slice() }, vm.types.tuple_type.clone())
}

/// The items of `obj`, if it is a tuple (or subclass instance).
pub fn tuple_items(obj: &PyRef) -> Option<&[PyRef]> {
    obj.downcast_ref::<PyTuple>().map(|t| &*t.items)
}

use super::typeobject::as_type;
use crate::vm::PyResult;

/// `repr()` of a sequence of items between `open` and `close`.
pub fn seq_repr(vm: &Vm, items: &[PyRef], open: &str, close: &str) -> PyResult<String> {
    let mut s = String::from(open);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&vm.repr_string(it)?);
    }
    s.push_str(close);
    Ok(s)
}

fn tuple_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let items = tuple_items(o).expect("tuple");
    let s = if items.len() == 1 { format!("({},)", vm.repr_string(&items[0])?) } else { seq_repr(vm, items, "(", ")")? };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

/// Installs tuple's slots.
pub fn init(vm: &Vm) {
    let s = &as_type(&vm.types.tuple_type).slots;
    s.repr.set(Some(tuple_repr));
    s.len.set(Some(|_, o| Ok(tuple_items(o).expect("tuple").len())));
}
