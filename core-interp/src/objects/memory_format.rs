//! The struct-module item formats memoryview understands: native
//! single-character formats with an optional `@` prefix (`c b B ? h H i I
//! l L q Q n N f d e P`), their sizes, and converting one item between its
//! bytes (native byte order) and a Python object with CPython's
//! `memoryview: invalid type/value for format` errors.

use super::longobject::{as_int, new_bigint, new_int};
use super::object::PyRef;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;

/// The format character of a native single-character format ("@i" → 'i'),
/// with its item size; `None` for anything else.
pub fn native_format(fmt: &str) -> Option<(char, usize)> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt);
    let mut chars = f.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let size = match c {
        'c' | 'b' | 'B' | '?' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    };
    Some((c, size))
}

/// Whether `c` is one of the byte formats memoryview compares and hashes as bytes.
pub fn is_byte_format(c: char) -> bool {
    matches!(c, 'B' | 'b' | 'c')
}

/// The Python object for one item of format `c` stored in `raw` (native order).
pub fn unpack(vm: &Vm, c: char, raw: &[u8]) -> PyResult {
    let arr = |n: usize| -> [u8; 8] {
        let mut a = [0u8; 8];
        a[..n].copy_from_slice(&raw[..n]);
        a
    };
    Ok(match c {
        'c' => super::bytesobject::new_bytes(vm, vec![raw[0]]),
        'b' => new_int(vm, raw[0] as i8 as i64),
        'B' => new_int(vm, raw[0] as i64),
        '?' => vm.bool_obj(raw[0] != 0),
        'h' => new_int(vm, i16::from_ne_bytes([raw[0], raw[1]]) as i64),
        'H' => new_int(vm, u16::from_ne_bytes([raw[0], raw[1]]) as i64),
        'i' => new_int(
            vm,
            i32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as i64,
        ),
        'I' => new_int(
            vm,
            u32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as i64,
        ),
        'l' | 'q' | 'n' => new_int(vm, i64::from_ne_bytes(arr(8))),
        'L' | 'Q' | 'N' | 'P' => {
            let v = u64::from_ne_bytes(arr(8));
            if v <= i64::MAX as u64 {
                new_int(vm, v as i64)
            } else {
                new_bigint(vm, BigInt::from(v))
            }
        }
        'f' => super::floatobject::new_float(
            vm,
            f32::from_ne_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64,
        ),
        'd' => super::floatobject::new_float(vm, f64::from_ne_bytes(arr(8))),
        'e' => super::floatobject::new_float(vm, half_to_f64(u16::from_ne_bytes([raw[0], raw[1]]))),
        _ => {
            return Err(
                vm.new_not_implemented_error(format!("memoryview: format {c} not supported"))
            )
        }
    })
}

fn type_error(vm: &Vm, fmt: &str) -> PyErr {
    vm.new_type_error(format!("memoryview: invalid type for format '{fmt}'"))
}

fn value_error(vm: &Vm, fmt: &str) -> PyErr {
    vm.new_value_error(format!("memoryview: invalid value for format '{fmt}'"))
}

/// Packs `v` as one item of format `c` into `out` (native order); `fmt` is
/// the view's format string as shown in messages.
pub fn pack(vm: &Vm, c: char, fmt: &str, v: &PyRef, out: &mut [u8]) -> PyResult<()> {
    match c {
        'c' => {
            let Some(b) = super::bytesobject::as_bytes(v) else {
                return Err(type_error(vm, fmt));
            };
            if b.len() != 1 {
                return Err(value_error(vm, fmt));
            }
            out[0] = b[0];
        }
        '?' => out[0] = vm.is_true(v)? as u8,
        'f' | 'd' | 'e' => {
            let x = match super::floatobject::as_float(v) {
                Some(x) => x,
                None => {
                    let slots = &super::typeobject::class_type(v).slots;
                    if as_int(v).is_none()
                        && slots.float.get().is_none()
                        && slots.index.get().is_none()
                    {
                        return Err(type_error(vm, fmt));
                    }
                    let f = vm
                        .call_positional(&vm.types.float_type, std::slice::from_ref(v))
                        .map_err(|e| {
                            if e.matches(&vm.exceptions.type_error) {
                                type_error(vm, fmt)
                            } else {
                                value_error(vm, fmt)
                            }
                        })?;
                    super::floatobject::as_float(&f).unwrap_or(0.0)
                }
            };
            match c {
                'f' => {
                    let y = x as f32;
                    if y.is_infinite() && x.is_finite() {
                        return Err(value_error(vm, fmt));
                    }
                    out[..4].copy_from_slice(&y.to_ne_bytes());
                }
                'd' => out[..8].copy_from_slice(&x.to_ne_bytes()),
                _ => {
                    let h = f64_to_half(x).ok_or_else(|| value_error(vm, fmt))?;
                    out[..2].copy_from_slice(&h.to_ne_bytes());
                }
            }
        }
        _ => {
            if as_int(v).is_none() && super::typeobject::class_type(v).slots.index.get().is_none() {
                return Err(type_error(vm, fmt));
            }
            let i = vm.index(v).map_err(|_| type_error(vm, fmt))?;
            let big = as_int(&i).expect("int").value.to_big();
            let (lo, hi, size): (BigInt, BigInt, usize) = match c {
                'b' => (i8::MIN.into(), i8::MAX.into(), 1),
                'B' => (0.into(), u8::MAX.into(), 1),
                'h' => (i16::MIN.into(), i16::MAX.into(), 2),
                'H' => (0.into(), u16::MAX.into(), 2),
                'i' => (i32::MIN.into(), i32::MAX.into(), 4),
                'I' => (0.into(), u32::MAX.into(), 4),
                'l' | 'q' | 'n' => (i64::MIN.into(), i64::MAX.into(), 8),
                _ => (0.into(), u64::MAX.into(), 8),
            };
            if big < lo || big > hi {
                return Err(value_error(vm, fmt));
            }
            let bytes = big.to_signed_bytes_le();
            let fill = if big.sign() == num_bigint::Sign::Minus {
                0xFF
            } else {
                0
            };
            let mut le = [fill; 8];
            for (k, b) in bytes.iter().take(8).enumerate() {
                le[k] = *b;
            }
            let val = u64::from_le_bytes(le);
            if cfg!(target_endian = "little") {
                out[..size].copy_from_slice(&val.to_le_bytes()[..size]);
            } else {
                out[..size].copy_from_slice(&val.to_be_bytes()[8 - size..]);
            }
        }
    }
    Ok(())
}

/// IEEE 754 half precision to double.
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1F) as i32;
    let frac = (h & 0x3FF) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 => {
            if frac == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Double to IEEE 754 half precision (round half to even); `None` on overflow.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7E00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7C00);
    }
    // Scale to units of the smallest subnormal (2^-24) or of the exponent's ulp.
    let mut e = a.log2().floor() as i32;
    if a == 0.0 {
        return Some(sign);
    }
    if e < -14 {
        e = -14;
    }
    let ulp = 2f64.powi(e - 10);
    let mut m = (a / ulp).round_ties_even();
    if m >= 2048.0 {
        m /= 2.0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    let m = m as u16;
    if m < 1024 {
        return Some(sign | m);
    }
    Some(sign | (((e + 15) as u16) << 10) | (m & 0x3FF))
}
