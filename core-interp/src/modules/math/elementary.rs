//! The float functions of `math`: libm's one-argument functions, the
//! two-argument ones (`atan2`, `copysign`, `fmod`, `remainder`, `pow`,
//! `nextafter`), rounding to ints through `__floor__`/`__ceil__`/`__trunc__`,
//! `frexp`, `ldexp`, `modf`, angle conversion, classification, `ulp` and
//! `isclose`.

use super::{as_double, check_errno, domain_error, libm, math_1, range_error, Errno};
use crate::objects::floatobject::{as_float, new_float};
use crate::objects::longobject::{as_int, new_bigint, new_int};
use crate::objects::longobject_ops::float_to_bigint;
use crate::objects::methodobject::MethodDef;
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::class_name;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use num_traits::ToPrimitive;

/// Defines `math.<name>(x)` over a libm function with `math_1`'s checks.
macro_rules! func1 {
    ($($rust:ident = $py:literal, $f:expr, $overflow:expr;)*) => {$(
        fn $rust(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            let a = args.check_positional(vm, concat!("math.", $py), 1, 1)?;
            math_1(vm, &a[0], $f, $overflow)
        }
    )*};
}

func1! {
    acos = "acos", libm::acos, false;
    acosh = "acosh", libm::acosh, false;
    asin = "asin", libm::asin, false;
    asinh = "asinh", libm::asinh, false;
    atan = "atan", libm::atan, false;
    atanh = "atanh", libm::atanh, false;
    cbrt = "cbrt", libm::cbrt, false;
    cos = "cos", libm::cos, false;
    cosh = "cosh", libm::cosh, true;
    erf = "erf", libm::erf, false;
    erfc = "erfc", libm::erfc, false;
    exp = "exp", libm::exp, true;
    exp2 = "exp2", libm::exp2, true;
    expm1 = "expm1", libm::expm1, true;
    fabs = "fabs", f64::abs, false;
    log1p = "log1p", libm::log1p, false;
    sin = "sin", libm::sin, false;
    sinh = "sinh", libm::sinh, true;
    sqrt = "sqrt", libm::sqrt, false;
    tan = "tan", libm::tan, false;
    tanh = "tanh", libm::tanh, false;
}

/// The two doubles of a `(x, y, /)` function named `name`.
fn two_doubles(vm: &Vm, args: CallArgs<'_>, name: &str) -> PyResult<(f64, f64)> {
    args.no_kwargs(vm, &format!("math.{name}"))?;
    let a = args.check_positional(vm, name, 2, 2)?;
    Ok((as_double(vm, &a[0])?, as_double(vm, &a[1])?))
}

/// `math_2`'s checks: NaN from non-NaNs is a domain error, an infinity
/// from finite arguments a range error.
fn math_2(vm: &Vm, args: CallArgs<'_>, name: &str, f: fn(f64, f64) -> f64) -> PyResult {
    let (x, y) = two_doubles(vm, args, name)?;
    let r = f(x, y);
    let e = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Errno::Domain
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Errno::Range
    } else {
        Errno::None
    };
    Ok(new_float(vm, check_errno(vm, r, e)?))
}

