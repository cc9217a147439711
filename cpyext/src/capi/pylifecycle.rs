//! Signal handlers from C (`PyOS_getsig`, `PyOS_setsig`): the process's
//! `sigaction` handler, as CPython (no Python-level bookkeeping).

use crate::ffi::PyOS_sighandler_t;
use libc::c_int;

/// `SIG_ERR` as a handler value (never called).
fn sig_err() -> PyOS_sighandler_t {
    // SAFETY: SIG_ERR is a sentinel address C compares against, never called;
    // a non-zero value is a valid `Option<fn>` representation.
    unsafe { std::mem::transmute::<libc::sighandler_t, PyOS_sighandler_t>(libc::SIG_ERR) }
}

fn handler_value(h: libc::sighandler_t) -> PyOS_sighandler_t {
    // SAFETY: a handler address (or SIG_DFL = 0 → None, SIG_IGN = 1) as C's
    // function pointer type; C compares these values and calls only real ones.
    unsafe { std::mem::transmute::<libc::sighandler_t, PyOS_sighandler_t>(h) }
}

capi! {
    api fn PyOS_getsig(sig: c_int) -> PyOS_sighandler_t {
        // SAFETY: querying the current action into a zeroed struct.
        unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig, std::ptr::null(), &mut old) == -1 {
                return Ok(sig_err());
            }
            Ok(handler_value(old.sa_sigaction))
        }
    }
    api fn PyOS_setsig(sig: c_int, handler: PyOS_sighandler_t) -> PyOS_sighandler_t {
        // SAFETY: installing C's handler with an empty mask, as CPython.
        unsafe {
            let mut new: libc::sigaction = std::mem::zeroed();
            let mut old: libc::sigaction = std::mem::zeroed();
            new.sa_sigaction = std::mem::transmute::<PyOS_sighandler_t, libc::sighandler_t>(handler);
            libc::sigemptyset(&mut new.sa_mask);
            new.sa_flags = libc::SA_ONSTACK;
            if libc::sigaction(sig, &new, &mut old) == -1 {
                return Ok(sig_err());
            }
            Ok(handler_value(old.sa_sigaction))
        }
    }
}
