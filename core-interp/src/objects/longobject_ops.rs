//! `int`'s behaviour: arithmetic with the machine-word fast path and big
//! integers, comparisons (exact against floats), conversions, formatting,
//! construction from strings in any base, and the methods.

use super::floatobject::{as_float, new_float};
use super::formatspec::{group_digits, Align, FormatSpec, Sign};
use super::longobject::{as_int, hash_int_value, new_bigint, new_int, IntValue, PyInt};
use super::methodobject::MethodDef;
use super::object::PyRef;
use super::typeobject::{as_type, class_name};
use super::unicodeobject::{new_str_object, PyStr};
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use num_bigint::{BigInt, Sign as BSign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn val(o: &PyRef) -> Option<&IntValue> {
    as_int(o).map(|i| &i.value)
}

fn big(o: &PyRef) -> BigInt {
    val(o).expect("int").to_big()
}

macro_rules! operands {
    ($vm:ident, $a:ident, $b:ident) => {
        match (val($a), val($b)) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok($vm.not_implemented.clone()),
        }
    };
}

fn add(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if let (IntValue::Small(p), IntValue::Small(q)) = (x, y) {
        if let Some(r) = p.checked_add(*q) {
            return Ok(new_int(vm, r));
        }
    }
    Ok(new_bigint(vm, x.to_big() + y.to_big()))
}

fn sub(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if let (IntValue::Small(p), IntValue::Small(q)) = (x, y) {
        if let Some(r) = p.checked_sub(*q) {
            return Ok(new_int(vm, r));
        }
    }
    Ok(new_bigint(vm, x.to_big() - y.to_big()))
}

fn mul(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if let (IntValue::Small(p), IntValue::Small(q)) = (x, y) {
        if let Some(r) = p.checked_mul(*q) {
            return Ok(new_int(vm, r));
        }
    }
    Ok(new_bigint(vm, x.to_big() * y.to_big()))
}

fn is_zero(v: &IntValue) -> bool {
    matches!(v, IntValue::Small(0))
}

fn floordiv(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if is_zero(y) {
        return Err(vm.new_zero_division_error("integer division or modulo by zero"));
    }
    if let (IntValue::Small(p), IntValue::Small(q)) = (x, y) {
        if !(*p == i64::MIN && *q == -1) {
            return Ok(new_int(vm, p.div_floor(q)));
        }
    }
    Ok(new_bigint(vm, x.to_big().div_floor(&y.to_big())))
}

fn modulo(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if is_zero(y) {
        return Err(vm.new_zero_division_error("integer modulo by zero"));
    }
    if let (IntValue::Small(p), IntValue::Small(q)) = (x, y) {
        if !(*p == i64::MIN && *q == -1) {
            return Ok(new_int(vm, p.mod_floor(q)));
        }
    }
    Ok(new_bigint(vm, x.to_big().mod_floor(&y.to_big())))
}

fn divmod(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if is_zero(y) {
        return Err(vm.new_zero_division_error("integer division or modulo by zero"));
    }
    let (q, r) = x.to_big().div_mod_floor(&y.to_big());
    Ok(super::tupleobject::new_tuple(
        vm,
        vec![new_bigint(vm, q), new_bigint(vm, r)],
    ))
}

/// int → f64 with CPython's OverflowError.
pub fn int_to_f64(vm: &Vm, v: &IntValue) -> PyResult<f64> {
    match v {
        IntValue::Small(s) => Ok(*s as f64),
        IntValue::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(vm.new_overflow_error("int too large to convert to float")),
        },
    }
}

fn truediv(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if is_zero(y) {
        return Err(vm.new_zero_division_error("division by zero"));
    }
    if let (IntValue::Small(p), IntValue::Small(q)) = (x, y) {
        if p.unsigned_abs() < (1 << 53) && q.unsigned_abs() < (1 << 53) {
            return Ok(new_float(vm, *p as f64 / *q as f64));
        }
    }
    // Correctly rounded division of big integers.
    let (n, d) = (x.to_big(), y.to_big());
    Ok(new_float(vm, big_ratio_to_f64(vm, &n, &d)?))
}

