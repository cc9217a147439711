//! Asynchronous signals. The C handler only records which signal arrived
//! (and writes its number to the wakeup fd, if one is set) and trips the
//! eval breaker; the main thread later runs the Python-level handler from
//! `_signal`'s table (before `_signal` exists, SIGINT raises
//! KeyboardInterrupt and nothing else is caught).

use super::{PyResult, Vm};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// One more than the largest signal number (glibc's `NSIG`).
pub const NSIG: usize = 65;

static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);
/// Set with any `TRIPPED` flag, so the common check is one load.
static ANY_TRIPPED: AtomicBool = AtomicBool::new(false);

/// The C-level handler of every signal with a Python handler.
pub extern "C" fn on_signal(sig: libc::c_int) {
    trip(sig);
    let fd = WAKEUP_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        let byte = sig as u8;
        // SAFETY: write(2) is async-signal-safe; `byte` outlives the call.
        unsafe {
            libc::write(fd, &byte as *const u8 as *const libc::c_void, 1);
        }
    }
}

/// Records that signal `sig` arrived (from the OS handler, or
/// `_thread.interrupt_main`).
pub fn trip(sig: libc::c_int) {
    if let Some(flag) = usize::try_from(sig).ok().and_then(|s| TRIPPED.get(s)) {
        flag.store(true, Ordering::SeqCst);
        ANY_TRIPPED.store(true, Ordering::SeqCst);
        super::gil::EVAL_BREAKER.fetch_or(super::gil::breaker::SIGNALS_PENDING, Ordering::SeqCst);
    }
}

/// Records a SIGINT.
pub fn trip_sigint() {
    trip(libc::SIGINT);
}

/// Whether a SIGINT is waiting to be handled.
pub fn sigint_pending() -> bool {
    TRIPPED[libc::SIGINT as usize].load(Ordering::Relaxed)
}

/// Sets the fd signal numbers are written to (-1: none); returns the old one.
pub fn set_wakeup_fd(fd: i32) -> i32 {
    WAKEUP_FD.swap(fd, Ordering::SeqCst)
}

/// Installs CPython's start-up dispositions: SIGINT raises
/// KeyboardInterrupt, SIGPIPE and SIGXFSZ are ignored (so writes fail
/// with an exception instead of killing the process).
pub fn install_default_handlers() {
    // SAFETY: the handler only stores to atomics and calls write(2), which
    // are async-signal-safe; SIG_IGN needs no handler.
    unsafe {
        libc::signal(libc::SIGINT, on_signal as *const () as libc::sighandler_t);
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// Runs the Python handlers of the signals that arrived (`PyErr_CheckSignals`);
/// only the main thread handles signals.
#[inline]
pub fn check(vm: &Vm) -> PyResult<()> {
    if !ANY_TRIPPED.load(Ordering::Relaxed) || !super::gil::is_main_thread() {
        return Ok(());
    }
    ANY_TRIPPED.store(false, Ordering::SeqCst);
    for sig in 1..NSIG {
        if !TRIPPED[sig].load(Ordering::Relaxed) {
            continue;
        }
        TRIPPED[sig].store(false, Ordering::SeqCst);
        if let Err(e) = crate::modules::signalmodule::run_handler(vm, sig as libc::c_int) {
            // Leave the other pending signals for the next check.
            if TRIPPED.iter().any(|t| t.load(Ordering::Relaxed)) {
                ANY_TRIPPED.store(true, Ordering::SeqCst);
                super::gil::EVAL_BREAKER
                    .fetch_or(super::gil::breaker::SIGNALS_PENDING, Ordering::SeqCst);
            }
            return Err(e);
        }
    }
    Ok(())
}
