//! Asynchronous events checked at loop back-edges: pending signals (Ctrl-C
//! raises KeyboardInterrupt). The handler trips the eval breaker; only the
//! main thread runs the Python-level handling.

use super::{PyResult, Vm};
use std::sync::atomic::{AtomicBool, Ordering};

static SIGINT_PENDING: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    trip_sigint();
}

/// Records a SIGINT (from the OS handler or `_thread.interrupt_main`).
pub fn trip_sigint() {
    SIGINT_PENDING.store(true, Ordering::SeqCst);
    super::gil::EVAL_BREAKER.fetch_or(super::gil::breaker::SIGNALS_PENDING, Ordering::SeqCst);
}

/// Whether a SIGINT is waiting to be handled.
pub fn sigint_pending() -> bool {
    SIGINT_PENDING.load(Ordering::Relaxed)
}

/// Installs the default SIGINT handler (KeyboardInterrupt), as CPython does at start-up.
pub fn install_default_handlers() {
    // SAFETY: the handler only stores to atomics, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// Raises KeyboardInterrupt if Ctrl-C arrived since the last check.
#[inline]
pub fn check(vm: &Vm) -> PyResult<()> {
    if SIGINT_PENDING.load(Ordering::Relaxed) {
        SIGINT_PENDING.store(false, Ordering::SeqCst);
        return Err(vm.new_exception(&vm.exceptions.keyboard_interrupt, vec![]));
    }
    Ok(())
}
