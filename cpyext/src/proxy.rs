//! The object bridge: every oxpy object C sees has a C proxy, and every
//! proxy links back to its object, both in O(1).
//!
//! * object → proxy: the `proxy` slot of the object header.
//! * proxy → object: a [`Link`] in a 16-byte header just before the
//!   `PyObject` (every proxy and every C-type instance oxpy allocates has
//!   one); type objects and the static singletons (`_Py_NoneStruct`, …),
//!   which C may define itself, keep their link in a side table instead. A
//!   proxy is "mapped" (side table) exactly when its type has
//!   `Py_TPFLAGS_TYPE_SUBCLASS` or oxpy's [`MAPPED_INSTANCES`] flag.
//!
//! Lifetime (see README.md): the object's own count counts Rust owners, the
//! proxy's `ob_refcnt` counts C owners, and the pair lives while either is
//! non-zero. When C's count reaches zero (`_Py_Dealloc`), the proxy drops the
//! object reference it may hold ([`Link::holds`]). When the object's count
//! reaches zero while C still holds references, the detach hook resurrects
//! it with one reference owned by the proxy; otherwise it frees the proxy
//! (for a C-type instance: calls the type's `tp_dealloc`).

use crate::ffi;
use core_interp::objects::object::{PyObject as CoreObject, PyRef};
use std::cell::Cell;
use std::ptr::{null_mut, NonNull};

/// oxpy's own `tp_flags` bit (unused by CPython 3.11): instances of this
/// type are static objects whose link lives in the side table (None, bool,
/// NotImplemented, Ellipsis).
pub const MAPPED_INSTANCES: u64 = 1 << 23;

/// What kind of C memory a proxy is, for releasing it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(usize)]
pub enum Kind {
    /// A bare `PyObject` (or a fixed-size layout owning nothing).
    Plain = 0,
    /// `PyTupleObject`: owns one C reference per item.
    Tuple = 1,
    /// `PyListObject`: owns the `ob_item` array and a reference per item.
    List = 2,
    /// A compact `PyUnicodeObject`: may own a UTF-8 copy.
    Str = 3,
    /// Memory of a C type's instance: released by the type's `tp_dealloc`.
    CInstance = 4,
    /// A module proxy: owns its state (`m_size`) and calls `m_free`.
    Module = 5,
    /// A type object oxpy allocated (heap type proxy).
    Type = 6,
    /// Static memory: never released.
    Static = 7,
    /// `PyBytesObject` C is still filling (`PyBytes_FromStringAndSize(NULL, n)`).
    Bytes = 8,
    /// `PyLongObject` C is still filling (`_PyLong_New(n)` + `ob_digit`).
    Long = 9,
    /// A C descriptor (`PyDescrObject`): owns a reference to its `d_name`.
    Descr = 10,
}

/// The link from a proxy to its object.
#[repr(C)]
pub struct Link {
    /// The object (null while a C-built tuple or list is not realized yet).
    obj: Cell<*const CoreObject>,
    /// Bit 0: the proxy owns one reference to the object; bits 8..16:
    /// [`Kind`]; bits 32..: [`MAGIC`] in headers [`alloc`] writes.
    state: Cell<usize>,
}

const HOLDS: usize = 1;
const KIND_BITS: usize = 0xff00;
/// Marks a link header written by [`alloc`], telling oxpy's memory from
/// objects C defined statically (which have no header: `static_objects.rs`).
const MAGIC: usize = 0x0a7b_1e55 << 32;
/// Bytes before each prefixed proxy (keeps the `PyObject` 16-aligned).
pub const HEAD: usize = std::mem::size_of::<Link>();

impl Link {
    pub fn obj(&self) -> *const CoreObject {
        self.obj.get()
    }
    pub fn kind(&self) -> Kind {
        match (self.state.get() & KIND_BITS) >> 8 {
            0 => Kind::Plain,
            1 => Kind::Tuple,
            2 => Kind::List,
            3 => Kind::Str,
            4 => Kind::CInstance,
            5 => Kind::Module,
            6 => Kind::Type,
            8 => Kind::Bytes,
            9 => Kind::Long,
            10 => Kind::Descr,
            _ => Kind::Static,
        }
    }
    fn set_kind(&self, k: Kind) {
        self.state
            .set((self.state.get() & !KIND_BITS) | ((k as usize) << 8));
    }
    fn holds(&self) -> bool {
        self.state.get() & HOLDS != 0
    }
    fn set_holds(&self, on: bool) {
        let s = self.state.get();
        self.state.set(if on { s | HOLDS } else { s & !HOLDS });
    }
}

