//! `complex`: pairs of doubles.

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

use super::floatobject::{as_float, float_repr, new_float};
use super::longobject::as_int;
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

fn div(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let ((ar, ai), (br, bi)) = operands!(vm, a, b);
    if br == 0.0 && bi == 0.0 {
        return Err(vm.new_zero_division_error("complex division by zero"));
    }
    // Smith's algorithm, as CPython's _Py_c_quot.
    let (r, i) = if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    };
    Ok(new_complex(vm, r, i))
}

fn pow(vm: &Vm, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
    if !vm.is_none(m) {
        return Err(vm.new_value_error("complex modulo"));
    }
    let ((ar, ai), (br, bi)) = operands!(vm, a, b);
    if br == 0.0 && bi == 0.0 {
        return Ok(new_complex(vm, 1.0, 0.0));
    }
    if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 {
            return Err(vm.new_zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok(new_complex(vm, 0.0, 0.0));
    }
    // Small integral exponents multiply exactly, as CPython's c_powi.
    if bi == 0.0 && br == br.trunc() && br.abs() <= 100.0 {
        let n = br as i64;
        let (mut rr, mut ri) = (1.0f64, 0.0f64);
        let (mut xr, mut xi) = (ar, ai);
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                let t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            let t = xr * xr - xi * xi;
            xi = 2.0 * xr * xi;
            xr = t;
            k >>= 1;
        }
        if n < 0 {
            let one = new_complex(vm, 1.0, 0.0);
            return div(vm, &one, &new_complex(vm, rr, ri));
        }
        return Ok(new_complex(vm, rr, ri));
    }
    let vabs = ar.hypot(ai);
    let len = vabs.powf(br);
    let at = ai.atan2(ar);
    let mut phase = at * br;
    let mut len = len;
    if bi != 0.0 {
        len /= (at * bi).exp();
        phase += bi * vabs.ln();
    }
    Ok(new_complex(vm, len * phase.cos(), len * phase.sin()))
}

fn fmt_part(v: f64) -> String {
    let r = float_repr(v);
    r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
}

fn repr(vm: &Vm, o: &PyRef) -> PyResult {
    let c = o.downcast_ref::<PyComplex>().expect("complex");
    let s = if c.real == 0.0 && c.real.is_sign_positive() {
        format!("{}j", fmt_part(c.imag))
    } else {
        let im = fmt_part(c.imag);
        let sign = if c.imag.is_sign_negative() || c.imag.is_nan() && im.starts_with('-') {
            ""
        } else {
            "+"
        };
        format!("({}{sign}{im}j)", fmt_part(c.real))
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

fn richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let Some((br, bi)) = parts(vm, b)? else {
        return Ok(vm.not_implemented.clone());
    };
    let c = a.downcast_ref::<PyComplex>().expect("complex");
    match op {
        CompareOperator::Eq => Ok(vm.bool_obj(c.real == br && c.imag == bi)),
        CompareOperator::Ne => Ok(vm.bool_obj(!(c.real == br && c.imag == bi))),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn hash(_vm: &Vm, o: &PyRef) -> PyResult<isize> {
    let c = o.downcast_ref::<PyComplex>().expect("complex");
    let hr = super::hashing::hash_f64(c.real, o.id()) as u64;
    let hi = super::hashing::hash_f64(c.imag, o.id()) as u64;
    let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as isize;
    Ok(if h == -1 { -2 } else { h })
}

fn complex_new(vm: &Vm, cls: &PyRef, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "complex", 0, 2)?;
    let (mut r, mut i) = (0.0, 0.0);
    if let Some(x) = a.first() {
        match parts(vm, x)? {
            Some((p, q)) => {
                r = p;
                i = q;
            }
            None => {
                if let Some(c) = vm.call_special(x, "__complex__", &[])? {
                    if let Some((p, q)) = parts(vm, &c)? {
                        r = p;
                        i = q;
                    }
                } else {
                    r = super::floatobject_ops::float_from_object(vm, x).map_err(|_| {
                        vm.new_type_error(format!(
                            "complex() first argument must be a string or a number, not '{}'",
                            super::typeobject::class_name(x)
                        ))
                    })?;
                }
            }
        }
    }
    if let Some(y) = a.get(1) {
        let Some((p, q)) = parts(vm, y)? else {
            return Err(vm.new_type_error(format!(
                "complex() second argument must be a number, not '{}'",
                super::typeobject::class_name(y)
            )));
        };
        r -= q;
        i += p;
    }
    if cls.is(&vm.types.complex_type) {
        return Ok(new_complex(vm, r, i));
    }
    Ok(PyRef::new(PyComplex { real: r, imag: i }, cls.clone()))
}

/// Installs complex's slots.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, add_methods, GetSetDef};
    let t = &vm.types.complex_type;
    let s = &as_type(t).slots;
    s.new.set(Some(complex_new));
    s.repr.set(Some(repr));
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
        Ok(new_float(vm, c.real.hypot(c.imag)))
    }));
    s.bool.set(Some(|_, o| {
        let c = o.downcast_ref::<PyComplex>().unwrap();
        Ok(c.real != 0.0 || c.imag != 0.0)
    }));
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("real", |vm, o| {
                Ok(new_float(vm, o.downcast_ref::<PyComplex>().unwrap().real))
            }),
            GetSetDef::new("imag", |vm, o| {
                Ok(new_float(vm, o.downcast_ref::<PyComplex>().unwrap().imag))
            }),
        ],
    );
    add_methods(
        vm,
        t,
        &[super::methodobject::MethodDef::new(
            "conjugate",
            |vm, args| {
                let a = args.check_positional(vm, "conjugate", 1, 1)?;
                let c = a[0].downcast_ref::<PyComplex>().unwrap();
                Ok(new_complex(vm, c.real, -c.imag))
            },
        )],
    );
}
