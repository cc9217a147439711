//! `setobject.h`: sets and frozensets from C (`PySet_*`, `PyFrozenSet_New`,
//! `_PySet_NextEntry`) over oxpy's set objects.

use super::{arg, borrowed, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::objects::setobject::{as_set, new_frozenset, new_set, PySet};
use core_interp::objects::typeobject::is_subtype;
use core_interp::vm::PyResult;
use libc::c_int;

/// The set behind `p`; SystemError unless it is a set (or, with
/// `frozen_ok`, a frozenset), as CPython's `PyErr_BadInternalCall`.
fn set_arg(p: *mut PyObject, frozen_ok: bool) -> PyResult<PyRef> {
    let vm = vm();
    let o = arg(p)?;
    let ok = as_set(&o).is_some() && (frozen_ok || is_subtype(o.class(), &vm.types.set_type));
    if !ok {
        return Err(vm.new_system_error("bad argument to internal function"));
    }
    Ok(o)
}

fn payload(o: &PyRef) -> &PySet {
    as_set(o).expect("checked by set_arg")
}

fn items_of(iterable: *mut PyObject) -> PyResult<Vec<PyRef>> {
    match crate::proxy::from_c_opt(iterable) {
        None => Ok(Vec::new()),
        Some(it) => vm().collect(&it),
    }
}

capi! {
    api fn PySet_New(iterable: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(new_set(vm, items_of(iterable)?)?))
    }
    api fn PyFrozenSet_New(iterable: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(new_frozenset(vm, items_of(iterable)?)?))
    }
    api fn PySet_Size(anyset: *mut PyObject) -> isize {
        Ok(payload(&set_arg(anyset, true)?).len() as isize)
    }
    api fn PySet_Contains(anyset: *mut PyObject, key: *mut PyObject) -> c_int {
        let s = set_arg(anyset, true)?;
        Ok(payload(&s).contains(vm(), &arg(key)?)? as c_int)
    }
    api fn PySet_Add(set: *mut PyObject, key: *mut PyObject) -> c_int {
        // Frozensets are accepted too: C fills new ones this way.
        let s = set_arg(set, true)?;
        payload(&s).add(vm(), arg(key)?)?;
        Ok(0)
    }
    api fn PySet_Discard(set: *mut PyObject, key: *mut PyObject) -> c_int {
        let s = set_arg(set, false)?;
        Ok(payload(&s).discard(vm(), &arg(key)?)? as c_int)
    }
    api fn PySet_Clear(set: *mut PyObject) -> c_int {
        let s = set_arg(set, true)?;
        let old = std::mem::take(&mut *payload(&s).table.borrow_mut());
        drop(old);
        Ok(0)
    }
    api fn PySet_Pop(set: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let s = set_arg(set, false)?;
        let item = payload(&s).table.borrow_mut().pop();
        match item {
            Some(i) => Ok(ret(i)),
            None => Err(vm.new_key_error(core_interp::objects::unicodeobject::new_str_object(vm, "pop from an empty set"))),
        }
    }
    api fn _PySet_Update(set: *mut PyObject, iterable: *mut PyObject) -> c_int {
        let s = set_arg(set, true)?;
        payload(&s).update(vm(), &arg(iterable)?)?;
        Ok(0)
    }
    api fn _PySet_NextEntry(set: *mut PyObject, pos: *mut isize, key: *mut *mut PyObject, hash: *mut isize) -> c_int {
        let s = set_arg(set, true)?;
        // SAFETY: C passes writable out pointers.
        unsafe {
            let next = payload(&s).table.borrow().next_from((*pos).max(0) as usize);
            let Some((item, at)) = next else {
                return Ok(0);
            };
            *pos = at as isize;
            *hash = vm().hash(&item)?;
            // Borrowed: the set keeps the item alive.
            *key = borrowed(&item);
        }
        Ok(1)
    }
}
