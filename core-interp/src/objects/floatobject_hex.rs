//! `float.hex()` and `float.fromhex()`: exact hexadecimal text of doubles,
//! and its correctly rounded (half-even) parsing.

use super::floatobject::{as_float, new_float};
use super::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Vm};
use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// `float.hex()`: `[-]0x<lead>.<13 hex digits>p<exp>`.
pub fn hex(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "hex", 1, 1)?;
    let x = as_float(&a[0]).expect("float");
    Ok(new_str_object(vm, &float_to_hex(x)))
}

fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{sign}0x{lead}.{mant:013x}p{}{}",
        if e < 0 { "-" } else { "+" },
        e.abs()
    )
}

/// Why a hexadecimal string is not a float.
#[derive(Debug, PartialEq)]
enum HexError {
    Invalid,
    Overflow,
}

/// `float.fromhex(string)` (a class method: subclasses get `cls(value)`).
pub fn fromhex(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "fromhex", 2, 2)?;
    let Some(s) = a[1].downcast_ref::<PyStr>() else {
        // CPython's message (PyUnicode_AsUTF8AndSize's BadArgument).
        return Err(vm.new_type_error("bad argument type for built-in operation"));
    };
    let v = parse_hex_float(&s.to_string_lossy()).map_err(|e| match e {
        HexError::Invalid => vm.new_value_error("invalid hexadecimal floating-point string"),
        HexError::Overflow => {
            vm.new_overflow_error("hexadecimal value too large to represent as a float")
        }
    })?;
    let f = new_float(vm, v);
    if a[0].is(&vm.types.float_type) {
        return Ok(f);
    }
    vm.call(&a[0], CallArgs::positional_only(&[f]))
}

fn parse_hex_float(text: &str) -> Result<f64, HexError> {
    let s = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    let magnitude = match special {
        Some(v) => v,
        None => parse_hex_magnitude(&lower)?,
    };
    Ok(if neg { -magnitude } else { magnitude })
}

/// `[0x]hhh[.hhh][p[sign]ddd]` (already lowercased) to a double.
fn parse_hex_magnitude(s: &str) -> Result<f64, HexError> {
    let s = s.strip_prefix("0x").unwrap_or(s);
    let (mantissa, exp) = match s.split_once('p') {
        Some((m, e)) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            // Absurd exponents only matter by their sign: clamp them.
            let e: i64 = e.parse().unwrap_or(if e.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            });
            (m, e)
        }
        None => (s, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexError::Invalid);
    }
    let all_hex = |t: &str| t.bytes().all(|b| b.is_ascii_hexdigit());
    if !all_hex(int_part) || !all_hex(frac_part) {
        return Err(HexError::Invalid);
    }
    let digits = format!("{int_part}{frac_part}");
    let m = BigUint::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    let exp = exp.saturating_sub(4 * frac_part.len() as i64);
    round_to_double(&m, exp)
}

/// `m * 2**exp` correctly rounded (ties to even) to a double.
fn round_to_double(m: &BigUint, exp: i64) -> Result<f64, HexError> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let len = m.bits() as i64;
    // The value lies in [2**top, 2**(top+1)).
    let top = len + exp - 1;
    if top > 1023 {
        return Err(HexError::Overflow);
    }
    if top < -1075 {
        return Ok(0.0);
    }
    // Bits kept: 53 for normal numbers, fewer for subnormals.
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = len - keep;
    let (mut q, mut e) = if drop > 0 {
        let d = drop as u64;
        let q = m >> d;
        let rem = m - (&q << d);
        let half = BigUint::from(1u8) << (d - 1);
        let q = if rem > half || (rem == half && q.bit(0)) {
            q + 1u8
        } else {
            q
        };
        (q, exp + drop)
    } else {
        (m.clone(), exp)
    };
    // Rounding up may carry into a new top bit.
    if keep == 53 && q.bits() > 53 {
        q >>= 1u8;
        e += 1;
    }
    if q.bits() as i64 + e - 1 > 1023 {
        return Err(HexError::Overflow);
    }
    let mut v = q.to_f64().unwrap_or(f64::INFINITY);
    // Scale in steps so no intermediate result leaves the double range.
    while e > 0 {
        let step = e.min(1000);
        v *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        v /= 2f64.powi(step as i32);
        e += step;
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rounds() {
        for x in [1.5, 0.1, -2.5, 5e-324, f64::MAX, 1e-310, 123456.789] {
            assert_eq!(parse_hex_float(&float_to_hex(x)), Ok(x), "{x}");
        }
        assert_eq!(parse_hex_float("0x1.8p1"), Ok(3.0));
        assert_eq!(parse_hex_float("0x.8"), Ok(0.5));
        assert_eq!(parse_hex_float("1p3"), Ok(8.0));
        assert_eq!(parse_hex_float("0x1p-1075"), Ok(0.0));
        assert_eq!(parse_hex_float("0x1.8p-1074"), Ok(1e-323));
        assert_eq!(
            parse_hex_float("0x1.fffffffffffff8p1023"),
            Err(HexError::Overflow)
        );
        for bad in ["0x1p", "x1", "0x", "0x1_0p0", ""] {
            assert_eq!(parse_hex_float(bad), Err(HexError::Invalid), "{bad:?}");
        }
    }
}