/// Where the links of mapped proxies live, each found in O(1) without
/// hashing: objects inside `_PyRuntime` in a static array indexed by their
/// offset, a type in its `tp_cache` (unused by CPython 3.11), the few static
/// singletons in a short array.
struct Singletons([(Cell<usize>, Cell<*const Link>); 8]);
// SAFETY: every access happens under the GIL (C-API calls and object
// deallocation run on the thread holding it).
unsafe impl Sync for Singletons {}

/// The static singletons' addresses and links (None first: the most used).
static SINGLETONS: Singletons =
    Singletons([const { (Cell::new(0), Cell::new(std::ptr::null())) }; 8]);

/// The links of the objects inside `_PyRuntime`, one per 8 bytes.
struct RuntimeLinks([Link; RUNTIME_SLOTS]);
// SAFETY: as for `Singletons`.
unsafe impl Sync for RuntimeLinks {}

const RUNTIME_SLOTS: usize = crate::runtime_state::SIZE / 8 + 1;
static RUNTIME_LINKS: RuntimeLinks = RuntimeLinks(
    [const {
        Link {
            obj: Cell::new(std::ptr::null()),
            state: Cell::new(0),
        }
    }; RUNTIME_SLOTS],
);

/// The link of `p` if it lies inside `_PyRuntime`.
#[inline]
fn runtime_link(p: *mut ffi::PyObject) -> Option<&'static Link> {
    let off = (p as usize).wrapping_sub(crate::runtime_state::base() as usize);
    (off < crate::runtime_state::SIZE).then(|| &RUNTIME_LINKS.0[off / 8])
}

/// The slot holding the link of the mapped proxy `p` outside `_PyRuntime`:
/// a type object if `is_type`, else a static singleton.
fn mapped_slot(p: *mut ffi::PyObject, is_type: bool) -> &'static Cell<*const Link> {
    if is_type {
        // SAFETY: `p` is a type object; `tp_cache` is ours to use, and a
        // Cell has the layout of its content.
        return unsafe {
            &*(std::ptr::addr_of_mut!((*(p as *mut ffi::PyTypeObject)).tp_cache)
                as *const Cell<*const Link>)
        };
    }
    let a = p as usize;
    if let Some((_, l)) = SINGLETONS.0.iter().find(|(q, _)| q.get() == a) {
        return l;
    }
    let (q, l) = SINGLETONS
        .0
        .iter()
        .find(|(q, _)| q.get() == 0)
        .expect("more static singletons than oxpy has room for");
    q.set(a);
    l
}

const MAPPED_FLAGS: u64 = ffi::Py_TPFLAGS_TYPE_SUBCLASS as u64 | MAPPED_INSTANCES;

/// Whether `p`'s link lives in the side table.
pub fn is_mapped(p: *mut ffi::PyObject) -> bool {
    // SAFETY: `p` is a live object from C; every object has a valid type.
    let flags = unsafe { (*(*p).ob_type).tp_flags };
    flags & MAPPED_FLAGS != 0 || crate::runtime_state::contains(p)
}

/// The link of a proxy.
#[inline]
pub fn link<'a>(p: *mut ffi::PyObject) -> &'a Link {
    if let Some(l) = runtime_link(p) {
        return l;
    }
    // SAFETY: `p` is a live object from C; every object has a valid type.
    let flags = unsafe { (*(*p).ob_type).tp_flags };
    if flags & MAPPED_FLAGS == 0 {
        // SAFETY: unmapped proxies were allocated by `alloc` with a Link
        // header, except objects C defined statically, whose preceding 16
        // bytes are other static data (readable, without the magic).
        let l = unsafe { &*((p as *mut u8).sub(HEAD) as *const Link) };
        if l.state.get() & !(HOLDS | KIND_BITS) == MAGIC {
            return l;
        }
        return crate::static_objects::link(p);
    }
    let is_type = flags & ffi::Py_TPFLAGS_TYPE_SUBCLASS as u64 != 0;
    let l = mapped_slot(p, is_type).get();
    if !l.is_null() {
        // SAFETY: mapped links are only freed when their proxy goes.
        return unsafe { &*l };
    }
    unregistered_link(p, is_type)
}

/// The link of a mapped proxy that was not registered: a static type C
/// uses before readying it is readied now (CPython readies such a type the
/// first time it is hashed or looked into, e.g. when `PyModule_AddObject`
/// stores it); anything else is a bug.
#[cold]
fn unregistered_link<'a>(p: *mut ffi::PyObject, is_type: bool) -> &'a Link {
    if is_type {
        if let Err(e) = crate::types::ready(p as *mut ffi::PyTypeObject) {
            let vm = crate::runtime::vm();
            let msg = vm.str_string(&vm.str(e.value()).unwrap_or_else(|_| vm.none.clone()));
            panic!("readying a type failed: {}", msg.unwrap_or_default());
        }
        let l = mapped_slot(p, true).get();
        if !l.is_null() {
            // SAFETY: as in `link`.
            return unsafe { &*l };
        }
    }
    panic!("object at {p:p} was never registered with oxpy")
}

