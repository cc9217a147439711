//! `float` from C.

use super::{arg, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::floatobject::{as_float, new_float};
use libc::c_double;

capi! {
    api fn PyFloat_FromDouble(v: c_double) -> *mut PyObject {
        Ok(ret(new_float(vm(), v)))
    }
    api fn PyFloat_AsDouble(o: *mut PyObject) -> c_double {
        let o = arg(o)?;
        if let Some(f) = as_float(&o) {
            return Ok(f);
        }
        let vm = vm();
        let f = vm.call_positional(&vm.types.float_type, &[o.clone()]).map_err(|e| {
            if e.matches(&vm.exceptions.type_error) {
                vm.new_type_error(format!("must be real number, not {}", core_interp::objects::typeobject::class_name(&o)))
            } else {
                e
            }
        })?;
        Ok(as_float(&f).unwrap_or(-1.0))
    }
    api fn PyFloat_FromString(s: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_positional(&vm.types.float_type, &[arg(s)?])?))
    }
    api fn PyFloat_GetMax() -> c_double {
        Ok(f64::MAX)
    }
    api fn PyFloat_GetMin() -> c_double {
        Ok(f64::MIN_POSITIVE)
    }
}
