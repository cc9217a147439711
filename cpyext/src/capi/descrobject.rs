//! Descriptors made from C tables one row at a time (`PyDescr_New*`, what
//! ctypes uses to add `from_param` and friends to its metatypes): the same
//! `method_descriptor`/`classmethod_descriptor`/`member_descriptor`/
//! `getset_descriptor` objects `PyType_Ready` makes from `tp_methods` etc.

use super::{arg, ret};
use crate::cfunction::{types, CDescr, DescrKind};
use crate::ffi::{PyGetSetDef, PyMemberDef, PyMethodDef, PyObject, PyTypeObject};
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::vm::PyResult;

/// A descriptor of class `class` for the row `kind` of type `tp`.
fn descr(tp: *mut PyTypeObject, kind: DescrKind, class: &PyRef) -> PyResult<*mut PyObject> {
    let owner = arg(tp as *mut PyObject)?;
    Ok(ret(PyRef::new(CDescr { kind, owner }, class.clone())))
}

capi! {
    api fn PyDescr_NewMethod(tp: *mut PyTypeObject, meth: *mut PyMethodDef) -> *mut PyObject {
        descr(tp, DescrKind::Method(meth), &types(vm()).method)
    }
    api fn PyDescr_NewClassMethod(tp: *mut PyTypeObject, meth: *mut PyMethodDef) -> *mut PyObject {
        descr(tp, DescrKind::Method(meth), &types(vm()).class_method)
    }
    api fn PyDescr_NewMember(tp: *mut PyTypeObject, member: *mut PyMemberDef) -> *mut PyObject {
        descr(tp, DescrKind::Member(member), &types(vm()).member)
    }
    api fn PyDescr_NewGetSet(tp: *mut PyTypeObject, getset: *mut PyGetSetDef) -> *mut PyObject {
        descr(tp, DescrKind::GetSet(getset), &types(vm()).getset)
    }
}
