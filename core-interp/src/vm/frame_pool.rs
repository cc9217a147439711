//! Reuse of the fast-locals and value-stack buffers of finished frames: a
//! plain Python call then allocates only its frame object, not two more
//! vectors (the role CPython's per-thread data stack plays for its frames).

use crate::objects::object::PyRef;
use std::cell::UnsafeCell;

/// At most this many buffers of each kind are kept.
const MAX_POOLED: usize = 64;
/// Buffers larger than this (in slots) are freed rather than kept.
const MAX_CAPACITY: usize = 256;

struct Pool {
    fast: Vec<Vec<Option<PyRef>>>,
    stacks: Vec<Vec<PyRef>>,
}

struct SyncPool(UnsafeCell<Pool>);
// SAFETY: frames are only created and freed by the thread holding the GIL,
// and no pool operation runs Python code or re-enters the pool.
unsafe impl Sync for SyncPool {}

static POOL: SyncPool = SyncPool(UnsafeCell::new(Pool {
    fast: Vec::new(),
    stacks: Vec::new(),
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
