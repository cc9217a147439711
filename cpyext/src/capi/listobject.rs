//! `list` from C. C's view of a list is its proxy's `ob_item` array, as in
//! CPython: these functions read and change the array (which owns one C
//! reference per item) and, for a list the interpreter knows, mark it
//! `C_NEWER` so the interpreter pulls the change before it next reads the
//! list (`mirror.rs`). A list from `PyList_New` is C memory until it first
//! crosses over (`layouts::realize`).

use super::ret;
use crate::ffi::{self, PyObject};
use crate::layouts::{new_tuple_memory, reserve_list, tuple_item_ptr};
use crate::mirror::c_wrote_list;
use crate::proxy::{self, Kind};
use crate::runtime::vm;
use core_interp::vm::PyResult;
use libc::c_int;
use std::ptr::null_mut;

/// The list proxy `o` as a `PyListObject` (SystemError if it is not a list).
fn list_proxy(o: *mut PyObject) -> PyResult<*mut ffi::PyListObject> {
    if o.is_null() || proxy::is_mapped(o) || proxy::link(o).kind() != Kind::List {
        return Err(vm().new_system_error("bad argument to internal function"));
    }
    Ok(o as *mut ffi::PyListObject)
}

/// The items of a list proxy.
///
/// # Safety
/// `o` is a live list proxy not changed while the slice is used.
unsafe fn items<'a>(o: *mut ffi::PyListObject) -> &'a mut [*mut PyObject] {
    // SAFETY: the array holds `ob_size` item pointers.
    unsafe {
        let n = (*o).ob_base.ob_size.max(0) as usize;
        if n == 0 {
            &mut []
        } else {
            std::slice::from_raw_parts_mut((*o).ob_item, n)
        }
    }
}

/// A new list proxy (C memory, owned by the caller) holding `src`, each
/// with a new C reference.
fn new_list_of(src: &[*mut PyObject]) -> *mut PyObject {
    let p = PyList_New(src.len() as isize);
    for (i, &it) in src.iter().enumerate() {
        if !it.is_null() {
            proxy::incref(it);
        }
        // SAFETY: `p` is a fresh list with `src.len()` slots.
        unsafe { *(*(p as *mut ffi::PyListObject)).ob_item.add(i) = it };
    }
    p
}

