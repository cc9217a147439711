//! The integer functions of `math`: `gcd` and `lcm` (any number of
//! arguments), `isqrt`, `factorial`, `comb` and `perm` over big ints,
//! with CPython's argument checks and messages.

use crate::objects::longobject::{as_int, new_bigint, new_int, IntValue};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::vm::{CallArgs, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// `operator.index(o)` as a big integer.
fn index_big(vm: &Vm, o: &PyRef) -> PyResult<BigInt> {
    let i = vm.index(o)?;
    Ok(as_int(&i).expect("index returns int").value.to_big())
}

/// The shared shape of `gcd` and `lcm`: `empty` for no arguments, the
/// argument's absolute value for one, else `step` folded over all of them
/// (every argument is still converted with `__index__`, as CPython does).
fn fold_ints(
    vm: &Vm,
    args: CallArgs<'_>,
    name: &str,
    empty: i64,
    step: fn(BigInt, BigInt) -> BigInt,
) -> PyResult {
    args.no_kwargs(vm, name)?;
    let a = args.positional();
    let Some(first) = a.first() else {
        return Ok(new_int(vm, empty));
    };
    let first = vm.index(first)?;
    if a.len() == 1 {
        return vm.absolute(&first);
    }
    let mut res = as_int(&first).expect("int").value.to_big();
    for x in &a[1..] {
        res = step(res, index_big(vm, x)?);
    }
    Ok(new_bigint(vm, res))
}

fn gcd(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    fold_ints(vm, args, "math.gcd", 0, |res, x| {
        if res.is_one() {
            res
        } else {
            res.gcd(&x)
        }
    })
}

fn lcm(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    fold_ints(vm, args, "math.lcm", 1, |res, x| {
        if res.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            (&res / res.gcd(&x) * &x).abs()
        }
    })
}

fn isqrt(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.isqrt", 1, 1)?;
    let n = index_big(vm, &a[0])?;
    if n.sign() == Sign::Minus {
        return Err(vm.new_value_error("isqrt() argument must be nonnegative"));
    }
    Ok(new_bigint(vm, n.sqrt()))
}

/// start * (start+1) * ... * (start+count-1), by binary splitting so the
/// big multiplications are balanced.
fn range_product(start: &BigInt, count: u64) -> BigInt {
    if count <= 16 {
        let mut acc = BigInt::one();
        let mut v = start.clone();
        for _ in 0..count {
            acc *= &v;
            v += 1;
        }
        return acc;
    }
    let half = count / 2;
    range_product(start, half) * range_product(&(start + half), count - half)
}

/// n! for a machine-word n.
fn factorial_of(n: u64) -> BigInt {
    if n < 2 {
        return BigInt::one();
    }
    range_product(&BigInt::one(), n)
}

/// `factorial(x)`'s checks and value.
fn factorial_obj(vm: &Vm, arg: &PyRef) -> PyResult {
    let i = vm.index(arg)?;
    let n = match &as_int(&i).expect("int").value {
        IntValue::Small(v) => *v,
        IntValue::Big(b) if b.sign() == Sign::Minus => -1,
        IntValue::Big(_) => {
            return Err(vm.new_overflow_error(format!(
                "factorial() argument should not exceed {}",
                i64::MAX
            )))
        }
    };
    if n < 0 {
        return Err(vm.new_value_error("factorial() not defined for negative values"));
    }
    Ok(new_bigint(vm, factorial_of(n as u64)))
}

fn factorial(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.factorial", 1, 1)?;
    factorial_obj(vm, &a[0])
}

/// Checks that n and k are non-negative, with CPython's messages.
fn check_nk(vm: &Vm, n: &BigInt, k: &BigInt) -> PyResult<()> {
    if n.sign() == Sign::Minus {
        return Err(vm.new_value_error("n must be a non-negative integer"));
    }
    if k.sign() == Sign::Minus {
        return Err(vm.new_value_error("k must be a non-negative integer"));
    }
    Ok(())
}

fn perm(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "math.perm")?;
    let a = args.check_positional(vm, "perm", 1, 2)?;
    if a.len() == 1 || a[1].is(&vm.none) {
        return factorial_obj(vm, &a[0]);
    }
    let n = index_big(vm, &a[0])?;
    let k = index_big(vm, &a[1])?;
    check_nk(vm, &n, &k)?;
    if n < k {
        return Ok(new_int(vm, 0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.new_overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let k = k as u64;
    Ok(new_bigint(vm, range_product(&(&n - k + 1), k)))
}

fn comb(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "math.comb")?;
    let a = args.check_positional(vm, "comb", 2, 2)?;
    let n = index_big(vm, &a[0])?;
    let k = index_big(vm, &a[1])?;
    check_nk(vm, &n, &k)?;
    let rest = &n - &k;
    if rest.sign() == Sign::Minus {
        return Ok(new_int(vm, 0));
    }
    let k = if rest < k { rest } else { k };
    let Some(k) = k.to_i64() else {
        return Err(vm.new_overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let k = k as u64;
    let numerator = range_product(&(&n - k + 1), k);
    Ok(new_bigint(vm, numerator / factorial_of(k)))
}

pub(super) static METHODS: &[MethodDef] = &[
    MethodDef::new("comb", comb),
    MethodDef::new("factorial", factorial),
    MethodDef::new("gcd", gcd),
    MethodDef::new("isqrt", isqrt),
    MethodDef::new("lcm", lcm),
    MethodDef::new("perm", perm),
];
