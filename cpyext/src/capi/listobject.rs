//! `list` from C. A list from `PyList_New` is C memory until it first
//! crosses over (so `PyList_SET_ITEM` fills it); afterwards the interpreter
//! list is the truth and its proxy's `ob_item` is refreshed from it after
//! each API call here and whenever the list is handed to C again (see
//! README.md for what this does not cover).

use super::{arg, ret};
use crate::ffi::{self, PyObject};
use crate::layouts::sync_list;
use crate::proxy::{self, Kind};
use crate::runtime::vm;
use core_interp::objects::listobject::{as_list, new_list};
use core_interp::objects::object::PyRef;
use core_interp::vm::PyResult;
use libc::c_int;
use std::ptr::null_mut;

fn unrealized(o: *mut PyObject) -> bool {
    !o.is_null() && proxy::link(o).kind() == Kind::List && proxy::link(o).obj().is_null()
}

fn list_arg(o: *mut PyObject) -> PyResult<PyRef> {
    let l = arg(o)?;
    if as_list(&l).is_none() {
        return Err(vm().new_system_error("bad argument to internal function"));
    }
    Ok(l)
}

fn resync(l: &PyRef) {
    let p = proxy::to_c(l);
    sync_list(p, &as_list(l).unwrap().items.borrow());
}

capi! {
    api fn PyList_New(n: isize) -> *mut PyObject {
        let vm = vm();
        if n < 0 {
            return Err(vm.new_system_error("bad argument to internal function"));
        }
        let p = proxy::alloc(std::mem::size_of::<ffi::PyListObject>(), Kind::List);
        // SAFETY: fresh list memory; the array holds n NULL items.
        unsafe {
            let o = p as *mut ffi::PyListObject;
            (*p).ob_refcnt = 1;
            (*p).ob_type = std::ptr::addr_of_mut!(ffi::PyList_Type);
            (*o).ob_base.ob_size = n;
            (*o).allocated = n;
            (*o).ob_item = if n > 0 { libc::calloc(n as usize, 8) as *mut *mut PyObject } else { null_mut() };
        }
        Ok(p)
    }
    api fn PyList_Size(o: *mut PyObject) -> isize {
        if unrealized(o) {
            // SAFETY: a list proxy.
            return Ok(unsafe { (*(o as *mut ffi::PyVarObject)).ob_size });
        }
        Ok(as_list(&list_arg(o)?).unwrap().items.borrow().len() as isize)
    }
    api fn PyList_GetItem(o: *mut PyObject, i: isize) -> *mut PyObject {
        let p = if unrealized(o) { o } else { let l = list_arg(o)?; resync(&l); proxy::to_c(&l) };
        // SAFETY: a list proxy in sync with its list.
        unsafe {
            let lo = p as *mut ffi::PyListObject;
            if i < 0 || i >= (*lo).ob_base.ob_size {
                return Err(vm().new_index_error("list index out of range"));
            }
            Ok(*(*lo).ob_item.add(i as usize))
        }
    }
    api fn PyList_SetItem(o: *mut PyObject, i: isize, v: *mut PyObject) -> c_int {
        if unrealized(o) {
            // SAFETY: a list proxy C is filling; the slot owns its reference.
            unsafe {
                let lo = o as *mut ffi::PyListObject;
                if i < 0 || i >= (*lo).ob_base.ob_size {
                    proxy::decref(v);
                    return Err(vm().new_index_error("list assignment index out of range"));
                }
                let old = *(*lo).ob_item.add(i as usize);
                *(*lo).ob_item.add(i as usize) = v;
                if !old.is_null() {
                    proxy::decref(old);
                }
            }
            return Ok(0);
        }
        let value = proxy::steal(v);
        let l = list_arg(o)?;
        {
            let mut items = as_list(&l).unwrap().items.borrow_mut();
            if i < 0 || i as usize >= items.len() {
                return Err(vm().new_index_error("list assignment index out of range"));
            }
            items[i as usize] = value;
        }
        resync(&l);
        Ok(0)
    }
    api fn PyList_Insert(o: *mut PyObject, i: isize, v: *mut PyObject) -> c_int {
        let l = list_arg(o)?;
        let v = arg(v)?;
        {
            let mut items = as_list(&l).unwrap().items.borrow_mut();
            let n = items.len() as isize;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
            items.insert(at as usize, v);
        }
        resync(&l);
        Ok(0)
    }
    api fn PyList_Append(o: *mut PyObject, v: *mut PyObject) -> c_int {
        let l = list_arg(o)?;
        as_list(&l).unwrap().items.borrow_mut().push(arg(v)?);
        resync(&l);
        Ok(0)
    }
    api fn PyList_GetSlice(o: *mut PyObject, lo: isize, hi: isize) -> *mut PyObject {
        let l = list_arg(o)?;
        let items = as_list(&l).unwrap().items.borrow().clone();
        let n = items.len() as isize;
        let hi = hi.clamp(0, n);
        let lo = lo.clamp(0, hi);
        Ok(ret(new_list(vm(), items[lo as usize..hi as usize].to_vec())))
    }
    api fn PyList_SetSlice(o: *mut PyObject, lo: isize, hi: isize, v: *mut PyObject) -> c_int {
        let vm = vm();
        let l = list_arg(o)?;
        let new: Vec<PyRef> = match proxy::from_c_opt(v) {
            Some(v) => vm.collect(&v)?,
            None => Vec::new(),
        };
        {
            let mut items = as_list(&l).unwrap().items.borrow_mut();
            let n = items.len() as isize;
            let hi = hi.clamp(0, n);
            let lo = lo.clamp(0, hi);
            items.splice(lo as usize..hi as usize, new);
        }
        resync(&l);
        Ok(0)
    }
    api fn PyList_Sort(o: *mut PyObject) -> c_int {
        let l = list_arg(o)?;
        vm().call_method(&l, "sort", &[])?;
        resync(&l);
        Ok(0)
    }
    api fn PyList_Reverse(o: *mut PyObject) -> c_int {
        let l = list_arg(o)?;
        as_list(&l).unwrap().items.borrow_mut().reverse();
        resync(&l);
        Ok(0)
    }
    api fn PyList_AsTuple(o: *mut PyObject) -> *mut PyObject {
        let l = list_arg(o)?;
        let items = as_list(&l).unwrap().items.borrow().clone();
        Ok(ret(core_interp::objects::tupleobject::new_tuple(vm(), items)))
    }
}