/// Replaces items `lo..hi` of list proxy `o` by `new` (new references).
///
/// # Safety
/// `o` is a live list proxy and `lo <= hi <= len`.
unsafe fn splice(o: *mut ffi::PyListObject, lo: usize, hi: usize, new: &[*mut PyObject]) {
    // SAFETY: forwarded; the array is grown before items are moved.
    unsafe {
        let n = (*o).ob_base.ob_size as usize;
        let old: Vec<*mut PyObject> = items(o)[lo..hi].to_vec();
        let new_n = n - (hi - lo) + new.len();
        reserve_list(o, new_n);
        let base = (*o).ob_item;
        std::ptr::copy(base.add(hi), base.add(lo + new.len()), n - hi);
        std::ptr::copy_nonoverlapping(new.as_ptr(), base.add(lo), new.len());
        (*o).ob_base.ob_size = new_n as isize;
        c_wrote_list(o as *mut PyObject);
        for q in old.into_iter().filter(|q| !q.is_null()) {
            proxy::decref(q);
        }
    }
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
        let l = list_proxy(o)?;
        // SAFETY: a list proxy.
        Ok(unsafe { (*l).ob_base.ob_size })
    }
    api fn PyList_GetItem(o: *mut PyObject, i: isize) -> *mut PyObject {
        let l = list_proxy(o)?;
        // SAFETY: a list proxy.
        let items = unsafe { items(l) };
        if i < 0 || i as usize >= items.len() {
            return Err(vm().new_index_error("list index out of range"));
        }
        Ok(items[i as usize])
    }
    api fn PyList_SetItem(o: *mut PyObject, i: isize, v: *mut PyObject) -> c_int {
        let l = match list_proxy(o) {
            Ok(l) => l,
            Err(e) => {
                if !v.is_null() {
                    proxy::decref(v);
                }
                return Err(e);
            }
        };
        // SAFETY: a list proxy; the slot owns the stolen reference.
        unsafe {
            let items = items(l);
            if i < 0 || i as usize >= items.len() {
                if !v.is_null() {
                    proxy::decref(v);
                }
                return Err(vm().new_index_error("list assignment index out of range"));
            }
            let old = std::mem::replace(&mut items[i as usize], v);
            c_wrote_list(o);
            if !old.is_null() {
                proxy::decref(old);
            }
        }
        Ok(0)
    }
    api fn PyList_Insert(o: *mut PyObject, i: isize, v: *mut PyObject) -> c_int {
        let l = list_proxy(o)?;
        if v.is_null() {
            return Err(vm().new_system_error("bad argument to internal function"));
        }
        proxy::incref(v);
        // SAFETY: a list proxy.
        unsafe {
            let n = (*l).ob_base.ob_size;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            splice(l, at, at, &[v]);
        }
        Ok(0)
    }
    api fn PyList_Append(o: *mut PyObject, v: *mut PyObject) -> c_int {
        let l = list_proxy(o)?;
        if v.is_null() {
            return Err(vm().new_system_error("bad argument to internal function"));
        }
        proxy::incref(v);
        // SAFETY: a list proxy; the array is grown first.
        unsafe {
            let n = (*l).ob_base.ob_size as usize;
            reserve_list(l, n + 1);
            *(*l).ob_item.add(n) = v;
            (*l).ob_base.ob_size = n as isize + 1;
        }
        c_wrote_list(o);
        Ok(0)
    }
    api fn _PyList_Extend(o: *mut PyObject, iterable: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        list_proxy(o)?;
        for item in vm.collect(&proxy::from_c(iterable))? {
            let v = proxy::new_ref(item);
            let r = PyList_Append(o, v);
            proxy::decref(v);
            if r < 0 {
                return Err(crate::runtime::fetch_after_failure("PyList_Append"));
            }
        }
        Ok(proxy::new_ref(vm.none.clone()))
    }
    api fn PyList_GetSlice(o: *mut PyObject, lo: isize, hi: isize) -> *mut PyObject {
        let l = list_proxy(o)?;
        // SAFETY: a list proxy.
        let items = unsafe { items(l) };
        let n = items.len() as isize;
        let lo = lo.clamp(0, n);
        let hi = hi.clamp(lo, n);
        Ok(new_list_of(&items[lo as usize..hi as usize]))
    }
    api fn PyList_SetSlice(o: *mut PyObject, lo: isize, hi: isize, v: *mut PyObject) -> c_int {
        let vm = vm();
        let l = list_proxy(o)?;
        let new: Vec<*mut PyObject> = if v.is_null() {
            Vec::new()
        } else if !proxy::is_mapped(v) && proxy::link(v).kind() == Kind::List {
            // SAFETY: a list proxy (possibly `o` itself: copied first).
            let src = unsafe { items(v as *mut ffi::PyListObject) }.to_vec();
            src.iter().filter(|q| !q.is_null()).for_each(|&q| proxy::incref(q));
            src
        } else {
            let seq = proxy::from_c(v);
            let items = vm.collect(&seq).map_err(|e| {
                if e.matches(&vm.exceptions.type_error) {
                    vm.new_type_error(format!(
                        "can only assign an iterable, not {}",
                        core_interp::objects::typeobject::class_name(&seq)
                    ))
                } else {
                    e
                }
            })?;
            items.into_iter().map(proxy::new_ref).collect()
        };
        // SAFETY: a list proxy; bounds clamped as CPython's list_ass_slice.
        unsafe {
            let n = (*l).ob_base.ob_size;
            let lo = lo.clamp(0, n);
            let hi = hi.clamp(lo, n);
            splice(l, lo as usize, hi as usize, &new);
        }
        Ok(0)
    }
    api fn PyList_Sort(o: *mut PyObject) -> c_int {
        list_proxy(o)?;
        c_wrote_list(o);
        vm().call_method(&proxy::from_c(o), "sort", &[])?;
        Ok(0)
    }
    api fn PyList_Reverse(o: *mut PyObject) -> c_int {
        let l = list_proxy(o)?;
        // SAFETY: a list proxy.
        unsafe { items(l) }.reverse();
        c_wrote_list(o);
        Ok(0)
    }
    api fn PyList_AsTuple(o: *mut PyObject) -> *mut PyObject {
        let l = list_proxy(o)?;
        // SAFETY: a list proxy.
        let items = unsafe { items(l) };
        if items.is_empty() {
            return Ok(ret(vm().empty_tuple.clone()));
        }
        let t = new_tuple_memory(items.len());
        // SAFETY: fresh tuple memory with `len` slots, owned by the caller.
        unsafe {
            (*t).ob_refcnt = 1;
            for (i, &it) in items.iter().enumerate() {
                if !it.is_null() {
                    proxy::incref(it);
                }
                *tuple_item_ptr(t, i) = it;
            }
        }
        Ok(t)
    }
}
