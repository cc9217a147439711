//! `math.log`, `log2` and `log10`. Ints too large for a double are
//! handled exactly as CPython does: log(m * 2**e) = log(m) + e * log(2).

use super::{domain_error, libm};
use crate::objects::floatobject::new_float;
use crate::objects::longobject::{as_int, IntValue};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::vm::{CallArgs, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// (m, e) with n ≈ m * 2**e, 0.5 <= m < 1, m correctly rounded to 53 bits
/// (`_PyLong_Frexp`), for a positive big integer.
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let nbits = n.bits();
    if nbits <= 64 {
        let v = n.to_u64().unwrap_or(0) as f64;
        let (m, e) = super::elementary::frexp_value(v);
        return (m, e as i64);
    }
    // Keep 55 bits and fold the rest into a sticky bit, so the one
    // rounding of the u64 → f64 conversion is correct.
    let shift = nbits - 55;
    let top: BigInt = n >> shift;
    let mut q = top.to_u64().unwrap_or(0);
    if n.trailing_zeros().unwrap_or(0) < shift {
        q |= 1;
    }
    let m = q as f64 / (1u64 << 55) as f64;
    if m >= 1.0 {
        (m / 2.0, nbits as i64 + 1)
    } else {
        (m, nbits as i64)
    }
}

/// `loghelper`: `func` of an int (any size) or of a float-like object.
fn loghelper(vm: &Vm, arg: &PyRef, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(arg) {
        match &i.value {
            IntValue::Small(v) if *v <= 0 => return Err(domain_error(vm)),
            IntValue::Small(v) => return Ok(func(*v as f64)),
            IntValue::Big(b) if b.sign() != Sign::Plus => return Err(domain_error(vm)),
            IntValue::Big(b) => {
                if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
                    return Ok(func(x));
                }
                let (m, e) = big_frexp(b);
                return Ok(func(m) + func(2.0) * e as f64);
            }
        }
    }
    let x = super::as_double(vm, arg)?;
    super::math_1_value(vm, x, func, false)
}

fn log(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "math.log")?;
    let a = args.positional();
    if a.is_empty() || a.len() > 2 {
        return Err(vm.new_type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &a[0], libm::log)?;
    let Some(base) = a.get(1) else {
        return Ok(new_float(vm, num));
    };
    let den = loghelper(vm, base, libm::log)?;
    if den == 0.0 {
        return Err(vm.new_zero_division_error("float division by zero"));
    }
    Ok(new_float(vm, num / den))
}

fn log2(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.log2", 1, 1)?;
    Ok(new_float(vm, loghelper(vm, &a[0], libm::log2)?))
}

fn log10(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.log10", 1, 1)?;
    Ok(new_float(vm, loghelper(vm, &a[0], libm::log10)?))
}

pub(super) static METHODS: &[MethodDef] = &[
    MethodDef::new("log", log),
    MethodDef::new("log10", log10),
    MethodDef::new("log2", log2),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_frexp_rounds_to_nearest() {
        let n = (BigInt::from(1u64 << 53) + 1) << 100u32;
        let (m, e) = big_frexp(&n);
        assert_eq!(e, 154);
        assert_eq!(m, 0.5);
        let n = (BigInt::from(1u64 << 53) + 3) << 100u32;
        assert_eq!(big_frexp(&n).0, ((1u64 << 53) + 4) as f64 / 2f64.powi(54));
    }
}
