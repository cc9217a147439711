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

/// `cell([contents])`: a new cell, empty without an argument.
fn cell_new(vm: &Vm, _cls: &PyRef, args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult {
    let a = args.check_positional(vm, "cell", 0, 1)?;
    Ok(new_cell(vm, a.first().cloned()))
}

/// Cells compare by contents; an empty cell is less than a full one and
/// equal to another empty one.
fn cell_richcompare(
    vm: &Vm,
    a: &PyRef,
    b: &PyRef,
    op: crate::compile::bytecode::CompareOperator,
) -> crate::vm::PyResult {
    use crate::compile::bytecode::CompareOperator as Op;
    let Some(y) = b.downcast_ref::<PyCell>() else {
        return Ok(vm.not_implemented.clone());
    };
    let x = as_cell(a).contents.borrow().clone();
    let y = y.contents.borrow().clone();
    if let (Some(x), Some(y)) = (&x, &y) {
        return vm.richcompare(x, y, op);
    }
    let (l, r) = (y.is_none(), x.is_none());
    let res = match op {
        Op::Lt => l < r,
        Op::Le => l <= r,
        Op::Eq => l == r,
        Op::Ne => l != r,
        Op::Gt => l > r,
        Op::Ge => l >= r,
    };
    Ok(vm.bool_obj(res))
}

/// Installs cell's attributes.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, GetSetDef};
    let t = &vm.types.cell_type;
    let slots = &super::typeobject::as_type(t).slots;
    slots.new.set(Some(cell_new));
    slots.richcompare.set(Some(cell_richcompare));
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
