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

fn module_new(vm: &Vm, cls: &PyRef, _args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult {
    let m = PyRef::new(PyModule, cls.clone());
    m.set_dict(Some(PyDict::new_ref(vm)));
    Ok(m)
}

static INIT_SIG: crate::vm::Signature = crate::vm::Signature {
    name: "module",
    params: &["name", "doc"],
    posonly: 0,
    positional: 2,
    required: 1,
};

/// `module.__init__(name, doc=None)`.
fn module_init(vm: &Vm, m: &PyRef, args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult<()> {
    let a = INIT_SIG.bind(vm, args)?;
    let name = a[0].clone().expect("required");
    if name.downcast_ref::<super::unicodeobject::PyStr>().is_none() {
        return Err(vm.new_type_error(format!(
            "module() argument 'name' must be str, not {}",
            super::typeobject::class_name(&name)
        )));
    }
    let d = match m.dict() {
        Some(d) => d,
        None => {
            let d = PyDict::new_ref(vm);
            m.set_dict(Some(d.clone()));
            d
        }
    };
    let dict = d.downcast_ref::<PyDict>().expect("module dict");
    dict.set_str(vm, "__name__", name);
    dict.set_str(
        vm,
        "__doc__",
        a[1].clone().unwrap_or_else(|| vm.none.clone()),
    );
    for k in ["__package__", "__loader__", "__spec__"] {
        dict.set_str(vm, k, vm.none.clone());
    }
    Ok(())
}

/// `repr(module)`: importlib's `_module_repr` (spec, loader, `__file__`)
/// once the import system is installed.
fn module_repr(vm: &Vm, m: &PyRef) -> crate::vm::PyResult {
    let bootstrap = vm.importlib.borrow().clone();
    if let Some(b) = bootstrap {
        return vm.call_method(&b, "_module_repr", &[m.clone()]);
    }
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
    s.new.set(Some(module_new));
    s.init.set(Some(module_init));
    super::descrobject::add_getsets(
        vm,
        &vm.types.module_type,
        &[super::descrobject::GetSetDef::new("__dict__", |_, m| {
            Ok(module_dict(m))
        })],
    );
}
