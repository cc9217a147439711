//! The object header every oxpy object starts with, the owning reference
//! `PyRef`, and typed payload access.
//!
//! Layout: each object is one allocation `PyInner<T> { header: PyObject, payload: T }`.
//! The header holds the reference count (its top byte keeps flags), the type,
//! the payload's vtable (drop, traverse, Rust type id), the link to the
//! object's C proxy (O(1) object→proxy; cpyext keeps the reverse link), and
//! the instance `__dict__`. Memory is reclaimed deterministically when the
//! count reaches zero; deep chains are released iteratively (a trashcan).
//!
//! Container objects (payloads with `GC = true`, and instances of types
//! with `HAVE_GC`) are allocated with a `GcHead` in front of the header, as
//! CPython's `PyGC_Head`: the links of the cycle collector's generation lists
//! (`vm/gc`). The `GC_HEAD` flag says the allocation has one.
//!
//! Thread safety: objects are only touched by the thread holding the GIL, so
//! plain `Cell`s are enough; `PyRef` is `Send`/`Sync` on that basis.

use std::any::TypeId;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::ptr::NonNull;

/// Flag bits kept in the top byte of the reference-count word.
pub mod flags {
    /// Never freed (static singletons, builtin types).
    pub const IMMORTAL: usize = 1 << 63;
    /// Has (or had) weak references registered in the weakref table.
    pub const HAS_WEAKREFS: usize = 1 << 62;
    /// `__del__` already ran (PEP 442: finalizers run at most once).
    pub const FINALIZED: usize = 1 << 61;
    /// Tracked by the cycle collector (linked into a generation list).
    pub const GC_TRACKED: usize = 1 << 60;
    /// Allocated with a `GcHead` in front of the header.
    pub const GC_HEAD: usize = 1 << 59;
    /// An instance `__dict__` Python code has seen (CPython 3.11 materializes
    /// such dicts; unseen ones are inline values it does not count as objects).
    pub const DICT_EXPOSED: usize = 1 << 58;
    pub const MASK: usize = 0xFF << 56;
}

/// What the header knows about the payload type `T` without generics.
pub struct PayloadVTable {
    pub type_id: TypeId,
    /// Drops `PyInner<T>` in place and frees its memory.
    pub dealloc: unsafe fn(NonNull<PyObject>),
    /// Visits every `PyRef` the payload owns (for the cycle collector).
    pub traverse: fn(&PyObject, &mut dyn FnMut(&PyRef)),
    /// Drops every `PyRef` the payload owns, breaking cycles (`tp_clear`).
    pub clear: fn(&PyObject),
    /// The `__slots__` storage of the payload, if it has one.
    pub slot_values: for<'a> fn(&'a PyObject) -> Option<&'a [RefCell<Option<PyRef>>]>,
}

/// Distance from an object's `GcHead` to its header (the same for every
/// payload of alignment up to 32, which `PyPayload::VTABLE` checks).
pub const GC_OFFSET: usize = std::mem::size_of::<GcHead>();

/// The cycle collector's per-object data, in front of container objects.
#[repr(C)]
pub struct GcHead {
    pub next: Cell<*const GcHead>,
    pub prev: Cell<*const GcHead>,
    /// Reference count minus internal references, during a collection.
    pub gc_refs: Cell<isize>,
    /// Collector state bits (`vm::gc`).
    pub state: Cell<usize>,
}

impl GcHead {
    pub const fn new() -> GcHead {
        GcHead {
            next: Cell::new(std::ptr::null()),
            prev: Cell::new(std::ptr::null()),
            gc_refs: Cell::new(0),
            state: Cell::new(0),
        }
    }
}

impl Default for GcHead {
    fn default() -> Self {
        Self::new()
    }
}

#[repr(C)]
struct GcBox<T> {
    head: GcHead,
    inner: PyInner<T>,
}

/// A Rust type that can be the payload of a Python object.
pub trait PyPayload: 'static + Sized {
    /// Whether objects with this payload are containers the cycle collector
    /// tracks. Atomic payloads (numbers, strings, bytes) opt out; instances
    /// of heap types are tracked whatever their payload.
    const GC: bool = true;

    /// Visits the references this payload owns; containers must implement it.
    fn traverse(&self, _visit: &mut dyn FnMut(&PyRef)) {}
    /// Releases the references this payload owns (cycle collection).
    fn clear(&self) {}
    /// The values of `__slots__` entries, for payloads that can store them.
    fn slot_values(&self) -> Option<&[RefCell<Option<PyRef>>]> {
        None
    }

    #[doc(hidden)]
    const VTABLE: PayloadVTable = PayloadVTable {
        type_id: TypeId::of::<Self>(),
        dealloc: dealloc_inner::<Self>,
        traverse: |obj, visit| obj.payload_unchecked::<Self>().traverse(visit),
        clear: |obj| obj.payload_unchecked::<Self>().clear(),
        slot_values: |obj| obj.payload_unchecked::<Self>().slot_values(),
    };
    #[doc(hidden)]
    const GC_LAYOUT_OK: () = assert!(std::mem::offset_of!(GcBox<Self>, inner) == GC_OFFSET);
}

