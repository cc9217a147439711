//! `mappingproxy`: a read-only view of a mapping (a class's `__dict__`).

use super::object::{PyPayload, PyRef};
use crate::vm::{PyResult, Vm};

/// The payload of mappingproxy objects.
pub struct PyMappingProxy {
    pub mapping: PyRef,
}

impl PyPayload for PyMappingProxy {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.mapping);
    }
}

pub fn new_mappingproxy(vm: &Vm, mapping: PyRef) -> PyRef {
    PyRef::new(PyMappingProxy { mapping }, vm.types.mappingproxy_type.clone())
}

fn inner(obj: &PyRef) -> &PyRef {
    &obj.downcast_ref::<PyMappingProxy>().expect("mappingproxy").mapping
}

pub fn mp_getitem(vm: &Vm, obj: &PyRef, key: &PyRef) -> PyResult {
    vm.getitem(inner(obj), key)
}

pub fn mp_len(vm: &Vm, obj: &PyRef) -> PyResult<usize> {
    vm.len(inner(obj))
}

pub fn mp_contains(vm: &Vm, obj: &PyRef, key: &PyRef) -> PyResult<bool> {
    vm.contains(inner(obj), key)
}

pub fn mp_iter(vm: &Vm, obj: &PyRef) -> PyResult {
    vm.get_iter(inner(obj))
}

/// Installs mappingproxy's slots.
pub fn init(vm: &Vm) {
    let s = &super::typeobject::as_type(&vm.types.mappingproxy_type).slots;
    s.getitem.set(Some(mp_getitem));
    s.len.set(Some(mp_len));
    s.contains.set(Some(mp_contains));
    s.iter.set(Some(mp_iter));
}
