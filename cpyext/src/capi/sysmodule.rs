//! `sys` and file output from C (`PySys_GetObject`, `PyFile_Write*`), and
//! `Py_GetVersion` (the text of `sys.version`).

use super::{arg, borrowed, cstr};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::unicodeobject::new_str_object;
use libc::{c_char, c_int};
use std::ffi::CString;
use std::ptr::null_mut;
use std::sync::OnceLock;

static VERSION: OnceLock<CString> = OnceLock::new();

capi! {
    api fn PySys_GetObject(name: *const c_char) -> *mut PyObject {
        let vm = vm();
        let sys = vm.sys.borrow().clone();
        let Some(sys) = sys else { return Ok(null_mut()) };
        Ok(match vm.getattr_opt(&sys, &vm.intern(&cstr(name)?)) {
            // Borrowed: the sys module holds the value.
            Ok(Some(v)) => borrowed(&v),
            _ => null_mut(),
        })
    }
    api fn PySys_SetObject(name: *const c_char, v: *mut PyObject) -> c_int {
        let vm = vm();
        let sys = vm.sys.borrow().clone().ok_or_else(|| vm.new_runtime_error("lost sys"))?;
        vm.setattr(&sys, &vm.intern(&cstr(name)?), crate::proxy::from_c_opt(v).as_ref())?;
        Ok(0)
    }
    api fn Py_GetVersion() -> *const c_char {
        if let Some(v) = VERSION.get() {
            return Ok(v.as_ptr());
        }
        let vm = vm();
        let sys = vm.sys.borrow().clone().ok_or_else(|| vm.new_runtime_error("lost sys"))?;
        let text = vm.str_string(&vm.getattr_str(&sys, "version")?)?;
        let c = CString::new(text).map_err(|_| vm.new_value_error("sys.version holds a NUL"))?;
        Ok(VERSION.get_or_init(|| c).as_ptr())
    }
    api fn PyFile_WriteString(s: *const c_char, f: *mut PyObject) -> c_int {
        let vm = vm();
        vm.call_method(&arg(f)?, "write", &[new_str_object(vm, &cstr(s)?)])?;
        Ok(0)
    }
    api fn PyFile_WriteObject(o: *mut PyObject, f: *mut PyObject, flags: c_int) -> c_int {
        let vm = vm();
        let o = arg(o)?;
        let s = if flags & 1 != 0 { vm.str(&o)? } else { vm.repr(&o)? };
        vm.call_method(&arg(f)?, "write", &[s])?;
        Ok(0)
    }
}
