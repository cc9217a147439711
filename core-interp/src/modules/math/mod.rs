//! `math`: CPython 3.11's math module in Rust. Shared here: argument
//! conversion (`PyFloat_AsDouble`) and libm-style error reporting
//! ("math domain error" / "math range error"); the functions live in
//! `elementary.rs` (one- and two-argument float functions, rounding,
//! `frexp`/`ldexp`/`modf`, `isclose`, `ulp`), `gamma.rs` (`gamma`,
//! `lgamma`), `log.rs` (logarithms, exact for huge ints), `integer.rs`
//! (`gcd`, `lcm`, `isqrt`, `factorial`, `comb`, `perm`) and `sums.rs`
//! (`fsum`, `prod`, `hypot`, `dist`); `libm.rs` wraps the C library.

mod elementary;
mod gamma;
mod integer;
mod libm;
mod log;
mod sums;

use super::{module_set, new_builtin_module};
use crate::objects::floatobject::{as_float, new_float};
use crate::objects::longobject::as_int;
use crate::objects::longobject_ops::int_to_f64;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::typeobject::{as_type, class_name};
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{PyResult, Vm};

/// What C's `errno` reports after a libm call.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Errno {
    None,
    /// EDOM: invalid argument or singularity.
    Domain,
    /// ERANGE: overflow (or an underflow, which is ignored).
    Range,
}

/// `is_error`: turns a libm error into ValueError / OverflowError; an
/// ERANGE with a result below 1.5 in magnitude is an underflow and passes.
pub(crate) fn check_errno(vm: &Vm, r: f64, e: Errno) -> PyResult<f64> {
    match e {
        Errno::None => Ok(r),
        Errno::Domain => Err(domain_error(vm)),
        Errno::Range if r.abs() < 1.5 => Ok(r),
        Errno::Range => Err(range_error(vm)),
    }
}

pub(crate) fn domain_error(vm: &Vm) -> crate::vm::PyErr {
    vm.new_value_error("math domain error")
}

pub(crate) fn range_error(vm: &Vm) -> crate::vm::PyErr {
    vm.new_overflow_error("math range error")
}

/// `PyFloat_AsDouble`: a float's value, else `__float__`, else `__index__`.
pub(crate) fn as_double(vm: &Vm, o: &PyRef) -> PyResult<f64> {
    if let Some(f) = as_float(o) {
        return Ok(f);
    }
    if o.class().is(&vm.types.int_type) {
        return int_to_f64(vm, &as_int(o).expect("int").value);
    }
    let slots = &as_type(o.class()).slots;
    if let Some(float) = slots.float.get() {
        let r = float(vm, o)?;
        return as_float(&r).ok_or_else(|| {
            vm.new_type_error(format!(
                "{}.__float__ returned non-float (type {})",
                class_name(o),
                class_name(&r)
            ))
        });
    }
    if slots.index.get().is_some() {
        let i = vm.index(o)?;
        return int_to_f64(vm, &as_int(&i).expect("index returns int").value);
    }
    Err(vm.new_type_error(format!("must be real number, not {}", class_name(o))))
}

/// `math_1`: applies a libm function of one double. A NaN from a non-NaN
/// is a domain error; an infinity from a finite argument is a range error
/// when the function can overflow, else a singularity (domain error).
pub(crate) fn math_1(vm: &Vm, arg: &PyRef, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let x = as_double(vm, arg)?;
    Ok(new_float(vm, math_1_value(vm, x, f, can_overflow)?))
}

pub(crate) fn math_1_value(
    vm: &Vm,
    x: f64,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(r)
}

const MODULE_DOC: &str =
    "This module provides access to the mathematical functions\ndefined by the C standard.";

/// Creates the `math` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let mut fns: Vec<MethodDef> = Vec::new();
    fns.extend_from_slice(elementary::METHODS);
    fns.extend_from_slice(gamma::METHODS);
    fns.extend_from_slice(log::METHODS);
    fns.extend_from_slice(integer::METHODS);
    fns.extend_from_slice(sums::METHODS);
    fns.sort_by_key(|m| m.name);
    let m = new_builtin_module(vm, "math", &fns);
    module_set(vm, &m, "__doc__", new_str_object(vm, MODULE_DOC));
    module_set(vm, &m, "pi", new_float(vm, std::f64::consts::PI));
    module_set(vm, &m, "e", new_float(vm, std::f64::consts::E));
    module_set(vm, &m, "tau", new_float(vm, std::f64::consts::TAU));
    module_set(vm, &m, "inf", new_float(vm, f64::INFINITY));
    module_set(vm, &m, "nan", new_float(vm, f64::NAN));
    Ok(m)
}
