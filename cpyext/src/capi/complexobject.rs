//! `complexobject.h`: complex numbers from C (`PyComplex_FromDoubles`,
//! `PyComplex_AsCComplex`, the real and imaginary parts) with CPython's
//! conversions (`__complex__`, then `__float__`/`__index__`).

use super::{arg, ret};
use crate::ffi::{self, PyObject};
use crate::runtime::vm;
use core_interp::objects::complexobject::{new_complex, PyComplex};
use core_interp::objects::object::PyRef;
use core_interp::objects::typeobject::class_name;
use core_interp::vm::PyResult;

/// `o` as (real, imag): a complex's parts, `__complex__`'s result, or a
/// real number with imaginary part 0.
fn as_parts(o: &PyRef) -> PyResult<(f64, f64)> {
    let vm = vm();
    if let Some(c) = o.downcast_ref::<PyComplex>() {
        return Ok((c.real, c.imag));
    }
    if let Some(m) = vm.lookup_special(o, "__complex__")? {
        let r = vm.call_positional(&m, &[])?;
        return match r.downcast_ref::<PyComplex>() {
            Some(c) => Ok((c.real, c.imag)),
            None => Err(vm.new_type_error(format!(
                "__complex__ returned non-complex (type {})",
                class_name(&r)
            ))),
        };
    }
    // PyFloat_AsDouble: strings are not numbers here.
    Ok((super::floatobject::as_double(o)?, 0.0))
}

capi! {
    api fn PyComplex_FromDoubles(real: f64, imag: f64) -> *mut PyObject {
        Ok(ret(new_complex(vm(), real, imag)))
    }
    api fn PyComplex_FromCComplex(c: ffi::Py_complex) -> *mut PyObject {
        Ok(ret(new_complex(vm(), c.real, c.imag)))
    }
    api fn PyComplex_RealAsDouble(o: *mut PyObject) -> f64 {
        // Not a complex: PyFloat_AsDouble, without __complex__ (as CPython).
        let o = arg(o)?;
        match o.downcast_ref::<PyComplex>() {
            Some(c) => Ok(c.real),
            None => super::floatobject::as_double(&o),
        }
    }
    api fn PyComplex_ImagAsDouble(o: *mut PyObject) -> f64 {
        let o = arg(o)?;
        Ok(o.downcast_ref::<PyComplex>().map_or(0.0, |c| c.imag))
    }
    api fn PyComplex_AsCComplex(o: *mut PyObject) -> ffi::Py_complex {
        let (real, imag) = as_parts(&arg(o)?)?;
        Ok(ffi::Py_complex { real, imag })
    }
}

/// On error `PyComplex_AsCComplex` returns a real part of -1.0.
impl crate::runtime::ErrValue for ffi::Py_complex {
    const ERR: Self = ffi::Py_complex {
        real: -1.0,
        imag: 0.0,
    };
}
