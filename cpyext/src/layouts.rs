//! The type-specific C layouts of proxies, for the objects whose memory C
//! macros read directly: `PyLongObject` digits, `PyFloatObject.ob_fval`,
//! `PyComplexObject.cval`, `PyCellObject.ob_ref`,
//! compact `PyUnicodeObject` data, `PyBytesObject.ob_sval`,
//! `PyTupleObject.ob_item`, `PyListObject.ob_item`/`allocated`,
//! `PyDictObject.ma_used` and `PyWeakReference.wr_object` (None once the
//! referent died, [`weakref_cleared`]). Also: filling a list proxy's array, realizing
//! tuples and lists C built itself, and releasing proxy memory (keeping
//! list and dict proxies current is `mirror.rs`'s job).

use crate::ffi;
use crate::proxy::{self, Kind};
use core_interp::objects::bytesobject::PyBytes;
use core_interp::objects::cellobject::PyCell;
use core_interp::objects::complexobject::PyComplex;
use core_interp::objects::dictobject::PyDict;
use core_interp::objects::floatobject::PyFloat;
use core_interp::objects::listobject::PyList;
use core_interp::objects::longobject::{IntValue, PyInt};
use core_interp::objects::object::PyRef;
use core_interp::objects::tupleobject::PyTuple;
use core_interp::objects::typeobject::PyType;
use core_interp::objects::unicodeobject::{PyStr, StrData};
use std::mem::{offset_of, size_of};
use std::ptr::null_mut;

/// Bits per `PyLongObject` digit.
const SHIFT: u32 = 30;

/// Builds the proxy of `obj` (not yet linked).
pub fn make_proxy(obj: &PyRef) -> *mut ffi::PyObject {
    if obj.downcast_ref::<PyType>().is_some() {
        return crate::types::type_proxy(obj);
    }
    let ty = proxy::to_c(obj.class()) as *mut ffi::PyTypeObject;
    // A C subclass of a built-in type (ctypes' `StgDict` of `dict`) extends
    // the base's layout: its instances need `tp_basicsize` bytes.
    // SAFETY: `ty` is the readied type proxy of the object's class.
    let basic = unsafe { (*ty).tp_basicsize }.max(0) as usize;
    let fixed = |size: usize| size.max(basic);
    let p = if let Some(i) = obj.downcast_ref::<PyInt>() {
        long_proxy(&i.value)
    } else if let Some(f) = obj.downcast_ref::<PyFloat>() {
        let p = proxy::alloc(fixed(size_of::<ffi::PyFloatObject>()), Kind::Plain);
        // SAFETY: `p` has room for a PyFloatObject.
        unsafe { (*(p as *mut ffi::PyFloatObject)).ob_fval = f.value() };
        p
    } else if let Some(c) = obj.downcast_ref::<PyComplex>() {
        let p = proxy::alloc(fixed(size_of::<ffi::PyComplexObject>()), Kind::Plain);
        // SAFETY: `p` has room for a PyComplexObject.
        unsafe {
            (*(p as *mut ffi::PyComplexObject)).cval = ffi::Py_complex {
                real: c.real,
                imag: c.imag,
            }
        };
        p
    } else if obj.downcast_ref::<PyCell>().is_some() {
        let p = proxy::alloc(size_of::<ffi::PyCellObject>(), Kind::Plain);
        crate::capi::cellobject::sync_ob_ref(obj, p);
        p
    } else if let Some(s) = obj.downcast_ref::<PyStr>() {
        str_proxy(s)
    } else if let Some(b) = obj.downcast_ref::<PyBytes>() {
        let off = offset_of!(ffi::PyBytesObject, ob_sval);
        let p = proxy::alloc(off + b.data.len() + 1, Kind::Plain);
        // SAFETY: `p` has room for the header, the bytes and a NUL.
        unsafe {
            let o = p as *mut ffi::PyBytesObject;
            (*o).ob_base.ob_size = b.data.len() as isize;
            (*o).ob_shash = -1;
            std::ptr::copy_nonoverlapping(b.data.as_ptr(), (p as *mut u8).add(off), b.data.len());
        }
        p
    } else if let Some(t) = obj.downcast_ref::<PyTuple>() {
        // Struct sequences keep a slot for every field, visible or not.
        let slots = crate::capi::structseq::info(ty).map_or(0, |i| i.names.len());
        let p = new_tuple_memory(t.items.len().max(slots));
        // SAFETY: the visible size is the tuple's length.
        unsafe { (*(p as *mut ffi::PyVarObject)).ob_size = t.items.len() as isize };
        link_early(p, ty, obj);
        for (i, item) in t.items.iter().enumerate() {
            // SAFETY: the tuple memory has `len` item slots.
            unsafe { *tuple_item_ptr(p, i) = proxy::new_ref(item.clone()) };
        }
        p
    } else if let Some(l) = obj.downcast_ref::<PyList>() {
        let p = proxy::alloc(size_of::<ffi::PyListObject>().max(basic), Kind::List);
        link_early(p, ty, obj);
        let old = sync_list(p, &l.items.borrow());
        debug_assert!(old.is_empty());
        l.items.shared.set_proxy(p as usize);
        p
    } else if let Some(d) = obj.downcast_ref::<PyDict>() {
        let p = proxy::alloc(fixed(size_of::<ffi::PyDictObject>()), Kind::Plain);
        crate::mirror::dict_changed(p, d);
        d.shared.set_proxy(p as usize);
        p
    } else if crate::exc_layout::is_exception(obj) {
        // Filled when handed to C (`mirror::handed_to_c`).
        proxy::alloc(
            crate::exc_layout::size(crate::runtime::vm(), obj.class()),
            Kind::Plain,
        )
    } else if let Some(w) = core_interp::objects::weakrefobject::as_weakref(obj) {
        let p = proxy::alloc(size_of::<ffi::PyWeakReference>(), Kind::Plain);
        // SAFETY: `p` has room for a PyWeakReference.
        unsafe {
            let r = p as *mut ffi::PyWeakReference;
            (*r).hash = -1;
            (*r).wr_object = w
                .get()
                .map_or(std::ptr::addr_of_mut!(ffi::_Py_NoneStruct), |o| {
                    proxy::to_c(&o)
                });
        }
        p
    } else if obj
        .downcast_ref::<core_interp::vm::frame::Frame>()
        .is_some()
    {
        proxy::alloc(
            size_of::<crate::capi::frameobject::FrameLayout>(),
            Kind::Plain,
        )
    } else if let Some(f) = obj.downcast_ref::<crate::cfunction::CFunction>() {
        crate::descr_layouts::cfunction_proxy(f)
    } else if let Some(d) = obj.downcast_ref::<crate::cfunction::CDescr>() {
        crate::descr_layouts::descr_proxy(d)
    } else if obj
        .downcast_ref::<core_interp::objects::moduleobject::PyModule>()
        .is_some()
    {
        proxy::alloc(
            size_of::<crate::capi::moduleobject::ModuleProxy>(),
            Kind::Module,
        )
    } else {
        proxy::alloc(size_of::<ffi::PyObject>().max(basic), Kind::Plain)
    };
    // SAFETY: every proxy starts with a PyObject header.
    unsafe { (*p).ob_type = ty };
    p
}

