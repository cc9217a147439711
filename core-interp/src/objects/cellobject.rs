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
    PyRef::new(
        PyCell {
            contents: RefCell::new(contents),
        },
        vm.types.cell_type.clone(),
    )
}

pub fn as_cell(obj: &PyRef) -> &PyCell {
    obj.downcast_ref::<PyCell>().expect("not a cell")
}

/// Installs cell's attributes.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, GetSetDef};
    let t = &vm.types.cell_type;
    super::typeobject::as_type(t).slots.repr.set(Some(|vm, o| {
        let s = match as_cell(o).contents.borrow().as_ref() {
            Some(v) => format!(
                "<cell at {:#x}: {} object at {:#x}>",
                o.id(),
                super::typeobject::class_name(v),
                v.id()
            ),
            None => format!("<cell at {:#x}: empty>", o.id()),
        };
        Ok(super::unicodeobject::new_str_object(vm, &s))
    }));
    add_getsets(
        vm,
        t,
        &[GetSetDef::new("cell_contents", |vm, o| {
            as_cell(o)
                .contents
                .borrow()
                .clone()
                .ok_or_else(|| vm.new_value_error("Cell is empty"))
        })
        .with_setter(|_, o, v| {
            *as_cell(o).contents.borrow_mut() = v.cloned();
            Ok(())
        })],
    );
}
