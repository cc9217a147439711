//! Warnings from C (`warnings.h`): every function goes through the
//! `warnings` module, so filters, `catch_warnings` and the "error" action
//! apply; the stack level counts Python frames, the C function having none.

use super::{arg, cstr};
use crate::ffi::PyObject;
use crate::proxy;
use crate::runtime::vm;
use core_interp::objects::longobject::new_int;
use core_interp::objects::object::PyRef;
use core_interp::objects::unicodeobject::new_str_object;
use core_interp::vm::PyResult;
use libc::{c_char, c_int};

fn warnings_fn(name: &str) -> PyResult<PyRef> {
    let vm = vm();
    let m = core_interp::vm::import::import_module(vm, "warnings")?;
    vm.getattr_str(&m, name)
}

/// The category, RuntimeWarning when C passes NULL.
fn category(c: *mut PyObject) -> PyRef {
    proxy::from_c_opt(c).unwrap_or_else(|| vm().exceptions.runtime_warning.clone())
}

fn or_none(p: *mut PyObject) -> PyRef {
    proxy::from_c_opt(p).unwrap_or_else(|| vm().none.clone())
}

/// `warnings.warn(message, category, stacklevel)`.
pub fn warn(category: PyRef, message: &str, stacklevel: isize) -> PyResult<()> {
    let vm = vm();
    let text = new_str_object(vm, message);
    vm.call_positional(
        &warnings_fn("warn")?,
        &[text, category, new_int(vm, stacklevel as i64)],
    )?;
    Ok(())
}

capi! {
    api fn PyErr_WarnEx(cat: *mut PyObject, msg: *const c_char, stacklevel: isize) -> c_int {
        warn(category(cat), &cstr(msg)?, stacklevel)?;
        Ok(0)
    }
    api fn PyErr_WarnExplicitObject(cat: *mut PyObject, msg: *mut PyObject, filename: *mut PyObject, lineno: c_int, module: *mut PyObject, registry: *mut PyObject) -> c_int {
        let vm = vm();
        let args = [arg(msg)?, category(cat), arg(filename)?, new_int(vm, lineno as i64), or_none(module), or_none(registry)];
        vm.call_positional(&warnings_fn("warn_explicit")?, &args)?;
        Ok(0)
    }
    api fn PyErr_WarnExplicit(cat: *mut PyObject, msg: *const c_char, filename: *const c_char, lineno: c_int, module: *const c_char, registry: *mut PyObject) -> c_int {
        let vm = vm();
        let module = if module.is_null() { vm.none.clone() } else { new_str_object(vm, &cstr(module)?) };
        let args = [
            new_str_object(vm, &cstr(msg)?),
            category(cat),
            new_str_object(vm, &cstr(filename)?),
            new_int(vm, lineno as i64),
            module,
            or_none(registry),
        ];
        vm.call_positional(&warnings_fn("warn_explicit")?, &args)?;
        Ok(0)
    }
}
