//! Capsules: a C pointer with a name, a context and a destructor. The
//! capsule type is readied like any C type, so capsules are C instances and
//! their destructor runs from `tp_dealloc` when the last reference goes.

use super::{cstr, ret};
use crate::ffi::{self, PyObject, PyTypeObject};
use crate::runtime::vm;
use core_interp::objects::unicodeobject::new_str_object;
use core_interp::vm::PyResult;
use libc::{c_char, c_int, c_void};
use std::ptr::{addr_of_mut, null_mut};

/// The C layout of a capsule.
#[repr(C)]
struct Capsule {
    ob_base: PyObject,
    pointer: *mut c_void,
    name: *const c_char,
    context: *mut c_void,
    destructor: ffi::PyCapsule_Destructor,
}

extern "C" fn capsule_dealloc(o: *mut PyObject) {
    let c = o as *mut Capsule;
    // SAFETY: `o` is a dying capsule; its destructor gets it intact, then
    // the memory goes back through `tp_free`.
    unsafe {
        if let Some(d) = (*c).destructor {
            d(o);
        }
        super::objimpl::PyObject_Free(o as *mut c_void);
    }
}

extern "C" fn capsule_repr(o: *mut PyObject) -> *mut PyObject {
    crate::runtime::guard(|| {
        let c = o as *mut Capsule;
        // SAFETY: a live capsule.
        let name = unsafe { (*c).name };
        let shown = if name.is_null() {
            "NULL".to_string()
        } else {
            format!("\"{}\"", cstr(name)?)
        };
        Ok(ret(new_str_object(
            vm(),
            &format!("<capsule object {shown} at {o:p}>"),
        )))
    })
}

/// Fills `PyCapsule_Type` and readies it (at start-up of the C-API).
pub fn init_type() -> PyResult<()> {
    // SAFETY: the static type is only set up here, before any capsule exists.
    unsafe {
        let tp: *mut PyTypeObject = addr_of_mut!(ffi::PyCapsule_Type);
        (*tp).tp_name = c"PyCapsule".as_ptr();
        (*tp).tp_basicsize = std::mem::size_of::<Capsule>() as isize;
        (*tp).tp_dealloc = Some(capsule_dealloc);
        (*tp).tp_repr = Some(capsule_repr);
        (*tp).tp_flags = ffi::Py_TPFLAGS_DEFAULT as u64;
        (*tp).tp_doc =
            c"Capsule objects let you wrap a C \"void *\" pointer in a Python\nobject.".as_ptr();
        crate::types::ready_inner(tp)?;
    }
    Ok(())
}

/// The capsule behind `o`, if it is a valid one whose name matches.
fn checked(o: *mut PyObject, name: *const c_char, what: &str) -> PyResult<*mut Capsule> {
    let vm = vm();
    let invalid = || vm.new_value_error(format!("{what} called with invalid PyCapsule object"));
    // SAFETY: `o` is NULL or a live object.
    if o.is_null() || unsafe { (*o).ob_type } != addr_of_mut!(ffi::PyCapsule_Type) {
        return Err(invalid());
    }
    let c = o as *mut Capsule;
    // SAFETY: a capsule.
    unsafe {
        if (*c).pointer.is_null() {
            return Err(invalid());
        }
        let same = match ((*c).name.is_null(), name.is_null()) {
            (true, true) => true,
            (false, false) => libc::strcmp((*c).name, name) == 0,
            _ => false,
        };
        if !same && what == "PyCapsule_GetPointer" {
            return Err(vm.new_value_error(format!("{what} called with incorrect name")));
        }
    }
    Ok(c)
}

