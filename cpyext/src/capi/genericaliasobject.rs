//! `Py_GenericAlias`: `types.GenericAlias(origin, args)` from C (the
//! `__class_getitem__` of C types).

use super::{arg, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;

capi! {
    api fn Py_GenericAlias(origin: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
        Ok(ret(core_interp::objects::genericaliasobject::new_generic_alias(vm(), arg(origin)?, &arg(args)?)))
    }
}
