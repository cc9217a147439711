//! `float`'s behaviour: arithmetic with CPython's error messages, exact
//! comparisons with ints, conversions, construction from strings, rounding,
//! the format mini-language (`e`, `f`, `g`, `%`, `n`, none), and methods.

use super::floatobject::{as_float, float_repr, new_float, PyFloat};
use super::formatspec::{group_digits, Align, FormatSpec, Sign};
use super::longobject::{as_int, new_bigint, IntValue};
use super::longobject_ops::{cmp_int_float, float_to_bigint, int_to_f64};
use super::methodobject::MethodDef;
use super::object::PyRef;
use super::typeobject::{as_type, class_name};
use super::unicodeobject::{new_str_object, PyStr};
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, Zero};

/// The float value of a float or int operand (`None`: NotImplemented).
fn operand(vm: &Vm, o: &PyRef) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(o) {
        return Ok(Some(f));
    }
    if let Some(i) = as_int(o) {
        return int_to_f64(vm, &i.value).map(Some);
    }
    Ok(None)
}

macro_rules! operands {
    ($vm:ident, $a:ident, $b:ident) => {
        match (operand($vm, $a)?, operand($vm, $b)?) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok($vm.not_implemented.clone()),
        }
    };
}

fn add(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(new_float(vm, x + y))
}

fn sub(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(new_float(vm, x - y))
}

fn mul(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    Ok(new_float(vm, x * y))
}

fn truediv(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y == 0.0 {
        return Err(vm.new_zero_division_error("float division by zero"));
    }
    Ok(new_float(vm, x / y))
}

/// CPython's float_divmod: (floor quotient, modulo with the divisor's sign).
fn py_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0_f64.copysign(x / y)
    };
    (floordiv, m)
}

fn floordiv(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y == 0.0 {
        return Err(vm.new_zero_division_error("float floor division by zero"));
    }
    Ok(new_float(vm, py_divmod(x, y).0))
}

fn modulo(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y == 0.0 {
        return Err(vm.new_zero_division_error("float modulo"));
    }
    Ok(new_float(vm, py_divmod(x, y).1))
}

fn divmod(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if y == 0.0 {
        return Err(vm.new_zero_division_error("float divmod()"));
    }
    let (q, r) = py_divmod(x, y);
    Ok(super::tupleobject::new_tuple(
        vm,
        vec![new_float(vm, q), new_float(vm, r)],
    ))
}

fn pow(vm: &Vm, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
    if !vm.is_none(m) {
        return Err(
            vm.new_type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (x, y) = operands!(vm, a, b);
    if x == 0.0 && y < 0.0 {
        return Err(vm.new_zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // A negative base with a fractional exponent gives a complex result.
        let c = super::complexobject::new_complex(vm, x, 0.0);
        let e = super::complexobject::new_complex(vm, y, 0.0);
        return vm.power(&c, &e, None, false);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.new_exception(
            &vm.exceptions.overflow_error,
            vec![
                super::longobject::new_int(vm, 34),
                new_str_object(vm, "Numerical result out of range"),
            ],
        ));
    }
    Ok(new_float(vm, r))
}

fn richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let x = as_float(a).expect("float");
    let ord = if let Some(y) = as_float(b) {
        x.partial_cmp(&y)
    } else if let Some(i) = as_int(b) {
        cmp_int_float(&i.value, x).map(|o| o.reverse())
    } else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(vm.bool_obj(match ord {
        Some(o) => op.holds(o),
        None => op == CompareOperator::Ne,
    }))
}

/// Parses a float literal string as `float(s)` does.
pub fn parse_float_str(s: &str) -> Option<f64> {
    let t = super::unicode_ctype::ascii_numeric(s);
    let t = t.trim();
    let lower = t.to_ascii_lowercase();
    let (neg, body) = match lower.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || body.starts_with('_')
                || body.ends_with('_')
                || body.contains("__")
                || body.contains("_.")
                || body.contains("._")
                || body.contains("e_")
                || body.contains("_e")
            {
                return None;
            }
            if !body
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
            {
                return None;
            }
            let clean: String = body.chars().filter(|c| *c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

fn float_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "float")?;
    let a = args.check_positional(vm, "float", 0, 1)?;
    let v = match a.first() {
        None => 0.0,
        Some(x) => float_from_object(vm, x)?,
    };
    if cls.is(&vm.types.float_type) {
        return Ok(new_float(vm, v));
    }
    Ok(PyRef::new(PyFloat::new(v), cls.clone()))
}

/// `float(x)` for one argument.
pub fn float_from_object(vm: &Vm, x: &PyRef) -> PyResult<f64> {
    if let Some(f) = as_float(x) {
        return Ok(f);
    }
    if let Some(i) = as_int(x) {
        return int_to_f64(vm, &i.value);
    }
    let text = if let Some(s) = x.downcast_ref::<PyStr>() {
        Some(s.to_string_lossy().into_owned())
    } else {
        super::buffer::bytes_like(vm, x)?.map(|b| String::from_utf8_lossy(&b).into_owned())
    };
    if let Some(t) = text {
        return parse_float_str(&t).ok_or_else(|| {
            vm.new_value_error(format!(
                "could not convert string to float: {}",
                vm.repr_string(x).unwrap_or_default()
            ))
        });
    }
    if let Some(r) = vm.call_special(x, "__float__", &[])? {
        return as_float(&r).ok_or_else(|| {
            vm.new_type_error(format!(
                "{}.__float__ returned non-float (type {})",
                class_name(x),
                class_name(&r)
            ))
        });
    }
    if let Some(r) = vm.call_special(x, "__index__", &[])? {
        if let Some(i) = as_int(&r) {
            return int_to_f64(vm, &i.value);
        }
    }
    Err(vm.new_type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        class_name(x)
    )))
}

