//! `module`: a namespace with a name.

use super::dictobject::PyDict;
use super::object::{PyPayload, PyRef};
use crate::vm::Vm;

/// The payload of module objects; the namespace is the instance `__dict__`.
pub struct PyModule;

impl PyPayload for PyModule {}

/// A new module named `name` with `__name__`, `__doc__`, `__package__`,
/// `__loader__` and `__spec__` set as CPython's `module.__init__` does.
pub fn new_module(vm: &Vm, name: &str) -> PyRef {
    let m = PyRef::new(PyModule, vm.types.module_type.clone());
    let d = PyDict::new_ref(vm);
    {
        let dict = d.downcast_ref::<PyDict>().unwrap();
        dict.set_str(vm, "__name__", vm.intern(name));
        for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
            dict.set_str(vm, k, vm.none.clone());
        }
    }
    m.set_dict(Some(d));
    m
}

/// The namespace dict of a module.
pub fn module_dict(m: &PyRef) -> PyRef {
    m.dict().expect("modules have a __dict__")
}

fn module_repr(vm: &Vm, m: &PyRef) -> crate::vm::PyResult {
    let d = module_dict(m);
    let dd = d.downcast_ref::<PyDict>().unwrap();
    let name = dd
        .get_rust_str(vm, "__name__")
        .map(|n| crate::vm::attr::str_lossy(&n))
        .unwrap_or_else(|| "?".into());
    let s = match dd.get_rust_str(vm, "__file__") {
        Some(f) => format!(
            "<module '{name}' from '{}'>",
            crate::vm::attr::str_lossy(&f)
        ),
        None => format!("<module '{name}' (built-in)>"),
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

/// Installs module's slots.
pub fn init(vm: &Vm) {
    let s = &super::typeobject::as_type(&vm.types.module_type).slots;
    s.repr.set(Some(module_repr));
    super::descrobject::add_getsets(
        vm,
        &vm.types.module_type,
        &[super::descrobject::GetSetDef::new("__dict__", |_, m| {
            Ok(module_dict(m))
        })],
    );
}
