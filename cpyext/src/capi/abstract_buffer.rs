//! The buffer protocol from C (`PyObject_GetBuffer`, `PyBuffer_*`): bytes
//! export their proxy's `ob_sval`; C types export through `tp_as_buffer`.

use super::arg;
use crate::ffi::{self, PyObject, Py_buffer};
use crate::proxy;
use crate::runtime::vm;
use core_interp::objects::bytesobject::PyBytes;
use libc::{c_char, c_int, c_void};
use std::ptr::null_mut;

/// The C type's buffer slots, if any.
fn buffer_procs(p: *mut PyObject) -> *mut ffi::PyBufferProcs {
    // SAFETY: every proxy has a valid type.
    unsafe { (*(*p).ob_type).tp_as_buffer }
}

capi! {
    api fn PyObject_CheckBuffer(o: *mut PyObject) -> c_int {
        let obj = arg(o)?;
        let procs = buffer_procs(proxy::to_c(&obj));
        // SAFETY: reading the type's buffer table.
        Ok((obj.downcast_ref::<PyBytes>().is_some() || (!procs.is_null() && unsafe { (*procs).bf_getbuffer.is_some() })) as c_int)
    }
    api fn PyObject_GetBuffer(o: *mut PyObject, view: *mut Py_buffer, flags: c_int) -> c_int {
        let vm = vm();
        let obj = arg(o)?;
        let p = proxy::to_c(&obj);
        let procs = buffer_procs(p);
        // SAFETY: reading the type's buffer table.
        if !procs.is_null() {
            if let Some(get) = unsafe { (*procs).bf_getbuffer } {
                // SAFETY: calling the type's own buffer export.
                if unsafe { get(p, view, flags) } < 0 {
                    return Err(crate::runtime::fetch_after_failure("bf_getbuffer"));
                }
                return Ok(0);
            }
        }
        if obj.downcast_ref::<PyBytes>().is_some() {
            let off = std::mem::offset_of!(ffi::PyBytesObject, ob_sval);
            // SAFETY: a bytes proxy holds its data at ob_sval.
            let (buf, len) = unsafe { ((p as *mut u8).add(off) as *mut c_void, (*(p as *mut ffi::PyVarObject)).ob_size) };
            if PyBuffer_FillInfo(view, p, buf, len, 1, flags) < 0 {
                return Err(crate::runtime::fetch_after_failure("PyBuffer_FillInfo"));
            }
            return Ok(0);
        }
        Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", core_interp::objects::typeobject::class_name(&obj))))
    }
    api fn PyBuffer_FillInfo(view: *mut Py_buffer, o: *mut PyObject, buf: *mut c_void, len: isize, readonly: c_int, flags: c_int) -> c_int {
        if view.is_null() {
            return Err({ let vm = vm(); vm.new_exception_msg(&vm.exceptions.buffer_error, "PyBuffer_FillInfo: view==NULL argument is obsolete") });
        }
        if flags & ffi::PyBUF_WRITABLE as c_int != 0 && readonly != 0 {
            return Err({ let vm = vm(); vm.new_exception_msg(&vm.exceptions.buffer_error, "Object is not writable.") });
        }
        // SAFETY: `view` is the caller's Py_buffer.
        unsafe {
            if !o.is_null() {
                proxy::incref(o);
            }
            (*view).obj = o;
            (*view).buf = buf;
            (*view).len = len;
            (*view).readonly = readonly;
            (*view).itemsize = 1;
            (*view).format = if flags & ffi::PyBUF_FORMAT as c_int != 0 { c"B".as_ptr() as *mut c_char } else { null_mut() };
            (*view).ndim = 1;
            (*view).shape = if flags & ffi::PyBUF_ND as c_int != 0 { &mut (*view).len } else { null_mut() };
            (*view).strides = if flags & ffi::PyBUF_STRIDES as c_int == ffi::PyBUF_STRIDES as c_int { &mut (*view).itemsize } else { null_mut() };
            (*view).suboffsets = null_mut();
            (*view).internal = null_mut();
        }
        Ok(0)
    }
    api fn PyBuffer_Release(view: *mut Py_buffer) {
        // SAFETY: `view` was filled by PyObject_GetBuffer.
        unsafe {
            let o = (*view).obj;
            if o.is_null() {
                return Ok(());
            }
            let procs = buffer_procs(o);
            if !procs.is_null() {
                if let Some(release) = (*procs).bf_releasebuffer {
                    release(o, view);
                }
            }
            (*view).obj = null_mut();
            proxy::decref(o);
        }
        Ok(())
    }
    api fn PyBuffer_IsContiguous(view: *const Py_buffer, _order: c_char) -> c_int {
        // SAFETY: a filled Py_buffer.
        Ok(unsafe { (*view).suboffsets.is_null() && ((*view).strides.is_null() || (*view).ndim <= 1 && (*view).itemsize == *(*view).strides) } as c_int)
    }
}
