//! The singletons `None`, `NotImplemented` and `Ellipsis`.

use super::object::PyPayload;

/// Payload of `None`.
pub struct PyNone;
impl PyPayload for PyNone {
    const GC: bool = false;
}

/// Payload of `NotImplemented`.
pub struct PyNotImplemented;
impl PyPayload for PyNotImplemented {
    const GC: bool = false;
}

/// Payload of `Ellipsis`.
pub struct PyEllipsis;
impl PyPayload for PyEllipsis {
    const GC: bool = false;
}

use super::object::PyRef;
use super::typeobject::as_type;
use crate::vm::{CallArgs, PyResult, Vm};

fn singleton_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let name = as_type(cls).name();
    if !args.args.is_empty() {
        return Err(vm.new_type_error(format!("{name} takes no arguments")));
    }
    Ok(if cls.is(&vm.types.none_type) {
        vm.none.clone()
    } else if cls.is(&vm.types.notimplemented_type) {
        vm.not_implemented.clone()
    } else {
        vm.ellipsis.clone()
    })
}

/// Installs the singletons' reprs, truth and constructors.
pub fn init(vm: &Vm) {
    let none = as_type(&vm.types.none_type);
    none.slots.repr.set(Some(|vm, _| Ok(vm.intern("None"))));
    none.slots.bool.set(Some(|_, _| Ok(false)));
    none.slots.new.set(Some(singleton_new));
    let ni = as_type(&vm.types.notimplemented_type);
    ni.slots
        .repr
        .set(Some(|vm, _| Ok(vm.intern("NotImplemented"))));
    ni.slots.new.set(Some(singleton_new));
    let el = as_type(&vm.types.ellipsis_type);
    el.slots.repr.set(Some(|vm, _| Ok(vm.intern("Ellipsis"))));
    el.slots.new.set(Some(singleton_new));
}
