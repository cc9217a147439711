//! `bytes`: immutable byte strings.

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;
use std::cell::Cell;

/// The payload of bytes objects.
pub struct PyBytes {
    pub data: Box<[u8]>,
    /// Cached hash; -1 means not computed yet.
    pub hash: Cell<isize>,
}

impl PyPayload for PyBytes {}

pub fn new_bytes(vm: &Vm, data: Vec<u8>) -> PyRef {
    PyRef::new(PyBytes { data: data.into_boxed_slice(), hash: Cell::new(-1) }, vm.types.bytes_type.clone())
}

pub fn as_bytes(obj: &PyRef) -> Option<&[u8]> {
    obj.downcast_ref::<PyBytes>().map(|b| &*b.data)
}

/// Installs bytes' slots.
pub fn init(_vm: &Vm) {}
