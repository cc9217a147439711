//! `complex`: pairs of doubles, and their arithmetic with CPython's
//! rules (Smith's division, exact small integer powers, overflow errors).

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;

/// The payload of complex objects.
pub struct PyComplex {
    pub real: f64,
    pub imag: f64,
}

impl PyPayload for PyComplex {
    const GC: bool = false;
}

pub fn new_complex(vm: &Vm, real: f64, imag: f64) -> PyRef {
    PyRef::new(PyComplex { real, imag }, vm.types.complex_type.clone())
}

use super::floatobject::{as_float, new_float};
use super::longobject::as_int;
use super::methodobject::MethodDef;
use super::typeobject::as_type;
use crate::compile::bytecode::CompareOperator;
use crate::vm::PyResult;

fn parts(vm: &Vm, o: &PyRef) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = o.downcast_ref::<PyComplex>() {
        return Ok(Some((c.real, c.imag)));
    }
    if let Some(f) = as_float(o) {
        return Ok(Some((f, 0.0)));
    }
    if let Some(i) = as_int(o) {
        return Ok(Some((
            super::longobject_ops::int_to_f64(vm, &i.value)?,
            0.0,
        )));
    }
    Ok(None)
}

macro_rules! operands {
    ($vm:ident, $a:ident, $b:ident) => {
        match (parts($vm, $a)?, parts($vm, $b)?) {
            (Some(x), Some(y)) => (x, y),
            _ => return Ok($vm.not_implemented.clone()),
        }
    };
}

fn add(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let ((ar, ai), (br, bi)) = operands!(vm, a, b);
    Ok(new_complex(vm, ar + br, ai + bi))
}

fn sub(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let ((ar, ai), (br, bi)) = operands!(vm, a, b);
    Ok(new_complex(vm, ar - br, ai - bi))
}

fn mul(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let ((ar, ai), (br, bi)) = operands!(vm, a, b);
    Ok(new_complex(vm, ar * br - ai * bi, ar * bi + ai * br))
}

/// CPython's `_Py_c_quot`: `None` on division by zero.
fn quot((ar, ai): (f64, f64), (br, bi): (f64, f64)) -> Option<(f64, f64)> {
    let (abr, abi) = (br.abs(), bi.abs());
    if abr >= abi {
        if abr == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abi >= abr {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        // A NaN component.
        Some((f64::NAN, f64::NAN))
    }
}

fn div(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (x, y) = operands!(vm, a, b);
    match quot(x, y) {
        Some((r, i)) => Ok(new_complex(vm, r, i)),
        None => Err(vm.new_zero_division_error("complex division by zero")),
    }
}

/// `x ** n` by repeated squaring, as CPython's c_powu.
fn powu((xr, xi): (f64, f64), n: u64) -> (f64, f64) {
    let (mut rr, mut ri) = (1.0f64, 0.0f64);
    let (mut pr, mut pi) = (xr, xi);
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            let t = rr * pr - ri * pi;
            ri = rr * pi + ri * pr;
            rr = t;
        }
        mask <<= 1;
        let t = pr * pr - pi * pi;
        pi = pr * pi + pi * pr;
        pr = t;
    }
    (rr, ri)
}

