//! The global interpreter lock: one Python thread runs at a time.
//!
//! As CPython's `ceval_gil.c`: a mutex-protected "locked" flag with a
//! condition variable. A thread waiting longer than the switch interval
//! (`sys.setswitchinterval`, 5 ms by default) sets the drop request bit of
//! the eval breaker; the running thread sees it at its next loop back-edge
//! or call, releases the lock and waits until another thread has taken it
//! (forced switching), then queues again. Blocking operations release the
//! lock around the wait with `Vm::allow_threads`.
//!
//! The eval breaker is one atomic word the eval loop tests at back-edges and
//! calls; any nonzero bit sends it to the slow path (`handle_eval_breaker`).

use super::{PyResult, Vm};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// Bits of the eval breaker.
pub mod breaker {
    /// A thread waiting for the GIL asks the holder to drop it.
    pub const GIL_DROP_REQUEST: u32 = 1;
    /// A signal arrived (handled by the main thread only).
    pub const SIGNALS_PENDING: u32 = 2;
    /// Allocations passed the collector's threshold: collect at the next check.
    pub const GC_SCHEDULED: u32 = 4;
}

/// Nonzero when the eval loop must leave its fast path.
pub static EVAL_BREAKER: AtomicU32 = AtomicU32::new(0);

struct GilState {
    locked: bool,
    /// Incremented each time a thread takes the GIL.
    switch_number: u64,
}

static STATE: Mutex<GilState> = Mutex::new(GilState {
    locked: false,
    switch_number: 0,
});
/// Signalled when the GIL is released.
static RELEASED: Condvar = Condvar::new();
/// Signalled when a thread has taken the GIL (for forced switching).
static TAKEN: Condvar = Condvar::new();
/// `sys.getswitchinterval()`, in microseconds.
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);
/// Set once the main thread finalizes: other threads never run again.
static FINALIZING: AtomicBool = AtomicBool::new(false);

thread_local! {
    static HOLDS_GIL: Cell<bool> = const { Cell::new(false) };
    static IS_MAIN: Cell<bool> = const { Cell::new(false) };
}

fn state() -> MutexGuard<'static, GilState> {
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Whether the current thread holds the GIL.
pub fn holds_gil() -> bool {
    HOLDS_GIL.with(|h| h.get())
}

/// Marks the current thread as Python's main thread (signals go to it).
pub fn set_main_thread() {
    IS_MAIN.with(|m| m.set(true));
}

pub fn is_main_thread() -> bool {
    IS_MAIN.with(|m| m.get())
}

/// Blocks until the current thread holds the GIL.
pub fn acquire() {
    let mut st = state();
    while st.locked {
        let before = st.switch_number;
        let interval = Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed).max(1));
        let (g, res) = RELEASED
            .wait_timeout(st, interval)
            .unwrap_or_else(|e| e.into_inner());
        st = g;
        if st.locked && res.timed_out() && st.switch_number == before {
            EVAL_BREAKER.fetch_or(breaker::GIL_DROP_REQUEST, Ordering::SeqCst);
        }
    }
    st.locked = true;
    st.switch_number = st.switch_number.wrapping_add(1);
    EVAL_BREAKER.fetch_and(!breaker::GIL_DROP_REQUEST, Ordering::SeqCst);
    TAKEN.notify_all();
    drop(st);
    HOLDS_GIL.with(|h| h.set(true));
    if FINALIZING.load(Ordering::SeqCst) && !is_main_thread() {
        // The interpreter is shutting down: this thread must not run Python again.
        release_inner(false);
        loop {
            std::thread::park();
        }
    }
}

/// Releases the GIL held by the current thread.
pub fn release() {
    release_inner(false);
}

fn release_inner(forced: bool) {
    HOLDS_GIL.with(|h| h.set(false));
    let mut st = state();
    st.locked = false;
    let n = st.switch_number;
    RELEASED.notify_all();
    if forced {
        // Wait until a waiting thread got the lock, so this one cannot take it straight back.
        while !st.locked && st.switch_number == n && !FINALIZING.load(Ordering::SeqCst) {
            let (g, res) = TAKEN
                .wait_timeout(st, Duration::from_millis(50))
                .unwrap_or_else(|e| e.into_inner());
            st = g;
            if res.timed_out() {
                break;
            }
        }
    }
}

/// Lets the other threads run: releases the GIL and takes it back.
pub fn yield_gil() {
    release_inner(true);
    acquire();
}

/// `sys.setswitchinterval`.
pub fn set_switch_interval(seconds: f64) {
    INTERVAL_US.store(((seconds * 1e6) as u64).max(1), Ordering::Relaxed);
}

/// `sys.getswitchinterval`.
pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// Called by the main thread at exit: threads still running never take the GIL again.
pub fn finalize() {
    FINALIZING.store(true, Ordering::SeqCst);
}

/// The eval loop's periodic check (loop back-edges and calls).
#[inline]
pub fn check_eval_breaker(vm: &Vm) -> PyResult<()> {
    if EVAL_BREAKER.load(Ordering::Relaxed) == 0 {
        return Ok(());
    }
    handle_eval_breaker(vm)
}

#[cold]
fn handle_eval_breaker(vm: &Vm) -> PyResult<()> {
    let bits = EVAL_BREAKER.load(Ordering::SeqCst);
    if bits & breaker::GIL_DROP_REQUEST != 0 {
        yield_gil();
    }
    if bits & breaker::GC_SCHEDULED != 0 {
        EVAL_BREAKER.fetch_and(!breaker::GC_SCHEDULED, Ordering::SeqCst);
        super::gc::collect_generations(vm);
    }
    if bits & breaker::SIGNALS_PENDING != 0 && is_main_thread() {
        EVAL_BREAKER.fetch_and(!breaker::SIGNALS_PENDING, Ordering::SeqCst);
        super::signals::check(vm)?;
    }
    Ok(())
}

/// Restores the GIL when `allow_threads`' closure ends (also by unwinding).
struct Reacquire;

impl Drop for Reacquire {
    fn drop(&mut self) {
        acquire();
    }
}

impl Vm {
    /// Runs `f` with the GIL released, so other Python threads can run while
    /// this one blocks (lock waits, sleeps, I/O). `f` must not touch Python
    /// objects or the interpreter: only plain Rust data it owns.
    pub fn allow_threads<R>(&self, f: impl FnOnce() -> R) -> R {
        if !holds_gil() {
            return f();
        }
        release();
        let _back = Reacquire;
        f()
    }
}
