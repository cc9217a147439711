//! `int` and `bool` from C: conversions to and from C integers and doubles
//! (through `__index__` as CPython 3.11 does), with CPython's OverflowError
//! messages.

use super::{arg, ret};
use crate::ffi::{self, PyObject};
use crate::runtime::vm;
use core_interp::objects::longobject::{
    as_int, new_bigint, new_int, IntValue, SMALL_MAX, SMALL_MIN,
};
use core_interp::objects::object::PyRef;
use core_interp::vm::PyResult;
use libc::{c_char, c_double, c_int, c_long, c_longlong, c_ulong, c_ulonglong, c_void};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

/// The integer value of `o` (an int, or anything with `__index__`).
pub fn index_value(o: &PyRef) -> PyResult<IntValue> {
    if let Some(i) = as_int(o) {
        return Ok(i.value.clone());
    }
    let v = vm().index(o)?;
    Ok(as_int(&v).expect("__index__ returns int").value.clone())
}

/// `o.__index__()` as a `T`; `too_big` is CPython's overflow message for
/// this conversion.
fn to_signed<T: TryFrom<i64>>(o: *mut PyObject, too_big: &str) -> PyResult<T> {
    let v = index_value(&arg(o)?)?;
    let err = || vm().new_overflow_error(too_big);
    match v {
        IntValue::Small(s) => T::try_from(s).map_err(|_| err()),
        IntValue::Big(_) => Err(err()),
    }
}

/// An int (no `__index__`) as an unsigned value, with CPython's messages
/// for this conversion: `negative` and `too_big`.
fn to_unsigned(o: *mut PyObject, negative: &str, too_big: &str) -> PyResult<u64> {
    let o = arg(o)?;
    let vm = vm();
    let Some(i) = as_int(&o) else {
        return Err(vm.new_type_error("an integer is required"));
    };
    let b = i.value.to_big();
    if b.sign() == num_bigint::Sign::Minus {
        return Err(vm.new_overflow_error(negative));
    }
    b.to_u64().ok_or_else(|| vm.new_overflow_error(too_big))
}

fn mask(o: *mut PyObject) -> PyResult<u64> {
    let v = index_value(&arg(o)?)?.to_big();
    let m: BigInt = BigInt::from(1u8) << 64u32;
    let r = ((v % &m) + &m) % &m;
    Ok(r.to_u64().unwrap_or(0))
}

/// The value of `o` if it is an int (or bool) that fits in 64 bits, read
/// without taking a reference.
fn small_value(o: *mut PyObject) -> Option<i64> {
    if o.is_null() {
        return None;
    }
    match crate::proxy::object_of(o)?
        .downcast_ref::<core_interp::objects::longobject::PyInt>()?
        .value
    {
        IntValue::Small(v) => Some(v),
        IntValue::Big(_) => None,
    }
}

/// A new C reference to the int `v`. A small int whose proxy already owns
/// its object (or is static) is handed out with one increment.
fn int_ref(v: i64) -> *mut PyObject {
    let vm = vm();
    if (SMALL_MIN..=SMALL_MAX).contains(&v) {
        let p = vm.small_ints[(v - SMALL_MIN) as usize].proxy() as *mut PyObject;
        if !p.is_null() && crate::proxy::owns_object(p) {
            crate::proxy::incref(p);
            return p;
        }
    }
    ret(new_int(vm, v))
}