/// Links a container's proxy to its object before its items' proxies are
/// made, so that an item containing the container (`x.append(x)`) finds
/// this proxy instead of making another one without end.
fn link_early(p: *mut ffi::PyObject, ty: *mut ffi::PyTypeObject, obj: &PyRef) {
    // SAFETY: every proxy starts with a PyObject header.
    unsafe { (*p).ob_type = ty };
    proxy::attach(p, obj);
}

/// Memory for a tuple of `n` items (items NULL), of type `tuple`, owned by
/// nobody yet.
pub fn new_tuple_memory(n: usize) -> *mut ffi::PyObject {
    let off = offset_of!(ffi::PyTupleObject, ob_item);
    let p = proxy::alloc(off + n * size_of::<*mut ffi::PyObject>(), Kind::Tuple);
    // SAFETY: `p` has room for a PyTupleObject with `n` items.
    unsafe {
        (*(p as *mut ffi::PyVarObject)).ob_size = n as isize;
        (*p).ob_type = std::ptr::addr_of_mut!(ffi::PyTuple_Type);
    }
    p
}

/// Memory for a compact str of `n` code points up to `maxchar` that C
/// fills (`PyUnicode_New`), owned by the caller; its object is made when it
/// first reaches the interpreter.
pub fn new_str_memory(n: usize, maxchar: u32) -> *mut ffi::PyObject {
    let ascii = maxchar < 128;
    let kind: usize = if maxchar < 256 {
        1
    } else if maxchar < 65536 {
        2
    } else {
        4
    };
    let off = if ascii {
        size_of::<ffi::PyASCIIObject>()
    } else {
        size_of::<ffi::PyCompactUnicodeObject>()
    };
    let p = proxy::alloc(off + kind * (n + 1), Kind::Str);
    // SAFETY: `p` has room for the header and `n + 1` units of `kind` bytes.
    unsafe {
        (*p).ob_refcnt = 1;
        (*p).ob_type = std::ptr::addr_of_mut!(ffi::PyUnicode_Type);
        let o = p as *mut ffi::PyASCIIObject;
        (*o).length = n as isize;
        (*o).hash = -1;
        (*o).state.set_kind(kind as u32);
        (*o).state.set_compact(1);
        (*o).state.set_ascii(ascii as u32);
        (*o).state.set_ready(1);
    }
    p
}

