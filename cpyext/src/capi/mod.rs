//! The exported C-API, one module per area (named after CPython's headers).
//! Every function is declared once with `capi!`; what include-python
//! declares but no module implements gets a generated stub raising
//! SystemError (build.rs; the list is `$OUT_DIR/unimplemented.txt`).

pub mod abstract_;
pub mod abstract_buffer;
pub mod bytearrayobject;
pub mod bytesobject;
pub mod cellobject;
pub mod codeobject;
pub mod complexobject;
pub mod context;
pub mod descrobject;
pub mod dictobject;
pub mod errors;
pub mod floatobject;
pub mod frameobject;
pub mod funcobject;
pub mod genericaliasobject;
pub mod import;
pub mod intrcheck;
pub mod iterobject;
pub mod listobject;
pub mod longobject;
pub mod methodobject;
pub mod moduleobject;
pub mod object;
pub mod objimpl;
pub mod pycapsule;
pub mod pyhash;
pub mod pylifecycle;
pub mod pystate;
pub mod pythonrun;
pub mod pythread;
pub mod refcount;
pub mod setobject;
pub mod sliceobject;
pub mod structmember;
pub mod structseq;
pub mod sysmodule;
pub mod tracemalloc;
pub mod trashcan;
pub mod tupleobject;
pub mod typeobject;
pub mod unicode_wide;
pub mod unicodeobject;
pub mod warnings;
pub mod weakrefobject;

use crate::ffi::PyObject;
use crate::proxy;
use core_interp::objects::object::PyRef;
use core_interp::vm::PyResult;

/// The object behind a borrowed C argument; SystemError for NULL (CPython's
/// "bad argument to internal function").
pub fn arg(p: *mut PyObject) -> PyResult<PyRef> {
    if p.is_null() {
        return Err(crate::runtime::vm().new_system_error("bad argument to internal function"));
    }
    Ok(proxy::from_c(p))
}

/// A new reference for C.
pub fn ret(o: PyRef) -> *mut PyObject {
    proxy::new_ref(o)
}

/// A borrowed reference for C (valid while `o`'s owner keeps it alive).
pub fn borrowed(o: &PyRef) -> *mut PyObject {
    proxy::to_c(o)
}

/// A C string argument as Rust text.
pub fn cstr<'a>(s: *const libc::c_char) -> PyResult<std::borrow::Cow<'a, str>> {
    if s.is_null() {
        return Err(crate::runtime::vm().new_system_error("bad argument to internal function"));
    }
    // SAFETY: C passes NUL-terminated strings.
    Ok(unsafe { std::ffi::CStr::from_ptr(s) }.to_string_lossy())
}
