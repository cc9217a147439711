//! `dict` from C. Values returned borrowed (`PyDict_GetItem`, `PyDict_Next`)
//! are the dict's own entries, so they live while the entry does; the
//! proxy's `ma_used` is refreshed after each change made here and whenever
//! the dict is handed to C.

use super::{arg, borrowed, cstr, ret};
use crate::ffi::PyObject;
use crate::proxy;
use crate::runtime::vm;
use core_interp::objects::dictobject::{as_dict, PyDict};
use core_interp::objects::object::PyRef;
use core_interp::objects::unicodeobject::new_str_object;
use core_interp::vm::PyResult;
use libc::{c_char, c_int};
use std::ptr::null_mut;

fn dict_arg(o: *mut PyObject) -> PyResult<PyRef> {
    let d = arg(o)?;
    if as_dict(&d).is_none() {
        return Err(vm().new_system_error("bad argument to internal function"));
    }
    Ok(d)
}

fn touch(d: &PyRef) {
    crate::mirror::dict_changed(proxy::to_c(d), as_dict(d).unwrap());
}

capi! {
    api fn PyDict_New() -> *mut PyObject {
        Ok(ret(PyDict::new_ref(vm())))
    }
    api fn PyDict_GetItem(o: *mut PyObject, key: *mut PyObject) -> *mut PyObject {
        // Errors are swallowed, as in CPython.
        let r = (|| -> PyResult<Option<PyRef>> { as_dict(&dict_arg(o)?).unwrap().get_item(vm(), &arg(key)?) })();
        Ok(match r {
            Ok(Some(v)) => borrowed(&v),
            _ => null_mut(),
        })
    }
    api fn PyDict_GetItemWithError(o: *mut PyObject, key: *mut PyObject) -> *mut PyObject {
        Ok(as_dict(&dict_arg(o)?).unwrap().get_item(vm(), &arg(key)?)?.map_or(null_mut(), |v| borrowed(&v)))
    }
    // The `_KnownHash` variants: the dict hashes the key itself (the hash
    // C passes is the key's own, so the result is the same).
    api fn _PyDict_GetItem_KnownHash(o: *mut PyObject, key: *mut PyObject, _hash: isize) -> *mut PyObject {
        Ok(PyDict_GetItemWithError(o, key))
    }
    api fn _PyDict_Contains_KnownHash(o: *mut PyObject, key: *mut PyObject, _hash: isize) -> c_int {
        Ok(PyDict_Contains(o, key))
    }
    api fn _PyDict_SetItem_KnownHash(o: *mut PyObject, key: *mut PyObject, v: *mut PyObject, _hash: isize) -> c_int {
        Ok(PyDict_SetItem(o, key, v))
    }
    api fn _PyDict_DelItem_KnownHash(o: *mut PyObject, key: *mut PyObject, _hash: isize) -> c_int {
        Ok(PyDict_DelItem(o, key))
    }
    /// A new dict (the size hint only presizes CPython's table).
    api fn _PyDict_NewPresized(_minused: isize) -> *mut PyObject {
        Ok(ret(PyDict::new_ref(vm())))
    }
    api fn _PyDict_GetItemStringWithError(o: *mut PyObject, key: *const c_char) -> *mut PyObject {
        let vm = vm();
        Ok(as_dict(&dict_arg(o)?).unwrap().get_item(vm, &new_str_object(vm, &cstr(key)?))?.map_or(null_mut(), |v| borrowed(&v)))
    }
    api fn PyDict_GetItemString(o: *mut PyObject, key: *const c_char) -> *mut PyObject {
        let vm = vm();
        let r = (|| -> PyResult<Option<PyRef>> { as_dict(&dict_arg(o)?).unwrap().get_item(vm, &new_str_object(vm, &cstr(key)?)) })();
        Ok(match r {
            Ok(Some(v)) => borrowed(&v),
            _ => null_mut(),
        })
    }
    api fn PyDict_SetItem(o: *mut PyObject, key: *mut PyObject, v: *mut PyObject) -> c_int {
        let d = dict_arg(o)?;
        as_dict(&d).unwrap().set_item(vm(), arg(key)?, arg(v)?)?;
        touch(&d);
        Ok(0)
    }
    api fn PyDict_SetItemString(o: *mut PyObject, key: *const c_char, v: *mut PyObject) -> c_int {
        let vm = vm();
        let d = dict_arg(o)?;
        as_dict(&d).unwrap().set_item(vm, vm.intern(&cstr(key)?), arg(v)?)?;
        touch(&d);
        Ok(0)
    }
    api fn PyDict_DelItem(o: *mut PyObject, key: *mut PyObject) -> c_int {
        let d = dict_arg(o)?;
        as_dict(&d).unwrap().del_item(vm(), &arg(key)?)?;
        touch(&d);
        Ok(0)
    }
    api fn PyDict_DelItemString(o: *mut PyObject, key: *const c_char) -> c_int {
        let vm = vm();
        let d = dict_arg(o)?;
        as_dict(&d).unwrap().del_item(vm, &new_str_object(vm, &cstr(key)?))?;
        touch(&d);
        Ok(0)
    }
    api fn PyDict_Contains(o: *mut PyObject, key: *mut PyObject) -> c_int {
        Ok(as_dict(&dict_arg(o)?).unwrap().contains(vm(), &arg(key)?)? as c_int)
    }
    api fn PyDict_Size(o: *mut PyObject) -> isize {
        Ok(as_dict(&dict_arg(o)?).unwrap().len() as isize)
    }
    api fn PyDict_Clear(o: *mut PyObject) {
        let d = dict_arg(o)?;
        as_dict(&d).unwrap().clear_all();
        touch(&d);
        Ok(())
    }
    api fn PyDict_Copy(o: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().call_method(&dict_arg(o)?, "copy", &[])?))
    }
    api fn PyDict_Keys(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(core_interp::objects::listobject::new_list(vm, as_dict(&dict_arg(o)?).unwrap().keys())))
    }
    api fn PyDict_Values(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(core_interp::objects::listobject::new_list(vm, as_dict(&dict_arg(o)?).unwrap().values())))
    }
    api fn PyDict_Items(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let items = as_dict(&dict_arg(o)?).unwrap().items();
        let pairs = items.into_iter().map(|(k, v)| core_interp::objects::tupleobject::new_tuple(vm, vec![k, v])).collect();
        Ok(ret(core_interp::objects::listobject::new_list(vm, pairs)))
    }
    api fn PyDict_Next(o: *mut PyObject, pos: *mut isize, pkey: *mut *mut PyObject, pvalue: *mut *mut PyObject) -> c_int {
        let d = dict_arg(o)?;
        let dd = as_dict(&d).unwrap();
        // SAFETY: `pos` is the caller's iteration cursor; the out slots are writable or NULL.
        unsafe {
            let i = *pos;
            if i < 0 {
                return Ok(0);
            }
            match dd.entry_at(i as usize) {
                Some((k, v)) => {
                    *pos = i + 1;
                    // The entry's key and value live in the dict: borrowed.
                    if !pkey.is_null() {
                        *pkey = borrowed(&k);
                    }
                    if !pvalue.is_null() {
                        *pvalue = borrowed(&v);
                    }
                    Ok(1)
                }
                None => Ok(0),
            }
        }
    }
    api fn PyDict_Update(a: *mut PyObject, b: *mut PyObject) -> c_int {
        let d = dict_arg(a)?;
        vm().call_method(&d, "update", &[arg(b)?])?;
        touch(&d);
        Ok(0)
    }
    api fn PyDict_Merge(a: *mut PyObject, b: *mut PyObject, overwrite: c_int) -> c_int {
        let vm = vm();
        let d = dict_arg(a)?;
        let src = arg(b)?;
        let keys = vm.collect(&vm.call_method(&src, "keys", &[])?)?;
        for k in keys {
            if overwrite != 0 || !as_dict(&d).unwrap().contains(vm, &k)? {
                let v = vm.getitem(&src, &k)?;
                as_dict(&d).unwrap().set_item(vm, k, v)?;
            }
        }
        touch(&d);
        Ok(0)
    }
    api fn PyDict_SetDefault(o: *mut PyObject, key: *mut PyObject, dflt: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let d = dict_arg(o)?;
        let k = arg(key)?;
        if let Some(v) = as_dict(&d).unwrap().get_item(vm, &k)? {
            return Ok(borrowed(&v));
        }
        let v = arg(dflt)?;
        as_dict(&d).unwrap().set_item(vm, k, v.clone())?;
        touch(&d);
        Ok(borrowed(&v))
    }
    api fn PyDictProxy_New(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_positional(&vm.types.mappingproxy_type, &[arg(o)?])?))
    }
}
