//! The value stack of a running frame as two raw pointers (base and top),
//! so that the evaluation loop keeps the top in a register instead of
//! reloading a `Vec`'s length and capacity through the frame at every push
//! and pop (CPython's `stack_pointer` local).
//!
//! While a frame runs, its stack buffer (`Frame::stack`) is lent to a
//! `ValueStack` and the `Vec` reports length 0: the values belong to the
//! evaluation loop, and the cycle collector, which then sees none of them,
//! counts them as references from outside (the safe direction). `leave`
//! gives them back to the `Vec` when the frame suspends or returns.

use crate::objects::object::PyRef;

/// The live part of a frame's value stack, from `base` to `top`.
pub struct ValueStack {
    base: *mut PyRef,
    top: *mut PyRef,
    /// One past the last slot of the buffer (checked in debug builds).
    end: *mut PyRef,
}

impl ValueStack {
    /// Takes over the values of `vec` and its buffer, which must hold at
    /// least `max_depth` values (the code's `co_stacksize`).
    ///
    /// # Safety
    /// Until `leave`, nothing else may touch the buffer of `vec` or change
    /// its capacity; `vec` must stay alive.
    #[inline]
    pub unsafe fn enter(vec: &mut Vec<PyRef>, max_depth: usize) -> ValueStack {
        vec.reserve(max_depth.saturating_sub(vec.len()));
        let len = vec.len();
        let base = vec.as_mut_ptr();
        // SAFETY: the `len` values stay in the buffer and now belong to the
        // `ValueStack`; length 0 leaves them out of the `Vec`'s view.
        unsafe { vec.set_len(0) };
        // SAFETY: `len` and the capacity are within the buffer.
        unsafe {
            ValueStack {
                base,
                top: base.add(len),
                end: base.add(vec.capacity()),
            }
        }
    }

    /// Gives the values back to `vec` (the one `enter` took them from).
    ///
    /// # Safety
    /// `vec` must be the `Vec` passed to `enter`, untouched since.
    #[inline]
    pub unsafe fn leave(&mut self, vec: &mut Vec<PyRef>) {
        // SAFETY: the values from `base` to `top` are initialised and owned
        // by this stack, inside `vec`'s buffer.
        unsafe { vec.set_len(self.len()) };
        self.top = self.base;
    }

    /// The number of values.
    #[inline]
    pub fn len(&self) -> usize {
        // SAFETY: `top` never goes below `base`; both are in one buffer.
        unsafe { self.top.offset_from(self.base) as usize }
    }

    #[inline]
    pub fn push(&mut self, v: PyRef) {
        assert!(self.top < self.end, "value stack overflow");
        // SAFETY: below `end`, so inside the buffer; the slot is free.
        unsafe {
            self.top.write(v);
            self.top = self.top.add(1);
        }
    }

    #[inline]
    pub fn pop(&mut self) -> PyRef {
        debug_assert!(self.top > self.base, "value stack underflow");
        // SAFETY: the compiler's stack depths guarantee a value is there;
        // moving it out frees the slot.
        unsafe {
            self.top = self.top.sub(1);
            self.top.read()
        }
    }

    /// The value `n` slots from the top (`peek(1)` is the top).
    #[inline]
    pub fn peek(&self, n: usize) -> &PyRef {
        debug_assert!(n >= 1 && n <= self.len(), "value stack underflow");
        // SAFETY: as in `pop`, the slot holds a value.
        unsafe { &*self.top.sub(n) }
    }

    #[inline]
    pub fn top(&self) -> &PyRef {
        self.peek(1)
    }

    /// Swaps the top with the value `n` slots from the top.
    #[inline]
    pub fn swap_top(&mut self, n: usize) {
        debug_assert!(n >= 1 && n <= self.len(), "value stack underflow");
        // SAFETY: both slots hold values (as in `peek`).
        unsafe { std::ptr::swap(self.top.sub(1), self.top.sub(n)) };
    }

    /// The top `n` values, deepest first.
    #[inline]
    pub fn last_n(&self, n: usize) -> &[PyRef] {
        debug_assert!(n <= self.len(), "value stack underflow");
        // SAFETY: the `n` slots below `top` hold values.
        unsafe { std::slice::from_raw_parts(self.top.sub(n), n) }
    }

    /// Pops the top `n` values into a vector, deepest first.
    #[inline]
    pub fn take_n(&mut self, n: usize) -> Vec<PyRef> {
        debug_assert!(n <= self.len(), "value stack underflow");
        let mut v = Vec::with_capacity(n);
        // SAFETY: the `n` values move into `v`'s new buffer and their slots
        // are given up.
        unsafe {
            self.top = self.top.sub(n);
            std::ptr::copy_nonoverlapping(self.top, v.as_mut_ptr(), n);
            v.set_len(n);
        }
        v
    }

    /// Drops values until `depth` remain.
    #[inline]
    pub fn truncate(&mut self, depth: usize) {
        let n = self.len().saturating_sub(depth);
        if n == 0 {
            return;
        }
        // SAFETY: the slots are given up before the values are dropped, so
        // code run by a `__del__` never sees them.
        unsafe {
            self.top = self.top.sub(n);
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(self.top, n));
        }
    }
}