/// n / d rounded to the nearest double (ties to even).
pub fn big_ratio_to_f64(vm: &Vm, n: &BigInt, d: &BigInt) -> PyResult<f64> {
    let neg = (n.sign() == BSign::Minus) != (d.sign() == BSign::Minus);
    let (n, d) = (n.abs(), d.abs());
    if n.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has 55 significant bits, then round.
    let shift = n.bits() as i64 - d.bits() as i64 - 55;
    let (num, den) = if shift >= 0 {
        (n.clone(), &d << shift as u64)
    } else {
        (&n << (-shift) as u64, d.clone())
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    let mut exp = shift;
    // Normalize to 54 bits + sticky.
    while q >= (1u64 << 55) {
        let low = q & 1;
        q >>= 1;
        q |= low;
        exp += 1;
    }
    let sticky = !r.is_zero();
    let q = q | sticky as u64;
    let f = (q as f64) * 2f64.powi(exp as i32);
    if !f.is_finite() || exp > 1100 {
        return Err(vm.new_overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -f } else { f })
}

fn pow(vm: &Vm, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    if !vm.is_none(m) {
        let Some(z) = val(m) else {
            return Ok(vm.not_implemented.clone());
        };
        let modulus = z.to_big();
        if modulus.is_zero() {
            return Err(vm.new_value_error("pow() 3rd argument cannot be 0"));
        }
        let mut base = x.to_big();
        let mut e = y.to_big();
        if e.is_negative() {
            let inv =
                mod_inverse(&base.mod_floor(&modulus.abs()), &modulus.abs()).ok_or_else(|| {
                    vm.new_value_error("base is not invertible for the given modulus")
                })?;
            base = inv;
            e = -e;
        }
        let mabs = modulus.abs();
        let mut r = base.modpow(&e, &mabs);
        if modulus.is_negative() && !r.is_zero() {
            r += &modulus;
        }
        return Ok(new_bigint(vm, r));
    }
    let e = y.to_big();
    if e.is_negative() {
        let fb = int_to_f64(vm, x)?;
        let fe = int_to_f64(vm, y)?;
        if fb == 0.0 {
            return Err(vm.new_zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(new_float(vm, fb.powf(fe)));
    }
    if let (IntValue::Small(p), Some(q)) = (x, e.to_u32()) {
        if let Some(r) = p.checked_pow(q) {
            return Ok(new_int(vm, r));
        }
    }
    let Some(exp) = e.to_u64() else {
        return Err(vm.new_overflow_error("exponent too large"));
    };
    Ok(new_bigint(vm, num_traits::pow::Pow::pow(x.to_big(), exp)))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.extended_gcd(m);
    if e.gcd.is_one() {
        Some(e.x.mod_floor(m))
    } else {
        None
    }
}

fn shift_count(vm: &Vm, y: &IntValue) -> PyResult<Option<u64>> {
    match y {
        IntValue::Small(s) if *s < 0 => Err(vm.new_value_error("negative shift count")),
        IntValue::Small(s) => Ok(Some(*s as u64)),
        IntValue::Big(b) if b.is_negative() => Err(vm.new_value_error("negative shift count")),
        IntValue::Big(_) => Ok(None),
    }
}

fn lshift(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    let Some(n) = shift_count(vm, y)? else {
        if is_zero(x) {
            return Ok(new_int(vm, 0));
        }
        return Err(vm.new_overflow_error("too many digits in integer"));
    };
    if let IntValue::Small(p) = x {
        if n < 63 && (p.unsigned_abs() >> (63 - n)) == 0 {
            return Ok(new_int(vm, p << n));
        }
    }
    Ok(new_bigint(vm, x.to_big() << n))
}

fn rshift(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    let Some(n) = shift_count(vm, y)? else {
        return Ok(new_int(vm, if x.to_big().is_negative() { -1 } else { 0 }));
    };
    if let IntValue::Small(p) = x {
        return Ok(new_int(
            vm,
            if n >= 64 {
                if *p < 0 {
                    -1
                } else {
                    0
                }
            } else {
                p >> n
            },
        ));
    }
    Ok(new_bigint(vm, x.to_big() >> n))
}

macro_rules! bitop {
    ($name:ident, $op:tt) => {
        fn $name(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
            let (x, y) = operands!(vm, a, b);
            let r = match (x, y) {
                (IntValue::Small(p), IntValue::Small(q)) => new_int(vm, p $op q),
                _ => new_bigint(vm, x.to_big() $op y.to_big()),
            };
            // bool op bool stays bool.
            if a.class().is(&vm.types.bool_type) && b.class().is(&vm.types.bool_type) {
                return Ok(vm.bool_obj(!is_zero(val(&r).unwrap())));
            }
            Ok(r)
        }
    };
}

bitop!(and, &);
bitop!(or, |);
bitop!(xor, ^);

fn neg(vm: &Vm, a: &PyRef) -> PyResult {
    match val(a).expect("int") {
        IntValue::Small(s) if *s != i64::MIN => Ok(new_int(vm, -s)),
        v => Ok(new_bigint(vm, -v.to_big())),
    }
}

fn pos(vm: &Vm, a: &PyRef) -> PyResult {
    Ok(new_bigint(vm, big(a)))
}

fn invert(vm: &Vm, a: &PyRef) -> PyResult {
    match val(a).expect("int") {
        IntValue::Small(s) => Ok(new_int(vm, !s)),
        v => Ok(new_bigint(vm, -v.to_big() - 1)),
    }
}

fn abs(vm: &Vm, a: &PyRef) -> PyResult {
    match val(a).expect("int") {
        IntValue::Small(s) if *s != i64::MIN => Ok(new_int(vm, s.abs())),
        v => Ok(new_bigint(vm, v.to_big().abs())),
    }
}

fn to_float(vm: &Vm, a: &PyRef) -> PyResult {
    Ok(new_float(vm, int_to_f64(vm, val(a).expect("int"))?))
}

fn to_exact_int(vm: &Vm, a: &PyRef) -> PyResult {
    if a.class().is(&vm.types.int_type) {
        return Ok(a.clone());
    }
    Ok(new_bigint(vm, big(a)))
}

/// Compares an int with a float exactly.
pub fn cmp_int_float(v: &IntValue, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = BigInt::from(num_bigint::BigInt::from_f64_exact(fl));
    let iv = v.to_big();
    match iv.cmp(&fi) {
        std::cmp::Ordering::Equal => Some(if f > fl {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Equal
        }),
        o => Some(o),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

fn ord_result(vm: &Vm, ord: Option<std::cmp::Ordering>, op: CompareOperator) -> PyRef {
    match ord {
        Some(ord) => vm.bool_obj(op.holds(ord)),
        None => vm.bool_obj(op == CompareOperator::Ne),
    }
}

fn richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let x = val(a).expect("int");
    if let Some(y) = val(b) {
        let ord = match (x, y) {
            (IntValue::Small(p), IntValue::Small(q)) => p.cmp(q),
            _ => x.to_big().cmp(&y.to_big()),
        };
        return Ok(ord_result(vm, Some(ord), op));
    }
    // Mixed int/float comparisons are float's job (reached reflected), as in CPython.
    Ok(vm.not_implemented.clone())
}

/// CPython's threshold below which the int/str digit limit is never checked.
const STR_DIGITS_THRESHOLD: usize = 640;

fn digits_limit_error(vm: &Vm, limit: usize, has: Option<usize>) -> crate::vm::PyErr {
    let count = has.map_or(String::new(), |n| format!(": value has {n} digits"));
    vm.new_value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion{count}; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Decimal text of an int, refusing (as CPython 3.11) values with more
/// digits than `sys.get_int_max_str_digits()`.
pub fn int_to_decimal(vm: &Vm, v: &IntValue) -> PyResult<String> {
    match v {
        IntValue::Small(v) => Ok(v.to_string()),
        IntValue::Big(b) => {
            let limit = crate::modules::sysmodule::int_max_str_digits();
            // CPython's early check counts 30-bit digits.
            let size = b.bits().div_ceil(30) as usize;
            if limit > 0 && size >= 10 * limit / 90 + 2 {
                return Err(digits_limit_error(vm, limit, None));
            }
            let s = b.to_string();
            let n = s.trim_start_matches('-').len();
            if limit > 0 && n > STR_DIGITS_THRESHOLD && n > limit {
                return Err(digits_limit_error(vm, limit, None));
            }
            Ok(s)
        }
    }
}

/// Refuses parsing more decimal digits than the limit (bases that are not
/// powers of two only).
fn check_parse_limit(vm: &Vm, text: &str, base: u32) -> PyResult<()> {
    if base.is_power_of_two() {
        return Ok(());
    }
    let limit = crate::modules::sysmodule::int_max_str_digits();
    let digits = text.chars().filter(|c| c.is_alphanumeric()).count();
    if limit > 0 && digits > STR_DIGITS_THRESHOLD && digits > limit {
        return Err(digits_limit_error(vm, limit, Some(digits)));
    }
    Ok(())
}

fn repr(vm: &Vm, a: &PyRef) -> PyResult {
    let s = int_to_decimal(vm, val(a).expect("int"))?;
    Ok(new_str_object(vm, &s))
}

/// Parses an int literal string like `int(s, base)`.
pub fn parse_int_str(s: &str, base: u32) -> Option<BigInt> {
    let s = &*super::unicode_ctype::ascii_numeric(s);
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (digits, base) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (r.to_string(), 16)
            } else if let Some(r) = lower.strip_prefix("0o") {
                (r.to_string(), 8)
            } else if let Some(r) = lower.strip_prefix("0b") {
                (r.to_string(), 2)
            } else {
                if lower.len() > 1
                    && lower.starts_with('0')
                    && lower.trim_start_matches(['0', '_']).len() > 0
                {
                    return None;
                }
                (lower.clone(), 10)
            }
        }
        16 => (
            lower
                .strip_prefix("0x")
                .map(|r| r.to_string())
                .unwrap_or(lower.clone()),
            16,
        ),
        8 => (
            lower
                .strip_prefix("0o")
                .map(|r| r.to_string())
                .unwrap_or(lower.clone()),
            8,
        ),
        2 => (
            lower
                .strip_prefix("0b")
                .map(|r| r.to_string())
                .unwrap_or(lower.clone()),
            2,
        ),
        b => (lower.clone(), b),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| base != 10 || s.contains(['x', 'o', 'b', 'X', 'O', 'B']))
        .map(|d| d.to_string())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

static INT_SIG: Signature = Signature {
    name: "int",
    params: &["x", "base"],
    posonly: 1,
    positional: 2,
    required: 0,
};

fn int_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = INT_SIG.bind(vm, args)?;
    let value: BigInt = match (&a[0], &a[1]) {
        (None, None) => BigInt::zero(),
        (None, Some(_)) => return Err(vm.new_type_error("int() missing string argument")),
        (Some(x), None) => return finish_new(vm, cls, int_from_object(vm, x)?),
        (Some(x), Some(b)) => {
            let base = vm.index_isize(b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.new_value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = if let Some(s) = x.downcast_ref::<PyStr>() {
                s.to_string_lossy().into_owned()
            } else if let Some(bts) = super::buffer::bytes_like(vm, x)? {
                String::from_utf8_lossy(&bts).into_owned()
            } else {
                return Err(vm.new_type_error("int() can't convert non-string with explicit base"));
            };
            match parse_int_str(&text, base as u32) {
                Some(v) => {
                    let radix = if base == 0 && !text.contains(['x', 'X', 'o', 'O', 'b', 'B']) {
                        10
                    } else {
                        base as u32
                    };
                    check_parse_limit(vm, &text, radix.max(2))?;
                    v
                }
                None => {
                    return Err(vm.new_value_error(format!(
                        "invalid literal for int() with base {base}: {}",
                        vm.repr_string(x)?
                    )))
                }
            }
        }
    };
    finish_new(vm, cls, value)
}

fn finish_new(vm: &Vm, cls: &PyRef, v: BigInt) -> PyResult {
    if cls.is(&vm.types.int_type) {
        return Ok(new_bigint(vm, v));
    }
    Ok(PyRef::new(
        PyInt {
            value: IntValue::from_big(v),
        },
        cls.clone(),
    ))
}

/// `int(x)` for one argument.
pub fn int_from_object(vm: &Vm, x: &PyRef) -> PyResult<BigInt> {
    if let Some(v) = val(x) {
        return Ok(v.to_big());
    }
    if let Some(f) = as_float(x) {
        return float_to_bigint(vm, f);
    }
    let text = if let Some(s) = x.downcast_ref::<PyStr>() {
        Some(s.to_string_lossy().into_owned())
    } else {
        super::buffer::bytes_like(vm, x)?.map(|b| String::from_utf8_lossy(&b).into_owned())
    };
    if let Some(text) = text {
        let v = parse_int_str(&text, 10).ok_or_else(|| {
            vm.new_value_error(format!(
                "invalid literal for int() with base 10: {}",
                vm.repr_string(x).unwrap_or_default()
            ))
        })?;
        check_parse_limit(vm, &text, 10)?;
        return Ok(v);
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = vm.call_special(x, name, &[])? {
            return match val(&r) {
                Some(v) => Ok(v.to_big()),
                None => Err(
                    vm.new_type_error(format!("{name} returned non-int (type {})", class_name(&r)))
                ),
            };
        }
    }
    if let Some(r) = vm.call_special(x, "__trunc__", &[])? {
        return match val(&r) {
            Some(v) => Ok(v.to_big()),
            None => Err(vm.new_type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                class_name(&r)
            ))),
        };
    }
    Err(vm.new_type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        class_name(x)
    )))
}

