//! Arithmetic and comparison on exact built-in operands without slot
//! dispatch: machine-word ints, floats (mixed int/float promotes the int as
//! CPython does) and str comparisons. Every function returns `None` when the
//! general protocol must run (other types, overflow, errors to raise), so the
//! results are always exactly CPython's.

use super::Vm;
use crate::compile::bytecode::{BinaryOperator, CompareOperator};
use crate::objects::floatobject::{new_float, PyFloat};
use crate::objects::longobject::{new_int, IntValue, PyInt};
use crate::objects::object::PyRef;
use crate::objects::unicodeobject::PyStr;
use std::cmp::Ordering;

/// An exact int (not bool, not a subclass) that fits a machine word.
#[inline]
fn small_int(vm: &Vm, o: &PyRef) -> Option<i64> {
    if !o.class().is(&vm.types.int_type) {
        return None;
    }
    // SAFETY: an object whose class is exactly `int` has a PyInt payload.
    match unsafe { o.payload_assume::<PyInt>() }.value {
        IntValue::Small(v) => Some(v),
        IntValue::Big(_) => None,
    }
}

/// An exact float's value.
#[inline]
fn exact_float(vm: &Vm, o: &PyRef) -> Option<f64> {
    if !o.class().is(&vm.types.float_type) {
        return None;
    }
    // SAFETY: an object whose class is exactly `float` has a PyFloat payload.
    Some(unsafe { o.payload_assume::<PyFloat>() }.value())
}

/// An exact float, or an exact small int converted as `float(int)` does
/// (round-half-even, exact below 2**53).
#[inline]
fn float_operand(vm: &Vm, o: &PyRef) -> Option<f64> {
    exact_float(vm, o).or_else(|| small_int(vm, o).map(|i| i as f64))
}

/// `a op b` for exact ints and floats, on operands the caller owns outright
/// (values popped off the value stack, a running total): a float result is
/// written into an operand that is an exact float nobody else references
/// instead of into a new object, as no one can observe the difference.
/// Gives the operands back when the general path must run.
#[inline]
pub fn binary_on_temps(
    vm: &Vm,
    a: PyRef,
    b: PyRef,
    op: BinaryOperator,
) -> Result<PyRef, (PyRef, PyRef)> {
    if let (Some(x), Some(y)) = (small_int(vm, &a), small_int(vm, &b)) {
        return match int_binary(x, y, op) {
            Some(r) => Ok(new_int(vm, r)),
            None => int_truediv(vm, x, y, op).ok_or((a, b)),
        };
    }
    let Some(r) = float_binary(vm, &a, &b, op) else {
        return Err((a, b));
    };
    for o in [a, b] {
        if o.is_unshared() && o.class().is(&vm.types.float_type) {
            // SAFETY: the class is exactly `float`, so the payload is a PyFloat.
            unsafe { o.payload_assume::<PyFloat>() }.set_value_of_unshared(r);
            return Ok(o);
        }
    }
    Ok(new_float(vm, r))
}

/// The value of `a op b` when one operand is an exact float and the other
/// an exact float or small int, and the result is a float without error.
#[inline]
fn float_binary(vm: &Vm, a: &PyRef, b: &PyRef, op: BinaryOperator) -> Option<f64> {
    let (x, y) = if let Some(x) = exact_float(vm, a) {
        (x, float_operand(vm, b)?)
    } else {
        (small_int(vm, a)? as f64, exact_float(vm, b)?)
    };
    Some(match op {
        BinaryOperator::Add => x + y,
        BinaryOperator::Subtract => x - y,
        BinaryOperator::Multiply => x * y,
        BinaryOperator::TrueDivide if y != 0.0 => x / y,
        // pow() of a positive finite base and finite exponent raises only
        // on overflow, which shows as an infinite result.
        BinaryOperator::Power if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    })
}

/// Machine-word int arithmetic; `None` on overflow, errors and non-int results.
#[inline]
fn int_binary(x: i64, y: i64, op: BinaryOperator) -> Option<i64> {
    Some(match op {
        BinaryOperator::Add => x.checked_add(y)?,
        BinaryOperator::Subtract => x.checked_sub(y)?,
        BinaryOperator::Multiply => x.checked_mul(y)?,
        BinaryOperator::And => x & y,
        BinaryOperator::Or => x | y,
        BinaryOperator::Xor => x ^ y,
        BinaryOperator::FloorDivide if y != 0 && !(x == i64::MIN && y == -1) => {
            let q = x / y;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinaryOperator::Remainder if y != 0 && !(x == i64::MIN && y == -1) => {
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinaryOperator::RShift if y >= 0 => x >> y.min(63),
        BinaryOperator::LShift if (0..64).contains(&y) => {
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        _ => return None,
    })
}

/// `int / int` when both are below 2**53 in magnitude (CPython's fast case).
#[inline]
fn int_truediv(vm: &Vm, x: i64, y: i64, op: BinaryOperator) -> Option<PyRef> {
    const LIMIT: u64 = 1 << 53;
    if op != BinaryOperator::TrueDivide
        || y == 0
        || x.unsigned_abs() >= LIMIT
        || y.unsigned_abs() >= LIMIT
    {
        return None;
    }
    Some(new_float(vm, x as f64 / y as f64))
}

/// The ordering of exact ints, floats (mixed when the int converts exactly)
/// and strs; `None` when unordered (NaN) or for other types.
#[inline]
pub fn fast_ordering(vm: &Vm, a: &PyRef, b: &PyRef) -> Option<Ordering> {
    /// Ints in this range convert to float exactly.
    const EXACT: i64 = 1 << 53;
    if let Some(x) = small_int(vm, a) {
        if let Some(y) = small_int(vm, b) {
            return Some(x.cmp(&y));
        }
        let y = exact_float(vm, b)?;
        return if (-EXACT..=EXACT).contains(&x) {
            (x as f64).partial_cmp(&y)
        } else {
            None
        };
    }
    if let Some(x) = exact_float(vm, a) {
        if let Some(y) = exact_float(vm, b) {
            return x.partial_cmp(&y);
        }
        let i = small_int(vm, b)?;
        return if (-EXACT..=EXACT).contains(&i) {
            x.partial_cmp(&(i as f64))
        } else {
            None
        };
    }
    let st = &vm.types.str_type;
    if a.class().is(st) && b.class().is(st) {
        let (x, y) = (a.downcast_ref::<PyStr>()?, b.downcast_ref::<PyStr>()?);
        if a.is(b) {
            return Some(Ordering::Equal);
        }
        return Some(match (x.as_ascii(), y.as_ascii()) {
            (Some(p), Some(q)) => p.cmp(q),
            _ => x.code_points().cmp(y.code_points()),
        });
    }
    None
}

/// `a op b` as a Rust bool for exact ints, floats and strs.
#[inline]
pub fn fast_compare_bool(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> Option<bool> {
    Some(op.holds(fast_ordering(vm, a, b)?))
}

/// `a op b` as a bool object for exact ints, floats and strs.
#[inline]
pub fn fast_compare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> Option<PyRef> {
    fast_compare_bool(vm, a, b, op).map(|r| vm.bool_obj(r))
}