/// Formats `v` with fixed notation and `prec` decimals, correctly rounded.
fn fixed(v: f64, prec: usize) -> String {
    format!("{:.*}", prec, v)
}

/// Formats with exponent notation like C's `%e`.
fn expo(v: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, v);
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    let out = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// `%g`-style: `prec` significant digits, trailing zeros removed unless `alt`.
fn general(v: f64, prec: usize, upper: bool, alt: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if v == 0.0 {
        let z = if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".to_string()
        };
        return if v.is_sign_negative() {
            format!("-{z}")
        } else {
            z
        };
    }
    let e = {
        let s = format!("{:.*e}", p - 1, v);
        s.split_once('e').unwrap().1.parse::<i32>().unwrap()
    };
    let mut s = if e < -4 || e >= p as i32 {
        expo(v, p - 1, upper)
    } else {
        fixed(v, (p as i32 - 1 - e).max(0) as usize)
    };
    if !alt {
        if let Some(epos) = s.find(['e', 'E']) {
            let (m, ex) = s.split_at(epos);
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.')
            } else {
                m
            };
            s = format!("{m}{ex}");
        } else if s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
    }
    s
}

/// Formats a float per a parsed spec (shared with int's float presentation types).
pub fn format_float(vm: &Vm, v: f64, spec: &FormatSpec) -> PyResult<String> {
    format_float_text(v, spec).map_err(|m| vm.new_value_error(m))
}

/// [`format_float`] without a VM: errors are ValueError messages.
pub fn format_float_text(v: f64, spec: &FormatSpec) -> Result<String, String> {
    let mut v = v;
    if spec.no_neg_zero && v == 0.0 {
        v = 0.0;
    }
    let mut neg = v.is_sign_negative() && !v.is_nan();
    let a = v.abs();
    let upper = matches!(spec.ty, Some('E' | 'F' | 'G'));
    let mut body = if a.is_nan() {
        "nan".to_string()
    } else if a.is_infinite() {
        "inf".to_string()
    } else {
        match spec.ty {
            Some('f' | 'F') => fixed(a, spec.precision.unwrap_or(6)),
            Some('e' | 'E') => expo(a, spec.precision.unwrap_or(6), upper),
            Some('g' | 'G' | 'n') => general(a, spec.precision.unwrap_or(6), upper, spec.alternate),
            Some('%') => format!("{}%", fixed(a * 100.0, spec.precision.unwrap_or(6))),
            None => match spec.precision {
                Some(p) => {
                    let g = general(a, p, false, spec.alternate);
                    if g.contains(['.', 'e', 'n', 'i']) {
                        g
                    } else {
                        format!("{g}.0")
                    }
                }
                None => float_repr(a),
            },
            Some(t) => {
                return Err(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                ))
            }
        }
    };
    if !a.is_finite() && spec.ty == Some('%') {
        body.push('%');
    }
    if upper {
        body = body.to_uppercase();
    }
    // `z`: a result that rounded to zero loses its minus sign.
    if spec.no_neg_zero
        && neg
        && !body.chars().any(|c| c.is_ascii_digit() && c != '0')
        && a.is_finite()
    {
        neg = false;
    }
    if spec.alternate
        && !body.contains('.')
        && a.is_finite()
        && matches!(
            spec.ty,
            Some('f' | 'F' | 'e' | 'E' | '%' | 'g' | 'G' | 'n') | None
        )
    {
        if let Some(p) = body.find(['e', 'E', '%']) {
            body.insert(p, '.');
        } else {
            body.push('.');
        }
    }
    if let Some(g) = spec.grouping {
        let end = body.find(['.', 'e', 'E', '%']).unwrap_or(body.len());
        let (int_part, rest) = body.split_at(end);
        if int_part.chars().all(|c| c.is_ascii_digit()) {
            body = format!("{}{rest}", group_digits(int_part, g, 3));
        }
    }
    let sign = match (neg, spec.sign) {
        (true, _) => "-",
        (false, Some(Sign::Plus)) => "+",
        (false, Some(Sign::Space)) => " ",
        _ => "",
    };
    let full = format!("{sign}{body}");
    Ok(spec.pad(&full, sign.len(), Align::Right))
}

