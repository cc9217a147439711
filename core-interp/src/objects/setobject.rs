//! `set` and `frozenset`: unordered collections of hashable objects
//! (stored as the keys of an insertion-ordered table).

use super::dictobject::PyDict;
use super::object::{PyPayload, PyRef};
use crate::vm::{PyResult, Vm};

/// The payload of set and frozenset objects; values of `table` are unused (None).
#[derive(Default)]
pub struct PySet {
    pub table: PyDict,
}

impl PyPayload for PySet {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.table.traverse(visit);
    }
    fn clear(&self) {
        self.table.clear_all();
    }
}

impl PySet {
    pub fn add(&self, vm: &Vm, item: PyRef) -> PyResult<()> {
        self.table.set_item(vm, item, vm.none.clone())
    }

    pub fn contains(&self, vm: &Vm, item: &PyRef) -> PyResult<bool> {
        self.table.contains(vm, item)
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    pub fn items(&self) -> Vec<PyRef> {
        self.table.keys()
    }
}

fn build(vm: &Vm, ty: &PyRef, items: Vec<PyRef>) -> PyResult {
    let s = PySet::default();
    for it in items {
        s.add(vm, it)?;
    }
    Ok(PyRef::new(s, ty.clone()))
}

pub fn new_set(vm: &Vm, items: Vec<PyRef>) -> PyResult {
    build(vm, &vm.types.set_type, items)
}

pub fn new_frozenset(vm: &Vm, items: Vec<PyRef>) -> PyResult {
    build(vm, &vm.types.frozenset_type, items)
}

pub fn as_set(obj: &PyRef) -> Option<&PySet> {
    obj.downcast_ref::<PySet>()
}

/// Installs set's and frozenset's slots.
pub fn init(_vm: &Vm) {}
