//! `_PyRuntime`, CPython's runtime state, for modules built with CPython's
//! internal headers (`math`, `_json`, `_datetime`, `_pickle`, …): they
//! address statically allocated objects inside it directly (`_Py_ID(name)`,
//! `_Py_STR(name)`, `_PyLong_GetZero()`, one-byte bytes and one-character
//! strs, the empty tuple) and read the current thread state from it. The
//! memory (of CPython's size) is defined in `csrc/runtime_state.c`; where
//! each object lives is in [`crate::runtime_layout`]. The objects are
//! filled in before the first extension module loads and linked, like the
//! other static objects, through the side table (addresses inside
//! `_PyRuntime` count as mapped).

use crate::ffi;
use crate::proxy::{self, Kind};
use crate::runtime_layout as at;
use core_interp::objects::bytesobject::new_bytes;
use core_interp::objects::object::PyRef;
use core_interp::objects::unicodeobject::PyStr;
use core_interp::vm::Vm;
use std::mem::{offset_of, size_of};
use std::ptr::addr_of_mut;
use std::sync::Once;

extern "C" {
    static mut _PyRuntime: [u8; at::SIZE];
}

/// The address of `_PyRuntime`.
#[inline]
pub fn base() -> *mut u8 {
    addr_of_mut!(_PyRuntime) as *mut u8
}

/// Whether `p` points into `_PyRuntime` (so its link is in the side table).
#[inline]
pub fn contains(p: *mut ffi::PyObject) -> bool {
    (p as usize).wrapping_sub(base() as usize) < at::SIZE
}

/// The size of `_PyRuntime`.
pub const SIZE: usize = at::SIZE;

/// Gives `p`, inside `_PyRuntime`, the object header of type `tp` and links
/// it to `obj` for good.
///
/// # Safety
/// `p` is inside `_PyRuntime` with room for the object's layout.
unsafe fn link(p: *mut ffi::PyObject, tp: *mut ffi::PyTypeObject, obj: &PyRef) {
    // SAFETY: forwarded from the caller.
    unsafe {
        (*p).ob_refcnt = 1 << 30;
        (*p).ob_type = tp;
    }
    proxy::register_mapped(p, obj, Kind::Static);
    // The object lives as long as the process, as CPython's static ones.
    std::mem::forget(obj.clone());
}

/// Writes an ASCII str of `text` at `p` (a `PyASCIIObject` followed by the
/// characters and a NUL) and links it to a new str object.
///
/// # Safety
/// `p` is inside `_PyRuntime` with room for the string.
unsafe fn ascii_str(vm: &Vm, p: *mut u8, text: &str) {
    // SAFETY: forwarded from the caller.
    unsafe {
        let o = p as *mut ffi::PyASCIIObject;
        (*o).length = text.len() as isize;
        (*o).hash = -1;
        (*o).state.set_kind(1);
        (*o).state.set_compact(1);
        (*o).state.set_ascii(1);
        (*o).state.set_ready(1);
        let data = p.add(size_of::<ffi::PyASCIIObject>());
        std::ptr::copy_nonoverlapping(text.as_ptr(), data, text.len());
        *data.add(text.len()) = 0;
        let s = PyRef::new(PyStr::from_str(text), vm.types.str_type.clone());
        link(
            p as *mut ffi::PyObject,
            addr_of_mut!(ffi::PyUnicode_Type),
            &s,
        );
    }
}

/// Fills `_PyRuntime`'s static objects; once, before the first extension
/// module is initialised.
pub fn init(vm: &Vm) {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: every offset comes from CPython's layout of the runtime
        // state, inside the `SIZE` bytes of `_PyRuntime`; nothing reads
        // them before this runs.
        unsafe { fill(vm) }
    });
}

unsafe fn fill(vm: &Vm) {
    let b = base();
    // SAFETY: see `init`.
    unsafe {
        for (i, obj) in vm.small_ints.iter().enumerate() {
            let v = i as i64 + core_interp::objects::longobject::SMALL_MIN;
            let p = b.add(at::SMALL_INTS + i * at::SMALL_INT_STRIDE) as *mut ffi::PyLongObject;
            (*p).ob_base.ob_size = v.signum() as isize;
            (*p).ob_digit[0] = v.unsigned_abs() as u32;
            link(p as *mut ffi::PyObject, addr_of_mut!(ffi::PyLong_Type), obj);
        }
        let bytes_at = |off: usize, data: &[u8]| {
            let p = b.add(off) as *mut ffi::PyBytesObject;
            (*p).ob_base.ob_size = data.len() as isize;
            (*p).ob_shash = -1;
            let sval = (p as *mut u8).add(offset_of!(ffi::PyBytesObject, ob_sval));
            std::ptr::copy_nonoverlapping(data.as_ptr(), sval, data.len());
            *sval.add(data.len()) = 0;
            let obj = new_bytes(vm, data.to_vec());
            link(
                p as *mut ffi::PyObject,
                addr_of_mut!(ffi::PyBytes_Type),
                &obj,
            );
        };
        bytes_at(at::BYTES_EMPTY, &[]);
        for c in 0..=255u8 {
            bytes_at(at::BYTES_CHARS + c as usize * at::BYTES_CHAR_STRIDE, &[c]);
        }
        for c in 0..128u8 {
            let text = (c as char).to_string();
            ascii_str(vm, b.add(at::ASCII + c as usize * at::ASCII_STRIDE), &text);
        }
        for c in 128..=255u32 {
            let p = b.add(at::LATIN1 + (c as usize - 128) * at::LATIN1_STRIDE);
            let o = p as *mut ffi::PyCompactUnicodeObject;
            (*o)._base.length = 1;
            (*o)._base.hash = -1;
            (*o)._base.state.set_kind(1);
            (*o)._base.state.set_compact(1);
            (*o)._base.state.set_ready(1);
            let data = p.add(size_of::<ffi::PyCompactUnicodeObject>());
            *data = c as u8;
            *data.add(1) = 0;
            let text = char::from_u32(c).unwrap().to_string();
            let s = PyRef::new(PyStr::from_str(&text), vm.types.str_type.clone());
            link(
                p as *mut ffi::PyObject,
                addr_of_mut!(ffi::PyUnicode_Type),
                &s,
            );
        }
        for &(off, text) in at::STRINGS {
            ascii_str(vm, b.add(off), text);
        }
        let t = b.add(at::TUPLE_EMPTY) as *mut ffi::PyObject;
        link(t, addr_of_mut!(ffi::PyTuple_Type), &vm.empty_tuple);
        *(b.add(at::TSTATE_CURRENT) as *mut *mut ffi::PyThreadState) =
            crate::capi::pystate::tstate();
    }
}
