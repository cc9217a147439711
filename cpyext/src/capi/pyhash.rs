//! `_Py_HashDouble` of `pyhash.h`: a float's hash; NaN hashes by the
//! identity of `inst`, as CPython 3.10+ (`_Py_HashBytes` is in objimpl.rs).

use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::floatobject::new_float;

capi! {
    api fn _Py_HashDouble(inst: *mut PyObject, v: f64) -> isize {
        let vm = vm();
        if v.is_nan() {
            return vm.hash(&super::arg(inst)?);
        }
        vm.hash(&new_float(vm, v))
    }
}