capi! {
    api fn PyCapsule_New(pointer: *mut c_void, name: *const c_char, destructor: ffi::PyCapsule_Destructor) -> *mut PyObject {
        if pointer.is_null() {
            return Err(vm().new_value_error("PyCapsule_New called with null pointer"));
        }
        let o = super::typeobject::alloc_instance(addr_of_mut!(ffi::PyCapsule_Type), 0)?;
        let c = o as *mut Capsule;
        // SAFETY: fresh capsule memory.
        unsafe {
            (*c).pointer = pointer;
            (*c).name = name;
            (*c).context = null_mut();
            (*c).destructor = destructor;
        }
        Ok(o)
    }
    api fn PyCapsule_GetPointer(o: *mut PyObject, name: *const c_char) -> *mut c_void {
        // SAFETY: checked to be a capsule.
        Ok(unsafe { (*checked(o, name, "PyCapsule_GetPointer")?).pointer })
    }
    api fn PyCapsule_GetName(o: *mut PyObject) -> *const c_char {
        // SAFETY: checked to be a capsule.
        Ok(unsafe { (*checked(o, null_mut(), "PyCapsule_GetName")?).name })
    }
    api fn PyCapsule_GetContext(o: *mut PyObject) -> *mut c_void {
        // SAFETY: checked to be a capsule.
        Ok(unsafe { (*checked(o, null_mut(), "PyCapsule_GetContext")?).context })
    }
    api fn PyCapsule_GetDestructor(o: *mut PyObject) -> ffi::PyCapsule_Destructor {
        // SAFETY: checked to be a capsule.
        Ok(unsafe { (*checked(o, null_mut(), "PyCapsule_GetDestructor")?).destructor })
    }
    api fn PyCapsule_IsValid(o: *mut PyObject, name: *const c_char) -> c_int {
        let ok = checked(o, name, "PyCapsule_GetPointer").is_ok();
        Ok(ok as c_int)
    }
    api fn PyCapsule_SetPointer(o: *mut PyObject, pointer: *mut c_void) -> c_int {
        if pointer.is_null() {
            return Err(vm().new_value_error("PyCapsule_SetPointer called with null pointer"));
        }
        // SAFETY: checked to be a capsule.
        unsafe { (*checked(o, null_mut(), "PyCapsule_SetPointer")?).pointer = pointer };
        Ok(0)
    }
    api fn PyCapsule_SetName(o: *mut PyObject, name: *const c_char) -> c_int {
        // SAFETY: checked to be a capsule.
        unsafe { (*checked(o, null_mut(), "PyCapsule_SetName")?).name = name };
        Ok(0)
    }
    api fn PyCapsule_SetContext(o: *mut PyObject, context: *mut c_void) -> c_int {
        // SAFETY: checked to be a capsule.
        unsafe { (*checked(o, null_mut(), "PyCapsule_SetContext")?).context = context };
        Ok(0)
    }
    api fn PyCapsule_SetDestructor(o: *mut PyObject, destructor: ffi::PyCapsule_Destructor) -> c_int {
        // SAFETY: checked to be a capsule.
        unsafe { (*checked(o, null_mut(), "PyCapsule_SetDestructor")?).destructor = destructor };
        Ok(0)
    }
    api fn PyCapsule_Import(name: *const c_char, _no_block: c_int) -> *mut c_void {
        let vm = vm();
        let full = cstr(name)?.into_owned();
        let mut parts = full.split('.');
        let first = parts.next().unwrap_or_default();
        let mut obj = core_interp::vm::import::import_module(vm, first).map_err(|_| {
            vm.new_import_error(format!("PyCapsule_Import could not import module \"{first}\""))
        })?;
        let mut path = first.to_string();
        for part in parts {
            path = format!("{path}.{part}");
            // CPython looks attributes up (a submodule must already be imported).
            obj = vm.getattr_str(&obj, part)?;
        }
        let p = crate::proxy::to_c(&obj);
        // SAFETY: the object is live; only its type is read before the check.
        if unsafe { (*p).ob_type } != addr_of_mut!(ffi::PyCapsule_Type) {
            return Err(vm.new_attribute_error(format!("PyCapsule \"{full}\" is not valid")));
        }
        let ptr = PyCapsule_GetPointer(p, name);
        if ptr.is_null() {
            return Err(vm.new_attribute_error(format!("PyCapsule \"{full}\" is not valid")));
        }
        Ok(ptr)
    }
}