capi! {
    api fn PyLong_FromLong(v: c_long) -> *mut PyObject {
        Ok(int_ref(v))
    }
    api fn PyLong_FromUnsignedLong(v: c_ulong) -> *mut PyObject {
        Ok(ret(new_bigint(vm(), BigInt::from(v))))
    }
    api fn PyLong_FromLongLong(v: c_longlong) -> *mut PyObject {
        Ok(int_ref(v))
    }
    api fn PyLong_FromUnsignedLongLong(v: c_ulonglong) -> *mut PyObject {
        Ok(ret(new_bigint(vm(), BigInt::from(v))))
    }
    api fn PyLong_FromSsize_t(v: isize) -> *mut PyObject {
        Ok(int_ref(v as i64))
    }
    api fn PyLong_FromSize_t(v: usize) -> *mut PyObject {
        Ok(ret(new_bigint(vm(), BigInt::from(v))))
    }
    api fn PyLong_FromVoidPtr(p: *mut c_void) -> *mut PyObject {
        Ok(ret(new_bigint(vm(), BigInt::from(p as usize))))
    }
    api fn PyLong_FromDouble(v: c_double) -> *mut PyObject {
        let vm = vm();
        let f = core_interp::objects::floatobject::new_float(vm, v);
        Ok(ret(vm.call_positional(&vm.types.int_type, &[f])?))
    }
    api fn PyLong_FromString(s: *const c_char, pend: *mut *mut c_char, base: c_int) -> *mut PyObject {
        let vm = vm();
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.new_value_error("int() arg 2 must be >= 2 and <= 36"));
        }
        let text = super::cstr(s)?;
        let r = vm.call_positional(&vm.types.int_type, &[core_interp::objects::unicodeobject::new_str_object(vm, text.trim()), new_int(vm, base as i64)])?;
        if !pend.is_null() {
            // SAFETY: `pend` is writable; point it at the terminating NUL.
            unsafe { *pend = (s as *mut c_char).add(libc::strlen(s)) };
        }
        Ok(ret(r))
    }
    api fn PyLong_FromUnicodeObject(u: *mut PyObject, base: c_int) -> *mut PyObject {
        let vm = vm();
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.new_value_error("int() arg 2 must be >= 2 and <= 36"));
        }
        Ok(ret(vm.call_positional(&vm.types.int_type, &[arg(u)?, new_int(vm, base as i64)])?))
    }
    api fn PyLong_GetInfo() -> *mut PyObject {
        let vm = vm();
        let sys = vm.sys.borrow().clone().ok_or_else(|| vm.new_runtime_error("lost sys"))?;
        Ok(ret(vm.getattr_str(&sys, "int_info")?))
    }
    api fn PyLong_AsLong(o: *mut PyObject) -> c_long {
        if let Some(v) = small_value(o) {
            return Ok(v);
        }
        to_signed::<c_long>(o, "Python int too large to convert to C long")
    }
    api fn PyLong_AsLongAndOverflow(o: *mut PyObject, overflow: *mut c_int) -> c_long {
        let v = index_value(&arg(o)?)?;
        // SAFETY: `overflow` is a writable int.
        unsafe { *overflow = 0 };
        Ok(match v {
            IntValue::Small(s) => s,
            IntValue::Big(b) => {
                // SAFETY: as above.
                unsafe { *overflow = if b.sign() == num_bigint::Sign::Minus { -1 } else { 1 } };
                -1
            }
        })
    }
    api fn PyLong_AsLongLongAndOverflow(o: *mut PyObject, overflow: *mut c_int) -> c_longlong {
        Ok(PyLong_AsLongAndOverflow(o, overflow))
    }
    api fn PyLong_AsLongLong(o: *mut PyObject) -> c_longlong {
        if let Some(v) = small_value(o) {
            return Ok(v);
        }
        to_signed::<c_longlong>(o, "int too big to convert")
    }
    api fn PyLong_AsSsize_t(o: *mut PyObject) -> isize {
        if let Some(v) = small_value(o) {
            return Ok(v as isize);
        }
        let o = arg(o)?;
        if as_int(&o).is_none() {
            return Err(vm().new_type_error("an integer is required"));
        }
        to_signed::<isize>(crate::proxy::to_c(&o), "Python int too large to convert to C ssize_t")
    }
    api fn PyLong_AsSize_t(o: *mut PyObject) -> usize {
        Ok(to_unsigned(o, "can't convert negative value to size_t", "Python int too large to convert to C size_t")? as usize)
    }
    api fn PyLong_AsUnsignedLong(o: *mut PyObject) -> c_ulong {
        to_unsigned(o, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long")
    }
    api fn PyLong_AsUnsignedLongLong(o: *mut PyObject) -> c_ulonglong {
        to_unsigned(o, "can't convert negative int to unsigned", "int too big to convert")
    }
    api fn PyLong_AsUnsignedLongMask(o: *mut PyObject) -> c_ulong {
        mask(o)
    }
    api fn PyLong_AsUnsignedLongLongMask(o: *mut PyObject) -> c_ulonglong {
        mask(o)
    }
    api fn PyLong_AsVoidPtr(o: *mut PyObject) -> *mut c_void {
        Ok(mask(o)? as usize as *mut c_void)
    }
    api fn PyLong_AsDouble(o: *mut PyObject) -> c_double {
        let o = arg(o)?;
        let vm = vm();
        let Some(i) = as_int(&o) else {
            return Err(vm.new_type_error("an integer is required"));
        };
        let v = match &i.value {
            IntValue::Small(s) => *s as f64,
            IntValue::Big(b) => b.to_f64().filter(|f| f.is_finite()).ok_or_else(|| vm.new_overflow_error("int too large to convert to float"))?,
        };
        Ok(v)
    }
    api fn _PyLong_Sign(o: *mut PyObject) -> c_int {
        let v = index_value(&arg(o)?)?.to_big();
        Ok(if v.is_zero() { 0 } else if v.sign() == num_bigint::Sign::Minus { -1 } else { 1 })
    }
    api fn _PyLong_NumBits(o: *mut PyObject) -> usize {
        Ok(index_value(&arg(o)?)?.to_big().bits() as usize)
    }
    api fn PyBool_FromLong(v: c_long) -> *mut PyObject {
        Ok(ret(vm().bool_obj(v != 0)))
    }
}

