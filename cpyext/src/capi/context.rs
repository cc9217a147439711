//! `context.h`: context variables from C (`PyContext_*`, `PyContextVar_*`)
//! over the objects of [`crate::context`].

use super::{arg, cstr, ret};
use crate::context;
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::unicodeobject::new_str_object;
use libc::{c_char, c_int};
use std::ptr::null_mut;

capi! {
    api fn PyContext_New() -> *mut PyObject {
        Ok(ret(context::new_empty(vm())))
    }
    api fn PyContext_Copy(ctx: *mut PyObject) -> *mut PyObject {
        Ok(ret(context::copy(vm(), &arg(ctx)?)?))
    }
    api fn PyContext_CopyCurrent() -> *mut PyObject {
        let vm = vm();
        Ok(ret(context::copy(vm, &context::current(vm))?))
    }
    api fn PyContext_Enter(ctx: *mut PyObject) -> c_int {
        context::enter(vm(), &arg(ctx)?)?;
        Ok(0)
    }
    api fn PyContext_Exit(ctx: *mut PyObject) -> c_int {
        context::exit(vm(), &arg(ctx)?)?;
        Ok(0)
    }
    api fn PyContextVar_New(name: *const c_char, def: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let name = new_str_object(vm, &cstr(name)?);
        let default = (!def.is_null()).then(|| crate::proxy::from_c(def));
        Ok(ret(context::new_var(vm, name, default)?))
    }
    api fn PyContextVar_Get(var: *mut PyObject, def: *mut PyObject, value: *mut *mut PyObject) -> c_int {
        let default = (!def.is_null()).then(|| crate::proxy::from_c(def));
        let v = context::var_get(vm(), &arg(var)?, default)?;
        // SAFETY: C passes a writable out pointer.
        unsafe { *value = v.map_or(null_mut(), ret) };
        Ok(0)
    }
    api fn PyContextVar_Set(var: *mut PyObject, value: *mut PyObject) -> *mut PyObject {
        Ok(ret(context::var_set(vm(), &arg(var)?, arg(value)?)?))
    }
    api fn PyContextVar_Reset(var: *mut PyObject, token: *mut PyObject) -> c_int {
        context::var_reset(vm(), &arg(var)?, &arg(token)?)?;
        Ok(0)
    }
}
