//! `wchar_t` and UTF-16/UTF-32 conversions of str from C
//! (`PyUnicode_AsWideChar[String]`,
//! `PyUnicode_DecodeUTF16/32`). `wchar_t` is UCS-4 on Linux.

use super::{arg, cstr, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::objects::unicodeobject::{as_str, new_str_object};
use core_interp::vm::PyResult;
use libc::{c_char, c_int, wchar_t};

fn code_points(o: *mut PyObject) -> PyResult<Vec<u32>> {
    let o = arg(o)?;
    match as_str(&o) {
        Some(s) => Ok(s.to_code_points()),
        None => Err(vm().new_type_error(format!(
            "expected str, got {}",
            core_interp::objects::typeobject::class_name(&o)
        ))),
    }
}

/// Decodes `n` bytes at `s` with codec `encoding` (`utf-16-le`, …).
fn decode(s: *const c_char, n: isize, encoding: &str, errors: *const c_char) -> PyResult<PyRef> {
    let vm = vm();
    // SAFETY: C passes `n` readable bytes.
    let bytes = unsafe { std::slice::from_raw_parts(s as *const u8, n.max(0) as usize) };
    let b = core_interp::objects::bytesobject::new_bytes(vm, bytes.to_vec());
    let mut a = vec![new_str_object(vm, encoding)];
    if !errors.is_null() {
        a.push(new_str_object(vm, &cstr(errors)?));
    }
    vm.call_method(&b, "decode", &a)
}

/// The codec for `PyUnicode_DecodeUTF16/32`'s byte order argument: -1
/// little-endian, 1 big-endian, 0 (or NULL) a BOM decides. After a BOM
/// the order it chose is written back.
fn with_order(
    s: *const c_char,
    n: isize,
    errors: *const c_char,
    byteorder: *mut c_int,
    bits: usize,
) -> PyResult<PyRef> {
    // SAFETY: NULL or a readable/writable int.
    let mut order = if byteorder.is_null() {
        0
    } else {
        unsafe { *byteorder }
    };
    let (mut s, mut n) = (s, n);
    if order == 0 {
        let unit = bits / 8;
        // SAFETY: at least `unit` readable bytes when n >= unit.
        let head =
            unsafe { std::slice::from_raw_parts(s as *const u8, (n.max(0) as usize).min(unit)) };
        let (le, be): (&[u8], &[u8]) = if bits == 16 {
            (&[0xff, 0xfe], &[0xfe, 0xff])
        } else {
            (&[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff])
        };
        if head == le || head == be {
            order = if head == le { -1 } else { 1 };
            // SAFETY: skipping the BOM inside the buffer.
            s = unsafe { s.add(unit) };
            n -= unit as isize;
        } else {
            order = if cfg!(target_endian = "little") {
                -1
            } else {
                1
            };
        }
        if !byteorder.is_null() {
            // SAFETY: checked non-NULL.
            unsafe { *byteorder = order };
        }
    }
    let enc = format!("utf-{bits}-{}", if order < 0 { "le" } else { "be" });
    decode(s, n, &enc, errors)
}

capi! {
    api fn PyUnicode_AsWideChar(o: *mut PyObject, w: *mut wchar_t, size: isize) -> isize {
        let cps = code_points(o)?;
        let len = cps.len() as isize;
        if w.is_null() {
            return Ok(len + 1);
        }
        let (copy, res) = if size > len { (len + 1, len) } else { (size, size) };
        for i in 0..copy.max(0) as usize {
            // SAFETY: C passes room for `size` wchar_t; `copy` <= size.
            unsafe { *w.add(i) = cps.get(i).copied().unwrap_or(0) as wchar_t };
        }
        Ok(res)
    }
    api fn PyUnicode_AsWideCharString(o: *mut PyObject, size: *mut isize) -> *mut wchar_t {
        let cps = code_points(o)?;
        if size.is_null() && cps.contains(&0) {
            return Err(vm().new_value_error("embedded null character"));
        }
        let n = cps.len();
        // SAFETY: plain C allocation of n + 1 wchar_t, checked below.
        let w = unsafe { libc::malloc((n + 1) * std::mem::size_of::<wchar_t>()) } as *mut wchar_t;
        if w.is_null() {
            return Err(vm().new_memory_error());
        }
        // SAFETY: `w` has room for n + 1 wchar_t.
        unsafe {
            for (i, c) in cps.iter().enumerate() {
                *w.add(i) = *c as wchar_t;
            }
            *w.add(n) = 0;
            if !size.is_null() {
                *size = n as isize;
            }
        }
        Ok(w)
    }
    api fn PyUnicode_DecodeUTF16(s: *const c_char, n: isize, errors: *const c_char, byteorder: *mut c_int) -> *mut PyObject {
        Ok(ret(with_order(s, n, errors, byteorder, 16)?))
    }
    api fn PyUnicode_DecodeUTF32(s: *const c_char, n: isize, errors: *const c_char, byteorder: *mut c_int) -> *mut PyObject {
        Ok(ret(with_order(s, n, errors, byteorder, 32)?))
    }
}
