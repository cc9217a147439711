//! Reference counting entry points (`Py_INCREF`/`Py_DECREF` are macros that
//! touch `ob_refcnt` directly and call `_Py_Dealloc` at zero).

use crate::ffi::PyObject;
use crate::proxy;

capi! {
    /// Called by `Py_DECREF` when the count reaches zero.
    api fn _Py_Dealloc(op: *mut PyObject) {
        proxy::dealloc(op);
        Ok(())
    }

    api fn Py_IncRef(op: *mut PyObject) {
        if !op.is_null() {
            proxy::incref(op);
        }
        Ok(())
    }

    api fn Py_DecRef(op: *mut PyObject) {
        if !op.is_null() {
            proxy::decref(op);
        }
        Ok(())
    }
}