/// The code points of a compact str proxy (C may have written them).
fn str_code_points(p: *mut ffi::PyObject) -> Vec<u32> {
    // SAFETY: a compact str proxy: header, then `length` units of `kind` bytes.
    unsafe {
        let o = p as *mut ffi::PyASCIIObject;
        let n = (*o).length.max(0) as usize;
        let off = if (*o).state.ascii() != 0 {
            size_of::<ffi::PyASCIIObject>()
        } else {
            size_of::<ffi::PyCompactUnicodeObject>()
        };
        let data = (p as *const u8).add(off);
        match (*o).state.kind() {
            1 => (0..n).map(|i| *data.add(i) as u32).collect(),
            2 => (0..n)
                .map(|i| *(data as *const u16).add(i) as u32)
                .collect(),
            _ => (0..n).map(|i| *(data as *const u32).add(i)).collect(),
        }
    }
}

/// The address of item `i` of a tuple proxy.
pub fn tuple_item_ptr(p: *mut ffi::PyObject, i: usize) -> *mut *mut ffi::PyObject {
    // SAFETY: callers pass an index below the tuple's size.
    unsafe {
        (p as *mut u8)
            .add(offset_of!(ffi::PyTupleObject, ob_item))
            .cast::<*mut ffi::PyObject>()
            .add(i)
    }
}