fn pow(vm: &Vm, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
    if !vm.is_none(m) {
        return Err(vm.new_value_error("complex modulo"));
    }
    let ((ar, ai), (br, bi)) = operands!(vm, a, b);
    let zero_div = || vm.new_zero_division_error("0.0 to a negative or complex power");
    let (r, i) = if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 {
        // Small integral exponents multiply exactly, as CPython's c_powi.
        let n = br as i64;
        if n >= 0 {
            powu((ar, ai), n as u64)
        } else {
            quot((1.0, 0.0), powu((ar, ai), n.unsigned_abs())).ok_or_else(zero_div)?
        }
    } else if br == 0.0 && bi == 0.0 {
        (1.0, 0.0)
    } else if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 {
            return Err(zero_div());
        }
        (0.0, 0.0)
    } else {
        let vabs = ar.hypot(ai);
        let mut len = vabs.powf(br);
        let at = ai.atan2(ar);
        let mut phase = at * br;
        if bi != 0.0 {
            len /= (at * bi).exp();
            phase += bi * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.is_infinite() || i.is_infinite() {
        return Err(vm.new_overflow_error("complex exponentiation"));
    }
    Ok(new_complex(vm, r, i))
}

fn richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let c = a.downcast_ref::<PyComplex>().expect("complex");
    if !matches!(op, CompareOperator::Eq | CompareOperator::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let equal = if let Some(i) = as_int(b) {
        // Exact, as CPython compares the real part with the int.
        c.imag == 0.0
            && super::longobject_ops::cmp_int_float(&i.value, c.real)
                == Some(std::cmp::Ordering::Equal)
    } else {
        let Some((br, bi)) = parts(vm, b)? else {
            return Ok(vm.not_implemented.clone());
        };
        c.real == br && c.imag == bi
    };
    Ok(vm.bool_obj(equal == (op == CompareOperator::Eq)))
}

fn hash(_vm: &Vm, o: &PyRef) -> PyResult<isize> {
    let c = o.downcast_ref::<PyComplex>().expect("complex");
    let hr = super::hashing::hash_f64(c.real, o.id()) as u64;
    let hi = super::hashing::hash_f64(c.imag, o.id()) as u64;
    let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as isize;
    Ok(if h == -1 { -2 } else { h })
}

/// Installs complex's slots.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, add_methods, GetSetDef};
    let t = &vm.types.complex_type;
    let s = &as_type(t).slots;
    s.new.set(Some(super::complex_new::complex_new));
    s.repr.set(Some(super::complex_format::repr));
    s.hash.set(Some(hash));
    s.richcompare.set(Some(richcompare));
    s.add.set(Some(add));
    s.subtract.set(Some(sub));
    s.multiply.set(Some(mul));
    s.true_divide.set(Some(div));
    s.power.set(Some(pow));
    s.negative.set(Some(|vm, o| {
        let c = o.downcast_ref::<PyComplex>().unwrap();
        Ok(new_complex(vm, -c.real, -c.imag))
    }));
    s.positive.set(Some(|vm, o| {
        let c = o.downcast_ref::<PyComplex>().unwrap();
        Ok(new_complex(vm, c.real, c.imag))
    }));
    s.absolute.set(Some(|vm, o| {
        let c = o.downcast_ref::<PyComplex>().unwrap();
        let r = c.real.hypot(c.imag);
        if r.is_infinite() && c.real.is_finite() && c.imag.is_finite() {
            return Err(vm.new_overflow_error("absolute value too large"));
        }
        Ok(new_float(vm, r))
    }));
    s.bool.set(Some(|_, o| {
        let c = o.downcast_ref::<PyComplex>().unwrap();
        Ok(c.real != 0.0 || c.imag != 0.0)
    }));
    fn readonly(vm: &Vm, _: &PyRef, _: Option<&PyRef>) -> PyResult<()> {
        Err(vm.new_attribute_error("readonly attribute"))
    }
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("real", |vm, o| {
                Ok(new_float(vm, o.downcast_ref::<PyComplex>().unwrap().real))
            })
            .with_setter(readonly),
            GetSetDef::new("imag", |vm, o| {
                Ok(new_float(vm, o.downcast_ref::<PyComplex>().unwrap().imag))
            })
            .with_setter(readonly),
        ],
    );
    fn value(o: &PyRef) -> (f64, f64) {
        let c = o.downcast_ref::<PyComplex>().expect("complex");
        (c.real, c.imag)
    }
    add_methods(
        vm,
        t,
        &[
            MethodDef::new("conjugate", |vm, args| {
                let a = args.check_positional(vm, "conjugate", 1, 1)?;
                let (r, i) = value(&a[0]);
                Ok(new_complex(vm, r, -i))
            }),
            MethodDef::new("__complex__", |vm, args| {
                let a = args.check_positional(vm, "__complex__", 1, 1)?;
                let (r, i) = value(&a[0]);
                Ok(new_complex(vm, r, i))
            }),
            MethodDef::new("__getnewargs__", |vm, args| {
                let a = args.check_positional(vm, "__getnewargs__", 1, 1)?;
                let (r, i) = value(&a[0]);
                Ok(super::tupleobject::new_tuple(
                    vm,
                    vec![new_float(vm, r), new_float(vm, i)],
                ))
            }),
            MethodDef::new("__format__", super::complex_format::format),
        ],
    );
}