capi! {
    api fn _PyLong_AsInt(o: *mut PyObject) -> c_int {
        match to_signed::<c_long>(o, "Python int too large to convert to C long") {
            Ok(v) if v >= c_int::MIN as c_long && v <= c_int::MAX as c_long => Ok(v as c_int),
            Ok(_) => Err(vm().new_overflow_error("Python int too large to convert to C int")),
            Err(e) if e.matches(&vm().exceptions.overflow_error) => Err(vm().new_overflow_error("Python int too large to convert to C int")),
            Err(e) => Err(e),
        }
    }
    api fn _PyLong_FromByteArray(bytes: *const u8, n: usize, little_endian: c_int, is_signed: c_int) -> *mut PyObject {
        // SAFETY: `bytes` has `n` readable bytes.
        let data = unsafe { std::slice::from_raw_parts(bytes, n) };
        let v = match (little_endian != 0, is_signed != 0) {
            (true, true) => BigInt::from_signed_bytes_le(data),
            (false, true) => BigInt::from_signed_bytes_be(data),
            (true, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, data),
            (false, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, data),
        };
        Ok(ret(new_bigint(vm(), v)))
    }
    api fn _PyLong_AsByteArray(o: *mut PyObject, bytes: *mut u8, n: usize, little_endian: c_int, is_signed: c_int) -> c_int {
        let vm = vm();
        let o = arg(o)?;
        let v = as_int(&o).ok_or_else(|| vm.new_type_error("an integer is required"))?.value.to_big();
        if is_signed == 0 && v.sign() == num_bigint::Sign::Minus {
            return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
        }
        let mut le = if is_signed != 0 { v.to_signed_bytes_le() } else { v.to_bytes_le().1 };
        let fill = if v.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
        if le.len() > n {
            return Err(vm.new_overflow_error("int too big to convert"));
        }
        le.resize(n, fill);
        if little_endian == 0 {
            le.reverse();
        }
        // SAFETY: `bytes` has room for `n` bytes.
        unsafe { std::ptr::copy_nonoverlapping(le.as_ptr(), bytes, n) };
        Ok(0)
    }
}

capi! {
    /// An int of `n` digits for C to fill (`ob_digit`, then `ob_size`); its
    /// object is made when it first reaches the interpreter.
    api fn _PyLong_New(n: isize) -> *mut ffi::PyLongObject {
        let n = n.max(0) as usize;
        let off = std::mem::offset_of!(ffi::PyLongObject, ob_digit);
        let p = crate::proxy::alloc(off + 4 * n.max(1), crate::proxy::Kind::Long);
        // SAFETY: `p` has room for the header and `n` digits.
        unsafe {
            (*(p as *mut ffi::PyVarObject)).ob_size = n as isize;
            (*p).ob_type = std::ptr::addr_of_mut!(ffi::PyLong_Type);
            (*p).ob_refcnt = 1;
        }
        Ok(p as *mut ffi::PyLongObject)
    }
}
