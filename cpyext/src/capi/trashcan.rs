//! The trashcan (`Py_TRASHCAN_BEGIN`/`END` in C deallocators): past a
//! nesting of 50 deallocations, an object's destruction is put off until
//! the outermost one returns, so freeing a deep chain of C containers does
//! not exhaust the C stack (CPython's `_PyTrash_begin`/`_PyTrash_end`).

use crate::ffi::{destructor, PyObject, PyThreadState};
use libc::c_int;
use std::cell::{Cell, RefCell};

/// CPython's `PyTrash_UNWIND_LEVEL`.
const UNWIND_LEVEL: usize = 50;

thread_local! {
    /// Deallocations under way on this thread inside trashcan blocks.
    static NESTING: Cell<usize> = const { Cell::new(0) };
    /// Objects whose `tp_dealloc` was put off, destroyed last-in first.
    static LATER: RefCell<Vec<*mut PyObject>> = const { RefCell::new(Vec::new()) };
}

/// Runs the put-off deallocations; each may put off more.
fn destroy_chain() {
    while let Some(op) = LATER.with(|l| l.borrow_mut().pop()) {
        NESTING.with(|n| n.set(n.get() + 1));
        // SAFETY: `op` reached refcount 0 inside its own tp_dealloc, which
        // put it here before touching it; running that dealloc now is the
        // call that was put off.
        unsafe {
            if let Some(dealloc) = (*(*op).ob_type).tp_dealloc {
                dealloc(op);
            }
        }
        NESTING.with(|n| n.set(n.get() - 1));
    }
}

capi! {
    /// Whether `op`'s deallocator is `dealloc` (the trashcan is used only by
    /// the type that wrote it, not by subclasses that override tp_dealloc).
    api fn _PyTrash_cond(op: *mut PyObject, dealloc: destructor) -> c_int {
        // SAFETY: `op` is an object being deallocated; its type is live.
        let own = unsafe { (*(*op).ob_type).tp_dealloc };
        // Both are C function addresses, compared as CPython compares them.
        Ok(c_int::from(own.map(|f| f as usize) == dealloc.map(|f| f as usize)))
    }

    /// Enters a deallocation; 1 when `op` was put off instead.
    api fn _PyTrash_begin(_tstate: *mut PyThreadState, op: *mut PyObject) -> c_int {
        if NESTING.with(|n| n.get()) >= UNWIND_LEVEL {
            LATER.with(|l| l.borrow_mut().push(op));
            return Ok(1);
        }
        NESTING.with(|n| n.set(n.get() + 1));
        Ok(0)
    }

    /// Leaves a deallocation; the outermost one destroys what was put off.
    api fn _PyTrash_end(_tstate: *mut PyThreadState) {
        let depth = NESTING.with(|n| {
            n.set(n.get() - 1);
            n.get()
        });
        if depth == 0 {
            destroy_chain();
        }
        Ok(())
    }
}
