//! The buffer protocol: how an object lends its memory to another without a
//! copy (CPython's `Py_buffer`, `bf_getbuffer`, `bf_releasebuffer`).
//!
//! Design:
//! - A type exports memory by setting two slots in its `TypeSlots`:
//!   `getbuffer(vm, obj, flags) -> PyResult<PyBuffer>` (flags are CPython's
//!   `PyBUF_*` values, see [`flags`]) and, if it must know when an export
//!   ends, `releasebuffer(obj, &PyBuffer)`. Python classes inherit both from
//!   their built-in base like every other slot.
//! - [`PyBuffer`] is the Rust form of `Py_buffer`: the exporter (`obj`, one
//!   strong reference), the start pointer, the length in bytes, item size,
//!   struct-module format, shape and strides in bytes (C order for the
//!   exporters here), the read-only flag, and one word (`internal`) the
//!   exporter may use (cpyext keeps the C-side `Py_buffer*` there).
//!   Dropping a `PyBuffer` calls the exporter's `releasebuffer`, so a buffer
//!   is released exactly once, on every path (`PyBuffer_Release`).
//! - While a `PyBuffer` lives, the exporter must keep the memory where it is
//!   and keep its size: `bytes` never changes; `bytearray` counts exports and
//!   refuses to resize while the count is non-zero
//!   (`BufferError: Existing exports of data: object cannot be re-sized`);
//!   `memoryview` counts its own exports and refuses `release()` while any
//!   are alive.
//! - cpyext maps `bf_getbuffer` of a Rust type to `getbuffer` (filling the C
//!   `Py_buffer` from the `PyBuffer`, whose `Drop` runs in
//!   `PyBuffer_Release`) and a C type's `bf_getbuffer` to a `getbuffer` slot
//!   that calls it and keeps the C struct in `internal`.
//!
//! Consumers call [`get_buffer`] (any exporter) or [`bytes_like`] (the
//! contiguous bytes of a bytes-like argument, borrowed when possible).

use super::object::PyRef;
use super::typeobject::{class_name, class_type};
use crate::vm::{PyResult, Vm};
use std::borrow::Cow;

/// CPython's `PyBUF_*` request flags.
pub mod flags {
    pub const SIMPLE: u32 = 0;
    pub const WRITABLE: u32 = 0x1;
    pub const FORMAT: u32 = 0x4;
    pub const ND: u32 = 0x8;
    pub const STRIDES: u32 = 0x10 | ND;
    pub const C_CONTIGUOUS: u32 = 0x20 | STRIDES;
    pub const F_CONTIGUOUS: u32 = 0x40 | STRIDES;
    pub const ANY_CONTIGUOUS: u32 = 0x80 | STRIDES;
    pub const INDIRECT: u32 = 0x100 | STRIDES;
    pub const FULL_RO: u32 = INDIRECT | FORMAT;
    pub const FULL: u32 = FULL_RO | WRITABLE;
    pub const RECORDS_RO: u32 = STRIDES | FORMAT;
}

/// An exported view of an object's memory (`Py_buffer`).
pub struct PyBuffer {
    /// The exporter; kept alive while the buffer lives.
    pub obj: PyRef,
    /// The first byte of the first item.
    pub buf: *mut u8,
    /// Bytes covered by the items (product of `shape` times `itemsize`).
    pub len: usize,
    pub itemsize: usize,
    pub readonly: bool,
    /// struct-module format of one item ("B" for plain bytes).
    pub format: Cow<'static, str>,
    /// Items per dimension (empty for a 0-dimensional scalar view).
    pub shape: Vec<usize>,
    /// Byte step per dimension.
    pub strides: Vec<isize>,
    /// Reserved for the exporter (cpyext: the C-side `Py_buffer*`).
    pub internal: usize,
}

impl PyBuffer {
    /// A one-dimensional buffer of `len` unsigned bytes (`PyBuffer_FillInfo`):
    /// raises BufferError if a writable buffer is requested from read-only memory.
    pub fn simple(
        vm: &Vm,
        obj: &PyRef,
        buf: *mut u8,
        len: usize,
        readonly: bool,
        request: u32,
    ) -> PyResult<PyBuffer> {
        if request & flags::WRITABLE != 0 && readonly {
            return Err(
                vm.new_exception_msg(&vm.exceptions.buffer_error, "Object is not writable.")
            );
        }
        Ok(PyBuffer {
            obj: obj.clone(),
            buf,
            len,
            itemsize: 1,
            readonly,
            format: Cow::Borrowed("B"),
            shape: vec![len],
            strides: vec![1],
            internal: 0,
        })
    }

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// Whether the items are laid out contiguously in C (row-major) order.
    pub fn is_c_contiguous(&self) -> bool {
        is_c_contiguous(&self.shape, &self.strides, self.itemsize)
    }

