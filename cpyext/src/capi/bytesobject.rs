//! `bytes` from C. A bytes object made with `PyBytes_FromStringAndSize(NULL,
//! n)` stays C memory while C fills it (`PyBytes_AS_STRING`), and becomes an
//! interpreter object the first time it crosses over.

use super::{arg, ret};
use crate::ffi::{self, PyObject};
use crate::proxy::{self, Kind};
use crate::runtime::vm;
use core_interp::objects::bytesobject::{as_bytes, new_bytes};
use core_interp::objects::object::PyRef;
use core_interp::vm::PyResult;
use libc::c_char;
use std::mem::offset_of;

const SVAL: usize = offset_of!(ffi::PyBytesObject, ob_sval);

/// A C-filled bytes object of `n` bytes.
fn unfinished(n: usize) -> *mut PyObject {
    let p = proxy::alloc(SVAL + n + 1, Kind::Bytes);
    // SAFETY: `p` has room for the header and n+1 bytes.
    unsafe {
        (*(p as *mut ffi::PyVarObject)).ob_size = n as isize;
        (*(p as *mut ffi::PyBytesObject)).ob_shash = -1;
        (*p).ob_type = std::ptr::addr_of_mut!(ffi::PyBytes_Type);
        (*p).ob_refcnt = 1;
    }
    p
}

fn bytes_arg(o: *mut PyObject) -> PyResult<*mut PyObject> {
    let vm = vm();
    if o.is_null() {
        return Err(vm.new_system_error("bad argument to internal function"));
    }
    if proxy::link(o).kind() == Kind::Bytes && proxy::link(o).obj().is_null() {
        return Ok(o);
    }
    let b = arg(o)?;
    if as_bytes(&b).is_none() {
        return Err(vm.new_type_error(format!(
            "expected bytes, {} found",
            core_interp::objects::typeobject::class_name(&b)
        )));
    }
    Ok(proxy::to_c(&b))
}

/// CPython's `PyBytes_FromObject`: bytes-like objects and iterables of
/// ints, but neither str nor int (no encoding, no zero-filled size).
pub fn from_object(o: &PyRef) -> PyResult {
    let vm = vm();
    if core_interp::objects::buffer::has_buffer(o) {
        return vm.call_positional(&vm.types.bytes_type, &[o.clone()]);
    }
    let refuse = || {
        vm.new_type_error(format!(
            "cannot convert '{}' object to bytes",
            core_interp::objects::typeobject::class_name(o)
        ))
    };
    if o.downcast_ref::<core_interp::objects::unicodeobject::PyStr>()
        .is_some()
    {
        return Err(refuse());
    }
    let it = vm.get_iter(o).map_err(|e| {
        if e.matches(&vm.exceptions.type_error) {
            refuse()
        } else {
            e
        }
    })?;
    vm.call_positional(&vm.types.bytes_type, &[it])
}

capi! {
    api fn PyBytes_FromStringAndSize(s: *const c_char, n: isize) -> *mut PyObject {
        if n < 0 {
            return Err(vm().new_system_error("Negative size passed to PyBytes_FromStringAndSize"));
        }
        if s.is_null() {
            return Ok(unfinished(n as usize));
        }
        // SAFETY: `s` has `n` readable bytes.
        let data = unsafe { std::slice::from_raw_parts(s as *const u8, n as usize) }.to_vec();
        Ok(ret(new_bytes(vm(), data)))
    }
    api fn PyBytes_FromString(s: *const c_char) -> *mut PyObject {
        // SAFETY: NUL-terminated C string.
        let data = unsafe { std::ffi::CStr::from_ptr(s) }.to_bytes().to_vec();
        Ok(ret(new_bytes(vm(), data)))
    }
    api fn PyBytes_AsString(o: *mut PyObject) -> *mut c_char {
        let p = bytes_arg(o)?;
        // SAFETY: bytes proxies hold their data at ob_sval.
        Ok(unsafe { (p as *mut u8).add(SVAL) } as *mut c_char)
    }
    api fn PyBytes_Size(o: *mut PyObject) -> isize {
        let p = bytes_arg(o)?;
        // SAFETY: a bytes proxy.
        Ok(unsafe { (*(p as *mut ffi::PyVarObject)).ob_size })
    }
    api fn PyBytes_AsStringAndSize(o: *mut PyObject, s: *mut *mut c_char, len: *mut isize) -> libc::c_int {
        let p = bytes_arg(o)?;
        // SAFETY: a bytes proxy; `s` and `len` are writable.
        unsafe {
            let n = (*(p as *mut ffi::PyVarObject)).ob_size;
            let data = (p as *mut u8).add(SVAL);
            *s = data as *mut c_char;
            if len.is_null() {
                if std::slice::from_raw_parts(data, n as usize).contains(&0) {
                    return Err(vm().new_value_error("embedded null byte"));
                }
            } else {
                *len = n;
            }
        }
        Ok(0)
    }
    api fn PyBytes_FromObject(o: *mut PyObject) -> *mut PyObject {
        Ok(ret(from_object(&arg(o)?)?))
    }
    api fn PyBytes_Concat(pv: *mut *mut PyObject, w: *mut PyObject) {
        // SAFETY: `pv` holds an owned reference (or NULL).
        unsafe {
            let v = *pv;
            if v.is_null() {
                return Ok(());
            }
            let r = vm().binary_op(&proxy::from_c(v), &arg(w)?, core_interp::compile::bytecode::BinaryOperator::Add, false);
            proxy::decref(v);
            *pv = std::ptr::null_mut();
            *pv = ret(r?);
        }
        Ok(())
    }
    api fn PyBytes_ConcatAndDel(pv: *mut *mut PyObject, w: *mut PyObject) {
        PyBytes_Concat(pv, w);
        if !w.is_null() {
            proxy::decref(w);
        }
        Ok(())
    }
    api fn _PyBytes_Resize(pv: *mut *mut PyObject, n: isize) -> libc::c_int {
        // SAFETY: `pv` holds the only reference to a bytes object C is filling.
        unsafe {
            let v = *pv;
            let old = bytes_arg(v)?;
            let len = (*(old as *mut ffi::PyVarObject)).ob_size.min(n).max(0) as usize;
            let fresh = unfinished(n.max(0) as usize);
            std::ptr::copy_nonoverlapping((old as *const u8).add(SVAL), (fresh as *mut u8).add(SVAL), len);
            proxy::decref(v);
            *pv = fresh;
        }
        Ok(0)
    }
}
