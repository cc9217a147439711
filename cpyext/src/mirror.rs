//! Keeping list and dict proxies coherent with their objects without
//! walking every proxy at each C↔Python crossing (see README.md).
//!
//! The interpreter object is the storage; its [`CShared`] bits say which
//! side is newer:
//!
//! * Python changes a mirrored list or dict → core-interp calls [`changed`]
//!   once, which queues the proxy; the queue is flushed ([`flush`]) before C
//!   runs (entering a C function or slot, returning to C from Python) and
//!   after every C-API function, so C always reads a current `ob_item` /
//!   `ma_used`.
//! * A list proxy handed to running C code is "touched"; whenever control
//!   passes from C to Python, touched lists are marked `C_NEWER`, and the
//!   interpreter pulls C's direct writes ([`pull_list`]) the first time it
//!   reads the list afterwards. The touched set is cleared when the
//!   outermost C call returns. The `PyList_*` functions work on the C
//!   array and mark the list `C_NEWER` themselves.
//! * Lists C keeps a reference to (in its own structures, or as items of
//!   other proxies) may be written whenever C runs: each passage from C to
//!   Python is counted, and the first read of such a list afterwards
//!   compares its array with the items.

use crate::ffi;
use crate::proxy;
use core_interp::objects::c_shared::{self, CShared, SharedHooks, C_NEWER, PY_NEWER, TOUCHED};
use core_interp::objects::dictobject::PyDict;
use core_interp::objects::listobject::PyList;
use core_interp::objects::object::{PyObject as CoreObject, PyRef};
use std::cell::{Cell, RefCell};

thread_local! {
    /// Proxies of lists and dicts Python changed since they were refreshed.
    static DIRTY: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    static ANY_DIRTY: Cell<bool> = const { Cell::new(false) };
    /// List proxies handed to the C code running now.
    static TOUCHED_LISTS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
    /// How many C functions or slots are running on this thread.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// The sharing record of a list or dict object.
#[inline]
pub fn shared_of(obj: &CoreObject) -> Option<&CShared> {
    if let Some(l) = obj.downcast_ref::<PyList>() {
        Some(&l.items.shared)
    } else {
        obj.downcast_ref::<PyDict>().map(|d| &d.shared)
    }
}

fn obj_of(p: usize) -> Option<&'static CoreObject> {
    let o = proxy::link(p as *mut ffi::PyObject).obj();
    // SAFETY: a linked proxy's object is alive (the link is cleared, and the
    // proxy dropped from the queues, before the object goes).
    (!o.is_null()).then(|| unsafe { &*o })
}

fn changed(p: usize) {
    DIRTY.with(|d| d.borrow_mut().push(p));
    ANY_DIRTY.with(|a| a.set(true));
}

fn pull_list(p: usize, current: &[PyRef], forced: bool) -> Option<Vec<PyRef>> {
    let o = p as *mut ffi::PyListObject;
    // SAFETY: `p` is a list proxy whose array holds `ob_size` items.
    unsafe {
        // Without a reference of its own, C reaches the list only while it
        // is touched, and then `forced` is set.
        if !forced && (*o).ob_base.ob_base.ob_refcnt == 0 {
            return None;
        }
        let n = (*o).ob_base.ob_size.max(0) as usize;
        let same = n == current.len()
            && current
                .iter()
                .enumerate()
                .all(|(i, it)| *(*o).ob_item.add(i) == it.proxy() as *mut ffi::PyObject);
        if same {
            return None;
        }
        let vm = crate::runtime::vm();
        Some(
            (0..n)
                .map(|i| {
                    let it = *(*o).ob_item.add(i);
                    if it.is_null() {
                        vm.none.clone()
                    } else {
                        proxy::from_c(it)
                    }
                })
                .collect(),
        )
    }
}

/// Installs the hooks core-interp calls when a mirrored object changes.
pub fn install_hooks() {
    c_shared::install_hooks(SharedHooks { changed, pull_list });
}

static DICT_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Records in the dict proxy `p` that its dict `d` (may have) changed:
/// `ma_used`, and a new `ma_version_tag` (unique across dicts, never 0, as
/// CPython's), which Cython compares to keep its module-global caches.
pub fn dict_changed(p: *mut ffi::PyObject, d: &PyDict) {
    let v = DICT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    // SAFETY: dict proxies are PyDictObjects.
    unsafe {
        let o = p as *mut ffi::PyDictObject;
        (*o).ma_used = d.len() as isize;
        (*o).ma_version_tag = v;
    }
}

