//! The C layouts of C functions and descriptors, which C reads directly:
//! `PyCFunctionObject` (`m_ml`, `m_self`) and `PyMethodDescrObject`,
//! `PyMemberDescrObject`, `PyGetSetDescrObject` (`d_type`, `d_name`, the
//! table row). numpy's `add_docstring` sets the row's doc through them.

use crate::cfunction::{CDescr, CFunction, DescrKind};
use crate::ffi;
use crate::proxy::{self, Kind};
use core_interp::objects::object::PyRef;
use core_interp::objects::unicodeobject::new_str_object;
use std::ffi::CStr;
use std::mem::size_of;
use std::ptr::null_mut;

/// The proxy memory of a `builtin_function_or_method` (not yet linked).
pub fn cfunction_proxy(f: &CFunction) -> *mut ffi::PyObject {
    let p = proxy::alloc(size_of::<ffi::PyCFunctionObject>(), Kind::Plain);
    // SAFETY: `p` has room for a PyCFunctionObject; `self_` lives as long as
    // the function object, which outlives its proxy.
    unsafe {
        let o = p as *mut ffi::PyCFunctionObject;
        (*o).m_ml = f.def as *mut ffi::PyMethodDef;
        (*o).m_self = f.self_.as_ref().map_or(null_mut(), proxy::to_c);
        (*o).m_module = f.module.borrow().as_ref().map_or(null_mut(), proxy::to_c);
    }
    p
}

/// Keeps a function proxy's `m_module` (borrowed, like `m_self`) current
/// when Python sets `__module__`.
pub fn set_m_module(f: &PyRef, module: Option<&PyRef>) {
    let p = f.proxy() as *mut ffi::PyCFunctionObject;
    if !p.is_null() {
        // SAFETY: `p` is the live PyCFunctionObject proxy of `f`.
        unsafe { (*p).m_module = module.map_or(null_mut(), proxy::to_c) };
    }
}

/// The proxy memory of a method, member or getset descriptor (not yet
/// linked); it owns a C reference to its `d_name`.
pub fn descr_proxy(d: &CDescr) -> *mut ffi::PyObject {
    let vm = crate::runtime::vm();
    let (size, name) = match d.kind {
        // SAFETY (all three): rows of static tables with NUL-terminated names.
        DescrKind::Method(m) => (size_of::<ffi::PyMethodDescrObject>(), unsafe {
            (*m).ml_name
        }),
        DescrKind::Member(m) => (size_of::<ffi::PyMemberDescrObject>(), unsafe { (*m).name }),
        DescrKind::GetSet(g) => (size_of::<ffi::PyGetSetDescrObject>(), unsafe { (*g).name }),
    };
    let p = proxy::alloc(size, Kind::Descr);
    // SAFETY: `name` is a NUL-terminated static string.
    let name = unsafe { CStr::from_ptr(name) }.to_string_lossy();
    // SAFETY: `p` has room for the descriptor layout chosen above; the owner
    // type outlives its descriptors.
    unsafe {
        let c = p as *mut ffi::PyDescrObject;
        (*c).d_type = proxy::to_c(&d.owner) as *mut ffi::PyTypeObject;
        (*c).d_name = proxy::new_ref(new_str_object(vm, &name));
        match d.kind {
            DescrKind::Method(m) => {
                (*(p as *mut ffi::PyMethodDescrObject)).d_method = m as *mut ffi::PyMethodDef
            }
            DescrKind::Member(m) => {
                (*(p as *mut ffi::PyMemberDescrObject)).d_member = m as *mut ffi::PyMemberDef
            }
            DescrKind::GetSet(g) => {
                (*(p as *mut ffi::PyGetSetDescrObject)).d_getset = g as *mut ffi::PyGetSetDef
            }
        }
    }
    p
}

/// Drops what a descriptor proxy owns (before its memory is freed).
///
/// # Safety
/// `p` came from [`descr_proxy`] and is being released.
pub unsafe fn release_descr(p: *mut ffi::PyObject) {
    // SAFETY: forwarded from the caller: `p` is a PyDescrObject.
    let name = unsafe { (*(p as *mut ffi::PyDescrObject)).d_name };
    if !name.is_null() {
        proxy::decref(name);
    }
}
