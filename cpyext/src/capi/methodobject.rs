//! `builtin_function_or_method` objects made by C (`PyCMethod_New`,
//! `PyCFunction_NewEx`, `PyCFunction_New`) and their fields
//! (`PyCFunction_GetSelf`, `_GetFlags`).

use super::{arg, borrowed, ret};
use crate::cfunction::{new_function, CFunction};
use crate::ffi::{self, PyMethodDef, PyObject, PyTypeObject};
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::vm::PyResult;
use std::ptr::null_mut;

/// The `CFunction` behind `op`; SystemError (CPython's "bad argument to
/// internal function") for anything else.
fn cfunction(op: *mut PyObject) -> PyResult<(PyRef, *const PyMethodDef)> {
    let o = arg(op)?;
    match o.downcast_ref::<CFunction>() {
        Some(f) => {
            let def = f.def;
            Ok((o, def))
        }
        None => Err(vm().new_system_error("bad argument to internal function")),
    }
}

/// CPython's check of the calling convention a new function gets.
fn check_flags(ml: *mut PyMethodDef, cls: *mut PyTypeObject) -> PyResult<()> {
    let vm = vm();
    // SAFETY: `ml` is a method table row the caller keeps alive.
    let (flags, name) = unsafe { ((*ml).ml_flags as u32, (*ml).ml_name) };
    let conv = flags
        & (ffi::METH_VARARGS
            | ffi::METH_FASTCALL
            | ffi::METH_NOARGS
            | ffi::METH_O
            | ffi::METH_KEYWORDS
            | ffi::METH_METHOD);
    let ok = [
        ffi::METH_VARARGS,
        ffi::METH_VARARGS | ffi::METH_KEYWORDS,
        ffi::METH_FASTCALL,
        ffi::METH_FASTCALL | ffi::METH_KEYWORDS,
        ffi::METH_NOARGS,
        ffi::METH_O,
        ffi::METH_METHOD | ffi::METH_FASTCALL | ffi::METH_KEYWORDS,
    ]
    .contains(&conv);
    if !ok {
        let name = super::cstr(name)?;
        return Err(vm.new_system_error(&format!("{name}() method: bad call flags")));
    }
    if flags & ffi::METH_METHOD != 0 && cls.is_null() {
        return Err(vm.new_system_error(
            "attempting to create PyCMethod with a METH_METHOD flag but no class",
        ));
    }
    if flags & ffi::METH_METHOD == 0 && !cls.is_null() {
        return Err(vm.new_system_error(
            "attempting to create PyCFunction with class but no METH_METHOD flag",
        ));
    }
    Ok(())
}

fn c_method_new(
    ml: *mut PyMethodDef,
    self_: *mut PyObject,
    module: *mut PyObject,
    cls: *mut PyTypeObject,
) -> PyResult<*mut PyObject> {
    check_flags(ml, cls)?;
    let opt = |p: *mut PyObject| (!p.is_null()).then(|| crate::proxy::from_c(p));
    Ok(ret(new_function(
        vm(),
        ml,
        opt(self_),
        opt(module),
        opt(cls as *mut PyObject),
    )))
}

capi! {
    api fn PyCMethod_New(ml: *mut PyMethodDef, self_: *mut PyObject, module: *mut PyObject, cls: *mut PyTypeObject) -> *mut PyObject {
        c_method_new(ml, self_, module, cls)
    }
    api fn PyCFunction_NewEx(ml: *mut PyMethodDef, self_: *mut PyObject, module: *mut PyObject) -> *mut PyObject {
        c_method_new(ml, self_, module, null_mut())
    }
    api fn PyCFunction_New(ml: *mut PyMethodDef, self_: *mut PyObject) -> *mut PyObject {
        c_method_new(ml, self_, null_mut(), null_mut())
    }
    api fn PyCFunction_GetSelf(op: *mut PyObject) -> *mut PyObject {
        let (o, def) = cfunction(op)?;
        // SAFETY: the function's method table row is static.
        if unsafe { (*def).ml_flags } as u32 & ffi::METH_STATIC != 0 {
            return Ok(null_mut());
        }
        Ok(o.downcast_ref::<CFunction>()
            .and_then(|f| f.self_.as_ref())
            .map_or(null_mut(), borrowed))
    }
    api fn PyCFunction_GetFlags(op: *mut PyObject) -> libc::c_int {
        let (_, def) = cfunction(op)?;
        // SAFETY: as above.
        Ok(unsafe { (*def).ml_flags })
    }
}