/// Brings the proxy `p` of `obj` up to date if Python changed `obj`;
/// false if the list is being changed right now (try again later).
fn refresh(p: usize, obj: &CoreObject, s: &CShared) -> bool {
    if s.flags() & PY_NEWER == 0 {
        return true;
    }
    if let Some(l) = obj.downcast_ref::<PyList>() {
        let old = match l.items.try_borrow() {
            Ok(items) => crate::layouts::sync_list(p as *mut ffi::PyObject, &items),
            Err(_) => return false,
        };
        s.set_flags(s.flags() & !PY_NEWER);
        old.into_iter().for_each(proxy::decref);
    } else if let Some(d) = obj.downcast_ref::<PyDict>() {
        dict_changed(p as *mut ffi::PyObject, d);
        s.set_flags(s.flags() & !PY_NEWER);
    }
    true
}

/// Refreshes every proxy Python changed since the last flush.
#[inline]
pub fn flush() {
    if ANY_DIRTY.with(|a| a.get()) {
        flush_queue();
    }
}

#[cold]
fn flush_queue() {
    ANY_DIRTY.with(|a| a.set(false));
    let queue = DIRTY.with(|d| std::mem::take(&mut *d.borrow_mut()));
    let mut later = Vec::new();
    for p in queue {
        if let Some(obj) = obj_of(p) {
            if let Some(s) = shared_of(obj) {
                if !refresh(p, obj, s) {
                    later.push(p);
                }
            }
        }
    }
    if !later.is_empty() {
        DIRTY.with(|d| d.borrow_mut().extend(later));
        ANY_DIRTY.with(|a| a.set(true));
    }
}

/// `obj`'s proxy `p` is being handed to C: make it current, and remember
/// lists C may now write.
#[inline]
pub fn handed_to_c(p: *mut ffi::PyObject, obj: &PyRef) {
    if let Some(s) = shared_of(obj) {
        handed_shared(p, obj, s);
    } else if crate::exc_layout::is_exception(obj) {
        crate::exc_layout::refresh(p, obj);
    }
}

fn handed_shared(p: *mut ffi::PyObject, obj: &PyRef, s: &CShared) {
    refresh(p as usize, obj, s);
    if obj.downcast_ref::<PyList>().is_some()
        && s.flags() & TOUCHED == 0
        && DEPTH.with(|d| d.get()) > 0
    {
        s.set_flags(s.flags() | TOUCHED);
        TOUCHED_LISTS.with(|t| t.borrow_mut().push(p as usize));
    }
}

/// C changed the array of list proxy `p` (a `PyList_*` function).
pub fn c_wrote_list(p: *mut ffi::PyObject) {
    if let Some(s) = obj_of(p as usize).and_then(shared_of) {
        s.set_flags(s.flags() | C_NEWER);
    }
}

/// Control passes from C to Python: lists C was given, or keeps, may have
/// changed.
pub fn leaving_c() {
    c_shared::c_code_ran();
    TOUCHED_LISTS.with(|t| {
        for &p in t.borrow().iter() {
            if let Some(s) = obj_of(p).and_then(shared_of) {
                s.set_flags(s.flags() | C_NEWER);
            }
        }
    });
}

/// `obj` is going away with its proxy `p`: forget the proxy.
pub fn unshare(obj: &CoreObject, p: *mut ffi::PyObject) {
    let Some(s) = shared_of(obj) else { return };
    if s.flags() & PY_NEWER != 0 {
        DIRTY.with(|d| d.borrow_mut().retain(|&q| q != p as usize));
    }
    if s.flags() & TOUCHED != 0 {
        TOUCHED_LISTS.with(|t| t.borrow_mut().retain(|&q| q != p as usize));
    }
    s.set_proxy(0);
}

/// A C function or slot runs while this lives.
pub struct InC(());

impl InC {
    pub fn enter() -> InC {
        flush();
        DEPTH.with(|d| d.set(d.get() + 1));
        InC(())
    }
}

impl Drop for InC {
    fn drop(&mut self) {
        leaving_c();
        let depth = DEPTH.with(|d| {
            d.set(d.get() - 1);
            d.get()
        });
        if depth == 0 {
            let touched = TOUCHED_LISTS.with(|t| std::mem::take(&mut *t.borrow_mut()));
            for p in touched {
                if let Some(s) = obj_of(p).and_then(shared_of) {
                    s.set_flags(s.flags() & !TOUCHED);
                }
            }
        }
    }
}
