//! `float`: IEEE-754 doubles.

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;
use std::cell::Cell;

/// The payload of float objects. The value only changes while the VM holds
/// the sole reference to a temporary (`fastpath::binary_on_temps` reuses it
/// for an arithmetic result), so every observer sees an immutable float.
pub struct PyFloat {
    value: Cell<f64>,
}

impl PyFloat {
    pub fn new(v: f64) -> PyFloat {
        PyFloat {
            value: Cell::new(v),
        }
    }

    #[inline]
    pub fn value(&self) -> f64 {
        self.value.get()
    }

    /// Overwrites the value; only for an object nobody else references.
    #[inline]
    pub(crate) fn set_value_of_unshared(&self, v: f64) {
        self.value.set(v)
    }
}

impl PyPayload for PyFloat {
    const GC: bool = false;
}

pub fn new_float(vm: &Vm, v: f64) -> PyRef {
    PyRef::new(PyFloat::new(v), vm.types.float_type.clone())
}

pub fn as_float(obj: &PyRef) -> Option<f64> {
    obj.downcast_ref::<PyFloat>().map(|f| f.value())
}

/// `repr(float)`: the shortest string that round-trips, in CPython's format.
pub fn float_repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{v:e}");
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent");
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let (digits, exp) = prefer_even_digits(v.abs(), digits, exp);
    let out = if (-4..16).contains(&exp) {
        let point = exp + 1;
        if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        }
    } else {
        let m = if digits.len() == 1 {
            digits.clone()
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    };
    if neg {
        format!("-{out}")
    } else {
        out
    }
}

/// When the shortest digits of `v` (> 0) sit exactly halfway between two
/// candidates of the same length, CPython's dtoa picks the one with an even
/// last digit (`1000000000000000.2` for 10**15 + 0.25) while Rust's
/// shortest formatting rounds up: return the even one when it round-trips.
fn prefer_even_digits(v: f64, digits: String, exp: i32) -> (String, i32) {
    use num_bigint::BigInt;
    let n = digits.len();
    // The value correctly rounded to one more significant digit.
    let longer = format!("{:.*e}", n, v);
    let (m2, e2) = longer.split_once('e').expect("exponent form");
    let t_digits: String = m2.chars().filter(|c| *c != '.').collect();
    if !t_digits.ends_with('5') {
        return (digits, exp);
    }
    let e2: i64 = e2.parse().expect("exponent");
    // `longer` is t * 10**k; is it exactly v?
    let t: BigInt = t_digits.parse().expect("digits");
    let k = e2 - n as i64;
    let (m, be) = {
        let bits = v.to_bits();
        let raw_exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        if raw_exp == 0 {
            (frac, -1074)
        } else {
            (frac | (1u64 << 52), raw_exp - 1075)
        }
    };
    let (mut lhs, mut rhs) = (BigInt::from(m), t.clone());
    if be >= 0 {
        lhs <<= be as u64;
    } else {
        rhs <<= (-be) as u64;
    }
    let ten = BigInt::from(10u8);
    if k >= 0 {
        rhs *= ten.pow(k as u32);
    } else {
        lhs *= ten.pow((-k) as u32);
    }
    if lhs != rhs {
        return (digits, exp);
    }
    let five = BigInt::from(5u8);
    let low: BigInt = (&t - &five) / &ten;
    let high: BigInt = (&t + &five) / &ten;
    let even = if (&low % 2u8) == BigInt::from(0u8) {
        low
    } else {
        high
    };
    let cand = even.to_string();
    if cand.len() != n || cand == digits {
        return (digits, exp);
    }
    if format!("{cand}e{}", k + 1).parse::<f64>() != Ok(v) {
        return (digits, exp);
    }
    let trimmed = cand.trim_end_matches('0');
    let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
    (trimmed.to_string(), exp)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn repr_matches_cpython() {
        let cases = [
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e-5, "1.5e-05"),
            (123456789.0, "123456789.0"),
            (1e22, "1e+22"),
            (-0.0, "-0.0"),
            (2.5, "2.5"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e-4, "0.0001"),
            (1e15 + 0.25, "1000000000000000.2"),
            (5e-324, "5e-324"),
            (f64::INFINITY, "inf"),
        ];
        for (v, want) in cases {
            assert_eq!(float_repr(v), want, "repr({v:?})");
        }
    }
}
