//! Function-like objects from C: bound methods (`PyMethod_*`), the fields of
//! Python functions (`PyFunction_Get*`, returned borrowed: the function
//! holds them), and `classmethod`/`staticmethod` wrappers.

use super::{arg, borrowed, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::vm::PyResult;
use std::ptr::null_mut;

/// Attribute `name` of `o` (which must be of type `ty`) as a borrowed
/// reference; None gives NULL when `none_is_null`.
fn field(o: *mut PyObject, ty: &PyRef, name: &str, none_is_null: bool) -> PyResult<*mut PyObject> {
    let vm = vm();
    let o = arg(o)?;
    if !o.class().is(ty) {
        return Err(vm.new_system_error("bad argument to internal function"));
    }
    let v = vm.getattr_str(&o, name)?;
    Ok(if none_is_null && v.is(&vm.none) {
        null_mut()
    } else {
        borrowed(&v)
    })
}

capi! {
    api fn PyMethod_New(func: *mut PyObject, self_: *mut PyObject) -> *mut PyObject {
        Ok(ret(core_interp::objects::classobject::new_method(vm(), arg(func)?, arg(self_)?)))
    }
    api fn PyMethod_Function(m: *mut PyObject) -> *mut PyObject {
        field(m, &vm().types.method_type, "__func__", false)
    }
    api fn PyMethod_Self(m: *mut PyObject) -> *mut PyObject {
        field(m, &vm().types.method_type, "__self__", false)
    }
    api fn PyFunction_GetCode(f: *mut PyObject) -> *mut PyObject {
        field(f, &vm().types.function_type, "__code__", false)
    }
    api fn PyFunction_GetGlobals(f: *mut PyObject) -> *mut PyObject {
        field(f, &vm().types.function_type, "__globals__", false)
    }
    api fn PyFunction_GetModule(f: *mut PyObject) -> *mut PyObject {
        field(f, &vm().types.function_type, "__module__", false)
    }
    api fn PyFunction_GetDefaults(f: *mut PyObject) -> *mut PyObject {
        field(f, &vm().types.function_type, "__defaults__", true)
    }
    api fn PyFunction_GetKwDefaults(f: *mut PyObject) -> *mut PyObject {
        field(f, &vm().types.function_type, "__kwdefaults__", true)
    }
    api fn PyFunction_GetClosure(f: *mut PyObject) -> *mut PyObject {
        field(f, &vm().types.function_type, "__closure__", true)
    }
    api fn PyClassMethod_New(f: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_positional(&vm.types.classmethod_type, &[arg(f)?])?))
    }
    api fn PyStaticMethod_New(f: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_positional(&vm.types.staticmethod_type, &[arg(f)?])?))
    }
}
