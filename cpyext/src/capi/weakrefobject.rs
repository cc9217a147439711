//! Weak references from C: `PyWeakref_NewRef`/`NewProxy` are the
//! interpreter's `weakref.ref`/`proxy`, `PyWeakref_GetObject` returns the
//! referent (borrowed) or None once it died.

use super::{arg, borrowed, ret};
use crate::ffi::PyObject;
use crate::proxy;
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::objects::weakrefobject::{
    as_weakref, clear_refs, new_proxy, new_ref, run_callbacks, types,
};
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
    api fn PyObject_ClearWeakRefs(o: *mut PyObject) {
        // From a C type's tp_dealloc the object is already gone and the
        // interpreter has cleared its weak references; otherwise clear them
        // now and run the callbacks, as CPython does.
        let obj = proxy::link(o).obj();
        if !obj.is_null() {
            // SAFETY: a linked proxy's object is alive.
            let calls = clear_refs(unsafe { &*obj });
            run_callbacks(vm(), calls);
        }
        Ok(())
    }
}