    /// The bytes of a C-contiguous buffer, `None` otherwise.
    pub fn contiguous_bytes(&self) -> Option<&[u8]> {
        if !self.is_c_contiguous() {
            return None;
        }
        if self.len == 0 {
            return Some(&[]);
        }
        // SAFETY: the exporter keeps `len` bytes at `buf` alive and in place
        // while this buffer exists (the protocol's contract, see module doc).
        Some(unsafe { std::slice::from_raw_parts(self.buf, self.len) })
    }

    /// A copy of the items' bytes in C order (`PyBuffer_ToContiguous`).
    pub fn to_vec(&self) -> Vec<u8> {
        if let Some(b) = self.contiguous_bytes() {
            return b.to_vec();
        }
        let mut out = Vec::with_capacity(self.len);
        let n = self.itemsize;
        for_each_item(self.buf, &self.shape, &self.strides, &mut |p| {
            // SAFETY: `p` addresses a whole item inside the exported memory.
            out.extend_from_slice(unsafe { std::slice::from_raw_parts(p, n) });
        });
        out
    }
}

impl Drop for PyBuffer {
    fn drop(&mut self) {
        if let Some(release) = class_type(&self.obj).slots.releasebuffer.get() {
            release(&self.obj, self);
        }
    }
}

/// Whether `shape`/`strides` describe a C-contiguous layout of `itemsize` items.
pub fn is_c_contiguous(shape: &[usize], strides: &[isize], itemsize: usize) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let mut expect = itemsize as isize;
    for (&n, &s) in shape.iter().zip(strides).rev() {
        if n > 1 && s != expect {
            return false;
        }
        expect *= n as isize;
    }
    true
}

/// Whether `shape`/`strides` describe a Fortran-contiguous layout.
pub fn is_f_contiguous(shape: &[usize], strides: &[isize], itemsize: usize) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let mut expect = itemsize as isize;
    for (&n, &s) in shape.iter().zip(strides) {
        if n > 1 && s != expect {
            return false;
        }
        expect *= n as isize;
    }
    true
}

/// Calls `f` with the address of every item, in C order.
pub fn for_each_item(
    start: *mut u8,
    shape: &[usize],
    strides: &[isize],
    f: &mut dyn FnMut(*mut u8),
) {
    match shape.split_first() {
        None => f(start),
        Some((&n, rest)) => {
            for i in 0..n {
                // wrapping_offset: the address stays inside the exported memory.
                let p = start.wrapping_offset(i as isize * strides[0]);
                for_each_item(p, rest, &strides[1..], f);
            }
        }
    }
}

/// Whether `obj` can export a buffer (`PyObject_CheckBuffer`).
pub fn has_buffer(obj: &PyRef) -> bool {
    class_type(obj).slots.getbuffer.get().is_some()
}

/// Asks `obj` for a buffer (`PyObject_GetBuffer`); TypeError
/// "a bytes-like object is required, not 'T'" if it exports none.
pub fn get_buffer(vm: &Vm, obj: &PyRef, request: u32) -> PyResult<PyBuffer> {
    match class_type(obj).slots.getbuffer.get() {
        Some(f) => f(vm, obj, request),
        None => Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            class_name(obj)
        ))),
    }
}

/// The bytes of a bytes-like argument (`y*`: a C-contiguous buffer, so a
/// strided memoryview raises BufferError): borrowed from `bytes`, copied
/// from anything else exporting a buffer; `None` if `obj` exports none.
pub fn bytes_like<'a>(vm: &Vm, obj: &'a PyRef) -> PyResult<Option<Cow<'a, [u8]>>> {
    bytes_like_with(vm, obj, flags::SIMPLE)
}

/// [`bytes_like`] accepting any layout, gathered in C order
/// (`PyBUF_FULL_RO`, as `bytes(x)` and `bytearray(x)` ask).
pub fn bytes_like_any<'a>(vm: &Vm, obj: &'a PyRef) -> PyResult<Option<Cow<'a, [u8]>>> {
    bytes_like_with(vm, obj, flags::FULL_RO)
}

fn bytes_like_with<'a>(vm: &Vm, obj: &'a PyRef, request: u32) -> PyResult<Option<Cow<'a, [u8]>>> {
    if let Some(b) = obj.downcast_ref::<super::bytesobject::PyBytes>() {
        return Ok(Some(Cow::Borrowed(&b.data)));
    }
    if !has_buffer(obj) {
        return Ok(None);
    }
    let view = get_buffer(vm, obj, request)?;
    Ok(Some(Cow::Owned(view.to_vec())))
}

/// [`bytes_like`], raising TypeError "a bytes-like object is required, not 'T'".
pub fn require_bytes_like<'a>(vm: &Vm, obj: &'a PyRef) -> PyResult<Cow<'a, [u8]>> {
    bytes_like(vm, obj)?.ok_or_else(|| {
        vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            class_name(obj)
        ))
    })
}