/// The header shared by all objects.
#[repr(C)]
pub struct PyObject {
    refcnt: Cell<usize>,
    ty: Cell<NonNull<PyObject>>,
    vtable: &'static PayloadVTable,
    /// The C proxy (`*mut ffi::PyObject`) once C code has seen this object.
    proxy: Cell<*mut std::ffi::c_void>,
    dict: UnsafeCell<Option<PyRef>>,
}

#[repr(C)]
struct PyInner<T> {
    header: PyObject,
    payload: T,
}

/// An owned (strong) reference to a Python object.
#[repr(transparent)]
pub struct PyRef(NonNull<PyObject>);

// SAFETY: objects are only accessed by the thread holding the GIL.
unsafe impl Send for PyRef {}
// SAFETY: as above.
unsafe impl Sync for PyRef {}

/// Moves `v` into a new allocation: from the small-object free lists when
/// it fits them, else a `Box`.
#[inline]
fn alloc_value<B>(v: B) -> *mut B {
    if const { super::small_alloc::uses_lists::<B>() } {
        let p = super::small_alloc::alloc::<B>();
        // SAFETY: fresh memory for one `B`.
        unsafe { p.write(v) };
        p
    } else {
        Box::into_raw(Box::new(v))
    }
}

/// Drops and frees a value made by `alloc_value`.
///
/// # Safety
/// `p` must come from `alloc_value::<B>` and not be used afterwards.
#[inline]
unsafe fn free_value<B>(p: *mut B) {
    if const { super::small_alloc::uses_lists::<B>() } {
        // SAFETY: forwarded from the caller; the memory is freed after the drop.
        unsafe {
            std::ptr::drop_in_place(p);
            super::small_alloc::free(p);
        }
    } else {
        // SAFETY: `alloc_value` made it with `Box::into_raw`.
        drop(unsafe { Box::from_raw(p) });
    }
}

unsafe fn dealloc_inner<T: PyPayload>(ptr: NonNull<PyObject>) {
    // SAFETY: the count reached zero, so nobody else can see the object.
    let has_head = unsafe { ptr.as_ref() }.has_flag(flags::GC_HEAD);
    if has_head {
        // SAFETY: `ptr` is the `inner` field of a `GcBox<T>` made by
        // `alloc_value` (see `PyRef::new`); the collector unlinked the head
        // when the object died.
        unsafe { free_value((ptr.as_ptr() as *mut u8).sub(GC_OFFSET) as *mut GcBox<T>) };
    } else {
        // SAFETY: `ptr` is a `PyInner<T>` made by `alloc_value` in `PyRef::new`.
        unsafe { free_value(ptr.as_ptr() as *mut PyInner<T>) };
    }
}

/// Whether instances of `ty` are tracked whatever their payload (heap types).
fn type_wants_gc(ty: &PyRef) -> bool {
    ty.downcast_ref::<crate::objects::typeobject::PyType>()
        .is_some_and(|t| t.has_flag(crate::objects::typeobject::tpflags::HAVE_GC))
}

impl PyRef {
    /// Allocates a new object of type `ty` with the given payload.
    pub fn new<T: PyPayload>(payload: T, ty: PyRef) -> PyRef {
        #[allow(clippy::let_unit_value)]
        let () = T::GC_LAYOUT_OK;
        if T::GC || type_wants_gc(&ty) {
            let raw = alloc_value(GcBox {
                head: GcHead::new(),
                inner: PyInner {
                    header: PyObject {
                        refcnt: Cell::new(1 | flags::GC_HEAD),
                        ty: Cell::new(ty.into_raw()),
                        vtable: &T::VTABLE,
                        proxy: Cell::new(std::ptr::null_mut()),
                        dict: UnsafeCell::new(None),
                    },
                    payload,
                },
            });
            // SAFETY: `raw` is the live allocation just made.
            let obj = PyRef(unsafe {
                NonNull::new_unchecked(std::ptr::addr_of_mut!((*raw).inner) as *mut PyObject)
            });
            crate::vm::gc::track_new(&obj);
            return obj;
        }
        let inner = alloc_value(PyInner {
            header: PyObject {
                refcnt: Cell::new(1),
                ty: Cell::new(ty.into_raw()),
                vtable: &T::VTABLE,
                proxy: Cell::new(std::ptr::null_mut()),
                dict: UnsafeCell::new(None),
            },
            payload,
        });
        // SAFETY: `alloc_value` never returns null.
        PyRef(unsafe { NonNull::new_unchecked(inner as *mut PyObject) })
    }

