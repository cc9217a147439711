//! The generic iterators of `iterobject.h`: over a `__getitem__` sequence
//! (`PySeqIter_New`) and over a callable until a sentinel (`PyCallIter_New`),
//! made by the interpreter's `iter()`.

use super::{arg, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;

capi! {
    api fn PySeqIter_New(seq: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().get_iter(&arg(seq)?)?))
    }
    api fn PyCallIter_New(callable: *mut PyObject, sentinel: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let iter = vm.getattr_str(&vm.builtins_module(), "iter")?;
        Ok(ret(vm.call_positional(&iter, &[arg(callable)?, arg(sentinel)?])?))
    }
}
