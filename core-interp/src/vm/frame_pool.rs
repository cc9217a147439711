//! Reuse of finished frames (the role CPython's per-thread data stack plays
//! for its frames): a function frame that nobody else references when its
//! call returns is emptied and parked, and the next call takes it, buffers
//! and all, instead of allocating a frame object. Frames that escaped (a
//! traceback, a generator, `sys._getframe`) are freed as usual, and the
//! fast-locals and value-stack buffers of those are kept for new frames.

use super::frame::Frame;
use super::Vm;
use crate::objects::object::PyRef;
use std::cell::UnsafeCell;

/// At most this many buffers of each kind, and this many parked frames, are kept.
const MAX_POOLED: usize = 64;
/// Buffers larger than this (in slots) are freed rather than kept.
const MAX_CAPACITY: usize = 256;

struct Pool {
    fast: Vec<Vec<Option<PyRef>>>,
    stacks: Vec<Vec<PyRef>>,
    /// Emptied frames (code and namespaces `None`), not tracked by the
    /// collector, each referenced only from here.
    parked: Vec<PyRef>,
}

struct SyncPool(UnsafeCell<Pool>);
// SAFETY: frames are only created and freed by the thread holding the GIL,
// and no pool operation runs Python code or re-enters the pool.
unsafe impl Sync for SyncPool {}

static POOL: SyncPool = SyncPool(UnsafeCell::new(Pool {
    fast: Vec::new(),
    stacks: Vec::new(),
    parked: Vec::new(),
}));

fn pool() -> &'static mut Pool {
    // SAFETY: see `SyncPool`; each caller's borrow ends before it returns.
    unsafe { &mut *POOL.0.get() }
}

/// An empty fast-locals buffer with room for `n` slots.
#[inline]
pub fn take_fast(n: usize) -> Vec<Option<PyRef>> {
    let mut v = pool().fast.pop().unwrap_or_default();
    v.reserve(n);
    v
}

/// An empty value stack with room for `n` values.
#[inline]
pub fn take_stack(n: usize) -> Vec<PyRef> {
    let mut v = pool().stacks.pop().unwrap_or_default();
    v.reserve(n);
    v
}

/// Returns the buffers of a dead frame. Their contents are dropped first
/// (which may run `__del__` and create or free other frames), before the
/// pool is touched.
pub fn give_back(mut fast: Vec<Option<PyRef>>, mut stack: Vec<PyRef>) {
    fast.clear();
    stack.clear();
    let p = pool();
    if fast.capacity() != 0 && fast.capacity() <= MAX_CAPACITY && p.fast.len() < MAX_POOLED {
        p.fast.push(fast);
    }
    if stack.capacity() != 0 && stack.capacity() <= MAX_CAPACITY && p.stacks.len() < MAX_POOLED {
        p.stacks.push(stack);
    }
}

/// A parked frame for a new call (tracked by the collector again), if any.
#[inline]
pub fn take_parked() -> Option<PyRef> {
    let f = pool().parked.pop()?;
    crate::vm::gc::track_new(&f);
    Some(f)
}

/// Parks a function frame whose call has returned if the caller holds the
/// only reference to it; otherwise just drops the caller's reference.
pub fn park(vm: &Vm, frame: PyRef) {
    if !frame.is_sole_reference() || pool().parked.len() >= MAX_POOLED {
        return;
    }
    let Some(f) = frame.downcast_ref::<Frame>() else {
        return;
    };
    f.reset_for_parking(vm);
    crate::vm::gc::untrack(&frame);
    // Re-check: emptying the frame may have run `__del__`, which cannot
    // reach the frame but may have parked others.
    let p = pool();
    if p.parked.len() < MAX_POOLED {
        p.parked.push(frame);
    }
}
