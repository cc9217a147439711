//! `math.fsum` (Shewchuk's exact partial sums, correctly rounded), `prod`,
//! and the Euclidean norms `hypot` and `dist` (scaled, compensated
//! summation with a final square-root correction, as CPython computes them).

use super::as_double;
use crate::compile::bytecode::BinaryOperator;
use crate::objects::floatobject::{as_float, new_float};
use crate::objects::longobject::{int_to_i64, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::vm::{CallArgs, PyResult, Signature, Vm};

fn fsum(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "math.fsum", 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    // Non-overlapping partial sums, increasing in magnitude.
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = as_double(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // An inf or nan summand, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(vm.new_overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.new_value_error("-inf + inf in fsum"));
        }
        return Ok(new_float(vm, special_sum));
    }
    let mut hi = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        // Add from the top until the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly across the remaining partials.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(new_float(vm, hi))
}

static PROD_SIG: Signature = Signature {
    name: "prod",
    params: &["iterable", "start"],
    posonly: 1,
    positional: 1,
    required: 1,
};

fn prod(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::bind_clinic(&PROD_SIG, vm, args)?;
    let it = vm.get_iter(a[0].as_ref().expect("required"))?;
    let mut result = a[1].clone().unwrap_or_else(|| new_int(vm, 1));
    let (int_t, float_t) = (&vm.types.int_type, &vm.types.float_type);
    while let Some(item) = vm.next(&it)? {
        // Fast paths for exact ints that stay in a machine word and exact floats.
        if result.class().is(int_t) && item.class().is(int_t) {
            if let Some(p) = int_to_i64(&result)
                .zip(int_to_i64(&item))
                .and_then(|(x, y)| x.checked_mul(y))
            {
                result = new_int(vm, p);
                continue;
            }
        }
        if result.class().is(float_t) && item.class().is(float_t) {
            let p = as_float(&result).expect("float") * as_float(&item).expect("float");
            result = new_float(vm, p);
            continue;
        }
        result = vm.binary_op(&result, &item, BinaryOperator::Multiply, false)?;
    }
    Ok(result)
}

/// sqrt(sum(x*x for x in vec)) for non-negative finite entries whose
/// largest is `max`, accurate to about an ulp (CPython's `vector_norm`).
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1, the Veltkamp-Dekker splitter
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = super::elementary::frexp_value(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    // csum starts at 1.0 so it always dominates the addends (Neumaier).
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e >= -1023 {
        let scale = super::libm::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            add(&mut csum, &mut frac1, hi * hi);
            add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        // Differential correction of the square root.
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        add(&mut csum, &mut frac1, -hi * hi);
        add(&mut csum, &mut frac2, -2.0 * hi * lo);
        add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Tiny values: scaling by 2**-max_e would overflow, divide by max.
    for &v in vec {
        let x = v / max;
        add(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

/// The absolute values of `items` as doubles, their maximum, and whether
/// one is a NaN.
fn abs_values(items: impl Iterator<Item = PyResult<f64>>) -> PyResult<(Vec<f64>, f64, bool)> {
    let (mut v, mut max, mut nan) = (Vec::new(), 0.0f64, false);
    for x in items {
        let x = x?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok((v, max, nan))
}

fn hypot(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "math.hypot")?;
    let items = args.positional().iter().map(|o| as_double(vm, o));
    let (v, max, nan) = abs_values(items)?;
    Ok(new_float(vm, vector_norm(&v, max, nan)))
}

/// The items of `o` (a tuple, or any iterable as `tuple(o)`).
fn as_tuple_items(vm: &Vm, o: &PyRef) -> PyResult<Vec<PyRef>> {
    match crate::objects::tupleobject::tuple_items(o) {
        Some(t) => Ok(t.to_vec()),
        None => vm.collect(o),
    }
}

fn dist(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "math.dist")?;
    let a = args.check_positional(vm, "dist", 2, 2)?;
    let p = as_tuple_items(vm, &a[0])?;
    let q = as_tuple_items(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(vm.new_value_error("both points must have the same number of dimensions"));
    }
    let items = p
        .iter()
        .zip(&q)
        .map(|(x, y)| Ok(as_double(vm, x)? - as_double(vm, y)?));
    let (v, max, nan) = abs_values(items)?;
    Ok(new_float(vm, vector_norm(&v, max, nan)))
}

pub(super) static METHODS: &[MethodDef] = &[
    MethodDef::new("dist", dist),
    MethodDef::new("fsum", fsum),
    MethodDef::new("hypot", hypot),
    MethodDef::new("prod", prod),
];