fn format(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__format__", 2, 2)?;
    let Some(spec_s) = a[1].downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "__format__() argument must be str, not {}",
            class_name(&a[1])
        )));
    };
    let text = spec_s.to_string_lossy();
    if text.is_empty() {
        return vm.str(&a[0]);
    }
    let spec = FormatSpec::parse_for(&text, "float").map_err(|m| vm.new_value_error(m))?;
    let v = as_float(&a[0]).expect("float");
    format_float(vm, v, &spec).map(|s| new_str_object(vm, &s))
}

/// Correctly rounded `round(x, ndigits)` through decimal conversion.
fn round_to(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 320 {
        return x;
    }
    if nd < -330 {
        return 0.0 * x.signum();
    }
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        let r: f64 = s.parse().unwrap_or(x);
        // Rust rounds half to even on the exact binary value, as CPython does.
        return r;
    }
    round_to_tens(x, (-nd) as u32)
}

/// `x` rounded (ties to even) to a multiple of `10**k`, exactly: the
/// binary value is split into integer numerator and power-of-two
/// denominator, and the rounded multiple is converted back correctly rounded.
fn round_to_tens(x: f64, k: u32) -> f64 {
    use num_integer::Integer;
    let (m, e) = super::hashing::frexp(x.abs());
    // x = m * 2**e with 0.5 <= m < 1: make the mantissa an integer.
    let mant = BigInt::from((m * (1u64 << 53) as f64) as u64);
    let e = e - 53;
    let unit = BigInt::from(10u8).pow(k);
    let (num, den) = if e >= 0 {
        (mant << e as u64, unit)
    } else {
        (mant, unit << (-e) as u64)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice = r * 2u8;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u8;
    }
    let v: f64 = format!("{q}e{k}").parse().unwrap_or(f64::INFINITY);
    v.copysign(x)
}