/// Truncates a float to an int, as `int(f)`.
pub fn float_to_bigint(vm: &Vm, f: f64) -> PyResult<BigInt> {
    if f.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
    }
    Ok(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default())
}

fn format(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__format__", 2, 2)?;
    let Some(spec_s) = a[1].downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "__format__() argument must be str, not {}",
            class_name(&a[1])
        )));
    };
    let spec_text = spec_s.to_string_lossy();
    if spec_text.is_empty() {
        return vm.str(&a[0]);
    }
    let spec =
        FormatSpec::parse_for(&spec_text, &class_name(&a[0])).map_err(|m| vm.new_value_error(m))?;
    let v = big(&a[0]);
    match spec.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = int_to_f64(vm, val(&a[0]).unwrap())?;
            return super::floatobject_ops::format_float(vm, f, &spec)
                .map(|s| new_str_object(vm, &s));
        }
        _ => {}
    }
    if spec.precision.is_some() {
        return Err(vm.new_value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(vm.new_value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let neg = v.is_negative();
    let mag = v.abs();
    let (digits, prefix) = match spec.ty {
        None | Some('d') | Some('n') => (mag.to_string(), ""),
        Some('x') => (mag.to_str_radix(16), "0x"),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
        Some('o') => (mag.to_str_radix(8), "0o"),
        Some('b') => (mag.to_str_radix(2), "0b"),
        Some('c') => {
            if spec.alternate {
                return Err(vm.new_value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            if spec.sign.is_some() {
                return Err(
                    vm.new_value_error("Sign not allowed with integer format specifier 'c'")
                );
            }
            let c = v
                .to_u32()
                .and_then(char::from_u32)
                .ok_or_else(|| vm.new_overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(new_str_object(
                vm,
                &spec.pad(&c.to_string(), 0, Align::Right),
            ));
        }
        Some(t) => {
            return Err(vm.new_value_error(format!(
                "Unknown format code '{t}' for object of type '{}'",
                class_name(&a[0])
            )));
        }
    };
    let digits = match spec.grouping {
        Some(g) => {
            let every = if matches!(spec.ty, Some('x' | 'X' | 'o' | 'b')) {
                4
            } else {
                3
            };
            group_digits(&digits, g, every)
        }
        None => digits,
    };
    let sign = match (neg, spec.sign) {
        (true, _) => "-",
        (false, Some(Sign::Plus)) => "+",
        (false, Some(Sign::Space)) => " ",
        _ => "",
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let head = format!("{sign}{prefix}");
    let body = format!("{head}{digits}");
    let out = if spec.zero_pad && spec.align.is_none()
        || spec.align == Some(Align::AfterSign) && spec.fill == '0'
    {
        // Zero padding respects grouping like CPython: pad digits, then regroup.
        let width = spec.width.unwrap_or(0);
        let avail = width.saturating_sub(head.chars().count());
        let mut d = digits.clone();
        if let Some(g) = spec.grouping {
            let raw: String = d.chars().filter(|c| *c != g).collect();
            let every = if matches!(spec.ty, Some('x' | 'X' | 'o' | 'b')) {
                4
            } else {
                3
            };
            let mut padded = raw.clone();
            loop {
                let grouped = group_digits(&padded, g, every);
                if grouped.chars().count() >= avail {
                    d = grouped;
                    break;
                }
                padded.insert(0, '0');
            }
        } else if d.chars().count() < avail {
            d = format!("{}{d}", "0".repeat(avail - d.chars().count()));
        }
        format!("{head}{d}")
    } else {
        spec.pad(&body, head.chars().count(), Align::Right)
    };
    Ok(new_str_object(vm, &out))
}

fn bit_length(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "bit_length", 1, 1)?;
    Ok(new_int(vm, big(&a[0]).bits() as i64))
}

fn bit_count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "bit_count", 1, 1)?;
    let (_, mag) = big(&a[0]).into_parts();
    Ok(new_int(vm, mag.count_ones() as i64))
}

fn conjugate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "conjugate", 1, 1)?;
    to_exact_int(vm, &a[0])
}

fn as_integer_ratio(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "as_integer_ratio", 1, 1)?;
    Ok(super::tupleobject::new_tuple(
        vm,
        vec![to_exact_int(vm, &a[0])?, new_int(vm, 1)],
    ))
}

