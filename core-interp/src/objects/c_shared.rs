//! Lists and dicts whose contents a C proxy mirrors (cpyext's
//! `PyListObject.ob_item`, `PyDictObject.ma_used`). The interpreter object
//! stays the storage; two dirty bits say which side changed since the two
//! last agreed, so no side walks every proxy at each C↔Python crossing:
//!
//! * [`PY_NEWER`]: Python code changed the object; cpyext queued the proxy
//!   (through the `changed` hook, once) and refreshes it before C runs again.
//! * [`C_NEWER`]: C may have written the list's C array directly
//!   (`PyList_SET_ITEM`, in-place swaps); the items are pulled back from it
//!   (through the `pull_list` hook) the next time the interpreter reads them.
//! * C code that keeps a reference to a list may write it whenever C code
//!   runs: cpyext counts C runs ([`c_code_ran`]), and the first read of a
//!   mirrored list after one asks the hook, which compares the array when C
//!   holds a reference to the list.

use super::object::PyRef;
use std::cell::{BorrowError, Cell, Ref, RefCell, RefMut};
use std::sync::atomic::{AtomicU64, Ordering};

/// Python changed the object since its proxy was last refreshed.
pub const PY_NEWER: u8 = 1;
/// C may have changed the proxy since the object was last refreshed.
pub const C_NEWER: u8 = 2;
/// Free for cpyext's bookkeeping (the proxy was handed to running C code).
pub const TOUCHED: u8 = 4;

/// What cpyext does when a mirrored object changes on one side.
pub struct SharedHooks {
    /// Python changed the object whose proxy is at this address (called the
    /// first time after each refresh).
    pub changed: fn(proxy: usize),
    /// The items of the list proxy at this address if they differ from
    /// `current` (C wrote its array); `forced`: C_NEWER was set, else only
    /// C code ran since the last look.
    pub pull_list: fn(proxy: usize, current: &[PyRef], forced: bool) -> Option<Vec<PyRef>>,
}

static HOOKS: std::sync::OnceLock<SharedHooks> = std::sync::OnceLock::new();

/// Counts the times C code returned control to Python.
static C_EPOCH: AtomicU64 = AtomicU64::new(0);

/// C code ran (and returns control to Python).
#[inline]
pub fn c_code_ran() {
    // Only the thread holding the GIL runs C code, so a plain load and store
    // suffice (no locked read-modify-write).
    C_EPOCH.store(
        C_EPOCH.load(Ordering::Relaxed).wrapping_add(1),
        Ordering::Relaxed,
    );
}

/// Installs cpyext's hooks; called once at start-up.
pub fn install_hooks(h: SharedHooks) {
    let _ = HOOKS.set(h);
}

/// The C proxy an object is mirrored into, and the dirty bits.
#[derive(Default)]
pub struct CShared {
    proxy: Cell<usize>,
    flags: Cell<u8>,
}

impl CShared {
    /// The proxy's address (0: C has not seen the object).
    #[inline]
    pub fn proxy(&self) -> usize {
        self.proxy.get()
    }
    pub fn set_proxy(&self, p: usize) {
        self.proxy.set(p);
        self.flags.set(0);
    }
    #[inline]
    pub fn flags(&self) -> u8 {
        self.flags.get()
    }
    pub fn set_flags(&self, f: u8) {
        self.flags.set(f);
    }
    /// Records a change made by the interpreter.
    #[inline]
    pub fn note_py_change(&self) {
        let p = self.proxy.get();
        if p != 0 && self.flags.get() & PY_NEWER == 0 {
            self.flags.set(self.flags.get() | PY_NEWER);
            if let Some(h) = HOOKS.get() {
                (h.changed)(p);
            }
        }
    }
}

/// A list's items: a `RefCell<Vec>` that pulls C's writes before the
/// interpreter reads and records the interpreter's writes for C.
#[derive(Default)]
pub struct ListItems {
    vec: RefCell<Vec<PyRef>>,
    pub shared: CShared,
    /// `C_EPOCH` when C's array was last compared.
    seen: Cell<u64>,
}

impl ListItems {
    pub fn new(items: Vec<PyRef>) -> Self {
        ListItems {
            vec: RefCell::new(items),
            shared: CShared::default(),
            seen: Cell::new(0),
        }
    }

    /// The items, for reading.
    #[inline]
    pub fn borrow(&self) -> Ref<'_, Vec<PyRef>> {
        if self.shared.proxy() != 0 && self.stale() {
            self.pull();
        }
        self.vec.borrow()
    }

    #[inline]
    fn stale(&self) -> bool {
        self.shared.flags() & C_NEWER != 0 || self.seen.get() != C_EPOCH.load(Ordering::Relaxed)
    }

    /// The items, for changing.
    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, Vec<PyRef>> {
        if self.shared.proxy() != 0 {
            if self.stale() {
                self.pull();
            }
            self.shared.note_py_change();
        }
        self.vec.borrow_mut()
    }

    /// The items as the interpreter last saw them, without pulling C's
    /// writes (the cycle collector, which must not run conversion code, and
    /// cpyext, which refreshes the proxy from them).
    pub fn try_borrow(&self) -> Result<Ref<'_, Vec<PyRef>>, BorrowError> {
        self.vec.try_borrow()
    }

    #[cold]
    fn pull(&self) {
        let Some(h) = HOOKS.get() else { return };
        let forced = self.shared.flags() & C_NEWER != 0;
        let fresh = match self.vec.try_borrow() {
            Ok(cur) => (h.pull_list)(self.shared.proxy(), &cur, forced),
            Err(_) => return,
        };
        self.seen.set(C_EPOCH.load(Ordering::Relaxed));
        self.shared.set_flags(self.shared.flags() & !C_NEWER);
        if let Some(f) = fresh {
            if let Ok(mut v) = self.vec.try_borrow_mut() {
                let old = std::mem::replace(&mut *v, f);
                drop(v);
                drop(old);
            }
        }
    }
}
