//! Releasing objects whose count reached zero: `__del__` finalizers (run at
//! most once, resurrection allowed), weakref and proxy notification, and a
//! trashcan so that freeing a long chain never overflows the Rust stack.

use super::object::{flags, PyObject, PyRef};
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// Hooks the VM installs: it runs `__del__` and clears weakrefs.
pub struct DeallocHooks {
    /// Runs `__del__` if the type has one. The object is alive (count 1) during the call.
    pub finalize: fn(&PyRef),
    /// Called before the memory goes, for objects flagged `HAS_WEAKREFS`.
    pub clear_weakrefs: fn(&PyObject),
}

static HOOKS: std::sync::OnceLock<DeallocHooks> = std::sync::OnceLock::new();

/// Installs the hooks; called once at interpreter start.
pub fn install_hooks(hooks: DeallocHooks) {
    let _ = HOOKS.set(hooks);
}

/// cpyext's hook for an object with a C proxy whose count reached zero.
/// Returning true keeps the object alive: C code still holds references to
/// the proxy, so the hook took a new reference (count 1) on their behalf.
/// Returning false means the proxy was released and the object may go.
pub type DetachProxy = fn(NonNull<PyObject>) -> bool;
static DETACH_PROXY: std::sync::OnceLock<DetachProxy> = std::sync::OnceLock::new();

/// Installs cpyext's proxy hook; called once at start-up.
pub fn install_detach_proxy(hook: DetachProxy) {
    let _ = DETACH_PROXY.set(hook);
}

/// Whether the object's type wants its `__del__` called.
#[inline]
fn needs_finalizer(obj: &PyObject) -> bool {
    super::typeobject::class_type(obj).has_flag(super::typeobject::tpflags::HAS_FINALIZER)
}

const MAX_DEPTH: u32 = 64;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static PENDING: RefCell<Vec<NonNull<PyObject>>> = const { RefCell::new(Vec::new()) };
}

/// Frees an object whose reference count just reached zero.
///
/// # Safety
/// `ptr` must be a live object whose count is zero and that nobody else references.
pub(crate) unsafe fn release(ptr: NonNull<PyObject>) {
    // SAFETY: the caller guarantees the object is still allocated.
    let obj = unsafe { ptr.as_ref() };
    // Atomic objects (ints, floats, strs, ...) that C code, weak references
    // and `__dict__` never saw own no chains of references: free them
    // directly, without the trashcan's bookkeeping.
    const SLOW: usize = flags::GC_HEAD | flags::HAS_WEAKREFS | flags::FINALIZED;
    if obj.raw_flags() & SLOW == 0
        && obj.proxy().is_null()
        && obj.dict_ref().is_none()
        && !needs_finalizer(obj)
    {
        let ty = obj.class().as_ptr();
        let dealloc = obj.vtable().dealloc;
        // SAFETY: count is zero and the payload's vtable matches its allocation.
        unsafe { dealloc(ptr) };
        // SAFETY: this is the header's own reference, now orphaned.
        drop(unsafe { PyRef::from_raw(ty) });
        return;
    }
    if !obj.has_flag(flags::FINALIZED) && needs_finalizer(obj) {
        obj.set_flag(flags::FINALIZED);
        obj.set_refcount_raw(1);
        // SAFETY: we just gave the object one reference, owned by `tmp`.
        let tmp = unsafe { PyRef::from_raw(ptr) };
        if let Some(h) = HOOKS.get() {
            (h.finalize)(&tmp);
        }
        let n = obj.refcount();
        std::mem::forget(tmp);
        if n > 1 {
            // Resurrected: `__del__` stored a new reference somewhere.
            obj.set_refcount_raw(n - 1);
            return;
        }
        obj.set_refcount_raw(0);
    }
    let depth = DEPTH.with(|d| d.get());
    if depth >= MAX_DEPTH {
        PENDING.with(|p| p.borrow_mut().push(ptr));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: forwarded from our caller.
    unsafe { destroy(ptr) };
    if depth == 0 {
        while let Some(next) = PENDING.with(|p| p.borrow_mut().pop()) {
            // SAFETY: pending objects were queued with a zero count and are otherwise unreferenced.
            unsafe { destroy(next) };
        }
    }
    DEPTH.with(|d| d.set(depth));
}

unsafe fn destroy(ptr: NonNull<PyObject>) {
    // SAFETY: the object is alive until `dealloc` below.
    let obj = unsafe { ptr.as_ref() };
    if !obj.proxy().is_null() {
        if let Some(detach) = DETACH_PROXY.get() {
            if detach(ptr) {
                return;
            }
        }
    }
    crate::vm::gc::untrack(obj);
    if let Some(h) = HOOKS.get() {
        if obj.has_flag(flags::HAS_WEAKREFS) {
            (h.clear_weakrefs)(obj);
        }
    }
    drop(obj.set_dict(None));
    // The header owns a reference to the type; release it only after the
    // payload is gone, since the payload's drop may look at the type.
    let ty = obj.class().as_ptr();
    let dealloc = obj.vtable().dealloc;
    // SAFETY: count is zero and the payload's vtable matches its allocation.
    unsafe { dealloc(ptr) };
    // SAFETY: this is the header's own reference, now orphaned.
    drop(unsafe { PyRef::from_raw(ty) });
}