fn long_proxy(v: &IntValue) -> *mut ffi::PyObject {
    let big = v.to_big();
    let (sign, mag) = big.to_u32_digits();
    // Regroup the 32-bit words into 30-bit digits.
    let mut digits: Vec<u32> = Vec::new();
    let mut acc: u64 = 0;
    let mut bits = 0;
    for w in mag {
        acc |= (w as u64) << bits;
        bits += 32;
        while bits >= SHIFT {
            digits.push((acc & ((1 << SHIFT) - 1)) as u32);
            acc >>= SHIFT;
            bits -= SHIFT;
        }
    }
    if acc != 0 {
        digits.push(acc as u32);
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    let off = offset_of!(ffi::PyLongObject, ob_digit);
    let p = proxy::alloc(off + 4 * digits.len().max(1), Kind::Plain);
    let n = digits.len() as isize;
    // SAFETY: `p` has room for the header and the digits.
    unsafe {
        (*(p as *mut ffi::PyVarObject)).ob_size = if sign == num_bigint::Sign::Minus {
            -n
        } else {
            n
        };
        std::ptr::copy_nonoverlapping(
            digits.as_ptr(),
            (p as *mut u8).add(off) as *mut u32,
            digits.len(),
        );
    }
    p
}

fn str_proxy(s: &PyStr) -> *mut ffi::PyObject {
    match &s.data {
        StrData::Ascii(a) => {
            let off = size_of::<ffi::PyASCIIObject>();
            let p = proxy::alloc(off + a.len() + 1, Kind::Str);
            // SAFETY: `p` has room for the header, the characters and a NUL.
            unsafe {
                let o = p as *mut ffi::PyASCIIObject;
                (*o).length = a.len() as isize;
                (*o).hash = -1;
                (*o).state.set_kind(1);
                (*o).state.set_compact(1);
                (*o).state.set_ascii(1);
                (*o).state.set_ready(1);
                std::ptr::copy_nonoverlapping(a.as_ptr(), (p as *mut u8).add(off), a.len());
            }
            p
        }
        StrData::Wide(cps) => {
            let max = cps.iter().copied().max().unwrap_or(0);
            let kind: usize = if max < 256 {
                1
            } else if max < 65536 {
                2
            } else {
                4
            };
            let off = size_of::<ffi::PyCompactUnicodeObject>();
            let p = proxy::alloc(off + kind * (cps.len() + 1), Kind::Str);
            // SAFETY: `p` has room for the header and `len + 1` units of `kind` bytes.
            unsafe {
                let o = p as *mut ffi::PyCompactUnicodeObject;
                (*o)._base.length = cps.len() as isize;
                (*o)._base.hash = -1;
                (*o)._base.state.set_kind(kind as u32);
                (*o)._base.state.set_compact(1);
                (*o)._base.state.set_ready(1);
                let data = (p as *mut u8).add(off);
                for (i, &c) in cps.iter().enumerate() {
                    match kind {
                        1 => *data.add(i) = c as u8,
                        2 => *(data as *mut u16).add(i) = c as u16,
                        _ => *(data as *mut u32).add(i) = c,
                    }
                }
            }
            p
        }
    }
}

/// Makes a list proxy's `ob_item` hold exactly `items` (one C reference
/// each); returns the references it held before, for the caller to release
/// once it no longer borrows `items` (releasing may run Python code).
#[must_use]
pub fn sync_list(p: *mut ffi::PyObject, items: &[PyRef]) -> Vec<*mut ffi::PyObject> {
    let o = p as *mut ffi::PyListObject;
    // SAFETY: `p` is a list proxy; its array has `allocated` slots of which
    // `ob_size` hold owned references.
    unsafe {
        let old_n = (*o).ob_base.ob_size as usize;
        let same = old_n == items.len()
            && items
                .iter()
                .enumerate()
                .all(|(i, it)| *(*o).ob_item.add(i) == it.proxy() as *mut ffi::PyObject);
        if same {
            return Vec::new();
        }
        let old: Vec<*mut ffi::PyObject> = (0..old_n)
            .map(|i| *(*o).ob_item.add(i))
            .filter(|q| !q.is_null())
            .collect();
        reserve_list(o, items.len());
        for (i, it) in items.iter().enumerate() {
            *(*o).ob_item.add(i) = proxy::new_ref(it.clone());
        }
        (*o).ob_base.ob_size = items.len() as isize;
        old
    }
}

/// Grows a list proxy's array to hold at least `n` items (over-allocating
/// as CPython's `list_resize` does, so appends are amortized O(1)).
///
/// # Safety
/// `o` is a live list proxy.
pub unsafe fn reserve_list(o: *mut ffi::PyListObject, n: usize) {
    // SAFETY: forwarded from the caller; realloc keeps the items.
    unsafe {
        if (*o).allocated >= n as isize {
            return;
        }
        let cap = (n + (n >> 3) + 6) & !3;
        (*o).ob_item = libc::realloc((*o).ob_item as *mut libc::c_void, cap * size_of::<usize>())
            as *mut *mut ffi::PyObject;
        assert!(!(*o).ob_item.is_null(), "out of memory");
        (*o).allocated = cap as isize;
    }
}

/// The value of a `PyLongObject` C filled: `|ob_size|` 30-bit digits,
/// least significant first, negative when `ob_size` is.
fn long_value(p: *mut ffi::PyObject) -> num_bigint::BigInt {
    // SAFETY: a long proxy holds |ob_size| digits after its header.
    unsafe {
        let size = (*(p as *mut ffi::PyVarObject)).ob_size;
        let digits = (*(p as *mut ffi::PyLongObject)).ob_digit.as_ptr();
        let mut v = num_bigint::BigInt::from(0u32);
        for i in (0..size.unsigned_abs()).rev() {
            v = (v << SHIFT) + *digits.add(i);
        }
        if size < 0 {
            -v
        } else {
            v
        }
    }
}

/// Creates the object for a tuple, list, bytes or str C built
/// (`PyTuple_New`, `PyList_New` filled with the `SET_ITEM` macros,
/// `PyUnicode_New`) the first time it reaches the interpreter.
pub fn realize(p: *mut ffi::PyObject) -> PyRef {
    let vm = crate::runtime::vm();
    let kind = proxy::link(p).kind();
    let obj = match kind {
        Kind::Tuple => {
            // SAFETY: tuple proxies hold `ob_size` item pointers (struct
            // sequences: one per field, visible or not).
            let tp = unsafe { (*p).ob_type };
            let seq = crate::capi::structseq::info(tp);
            let n = match &seq {
                Some(info) => info.names.len(),
                None => (unsafe { (*(p as *mut ffi::PyVarObject)).ob_size }) as usize,
            };
            let items: Vec<PyRef> = (0..n)
                .map(|i| {
                    // SAFETY: `i` is below the size.
                    let it = unsafe { *tuple_item_ptr(p, i) };
                    if it.is_null() {
                        vm.none.clone()
                    } else {
                        proxy::from_c(it)
                    }
                })
                .collect();
            if seq.is_some() {
                let cls = proxy::from_c(tp as *mut ffi::PyObject);
                let t = PyRef::new(
                    PyTuple {
                        items: items.into_boxed_slice(),
                    },
                    vm.types.tuple_type.clone(),
                );
                vm.call_positional(&cls, &[t])
                    .expect("struct sequence from its fields")
            } else {
                PyRef::new(
                    PyTuple {
                        items: items.into_boxed_slice(),
                    },
                    vm.types.tuple_type.clone(),
                )
            }
        }
        Kind::List => {
            let o = p as *mut ffi::PyListObject;
            // SAFETY: list proxies hold `ob_size` item pointers.
            let items: Vec<PyRef> = unsafe {
                (0..(*o).ob_base.ob_size as usize)
                    .map(|i| {
                        let it = *(*o).ob_item.add(i);
                        if it.is_null() {
                            vm.none.clone()
                        } else {
                            proxy::from_c(it)
                        }
                    })
                    .collect()
            };
            let l = core_interp::objects::listobject::new_list(vm, items);
            as_list_shared(&l).set_proxy(p as usize);
            crate::mirror::handed_to_c(p, &l);
            l
        }
        Kind::Bytes => {
            let off = offset_of!(ffi::PyBytesObject, ob_sval);
            // SAFETY: a bytes proxy holds `ob_size` bytes after its header.
            let data = unsafe {
                let n = (*(p as *mut ffi::PyVarObject)).ob_size as usize;
                std::slice::from_raw_parts((p as *const u8).add(off), n).to_vec()
            };
            core_interp::objects::bytesobject::new_bytes(vm, data)
        }
        Kind::Long => core_interp::objects::longobject::new_bigint(vm, long_value(p)),
        Kind::Str => PyRef::new(
            core_interp::objects::unicodeobject::PyStr::from_code_points(&str_code_points(p)),
            vm.types.str_type.clone(),
        ),
        k => panic!("object at {p:p} ({k:?}) has no interpreter counterpart"),
    };
    // SAFETY: `p` is live: C holds at least one reference (it passed it to us).
    let refs = unsafe { (*p).ob_refcnt };
    if refs > 0 {
        proxy::attach_owned(p, obj.clone());
    } else {
        proxy::attach(p, &obj);
    }
    obj
}

fn as_list_shared(l: &PyRef) -> &core_interp::objects::c_shared::CShared {
    &l.downcast_ref::<PyList>().expect("a list").items.shared
}

/// Frees a proxy's memory once neither side needs it.
pub fn release(p: *mut ffi::PyObject, kind: Kind) {
    // SAFETY: nobody references `p` any more; its layout matches `kind`.
    unsafe {
        match kind {
            Kind::Static => return,
            Kind::CInstance => {
                let tp = (*p).ob_type;
                match (*tp).tp_dealloc {
                    Some(d) => d(p),
                    None => proxy::free(p as *mut libc::c_void),
                }
                return;
            }
            Kind::Tuple => {
                let n = match crate::capi::structseq::info((*p).ob_type) {
                    Some(info) => info.names.len(),
                    None => (*(p as *mut ffi::PyVarObject)).ob_size as usize,
                };
                for i in 0..n {
                    let it = *tuple_item_ptr(p, i);
                    if !it.is_null() {
                        proxy::decref(it);
                    }
                }
            }
            Kind::List => {
                let o = p as *mut ffi::PyListObject;
                for i in 0..(*o).ob_base.ob_size as usize {
                    let it = *(*o).ob_item.add(i);
                    if !it.is_null() {
                        proxy::decref(it);
                    }
                }
                libc::free((*o).ob_item as *mut libc::c_void);
                (*o).ob_item = null_mut();
            }
            Kind::Str => {
                let o = p as *mut ffi::PyCompactUnicodeObject;
                if (*o)._base.state.ascii() == 0 && !(*o).utf8.is_null() {
                    libc::free((*o).utf8 as *mut libc::c_void);
                }
            }
            Kind::Module => crate::capi::moduleobject::release_state(p),
            Kind::Type => crate::types::release_type_proxy(p),
            Kind::Descr => crate::descr_layouts::release_descr(p),
            Kind::Plain | Kind::Bytes | Kind::Long => {}
        }
        proxy::free(p as *mut libc::c_void);
    }
}

/// The referent of weakref `w` died: its proxy's `wr_object` becomes None,
/// as `PyWeakref_GET_OBJECT` reads it.
pub fn weakref_cleared(w: &core_interp::objects::object::PyObject) {
    let p = w.proxy() as *mut ffi::PyWeakReference;
    // SAFETY: a weakref's proxy has the PyWeakReference layout (made above).
    unsafe { (*p).wr_object = std::ptr::addr_of_mut!(ffi::_Py_NoneStruct) };
}
