//! `cell`: the boxes closures share variables through.

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;
use std::cell::RefCell;

/// The payload of cell objects; `None` is an empty cell.
pub struct PyCell {
    pub contents: RefCell<Option<PyRef>>,
}

impl PyPayload for PyCell {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(v) = self.contents.borrow().as_ref() {
            visit(v);
        }
    }
    fn clear(&self) {
        self.contents.take();
    }
}

pub fn new_cell(vm: &Vm, contents: Option<PyRef>) -> PyRef {
    PyRef::new(PyCell { contents: RefCell::new(contents) }, vm.types.cell_type.clone())
}

pub fn as_cell(obj: &PyRef) -> &PyCell {
    obj.downcast_ref::<PyCell>().expect("not a cell")
}

/// Installs the type's slots.
pub fn init(_vm: &Vm) {}