/// Allocates zeroed memory for a proxy of `size` bytes with its link header.
pub fn alloc(size: usize, kind: Kind) -> *mut ffi::PyObject {
    // SAFETY: plain C allocation; checked for failure below.
    let base = unsafe { libc::calloc(1, HEAD + size.max(std::mem::size_of::<ffi::PyObject>())) }
        as *mut u8;
    assert!(!base.is_null(), "out of memory");
    // SAFETY: `base` holds HEAD + size zeroed bytes; the Link goes first.
    unsafe {
        let l = base as *mut Link;
        (*l).state.set(MAGIC | (kind as usize) << 8);
        base.add(HEAD) as *mut ffi::PyObject
    }
}

/// Changes the kind of a prefixed proxy (memory C allocated with
/// `PyObject_Malloc` that becomes an object).
pub fn set_kind(p: *mut ffi::PyObject, k: Kind) {
    link(p).set_kind(k);
}

/// Frees memory from [`alloc`].
///
/// # Safety
/// `p` came from [`alloc`] and is not used afterwards.
pub unsafe fn free(p: *mut libc::c_void) {
    // SAFETY: forwarded from the caller.
    unsafe { libc::free((p as *mut u8).sub(HEAD) as *mut libc::c_void) };
}

/// A link for an object C defined statically, owned by the caller.
pub fn static_link() -> Link {
    Link {
        obj: Cell::new(std::ptr::null()),
        state: Cell::new((Kind::Static as usize) << 8),
    }
}

/// Registers a mapped (unprefixed) proxy for `obj`.
pub fn register_mapped(p: *mut ffi::PyObject, obj: &PyRef, kind: Kind) {
    obj.set_proxy(p as *mut libc::c_void);
    if let Some(l) = runtime_link(p) {
        l.obj.set(obj.as_ptr().as_ptr());
        l.state.set((kind as usize) << 8);
        return;
    }
    let l = Box::new(Link {
        obj: Cell::new(obj.as_ptr().as_ptr()),
        state: Cell::new((kind as usize) << 8),
    });
    let is_type = obj
        .downcast_ref::<core_interp::objects::typeobject::PyType>()
        .is_some();
    let slot = mapped_slot(p, is_type);
    let old = slot.replace(Box::into_raw(l));
    if !old.is_null() {
        // SAFETY: the old link came from `Box::into_raw` here.
        drop(unsafe { Box::from_raw(old as *mut Link) });
    }
}

/// Links a freshly allocated prefixed proxy and its object.
pub fn attach(p: *mut ffi::PyObject, obj: &PyRef) {
    link(p).obj.set(obj.as_ptr().as_ptr());
    obj.set_proxy(p as *mut libc::c_void);
}

/// Gives a proxy allocated by C-API code (C instance, C-built tuple) the
/// object that stands for it, owned by the proxy (C holds the new proxy).
pub fn attach_owned(p: *mut ffi::PyObject, obj: PyRef) {
    attach(p, &obj);
    let l = link(p);
    l.set_holds(true);
    std::mem::forget(obj);
}

/// The proxy of `obj`, created on first use (a borrowed pointer: valid
/// while `obj` lives).
pub fn to_c(obj: &PyRef) -> *mut ffi::PyObject {
    let p = obj.proxy() as *mut ffi::PyObject;
    if !p.is_null() {
        crate::mirror::handed_to_c(p, obj);
        return p;
    }
    let p = crate::layouts::make_proxy(obj);
    attach(p, obj);
    crate::mirror::handed_to_c(p, obj);
    p
}

/// A new C reference to `obj`'s proxy (the C caller owns it).
pub fn new_ref(obj: PyRef) -> *mut ffi::PyObject {
    let p = to_c(&obj);
    // SAFETY: `p` is the live proxy of `obj`.
    unsafe { (*p).ob_refcnt += 1 };
    let l = link(p);
    if l.holds() || l.kind() == Kind::Static {
        drop(obj);
    } else {
        l.set_holds(true);
        std::mem::forget(obj);
    }
    p
}

/// Whether the proxy `p` keeps its object alive by itself (it owns a
/// reference, or both are static), so a new C reference is one increment.
#[inline]
pub fn owns_object(p: *mut ffi::PyObject) -> bool {
    let l = link(p);
    l.holds() || l.kind() == Kind::Static
}

