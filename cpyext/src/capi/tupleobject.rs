//! `tuple` from C. Items are read from the proxy's `ob_item` (which owns a
//! reference to each item, so borrowed results live as long as the tuple).
//! A tuple from `PyTuple_New` is C memory until it first crosses over
//! (`layouts::realize`), so `PyTuple_SET_ITEM` fills it like in CPython.

use super::{arg, ret};
use crate::ffi::{self, PyObject};
use crate::layouts::{new_tuple_memory, tuple_item_ptr};
use crate::proxy;
use crate::runtime::vm;
use core_interp::objects::tupleobject::{new_tuple, tuple_items};
use core_interp::vm::PyResult;
use libc::c_int;

fn tuple_proxy(o: *mut PyObject) -> PyResult<*mut PyObject> {
    let vm = vm();
    if o.is_null() {
        return Err(vm.new_system_error("bad argument to internal function"));
    }
    if proxy::link(o).kind() == proxy::Kind::Tuple && proxy::link(o).obj().is_null() {
        return Ok(o);
    }
    let t = arg(o)?;
    if tuple_items(&t).is_none() {
        return Err(vm.new_system_error("bad argument to internal function"));
    }
    Ok(proxy::to_c(&t))
}

fn size(p: *mut PyObject) -> isize {
    // SAFETY: a tuple proxy.
    unsafe { (*(p as *mut ffi::PyVarObject)).ob_size }
}

capi! {
    api fn PyTuple_New(n: isize) -> *mut PyObject {
        let vm = vm();
        if n < 0 {
            return Err(vm.new_system_error("bad argument to internal function"));
        }
        if n == 0 {
            return Ok(ret(vm.empty_tuple.clone()));
        }
        let p = new_tuple_memory(n as usize);
        // SAFETY: fresh memory owned by the caller.
        unsafe { (*p).ob_refcnt = 1 };
        Ok(p)
    }
    api fn PyTuple_Size(o: *mut PyObject) -> isize {
        Ok(size(tuple_proxy(o)?))
    }
    api fn PyTuple_GetItem(o: *mut PyObject, i: isize) -> *mut PyObject {
        let p = tuple_proxy(o)?;
        if i < 0 || i >= size(p) {
            return Err(vm().new_index_error("tuple index out of range"));
        }
        // SAFETY: `i` is within the tuple.
        Ok(unsafe { *tuple_item_ptr(p, i as usize) })
    }
    api fn PyTuple_SetItem(o: *mut PyObject, i: isize, v: *mut PyObject) -> c_int {
        let vm = vm();
        if o.is_null() || proxy::link(o).kind() != proxy::Kind::Tuple || !proxy::link(o).obj().is_null() {
            if !v.is_null() {
                proxy::decref(v);
            }
            return Err(vm.new_system_error("bad argument to internal function"));
        }
        if i < 0 || i >= size(o) {
            if !v.is_null() {
                proxy::decref(v);
            }
            return Err(vm.new_index_error("tuple assignment index out of range"));
        }
        // SAFETY: `i` is within the tuple; the slot owns its reference.
        unsafe {
            let slot = tuple_item_ptr(o, i as usize);
            let old = *slot;
            *slot = v;
            if !old.is_null() {
                proxy::decref(old);
            }
        }
        Ok(0)
    }
    api fn PyTuple_GetSlice(o: *mut PyObject, lo: isize, hi: isize) -> *mut PyObject {
        let t = proxy::from_c(tuple_proxy(o)?);
        let items = tuple_items(&t).unwrap();
        let n = items.len() as isize;
        let hi = hi.clamp(0, n);
        let lo = lo.clamp(0, hi);
        Ok(ret(new_tuple(vm(), items[lo as usize..hi as usize].to_vec())))
    }
    api fn _PyTuple_Resize(pv: *mut *mut PyObject, n: isize) -> c_int {
        // SAFETY: `pv` holds the only reference to a tuple C is filling.
        unsafe {
            let v = *pv;
            let old_n = if v.is_null() { 0 } else { size(tuple_proxy(v)?) };
            let fresh = if n == 0 { ret(vm().empty_tuple.clone()) } else { PyTuple_New(n) };
            for i in 0..old_n.min(n) {
                let it = *tuple_item_ptr(v, i as usize);
                if !it.is_null() {
                    proxy::incref(it);
                }
                *tuple_item_ptr(fresh, i as usize) = it;
            }
            if !v.is_null() {
                proxy::decref(v);
            }
            *pv = fresh;
        }
        Ok(0)
    }
}