fn round(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__round__", 1, 2)?;
    let x = as_float(&a[0]).expect("float");
    match a.get(1).filter(|n| !vm.is_none(n)) {
        None => {
            let r = x.round();
            let r = if (x - x.trunc()).abs() == 0.5 {
                2.0 * (x / 2.0).round()
            } else {
                r
            };
            Ok(new_bigint(vm, float_to_bigint(vm, r)?))
        }
        Some(nd) => {
            let nd = vm.index(nd)?;
            let nd = match &as_int(&nd).unwrap().value {
                IntValue::Small(s) => *s,
                IntValue::Big(b) => {
                    if b.is_negative() {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
            };
            let r = round_to(x, nd);
            if r.is_infinite() && x.is_finite() {
                return Err(vm.new_overflow_error("rounded value too large to represent"));
            }
            Ok(new_float(vm, r))
        }
    }
}

fn is_integer(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "is_integer", 1, 1)?;
    let x = as_float(&a[0]).unwrap();
    Ok(vm.bool_obj(x.is_finite() && x.fract() == 0.0))
}

fn as_integer_ratio(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "as_integer_ratio", 1, 1)?;
    let x = as_float(&a[0]).unwrap();
    if x.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.new_value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = super::hashing::frexp(x);
    let mut m = m;
    let mut e = e;
    for _ in 0..300 {
        if m.fract() == 0.0 {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let mut num = BigInt::from_f64(m).unwrap_or_default();
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let g = num::integer_gcd(&num, &den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    Ok(super::tupleobject::new_tuple(
        vm,
        vec![new_bigint(vm, num), new_bigint(vm, den)],
    ))
}

mod num {
    use num_bigint::BigInt;
    use num_integer::Integer;
    pub fn integer_gcd(a: &BigInt, b: &BigInt) -> BigInt {
        a.gcd(b)
    }
}

/// `float.__getformat__(typestr)`: how C doubles and floats are stored.
fn getformat(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args
        .skip_first()
        .check_positional(vm, "__getformat__", 1, 1)?;
    let Some(kind) = a[0].downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(&format!(
            "__getformat__() argument must be str, not {}",
            class_name(&a[0])
        )));
    };
    match kind.as_ascii() {
        Some("double" | "float") => Ok(new_str_object(vm, "IEEE, little-endian")),
        _ => Err(vm.new_value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

fn conjugate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "conjugate", 1, 1)?;
    Ok(new_float(vm, as_float(&a[0]).unwrap()))
}

fn trunc(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__trunc__", 1, 1)?;
    Ok(new_bigint(
        vm,
        float_to_bigint(vm, as_float(&a[0]).unwrap())?,
    ))
}

fn floor(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__floor__", 1, 1)?;
    Ok(new_bigint(
        vm,
        float_to_bigint(vm, as_float(&a[0]).unwrap().floor())?,
    ))
}

fn ceil(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__ceil__", 1, 1)?;
    Ok(new_bigint(
        vm,
        float_to_bigint(vm, as_float(&a[0]).unwrap().ceil())?,
    ))
}

fn getnewargs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__getnewargs__", 1, 1)?;
    Ok(super::tupleobject::new_tuple(
        vm,
        vec![new_float(vm, as_float(&a[0]).unwrap())],
    ))
}

/// Installs float's slots and methods.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, add_methods, GetSetDef};
    let t = &vm.types.float_type;
    let s = &as_type(t).slots;
    s.new.set(Some(float_new));
    s.repr.set(Some(|vm, a| {
        Ok(new_str_object(vm, &float_repr(as_float(a).expect("float"))))
    }));
    s.hash.set(Some(|_, a| {
        Ok(super::hashing::hash_f64(
            as_float(a).expect("float"),
            a.id(),
        ))
    }));
    s.richcompare.set(Some(richcompare));
    s.bool
        .set(Some(|_, a| Ok(as_float(a).expect("float") != 0.0)));
    s.add.set(Some(add));
    s.subtract.set(Some(sub));
    s.multiply.set(Some(mul));
    s.true_divide.set(Some(truediv));
    s.floor_divide.set(Some(floordiv));
    s.remainder.set(Some(modulo));
    s.divmod.set(Some(divmod));
    s.power.set(Some(pow));
    s.negative
        .set(Some(|vm, a| Ok(new_float(vm, -as_float(a).unwrap()))));
    s.positive
        .set(Some(|vm, a| Ok(new_float(vm, as_float(a).unwrap()))));
    s.absolute
        .set(Some(|vm, a| Ok(new_float(vm, as_float(a).unwrap().abs()))));
    s.int.set(Some(|vm, a| {
        Ok(new_bigint(vm, float_to_bigint(vm, as_float(a).unwrap())?))
    }));
    s.float
        .set(Some(|vm, a| Ok(new_float(vm, as_float(a).unwrap()))));
    add_methods(
        vm,
        t,
        &[
            MethodDef::new("__format__", format),
            MethodDef::new("__round__", round),
            MethodDef::new("__trunc__", trunc),
            MethodDef::new("__floor__", floor),
            MethodDef::new("__ceil__", ceil),
            MethodDef::new("is_integer", is_integer),
            MethodDef::new("as_integer_ratio", as_integer_ratio),
            MethodDef::new("hex", super::floatobject_hex::hex),
            MethodDef::class("fromhex", super::floatobject_hex::fromhex),
            MethodDef::class("__getformat__", getformat),
            MethodDef::new("conjugate", conjugate),
            MethodDef::new("__getnewargs__", getnewargs),
        ],
    );
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("real", |vm, a| Ok(new_float(vm, as_float(a).unwrap()))),
            GetSetDef::new("imag", |vm, _| Ok(new_float(vm, 0.0))),
        ],
    );
}
