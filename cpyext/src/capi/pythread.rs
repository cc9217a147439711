//! `PyThread_*` locks and thread identity: a lock is a heap-allocated flag
//! guarded by a mutex and condition variable (acquire may time out).

use libc::{c_int, c_ulong, c_void};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

struct Lock {
    locked: Mutex<bool>,
    freed: Condvar,
}

fn lock<'a>(p: *mut c_void) -> &'a Lock {
    // SAFETY: `p` came from PyThread_allocate_lock and is not freed yet.
    unsafe { &*(p as *const Lock) }
}

/// Acquires with a timeout in microseconds (-1: forever, 0: don't wait).
fn acquire(l: &Lock, micros: i64) -> bool {
    let mut held = l.locked.lock().unwrap_or_else(|e| e.into_inner());
    let deadline = (micros > 0).then(|| Instant::now() + Duration::from_micros(micros as u64));
    while *held {
        if micros == 0 {
            return false;
        }
        held = match deadline {
            None => l.freed.wait(held).unwrap_or_else(|e| e.into_inner()),
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return false;
                }
                l.freed
                    .wait_timeout(held, d - now)
                    .unwrap_or_else(|e| e.into_inner())
                    .0
            }
        };
    }
    *held = true;
    true
}

capi! {
    api fn PyThread_allocate_lock() -> *mut c_void {
        Ok(Box::into_raw(Box::new(Lock { locked: Mutex::new(false), freed: Condvar::new() })) as *mut c_void)
    }
    api fn PyThread_free_lock(p: *mut c_void) {
        if !p.is_null() {
            // SAFETY: `p` came from PyThread_allocate_lock.
            drop(unsafe { Box::from_raw(p as *mut Lock) });
        }
        Ok(())
    }
    api fn PyThread_acquire_lock(p: *mut c_void, waitflag: c_int) -> c_int {
        Ok(acquire(lock(p), if waitflag != 0 { -1 } else { 0 }) as c_int)
    }
    api fn PyThread_acquire_lock_timed(p: *mut c_void, microseconds: i64, _intr_flag: c_int) -> u32 {
        // PY_LOCK_ACQUIRED = 1, PY_LOCK_FAILURE = 0.
        Ok(acquire(lock(p), microseconds) as u32)
    }
    api fn PyThread_release_lock(p: *mut c_void) {
        let l = lock(p);
        *l.locked.lock().unwrap_or_else(|e| e.into_inner()) = false;
        l.freed.notify_one();
        Ok(())
    }
    api fn PyThread_get_thread_ident() -> c_ulong {
        // SAFETY: pthread_self has no preconditions.
        Ok(unsafe { libc::pthread_self() } as c_ulong)
    }
    api fn PyThread_get_thread_native_id() -> c_ulong {
        // SAFETY: gettid has no preconditions.
        Ok(unsafe { libc::gettid() } as c_ulong)
    }
    api fn PyThread_init_thread() {
        Ok(())
    }
    api fn PyThread_get_stacksize() -> usize {
        Ok(0)
    }
    api fn PyThread_set_stacksize(_size: usize) -> c_int {
        Ok(-1)
    }
    api fn PyThread_ReInitTLS() {
        Ok(())
    }
}