/// `new_ref` for an optional object (None → NULL).
pub fn new_ref_opt(obj: Option<PyRef>) -> *mut ffi::PyObject {
    obj.map_or(null_mut(), new_ref)
}

/// The object the (borrowed) C pointer `p` stands for, without taking a
/// reference; None if C built it and it has no object yet.
#[inline]
pub fn object_of<'a>(p: *mut ffi::PyObject) -> Option<&'a CoreObject> {
    let o = link(p).obj();
    // SAFETY: a non-null link points at a live object, kept alive at least
    // as long as C's borrowed pointer is valid.
    (!o.is_null()).then(|| unsafe { &*o })
}

/// The object a (borrowed) C pointer stands for, as a new Rust reference.
pub fn from_c(p: *mut ffi::PyObject) -> PyRef {
    assert!(!p.is_null(), "NULL object passed to the C-API");
    let l = link(p);
    let o = l.obj();
    if o.is_null() {
        return crate::layouts::realize(p);
    }
    // SAFETY: a non-null link points at a live object (the link is cleared
    // before the object goes).
    unsafe { PyRef::from_borrowed(NonNull::new_unchecked(o as *mut CoreObject)) }
}

/// `from_c` for a possibly NULL pointer.
pub fn from_c_opt(p: *mut ffi::PyObject) -> Option<PyRef> {
    (!p.is_null()).then(|| from_c(p))
}

/// Takes over a C reference (a new reference C returned to us).
pub fn steal(p: *mut ffi::PyObject) -> PyRef {
    let r = from_c(p);
    decref(p);
    r
}

/// `Py_DECREF`.
pub fn decref(p: *mut ffi::PyObject) {
    // SAFETY: the caller owns a reference to the live proxy `p`.
    let n = unsafe {
        (*p).ob_refcnt -= 1;
        (*p).ob_refcnt
    };
    if n == 0 {
        dealloc(p);
    }
}

/// `Py_INCREF`.
pub fn incref(p: *mut ffi::PyObject) {
    // SAFETY: the caller holds a reference to the live proxy `p`.
    unsafe { (*p).ob_refcnt += 1 };
}

/// C's count of `p` reached zero (`_Py_Dealloc`).
pub fn dealloc(p: *mut ffi::PyObject) {
    let l = link(p);
    if l.kind() == Kind::Static {
        return;
    }
    let o = l.obj();
    if l.holds() {
        l.set_holds(false);
        // SAFETY: the proxy owned this reference (HOLDS); dropping it may
        // free the object, which detaches (and maybe frees) the proxy.
        drop(unsafe { PyRef::from_raw(NonNull::new_unchecked(o as *mut CoreObject)) });
    } else if o.is_null() {
        crate::layouts::release(p, l.kind());
    }
}

/// The detach hook: `obj`'s count reached zero and it has a proxy.
fn detach(obj: NonNull<CoreObject>) -> bool {
    // SAFETY: the object is still allocated while the hook runs.
    let o = unsafe { obj.as_ref() };
    let p = o.proxy() as *mut ffi::PyObject;
    let l = link(p);
    // SAFETY: the proxy lives as long as its object.
    if unsafe { (*p).ob_refcnt } > 0 || l.kind() == Kind::Static {
        // C still holds references: keep the object alive on their behalf.
        o.incref();
        l.set_holds(true);
        return true;
    }
    crate::mirror::unshare(o, p);
    l.obj.set(std::ptr::null());
    o.set_proxy(null_mut());
    let kind = l.kind();
    if let Some(l) = runtime_link(p) {
        l.state.set(0);
    } else if is_mapped(p) {
        // SAFETY: `p` is live; mapped outside `_PyRuntime` means a type or
        // a singleton.
        let is_type =
            unsafe { (*(*p).ob_type).tp_flags } & ffi::Py_TPFLAGS_TYPE_SUBCLASS as u64 != 0;
        let slot = mapped_slot(p, is_type);
        // SAFETY: the link came from `Box::into_raw` in `register_mapped`;
        // `l` is not used after this.
        drop(unsafe { Box::from_raw(slot.replace(std::ptr::null()) as *mut Link) });
    }
    crate::layouts::release(p, kind);
    false
}

/// Installs the detach hook into the object model.
pub fn install_hooks() {
    core_interp::objects::dealloc::install_detach_proxy(detach);
    core_interp::objects::weakrefobject::install_cleared_hook(crate::layouts::weakref_cleared);
    crate::mirror::install_hooks();
}
