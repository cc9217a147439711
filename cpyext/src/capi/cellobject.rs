//! Cells (closure variables) from C. The `PyCell_GET`/`SET` macros read the
//! proxy's `ob_ref`, which these functions keep equal to the contents.

use super::{arg, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::cellobject::{new_cell, PyCell};
use core_interp::objects::object::PyRef;
use core_interp::vm::PyResult;
use libc::c_int;

/// Points the proxy's `ob_ref` at the contents (a borrowed reference: the
/// cell keeps the object, and with it the proxy, alive).
pub fn sync_ob_ref(c: &PyRef, p: *mut PyObject) {
    let contents = c
        .downcast_ref::<PyCell>()
        .map(|c| c.contents.borrow().clone());
    let r = contents
        .flatten()
        .map_or(std::ptr::null_mut(), |v| crate::proxy::to_c(&v));
    // SAFETY: `p` is this cell's proxy, a PyCellObject.
    unsafe { (*(p as *mut crate::ffi::PyCellObject)).ob_ref = r };
}

fn cell_arg(o: *mut PyObject) -> PyResult<PyRef> {
    let c = arg(o)?;
    if c.downcast_ref::<PyCell>().is_none() {
        return Err(vm().new_system_error("bad argument to internal function"));
    }
    Ok(c)
}

capi! {
    api fn PyCell_New(v: *mut PyObject) -> *mut PyObject {
        let contents = if v.is_null() { None } else { Some(arg(v)?) };
        Ok(ret(new_cell(vm(), contents)))
    }
    api fn PyCell_Get(o: *mut PyObject) -> *mut PyObject {
        let c = cell_arg(o)?;
        let v = c.downcast_ref::<PyCell>().unwrap().contents.borrow().clone();
        Ok(v.map_or(std::ptr::null_mut(), ret))
    }
    api fn PyCell_Set(o: *mut PyObject, v: *mut PyObject) -> c_int {
        let c = cell_arg(o)?;
        let new = if v.is_null() { None } else { Some(arg(v)?) };
        *c.downcast_ref::<PyCell>().unwrap().contents.borrow_mut() = new;
        sync_ob_ref(&c, o);
        Ok(0)
    }
}
