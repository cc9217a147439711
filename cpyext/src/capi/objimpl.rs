//! Memory: `PyMem_*` (plain C heap) and `PyObject_Malloc` & co. (blocks with
//! the 16-byte link header every object oxpy allocates carries, so that an
//! object C builds in them can be linked), plus object allocation and
//! initialisation (`_PyObject_New`, `PyObject_Init`, the GC variants), and
//! switching the cycle collector (`PyGC_Enable`/`Disable`/`Collect`).

use crate::ffi::{PyObject, PyTypeObject, PyVarObject};
use crate::proxy::{self, Kind, HEAD};
use libc::c_void;
use std::ptr::null_mut;

capi! {
    api fn PyMem_Malloc(n: usize) -> *mut c_void {
        // SAFETY: plain C allocation (at least one byte, as CPython).
        Ok(unsafe { libc::malloc(n.max(1)) })
    }
    api fn PyMem_Calloc(n: usize, size: usize) -> *mut c_void {
        // SAFETY: plain C allocation.
        Ok(unsafe { libc::calloc(n.max(1), size.max(1)) })
    }
    api fn PyMem_Realloc(p: *mut c_void, n: usize) -> *mut c_void {
        // SAFETY: `p` came from PyMem_Malloc (the caller's contract).
        Ok(unsafe { libc::realloc(p, n.max(1)) })
    }
    api fn PyMem_Free(p: *mut c_void) {
        // SAFETY: as above.
        unsafe { libc::free(p) };
        Ok(())
    }
    api fn PyMem_RawMalloc(n: usize) -> *mut c_void {
        // SAFETY: plain C allocation.
        Ok(unsafe { libc::malloc(n.max(1)) })
    }
    api fn PyMem_RawCalloc(n: usize, size: usize) -> *mut c_void {
        // SAFETY: plain C allocation.
        Ok(unsafe { libc::calloc(n.max(1), size.max(1)) })
    }
    api fn PyMem_RawRealloc(p: *mut c_void, n: usize) -> *mut c_void {
        // SAFETY: `p` came from PyMem_RawMalloc.
        Ok(unsafe { libc::realloc(p, n.max(1)) })
    }
    api fn PyMem_RawFree(p: *mut c_void) {
        // SAFETY: as above.
        unsafe { libc::free(p) };
        Ok(())
    }

    api fn PyObject_Malloc(n: usize) -> *mut c_void {
        Ok(proxy::alloc(n, Kind::Plain) as *mut c_void)
    }
    api fn PyObject_Calloc(n: usize, size: usize) -> *mut c_void {
        Ok(proxy::alloc(n.saturating_mul(size), Kind::Plain) as *mut c_void)
    }
    api fn PyObject_Realloc(p: *mut c_void, n: usize) -> *mut c_void {
        if p.is_null() {
            return Ok(proxy::alloc(n, Kind::Plain) as *mut c_void);
        }
        // SAFETY: `p` came from PyObject_Malloc, so the block starts HEAD bytes before.
        unsafe {
            let base = libc::realloc((p as *mut u8).sub(HEAD) as *mut c_void, HEAD + n.max(1)) as *mut u8;
            Ok(if base.is_null() { null_mut() } else { base.add(HEAD) as *mut c_void })
        }
    }
    api fn PyObject_Free(p: *mut c_void) {
        if !p.is_null() {
            // SAFETY: `p` came from PyObject_Malloc (or an object allocator).
            unsafe { proxy::free(p) };
        }
        Ok(())
    }

    api fn _PyObject_New(tp: *mut PyTypeObject) -> *mut PyObject {
        crate::capi::typeobject::alloc_instance(tp, 0)
    }
    api fn _PyObject_NewVar(tp: *mut PyTypeObject, n: isize) -> *mut PyVarObject {
        Ok(crate::capi::typeobject::alloc_instance(tp, n)? as *mut PyVarObject)
    }
    api fn _PyObject_GC_New(tp: *mut PyTypeObject) -> *mut PyObject {
        crate::capi::typeobject::alloc_instance(tp, 0)
    }
    api fn _PyObject_GC_NewVar(tp: *mut PyTypeObject, n: isize) -> *mut PyVarObject {
        Ok(crate::capi::typeobject::alloc_instance(tp, n)? as *mut PyVarObject)
    }
    api fn _PyObject_GC_Resize(op: *mut PyVarObject, n: isize) -> *mut PyVarObject {
        // SAFETY: `op` is a live variable-size C instance from our allocator.
        unsafe {
            let tp = (*op).ob_base.ob_type;
            let size = (*tp).tp_basicsize as usize + n.max(0) as usize * (*tp).tp_itemsize as usize;
            let p = PyObject_Realloc(op as *mut c_void, size) as *mut PyVarObject;
            if p.is_null() {
                return Err(crate::runtime::vm().new_memory_error());
            }
            (*p).ob_size = n;
            if p != op {
                crate::capi::typeobject::relink_instance(p as *mut PyObject);
            }
            Ok(p)
        }
    }
    api fn PyObject_Init(op: *mut PyObject, tp: *mut PyTypeObject) -> *mut PyObject {
        crate::capi::typeobject::init_instance(op, tp)?;
        Ok(op)
    }
    /// The last step of CPython's inline `_PyObject_Init` (modules built
    /// with the internal headers): `op`'s type is set; it becomes an object.
    api fn _Py_NewReference(op: *mut PyObject) {
        // SAFETY: C memory from `PyObject_Malloc` with its type set.
        let tp = unsafe {
            (*op).ob_refcnt = 1;
            (*op).ob_type
        };
        let cls = proxy::from_c(crate::types::tp_obj(tp));
        crate::capi::typeobject::attach_instance(op, cls);
        Ok(())
    }
    api fn _Py_HashBytes(data: *const c_void, len: isize) -> isize {
        // SAFETY: C passes `len` readable bytes.
        let bytes = unsafe { std::slice::from_raw_parts(data as *const u8, len.max(0) as usize) };
        Ok(core_interp::objects::hashing::hash_bytes(bytes))
    }
    api fn PyObject_InitVar(op: *mut PyVarObject, tp: *mut PyTypeObject, n: isize) -> *mut PyVarObject {
        // SAFETY: `op` is C memory of at least a PyVarObject.
        unsafe { (*op).ob_size = n };
        crate::capi::typeobject::init_instance(op as *mut PyObject, tp)?;
        Ok(op)
    }
    api fn PyObject_GC_Del(p: *mut c_void) {
        PyObject_Free(p);
        Ok(())
    }
    api fn PyObject_GC_Track(_p: *mut c_void) {
        Ok(())
    }
    api fn PyObject_GC_UnTrack(_p: *mut c_void) {
        Ok(())
    }
    api fn PyObject_GC_IsTracked(_p: *mut PyObject) -> libc::c_int {
        Ok(0)
    }
    api fn PyObject_GC_IsFinalized(_p: *mut PyObject) -> libc::c_int {
        Ok(0)
    }
    api fn PyGC_Enable() -> libc::c_int {
        let was = core_interp::vm::gc::is_enabled();
        core_interp::vm::gc::set_enabled(true);
        Ok(was as libc::c_int)
    }
    api fn PyGC_Disable() -> libc::c_int {
        let was = core_interp::vm::gc::is_enabled();
        core_interp::vm::gc::set_enabled(false);
        Ok(was as libc::c_int)
    }
    api fn PyGC_IsEnabled() -> libc::c_int {
        Ok(core_interp::vm::gc::is_enabled() as libc::c_int)
    }
    api fn PyGC_Collect() -> isize {
        let vm = crate::runtime::vm();
        Ok(core_interp::vm::gc::collect(vm, 2).unwrap_or(0) as isize)
    }
    /// Called by `tp_dealloc` of types with weak reference support. oxpy
    /// does not offer weak references to C instances (`tp_weaklistoffset`
    /// is not used), so none can exist.
    api fn PyObject_ClearWeakRefs(_o: *mut PyObject) {
        Ok(())
    }
}
