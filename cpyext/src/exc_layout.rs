//! The C layouts of exception proxies: `PyBaseExceptionObject` (`args`,
//! `traceback`, `context`, `cause`, …) and the subclass layouts whose
//! fields C reads directly (`PyOSErrorObject.myerrno`, Cython's
//! `PyStopIterationObject.value`, `PySystemExitObject.code`,
//! `PyImportErrorObject.name`).
//!
//! The fields are borrowed pointers to the proxies of what the exception
//! holds, refreshed each time the exception is handed to C (`proxy::to_c`),
//! so they show the exception's state as of its last crossing.

use crate::ffi;
use crate::proxy;
use crate::runtime::vm;
use core_interp::objects::dictobject::PyDict;
use core_interp::objects::exceptions::PyBaseException;
use core_interp::objects::object::{PyObject as CoreObject, PyRef};
use core_interp::objects::typeobject::is_subtype;
use core_interp::vm::Vm;
use std::mem::size_of;
use std::ptr::null_mut;

/// Which C struct an exception class's instances have.
#[derive(Clone, Copy)]
enum Layout {
    Base,
    OsError,
    StopIteration,
    SystemExit,
    ImportError,
}

fn layout_of(vm: &Vm, cls: &PyRef) -> Layout {
    let e = &vm.exceptions;
    if is_subtype(cls, &e.os_error) {
        Layout::OsError
    } else if is_subtype(cls, &e.stop_iteration) {
        Layout::StopIteration
    } else if is_subtype(cls, &e.system_exit) {
        Layout::SystemExit
    } else if is_subtype(cls, &e.import_error) {
        Layout::ImportError
    } else {
        Layout::Base
    }
}

/// The size of the C struct of instances of the exception class `cls`.
pub fn size(vm: &Vm, cls: &PyRef) -> usize {
    match layout_of(vm, cls) {
        Layout::Base => size_of::<ffi::PyBaseExceptionObject>(),
        Layout::OsError => size_of::<ffi::PyOSErrorObject>(),
        Layout::StopIteration => size_of::<ffi::PyStopIterationObject>(),
        Layout::SystemExit => size_of::<ffi::PySystemExitObject>(),
        Layout::ImportError => size_of::<ffi::PyImportErrorObject>(),
    }
}

/// Whether `obj` is an exception (its proxy has an exception layout).
pub fn is_exception(obj: &CoreObject) -> bool {
    obj.downcast_ref::<PyBaseException>().is_some()
}

fn borrowed(o: Option<PyRef>) -> *mut ffi::PyObject {
    match o {
        Some(o) if !vm().is_none(&o) => proxy::to_c(&o),
        _ => null_mut(),
    }
}

/// Fills the fields of the proxy `p` of the exception `obj` from its
/// current state.
pub fn refresh(p: *mut ffi::PyObject, obj: &PyRef) {
    let Some(x) = obj.downcast_ref::<PyBaseException>() else {
        return;
    };
    // A context or cause chain may loop back to an exception being filled.
    if FILLING.with(|f| f.borrow().contains(&(p as usize))) {
        return;
    }
    FILLING.with(|f| f.borrow_mut().push(p as usize));
    fill(p, obj, x);
    FILLING.with(|f| f.borrow_mut().pop());
}

thread_local! {
    static FILLING: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn fill(p: *mut ffi::PyObject, obj: &PyRef, x: &PyBaseException) {
    let vm = vm();
    let dict = obj.dict();
    let field = |name: &str| {
        dict.as_ref()
            .and_then(|d| d.downcast_ref::<PyDict>())
            .and_then(|d| d.get_rust_str(vm, name))
    };
    let args = x.args.borrow().clone();
    let first = || {
        core_interp::objects::tupleobject::tuple_items(&args)
            .and_then(|t| t.first().cloned())
            .unwrap_or_else(|| vm.none.clone())
    };
    // SAFETY: the proxy of an exception was allocated with `size` bytes
    // for its class, so it has the base layout and its class's fields.
    unsafe {
        let b = p as *mut ffi::PyBaseExceptionObject;
        (*b).dict = dict.as_ref().map_or(null_mut(), proxy::to_c);
        (*b).args = proxy::to_c(&args);
        (*b).notes = borrowed(field("__notes__"));
        (*b).traceback = borrowed(x.traceback.borrow().clone());
        (*b).context = borrowed(x.context.borrow().clone());
        (*b).cause = borrowed(x.cause.borrow().clone());
        (*b).suppress_context = x.suppress_context.get() as libc::c_char;
        match layout_of(vm, obj.class()) {
            Layout::Base => {}
            Layout::OsError => {
                let o = p as *mut ffi::PyOSErrorObject;
                (*o).myerrno = borrowed(field("errno"));
                (*o).strerror = borrowed(field("strerror"));
                (*o).filename = borrowed(field("filename"));
                (*o).filename2 = borrowed(field("filename2"));
                (*o).written = field("characters_written")
                    .and_then(|w| core_interp::objects::longobject::int_to_i64(&w))
                    .unwrap_or(-1) as isize;
            }
            Layout::StopIteration => {
                (*(p as *mut ffi::PyStopIterationObject)).value = proxy::to_c(&first());
            }
            Layout::SystemExit => {
                let code = match core_interp::objects::tupleobject::tuple_items(&args) {
                    Some(t) if t.len() == 1 => t[0].clone(),
                    Some(t) if t.is_empty() => vm.none.clone(),
                    _ => args.clone(),
                };
                (*(p as *mut ffi::PySystemExitObject)).code = proxy::to_c(&code);
            }
            Layout::ImportError => {
                let o = p as *mut ffi::PyImportErrorObject;
                (*o).msg = borrowed(field("msg"));
                (*o).name = borrowed(field("name"));
                (*o).path = borrowed(field("path"));
            }
        }
    }
}