/// atan2 with C99 Annex F's special values settled before calling libm.
fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let q = if x.is_sign_positive() { 0.25 } else { 0.75 };
            return (q * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

/// IEEE 754 remainder: x - n*y with n the nearest integer to x/y (ties to
/// even); always exact.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = libm::fmod(ax, ay);
        // Compare m with ay - m rather than ay / 2 (which may be inexact).
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: keep m when the quotient is even, else -m.
            m - 2.0 * libm::fmod(0.5 * (ax - m), ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn atan2(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    math_2(vm, args, "atan2", m_atan2)
}

fn copysign(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    math_2(vm, args, "copysign", f64::copysign)
}

fn remainder(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    math_2(vm, args, "remainder", m_remainder)
}

fn fmod(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (x, y) = two_doubles(vm, args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(new_float(vm, x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(new_float(vm, r))
}

fn pow(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (x, y) = two_doubles(vm, args, "pow")?;
    let mut e = Errno::None;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = libm::pow(x, y);
        if r.is_nan() {
            e = Errno::Domain;
        } else if r.is_infinite() {
            e = if x == 0.0 {
                Errno::Domain
            } else {
                Errno::Range
            };
        }
        r
    };
    Ok(new_float(vm, check_errno(vm, r, e)?))
}

fn nextafter(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (x, y) = two_doubles(vm, args, "nextafter")?;
    Ok(new_float(vm, libm::nextafter(x, y)))
}

/// An int from a whole double (`PyLong_FromDouble`).
fn int_from_double(vm: &Vm, f: f64) -> PyResult {
    if let Some(i) = f.to_i64().filter(|_| f.abs() < 9.2e18) {
        return Ok(new_int(vm, i));
    }
    Ok(new_bigint(vm, float_to_bigint(vm, f)?))
}

/// `floor`/`ceil`: exact floats directly, else the special method, else
/// the float value.
fn round_with(
    vm: &Vm,
    args: CallArgs<'_>,
    name: &str,
    special: &str,
    f: fn(f64) -> f64,
) -> PyResult {
    let a = args.check_positional(vm, name, 1, 1)?;
    let x = &a[0];
    let v = if x.class().is(&vm.types.float_type) {
        as_float(x).expect("float")
    } else {
        if let Some(r) = vm.call_special(x, special, &[])? {
            return Ok(r);
        }
        as_double(vm, x)?
    };
    int_from_double(vm, f(v))
}

fn floor(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    round_with(vm, args, "math.floor", "__floor__", f64::floor)
}

fn ceil(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    round_with(vm, args, "math.ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.trunc", 1, 1)?;
    let x = &a[0];
    if x.class().is(&vm.types.float_type) {
        return int_from_double(vm, as_float(x).expect("float").trunc());
    }
    match vm.call_special(x, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.new_type_error(format!(
            "type {} doesn't define __trunc__ method",
            class_name(x)
        ))),
    }
}

/// (m, e) with x == m * 2**e and 0.5 <= |m| < 1 (x finite and nonzero).
pub(crate) fn frexp_value(x: f64) -> (f64, i32) {
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adjust)
}

fn frexp(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.frexp", 1, 1)?;
    let x = as_double(vm, &a[0])?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        frexp_value(x)
    };
    Ok(new_tuple(vm, vec![new_float(vm, m), new_int(vm, e as i64)]))
}

fn ldexp(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "math.ldexp")?;
    let a = args.check_positional(vm, "ldexp", 2, 2)?;
    let x = as_double(vm, &a[0])?;
    let Some(i) = as_int(&a[1]) else {
        return Err(vm.new_type_error("Expected an int as second argument to ldexp."));
    };
    let exp = match i.value.as_i64() {
        Some(v) => v,
        None if i.value.to_big().sign() == num_bigint::Sign::Minus => i64::MIN,
        None => i64::MAX,
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX as i64 {
        return Err(range_error(vm));
    } else if exp < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        let r = libm::ldexp(x, exp as i32);
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(new_float(vm, r))
}

fn modf(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.modf", 1, 1)?;
    let x = as_double(vm, &a[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(new_tuple(vm, vec![new_float(vm, frac), new_float(vm, int)]))
}

fn degrees(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.degrees", 1, 1)?;
    let x = as_double(vm, &a[0])?;
    Ok(new_float(vm, x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.radians", 1, 1)?;
    let x = as_double(vm, &a[0])?;
    Ok(new_float(vm, x * (std::f64::consts::PI / 180.0)))
}

macro_rules! predicate {
    ($($rust:ident = $py:literal, $test:expr;)*) => {$(
        fn $rust(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            let a = args.check_positional(vm, concat!("math.", $py), 1, 1)?;
            let x = as_double(vm, &a[0])?;
            Ok(vm.bool_obj($test(x)))
        }
    )*};
}

predicate! {
    isfinite = "isfinite", f64::is_finite;
    isinf = "isinf", f64::is_infinite;
    isnan = "isnan", f64::is_nan;
}

fn ulp(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.ulp", 1, 1)?;
    let x = as_double(vm, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(new_float(vm, x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    let r = if up.is_infinite() {
        x - libm::nextafter(x, f64::NEG_INFINITY)
    } else {
        up - x
    };
    Ok(new_float(vm, r))
}

static ISCLOSE_SIG: Signature = Signature {
    name: "isclose",
    params: &["a", "b", "rel_tol", "abs_tol"],
    posonly: 0,
    positional: 2,
    required: 2,
};

fn isclose(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let p = crate::modules::bind_clinic(&ISCLOSE_SIG, vm, args)?;
    let mut v = [0.0, 0.0, 1e-9, 0.0];
    for (slot, o) in v.iter_mut().zip(&p) {
        if let Some(o) = o {
            *slot = as_double(vm, o)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = v;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.bool_obj(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.bool_obj(false));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    Ok(vm.bool_obj(close))
}

pub(super) static METHODS: &[MethodDef] = &[
    MethodDef::new("acos", acos),
    MethodDef::new("acosh", acosh),
    MethodDef::new("asin", asin),
    MethodDef::new("asinh", asinh),
    MethodDef::new("atan", atan),
    MethodDef::new("atan2", atan2),
    MethodDef::new("atanh", atanh),
    MethodDef::new("cbrt", cbrt),
    MethodDef::new("ceil", ceil),
    MethodDef::new("copysign", copysign),
    MethodDef::new("cos", cos),
    MethodDef::new("cosh", cosh),
    MethodDef::new("degrees", degrees),
    MethodDef::new("erf", erf),
    MethodDef::new("erfc", erfc),
    MethodDef::new("exp", exp),
    MethodDef::new("exp2", exp2),
    MethodDef::new("expm1", expm1),
    MethodDef::new("fabs", fabs),
    MethodDef::new("floor", floor),
    MethodDef::new("fmod", fmod),
    MethodDef::new("frexp", frexp),
    MethodDef::new("isclose", isclose),
    MethodDef::new("isfinite", isfinite),
    MethodDef::new("isinf", isinf),
    MethodDef::new("isnan", isnan),
    MethodDef::new("ldexp", ldexp),
    MethodDef::new("log1p", log1p),
    MethodDef::new("modf", modf),
    MethodDef::new("nextafter", nextafter),
    MethodDef::new("pow", pow),
    MethodDef::new("radians", radians),
    MethodDef::new("remainder", remainder),
    MethodDef::new("sin", sin),
    MethodDef::new("sinh", sinh),
    MethodDef::new("sqrt", sqrt),
    MethodDef::new("tan", tan),
    MethodDef::new("tanh", tanh),
    MethodDef::new("trunc", trunc),
    MethodDef::new("ulp", ulp),
];
