//! The `_warnings` module. CPython's C version holds the filter machinery;
//! oxpy keeps only `warn` and `warn_explicit`, which hand the warning to the
//! pure-Python implementation in `Lib/warnings.py` (that module then uses
//! its own filters, since `_warnings` exports none). Rust code warns
//! through `warn()`.

use crate::objects::dictobject::PyDict;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::objects::typeobject::as_type;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};

fn warnings_function(vm: &Vm, name: &str) -> PyResult {
    let w = crate::vm::import::import_module(vm, "warnings")?;
    vm.getattr_str(&w, name)
}

/// Issues a warning of `category` from Rust code; `stacklevel` 1 is the
/// Python code that called the built-in.
pub fn warn(vm: &Vm, category: &PyRef, msg: &str, stacklevel: i64) -> PyResult<()> {
    match warnings_function(vm, "warn") {
        Ok(f) => {
            vm.call_positional(
                &f,
                &[
                    new_str_object(vm, msg),
                    category.clone(),
                    new_int(vm, stacklevel),
                ],
            )?;
        }
        Err(e) if e.matches(&vm.exceptions.import_error) => {
            let name = as_type(category).name();
            crate::modules::stdstreams::write_text(
                crate::modules::stdstreams::Fd::Stderr,
                &format!("sys:1: {name}: {msg}\n"),
            );
        }
        Err(e) => return Err(e),
    }
    Ok(())
}

fn py_warn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let f = warnings_function(vm, "warn")?;
    vm.call(&f, args)
}

fn py_warn_explicit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let f = warnings_function(vm, "warn_explicit")?;
    vm.call(&f, args)
}

/// Creates the `_warnings` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let m = new_module(vm, "_warnings");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    for f in [
        MethodDef::new("warn", py_warn),
        MethodDef::new("warn_explicit", py_warn_explicit),
    ] {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    Ok(m)
}
