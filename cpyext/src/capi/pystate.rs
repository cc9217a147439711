//! Thread state and the GIL from C. oxpy runs one interpreter thread, so
//! the GIL functions only keep C's bookkeeping consistent, and the thread
//! state is one zeroed `PyThreadState` per thread (the error indicator is
//! kept by `runtime`, see README.md).

use crate::ffi::{self, PyObject, PyThreadState};
use crate::runtime::vm;
use libc::{c_char, c_int};
use std::cell::UnsafeCell;

thread_local! {
    static TSTATE: UnsafeCell<ffi::PyThreadState> = const {
        // SAFETY: PyThreadState is plain C data; all-zero is a valid value.
        UnsafeCell::new(unsafe { std::mem::zeroed() })
    };
}

/// This thread's `PyThreadState`.
pub fn tstate() -> *mut PyThreadState {
    TSTATE.with(|t| t.get())
}

capi! {
    api fn PyThreadState_Get() -> *mut PyThreadState {
        Ok(tstate())
    }
    api fn _PyThreadState_UncheckedGet() -> *mut PyThreadState {
        Ok(tstate())
    }
    api fn PyGILState_GetThisThreadState() -> *mut PyThreadState {
        Ok(tstate())
    }
    api fn PyEval_SaveThread() -> *mut PyThreadState {
        Ok(tstate())
    }
    api fn PyEval_RestoreThread(_t: *mut PyThreadState) {
        Ok(())
    }
    api fn PyGILState_Ensure() -> ffi::PyGILState_STATE {
        Ok(ffi::PyGILState_LOCKED)
    }
    api fn PyGILState_Release(_s: ffi::PyGILState_STATE) {
        Ok(())
    }
    api fn PyGILState_Check() -> c_int {
        Ok(1)
    }
    api fn PyThreadState_GetDict() -> *mut PyObject {
        Ok(std::ptr::null_mut())
    }
    api fn Py_EnterRecursiveCall(_where: *const c_char) -> c_int {
        vm().enter_call()?;
        Ok(0)
    }
    api fn Py_LeaveRecursiveCall() {
        vm().leave_call();
        Ok(())
    }
    api fn Py_IsInitialized() -> c_int {
        Ok(1)
    }
}