    /// Allocates an object whose type is itself (the `type` type), or whose
    /// type is set later with `set_class` (bootstrap of the type hierarchy).
    pub fn new_self_typed<T: PyPayload>(payload: T) -> PyRef {
        let inner = alloc_value(PyInner {
            header: PyObject {
                refcnt: Cell::new(1 | flags::IMMORTAL),
                ty: Cell::new(NonNull::dangling()),
                vtable: &T::VTABLE,
                proxy: Cell::new(std::ptr::null_mut()),
                dict: UnsafeCell::new(None),
            },
            payload,
        });
        // SAFETY: `alloc_value` never returns null.
        let ptr = unsafe { NonNull::new_unchecked(inner as *mut PyObject) };
        // SAFETY: ptr is the live header just allocated.
        unsafe { ptr.as_ref() }.ty.set(ptr);
        PyRef(ptr)
    }

    /// Gives up ownership, returning the raw pointer (one reference).
    pub fn into_raw(self) -> NonNull<PyObject> {
        let p = self.0;
        std::mem::forget(self);
        p
    }

    /// Takes ownership of one reference.
    ///
    /// # Safety
    /// `ptr` must point to a live object and carry a reference the caller owns.
    pub unsafe fn from_raw(ptr: NonNull<PyObject>) -> PyRef {
        PyRef(ptr)
    }

    /// Makes a new owned reference from a borrowed pointer.
    ///
    /// # Safety
    /// `ptr` must point to a live object.
    pub unsafe fn from_borrowed(ptr: NonNull<PyObject>) -> PyRef {
        // SAFETY: the caller guarantees liveness.
        unsafe { ptr.as_ref() }.incref();
        PyRef(ptr)
    }

    pub fn as_ptr(&self) -> NonNull<PyObject> {
        self.0
    }

    /// Identity comparison (`is`).
    #[inline]
    pub fn is(&self, other: &PyRef) -> bool {
        self.0 == other.0
    }
}

impl Clone for PyRef {
    #[inline]
    fn clone(&self) -> PyRef {
        self.incref();
        PyRef(self.0)
    }
}

impl Drop for PyRef {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: we own one reference, so the object is alive.
        let h = unsafe { self.0.as_ref() };
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n & !flags::MASK == 0 && n & flags::IMMORTAL == 0 {
            // SAFETY: the count reached zero: this was the last reference.
            unsafe { crate::objects::dealloc::release(self.0) };
        }
    }
}

impl std::ops::Deref for PyRef {
    type Target = PyObject;
    #[inline]
    fn deref(&self) -> &PyObject {
        // SAFETY: we own a reference, so the object is alive.
        unsafe { self.0.as_ref() }
    }
}

impl std::fmt::Debug for PyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<object at {:p}>", self.0.as_ptr())
    }
}

impl PyObject {
    #[inline]
    pub fn incref(&self) {
        self.refcnt.set(self.refcnt.get() + 1);
    }

    /// The reference count without flags (what `sys.getrefcount` reports).
    pub fn refcount(&self) -> usize {
        self.refcnt.get() & !flags::MASK
    }

    /// Whether the caller's reference is the only one anywhere: count 1, no
    /// flags (not immortal, no weak references) and no C proxy that C code
    /// could be reading.
    #[inline]
    pub fn is_unshared(&self) -> bool {
        self.refcnt.get() == 1 && self.proxy.get().is_null()
    }

    /// Whether the caller's reference is the only one to a container:
    /// count 1, no flags but the collector's, no C proxy and no `__dict__`.
    #[inline]
    pub fn is_sole_reference(&self) -> bool {
        self.refcnt.get() & !(flags::GC_HEAD | flags::GC_TRACKED) == 1
            && self.proxy.get().is_null()
            && self.dict_ref().is_none()
    }

    /// The flag bits of the count word (see `flags`).
    #[inline]
    pub fn raw_flags(&self) -> usize {
        self.refcnt.get() & flags::MASK
    }

    pub fn has_flag(&self, flag: usize) -> bool {
        self.refcnt.get() & flag != 0
    }

