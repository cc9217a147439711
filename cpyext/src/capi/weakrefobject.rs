//! Weak references from C: `PyWeakref_NewRef`/`NewProxy` are the
//! interpreter's `weakref.ref`/`proxy`, `PyWeakref_GetObject` returns the
//! referent (borrowed) or None once it died.

use super::{arg, borrowed, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::objects::weakrefobject::{as_weakref, new_proxy, new_ref, types};
use core_interp::vm::PyResult;

fn callback(cb: *mut PyObject) -> PyResult<Option<PyRef>> {
    if cb.is_null() {
        Ok(None)
    } else {
        arg(cb).map(Some)
    }
}

capi! {
    api fn PyWeakref_NewRef(ob: *mut PyObject, cb: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(new_ref(vm, &types().reference, &arg(ob)?, callback(cb)?)?))
    }
    api fn PyWeakref_NewProxy(ob: *mut PyObject, cb: *mut PyObject) -> *mut PyObject {
        Ok(ret(new_proxy(vm(), &arg(ob)?, callback(cb)?)?))
    }
    api fn PyWeakref_GetObject(r: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let w = arg(r)?;
        let Some(wr) = as_weakref(&w) else {
            return Err(vm.new_system_error("bad argument to internal function"));
        };
        // The referent is owned elsewhere; C gets it borrowed, as in CPython.
        Ok(match wr.get() {
            Some(o) => borrowed(&o),
            None => borrowed(&vm.none),
        })
    }
}
