//! `float` from C.

use super::{arg, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::floatobject::{as_float, new_float};
use core_interp::objects::object::PyRef;
use core_interp::objects::typeobject::class_name;
use core_interp::vm::PyResult;
use libc::c_double;

/// CPython's `PyFloat_AsDouble`: a float's value, else `__float__` (which
/// must return a float), else `__index__`; strings are not numbers here.
pub fn as_double(o: &PyRef) -> PyResult<f64> {
    if let Some(f) = as_float(o) {
        return Ok(f);
    }
    let vm = vm();
    if let Some(r) = vm.call_special(o, "__float__", &[])? {
        return as_float(&r).ok_or_else(|| {
            vm.new_type_error(format!(
                "{}.__float__ returned non-float (type {})",
                class_name(o),
                class_name(&r)
            ))
        });
    }
    if vm.lookup_special(o, "__index__")?.is_some() {
        let i = vm.call_positional(&vm.types.int_type, &[o.clone()])?;
        return as_float(&vm.call_positional(&vm.types.float_type, &[i])?)
            .ok_or_else(|| vm.new_type_error("float"));
    }
    Err(vm.new_type_error(format!("must be real number, not {}", class_name(o))))
}

capi! {
    api fn PyFloat_FromDouble(v: c_double) -> *mut PyObject {
        Ok(ret(new_float(vm(), v)))
    }
    api fn PyFloat_AsDouble(o: *mut PyObject) -> c_double {
        as_double(&arg(o)?)
    }
    api fn PyFloat_FromString(s: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let s = arg(s)?;
        // Text or bytes-like only: float()'s numbers are refused here.
        let text = s.downcast_ref::<core_interp::objects::unicodeobject::PyStr>().is_some();
        if !text && !core_interp::objects::buffer::has_buffer(&s) {
            return Err(vm.new_type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                class_name(&s)
            )));
        }
        Ok(ret(vm.call_positional(&vm.types.float_type, &[s])?))
    }
    api fn PyFloat_GetInfo() -> *mut PyObject {
        let vm = vm();
        let sys = vm.sys.borrow().clone().ok_or_else(|| vm.new_runtime_error("lost sys"))?;
        Ok(ret(vm.getattr_str(&sys, "float_info")?))
    }
    api fn PyFloat_GetMax() -> c_double {
        Ok(f64::MAX)
    }
    api fn PyFloat_GetMin() -> c_double {
        Ok(f64::MIN_POSITIVE)
    }
}

/// IEEE half precision from a double (round half to even), as `struct`'s 'e'.
fn to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a >= 65520.0 {
        return None;
    }
    // Subnormal and normal halves are multiples of 2^-24 below 2^-14.
    if a < 2f64.powi(-14) {
        let m = (a / 2f64.powi(-24)).round_ties_even() as u16;
        return Some(sign | m);
    }
    let e = a.log2().floor() as i32;
    let mut m = (a / 2f64.powi(e) - 1.0) * 1024.0;
    m = m.round_ties_even();
    let (mut e, mut m) = (e, m as u32);
    if m == 1024 {
        m = 0;
        e += 1;
    }
    if e + 15 >= 31 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | m as u16)
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Writes `bytes` (little-endian order) to `p`, reversed unless `le`.
fn store(p: *mut libc::c_uchar, mut bytes: Vec<u8>, le: libc::c_int) {
    if le == 0 {
        bytes.reverse();
    }
    // SAFETY: the caller provides room for the packed width.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len()) };
}

fn load(p: *const libc::c_uchar, n: usize, le: libc::c_int) -> Vec<u8> {
    // SAFETY: the caller provides `n` readable bytes.
    let mut v = unsafe { std::slice::from_raw_parts(p, n) }.to_vec();
    if le == 0 {
        v.reverse();
    }
    v
}

capi! {
    api fn PyFloat_Pack2(x: c_double, p: *mut libc::c_uchar, le: libc::c_int) -> libc::c_int {
        let h = to_half(x).ok_or_else(|| vm().new_overflow_error("float too large to pack with e format"))?;
        store(p, h.to_le_bytes().to_vec(), le);
        Ok(0)
    }
    api fn PyFloat_Pack4(x: c_double, p: *mut libc::c_uchar, le: libc::c_int) -> libc::c_int {
        let f = x as f32;
        if f.is_infinite() && x.is_finite() {
            return Err(vm().new_overflow_error("float too large to pack with f format"));
        }
        store(p, f.to_le_bytes().to_vec(), le);
        Ok(0)
    }
    api fn PyFloat_Pack8(x: c_double, p: *mut libc::c_uchar, le: libc::c_int) -> libc::c_int {
        store(p, x.to_le_bytes().to_vec(), le);
        Ok(0)
    }
    api fn PyFloat_Unpack2(p: *const libc::c_uchar, le: libc::c_int) -> c_double {
        let b = load(p, 2, le);
        Ok(from_half(u16::from_le_bytes([b[0], b[1]])))
    }
    api fn PyFloat_Unpack4(p: *const libc::c_uchar, le: libc::c_int) -> c_double {
        let b = load(p, 4, le);
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64)
    }
    api fn PyFloat_Unpack8(p: *const libc::c_uchar, le: libc::c_int) -> c_double {
        let b = load(p, 8, le);
        Ok(f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
    }
}