    pub fn set_flag(&self, flag: usize) {
        self.refcnt.set(self.refcnt.get() | flag);
    }

    /// Adjusts the raw count during deallocation (resurrection by `__del__`).
    pub(crate) fn set_refcount_raw(&self, n: usize) {
        self.refcnt.set((self.refcnt.get() & flags::MASK) | n);
    }

    /// Marks the object as never freed (and no longer tracked by the collector).
    pub fn make_immortal(&self) {
        crate::vm::gc::untrack(self);
        self.set_flag(flags::IMMORTAL);
    }

    pub fn clear_flag(&self, flag: usize) {
        self.refcnt.set(self.refcnt.get() & !flag);
    }

    /// The collector data in front of a container object.
    pub fn gc_head(&self) -> Option<&GcHead> {
        if !self.has_flag(flags::GC_HEAD) {
            return None;
        }
        // SAFETY: objects flagged GC_HEAD are the `inner` field of a GcBox,
        // whose head starts `GC_OFFSET` bytes earlier.
        Some(unsafe { &*((self as *const PyObject as *const u8).sub(GC_OFFSET) as *const GcHead) })
    }

    /// The header of the object whose collector data is `head`.
    ///
    /// # Safety
    /// `head` must be the head of a live object (not a list sentinel).
    pub unsafe fn from_gc_head<'a>(head: *const GcHead) -> &'a PyObject {
        // SAFETY: forwarded from the caller.
        unsafe { &*((head as *const u8).add(GC_OFFSET) as *const PyObject) }
    }

    /// The instance `__dict__`, borrowed (for the collector's traversal).
    pub fn dict_ref(&self) -> Option<&PyRef> {
        // SAFETY: GIL-protected; the collector does not replace the dict while the borrow lives.
        unsafe { (*self.dict.get()).as_ref() }
    }

    /// The object's type, borrowed.
    #[inline]
    pub fn class(&self) -> &PyRef {
        // SAFETY: `ty` always holds an owned reference to a live type object;
        // PyRef is a transparent NonNull, so the cell's content is a valid PyRef.
        unsafe { &*(self.ty.as_ptr() as *const PyRef) }
    }

    /// Changes the type (`obj.__class__ = C`); the caller checks compatibility.
    pub fn set_class(&self, ty: PyRef) {
        let old = self.ty.replace(ty.into_raw());
        if old != NonNull::from(self) {
            // SAFETY: the header owned a reference to the old type.
            drop(unsafe { PyRef::from_raw(old) });
        }
    }

    /// The payload as `T` without checking its type.
    ///
    /// # Safety
    /// The object's payload must be a `T` (e.g. the type object of any object is a `PyType`).
    #[inline]
    pub unsafe fn payload_assume<T: PyPayload>(&self) -> &T {
        self.payload_unchecked()
    }

    #[inline]
    pub fn payload_is<T: PyPayload>(&self) -> bool {
        self.vtable.type_id == TypeId::of::<T>()
    }

    /// The payload, if it is a `T`.
    #[inline]
    pub fn downcast_ref<T: PyPayload>(&self) -> Option<&T> {
        if self.payload_is::<T>() {
            Some(self.payload_unchecked())
        } else {
            None
        }
    }

    #[inline]
    fn payload_unchecked<T: PyPayload>(&self) -> &T {
        // SAFETY: callers checked (or the vtable guarantees) that this header
        // starts a PyInner<T>.
        unsafe { &(*(self as *const PyObject as *const PyInner<T>)).payload }
    }

    pub fn vtable(&self) -> &'static PayloadVTable {
        self.vtable
    }

    /// The C proxy pointer (null until cpyext creates one).
    pub fn proxy(&self) -> *mut std::ffi::c_void {
        self.proxy.get()
    }

    pub fn set_proxy(&self, p: *mut std::ffi::c_void) {
        self.proxy.set(p);
    }

    /// The instance `__dict__`, if the object has one.
    pub fn dict(&self) -> Option<PyRef> {
        // SAFETY: GIL-protected; the reference is cloned out, never held.
        unsafe { (*self.dict.get()).clone() }
    }

    /// Replaces the instance `__dict__`, returning the old one.
    pub fn set_dict(&self, d: Option<PyRef>) -> Option<PyRef> {
        // SAFETY: GIL-protected; no reference into the cell is outstanding.
        unsafe { std::mem::replace(&mut *self.dict.get(), d) }
    }

    /// Identity of the object as an integer (`id()`).
    pub fn id(&self) -> usize {
        self as *const PyObject as usize
    }
}
