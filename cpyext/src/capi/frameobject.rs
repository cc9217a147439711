//! Frames made by C for tracebacks (`PyFrame_New`, `PyTraceBack_Here`):
//! Cython reports an error in compiled code by making a frame for an empty
//! code object (`PyCode_NewEmpty`), writing its line into `f_lineno`
//! directly, and adding it to the pending exception's traceback.

use super::arg;
use crate::ffi::{PyObject, PyThreadState};
use crate::runtime::{set_error, take_error, vm};
use core_interp::objects::exceptions::as_exception;
use core_interp::objects::object::PyRef;
use core_interp::objects::tracebackobject::PyTraceback;
use core_interp::vm::frame::Frame;
use libc::{c_char, c_int, c_void};
use std::cell::RefCell;

/// CPython 3.11's `struct _frame` (`internal/pycore_frame.h`), the layout
/// of frame proxies: Cython writes `f_lineno`.
#[repr(C)]
pub struct FrameLayout {
    ob_base: PyObject,
    f_back: *mut PyObject,
    f_frame: *mut c_void,
    f_trace: *mut PyObject,
    f_lineno: c_int,
    f_trace_lines: c_char,
    f_trace_opcodes: c_char,
    f_fast_as_locals: c_char,
    f_frame_data: [*mut PyObject; 1],
}

capi! {
    api fn PyFrame_New(_ts: *mut PyThreadState, code: *mut PyObject, globals: *mut PyObject, locals: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let code = arg(code)?;
        if code.downcast_ref::<core_interp::objects::codeobject::PyCode>().is_none() {
            return Err(vm.new_system_error("bad argument to internal function"));
        }
        let frame = Frame::new_with_locals(vm, code, arg(globals)?, crate::proxy::from_c_opt(locals), None);
        Ok(super::ret(frame))
    }
    api fn PyTraceBack_Here(frame: *mut PyObject) -> c_int {
        let vm = vm();
        let f = arg(frame)?;
        let Some(fr) = f.downcast_ref::<Frame>() else {
            return Err(vm.new_system_error("bad argument to internal function"));
        };
        // SAFETY: frame proxies have the FrameLayout (layouts.rs).
        let written = unsafe { (*(frame as *mut FrameLayout)).f_lineno };
        let lineno = if written > 0 { written } else { fr.lineno() as i32 };
        let Some(e) = take_error() else {
            return Ok(0);
        };
        if let Some(x) = as_exception(e.value()) {
            let next = x.traceback.borrow_mut().take();
            let tb = PyTraceback {
                next: RefCell::new(next),
                frame: f.clone(),
                lasti: 0,
                lineno,
            };
            let tb: PyRef = PyRef::new(tb, vm.types.traceback_type.clone());
            *x.traceback.borrow_mut() = Some(tb);
        }
        set_error(e);
        Ok(0)
    }
}
