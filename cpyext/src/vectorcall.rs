//! Calling C objects through vectorcall (PEP 590): a C type that sets
//! `Py_TPFLAGS_HAVE_VECTORCALL` keeps a `vectorcallfunc` in each instance
//! at `tp_vectorcall_offset` and usually makes `tp_call` =
//! `PyVectorcall_Call` (numpy's ufuncs), which must reach that function
//! rather than call the object again.

use crate::ffi;
use crate::proxy;
use crate::runtime::fetch_after_failure;
use core_interp::objects::tupleobject::new_tuple;
use core_interp::vm::{CallArgs, PyResult, Vm};
use std::ptr::null_mut;

/// The vectorcall function of the C object `p`, if its type has one.
pub fn function_of(p: *mut ffi::PyObject) -> ffi::vectorcallfunc {
    // SAFETY: `p` is a live object; its type is valid, and a type with the
    // flag keeps a function pointer (or NULL) at the offset in instances.
    unsafe {
        let tp = (*p).ob_type;
        let off = (*tp).tp_vectorcall_offset;
        if (*tp).tp_flags & ffi::Py_TPFLAGS_HAVE_VECTORCALL as u64 == 0 || off <= 0 {
            return None;
        }
        *((p as *const u8).add(off as usize) as *const ffi::vectorcallfunc)
    }
}

/// Calls `f` (the vectorcall function of `p`) with `args`.
pub fn call(
    vm: &Vm,
    f: unsafe extern "C" fn(
        *mut ffi::PyObject,
        *const *mut ffi::PyObject,
        usize,
        *mut ffi::PyObject,
    ) -> *mut ffi::PyObject,
    p: *mut ffi::PyObject,
    args: CallArgs<'_>,
) -> PyResult {
    // Borrowed proxies: `args` keeps the objects alive during the call.
    let items: Vec<*mut ffi::PyObject> = args.args.iter().map(proxy::to_c).collect();
    let kwnames = if args.kwnames.is_empty() {
        null_mut()
    } else {
        proxy::new_ref(new_tuple(vm, args.kwnames.to_vec()))
    };
    // SAFETY: calling C's vectorcall function with `nargs` positional and
    // len(kwnames) keyword values, per PEP 590.
    let r = unsafe { f(p, items.as_ptr(), args.positional().len(), kwnames) };
    if !kwnames.is_null() {
        proxy::decref(kwnames);
    }
    if r.is_null() {
        Err(fetch_after_failure("vectorcall"))
    } else {
        Ok(proxy::steal(r))
    }
}