fn round(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__round__", 1, 2)?;
    let Some(nd) = a.get(1).filter(|n| !vm.is_none(n)) else {
        return to_exact_int(vm, &a[0]);
    };
    let nd = vm.index(nd)?;
    let nd = big(&nd);
    if !nd.is_negative() {
        return to_exact_int(vm, &a[0]);
    }
    let Some(k) = (-nd).to_u32() else {
        return Ok(new_int(vm, 0));
    };
    let pow10 = num_traits::pow::Pow::pow(BigInt::from(10), k);
    let v = big(&a[0]);
    let (q, r) = v.div_mod_floor(&pow10);
    let twice: BigInt = &r * BigInt::from(2);
    let q = match twice.cmp(&pow10) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(new_bigint(vm, q * pow10))
}

static TO_BYTES_SIG: Signature = Signature {
    name: "to_bytes",
    params: &["length", "byteorder", "signed"],
    posonly: 0,
    positional: 2,
    required: 0,
};

fn to_bytes(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = TO_BYTES_SIG.bind(vm, args.skip_first())?;
    let v = big(&args.args[0]);
    let length = match &a[0] {
        Some(l) => vm.index_isize(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.new_value_error("length argument must be non-negative"));
    }
    let little = match &a[1] {
        Some(b) => match vm.str_string(b)?.as_str() {
            "little" => true,
            "big" => false,
            _ => return Err(vm.new_value_error("byteorder must be either 'little' or 'big'")),
        },
        None => false,
    };
    let signed = match &a[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    if !signed && v.is_negative() {
        return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = v.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && *bytes.last().unwrap() == 0 {
        bytes.pop();
    }
    if v.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(vm.new_overflow_error("int too big to convert"));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(super::bytesobject::new_bytes(vm, bytes))
}

static FROM_BYTES_SIG: Signature = Signature {
    name: "from_bytes",
    params: &["bytes", "byteorder", "signed"],
    posonly: 0,
    positional: 2,
    required: 1,
};

/// CPython's `PyBytes_FromObject`: a bytes-like object or an iterable of
/// ints in range(256); strings and non-iterables are refused.
fn bytes_from_object(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    if let Some(b) = super::buffer::bytes_like(vm, o)? {
        return Ok(b.into_owned());
    }
    let refuse = || {
        vm.new_type_error(format!(
            "cannot convert '{}' object to bytes",
            class_name(o)
        ))
    };
    if o.downcast_ref::<PyStr>().is_some() {
        return Err(refuse());
    }
    let it = vm.get_iter(o).map_err(|e| {
        if e.matches(&vm.exceptions.type_error) {
            refuse()
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        let v = vm.index_isize(&x)?;
        out.push(
            u8::try_from(v).map_err(|_| vm.new_value_error("bytes must be in range(0, 256)"))?,
        );
    }
    Ok(out)
}

fn from_bytes(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let cls = args.args[0].clone();
    let a = FROM_BYTES_SIG.bind(vm, args.skip_first())?;
    let data = bytes_from_object(vm, a[0].as_ref().expect("required"))?;
    let little = match &a[1] {
        Some(b) => match vm.str_string(b)?.as_str() {
            "little" => true,
            "big" => false,
            _ => return Err(vm.new_value_error("byteorder must be either 'little' or 'big'")),
        },
        None => false,
    };
    let signed = match &a[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let v = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (true, false) => BigInt::from_bytes_le(BSign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(BSign::Plus, &data),
    };
    let r = new_bigint(vm, v);
    if cls.is(&vm.types.int_type) {
        Ok(r)
    } else {
        vm.call_positional(&cls, &[r])
    }
}

fn getnewargs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__getnewargs__", 1, 1)?;
    Ok(super::tupleobject::new_tuple(
        vm,
        vec![to_exact_int(vm, &a[0])?],
    ))
}

fn trunc(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__trunc__", 1, 1)?;
    to_exact_int(vm, &a[0])
}

fn bool_repr(vm: &Vm, a: &PyRef) -> PyResult {
    Ok(vm.intern(if a.is(&vm.true_) { "True" } else { "False" }))
}

fn bool_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "bool")?;
    let a = args.check_positional(vm, "bool", 0, 1)?;
    match a.first() {
        None => Ok(vm.false_.clone()),
        Some(x) => Ok(vm.bool_obj(vm.is_true(x)?)),
    }
}

/// Installs int's and bool's slots and methods.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, add_methods, GetSetDef};
    let t = &vm.types.int_type;
    let s = &as_type(t).slots;
    s.new.set(Some(int_new));
    s.repr.set(Some(repr));
    s.hash
        .set(Some(|_, a| Ok(hash_int_value(val(a).expect("int")))));
    s.richcompare.set(Some(richcompare));
    s.bool.set(Some(|_, a| Ok(!is_zero(val(a).expect("int")))));
    s.add.set(Some(add));
    s.subtract.set(Some(sub));
    s.multiply.set(Some(mul));
    s.floor_divide.set(Some(floordiv));
    s.remainder.set(Some(modulo));
    s.divmod.set(Some(divmod));
    s.true_divide.set(Some(truediv));
    s.power.set(Some(pow));
    s.lshift.set(Some(lshift));
    s.rshift.set(Some(rshift));
    s.and.set(Some(and));
    s.or.set(Some(or));
    s.xor.set(Some(xor));
    s.negative.set(Some(neg));
    s.positive.set(Some(pos));
    s.invert.set(Some(invert));
    s.absolute.set(Some(abs));
    s.int.set(Some(to_exact_int));
    s.index.set(Some(to_exact_int));
    s.float.set(Some(to_float));
    add_methods(
        vm,
        t,
        &[
            MethodDef::new("__format__", format),
            MethodDef::new("bit_length", bit_length),
            MethodDef::new("bit_count", bit_count),
            MethodDef::new("conjugate", conjugate),
            MethodDef::new("as_integer_ratio", as_integer_ratio),
            MethodDef::new("__round__", round),
            MethodDef::new("__trunc__", trunc),
            MethodDef::new("__floor__", trunc),
            MethodDef::new("__ceil__", trunc),
            MethodDef::new("to_bytes", to_bytes),
            MethodDef::class("from_bytes", from_bytes),
            MethodDef::new("__getnewargs__", getnewargs),
        ],
    );
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("real", to_exact_int),
            GetSetDef::new("imag", |vm, _| Ok(new_int(vm, 0))),
            GetSetDef::new("numerator", to_exact_int),
            GetSetDef::new("denominator", |vm, _| Ok(new_int(vm, 1))),
        ],
    );
    let b = &as_type(&vm.types.bool_type).slots;
    b.repr.set(Some(bool_repr));
    b.new.set(Some(bool_new));
    b.and.set(Some(and));
    b.or.set(Some(or));
    b.xor.set(Some(xor));
    as_type(&vm.types.bool_type)
        .flags
        .set(as_type(&vm.types.bool_type).flags.get() & !super::typeobject::tpflags::BASETYPE);
}
