//! The error indicator from C: `PyErr_*` (set, fetch, restore, match,
//! clear, print), exception objects' fields, new exception classes, and the
//! `PyExc_*` pointers.

use super::{arg, cstr, ret};
use crate::ffi::{self, PyObject};
use crate::proxy;
use crate::runtime::{self, vm};
use core_interp::objects::object::PyRef;
use core_interp::objects::typeobject::{is_subtype, PyType};
use core_interp::objects::unicodeobject::new_str_object;
use core_interp::vm::{PyErr, Vm};
use libc::{c_char, c_int};
use std::ptr::{addr_of_mut, null_mut};

/// Points every `PyExc_*` at its exception type's proxy.
pub fn init_exception_pointers(vm: &Vm) {
    let e = &vm.exceptions;
    let rows: Vec<(*mut *mut PyObject, &PyRef)> = vec![
        (addr_of_mut!(ffi::PyExc_BaseException), &e.base_exception),
        (addr_of_mut!(ffi::PyExc_Exception), &e.exception),
        (
            addr_of_mut!(ffi::PyExc_BaseExceptionGroup),
            &e.base_exception_group,
        ),
        (
            addr_of_mut!(ffi::PyExc_StopAsyncIteration),
            &e.stop_async_iteration,
        ),
        (addr_of_mut!(ffi::PyExc_StopIteration), &e.stop_iteration),
        (addr_of_mut!(ffi::PyExc_GeneratorExit), &e.generator_exit),
        (
            addr_of_mut!(ffi::PyExc_ArithmeticError),
            &e.arithmetic_error,
        ),
        (addr_of_mut!(ffi::PyExc_LookupError), &e.lookup_error),
        (addr_of_mut!(ffi::PyExc_AssertionError), &e.assertion_error),
        (addr_of_mut!(ffi::PyExc_AttributeError), &e.attribute_error),
        (addr_of_mut!(ffi::PyExc_BufferError), &e.buffer_error),
        (addr_of_mut!(ffi::PyExc_EOFError), &e.eof_error),
        (
            addr_of_mut!(ffi::PyExc_FloatingPointError),
            &e.floating_point_error,
        ),
        (addr_of_mut!(ffi::PyExc_OSError), &e.os_error),
        (addr_of_mut!(ffi::PyExc_ImportError), &e.import_error),
        (
            addr_of_mut!(ffi::PyExc_ModuleNotFoundError),
            &e.module_not_found_error,
        ),
        (addr_of_mut!(ffi::PyExc_IndexError), &e.index_error),
        (addr_of_mut!(ffi::PyExc_KeyError), &e.key_error),
        (
            addr_of_mut!(ffi::PyExc_KeyboardInterrupt),
            &e.keyboard_interrupt,
        ),
        (addr_of_mut!(ffi::PyExc_MemoryError), &e.memory_error),
        (addr_of_mut!(ffi::PyExc_NameError), &e.name_error),
        (addr_of_mut!(ffi::PyExc_OverflowError), &e.overflow_error),
        (addr_of_mut!(ffi::PyExc_RuntimeError), &e.runtime_error),
        (addr_of_mut!(ffi::PyExc_RecursionError), &e.recursion_error),
        (
            addr_of_mut!(ffi::PyExc_NotImplementedError),
            &e.not_implemented_error,
        ),
        (addr_of_mut!(ffi::PyExc_SyntaxError), &e.syntax_error),
        (
            addr_of_mut!(ffi::PyExc_IndentationError),
            &e.indentation_error,
        ),
        (addr_of_mut!(ffi::PyExc_TabError), &e.tab_error),
        (addr_of_mut!(ffi::PyExc_ReferenceError), &e.reference_error),
        (addr_of_mut!(ffi::PyExc_SystemError), &e.system_error),
        (addr_of_mut!(ffi::PyExc_SystemExit), &e.system_exit),
        (addr_of_mut!(ffi::PyExc_TypeError), &e.type_error),
        (
            addr_of_mut!(ffi::PyExc_UnboundLocalError),
            &e.unbound_local_error,
        ),
        (addr_of_mut!(ffi::PyExc_UnicodeError), &e.unicode_error),
        (
            addr_of_mut!(ffi::PyExc_UnicodeEncodeError),
            &e.unicode_encode_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_UnicodeDecodeError),
            &e.unicode_decode_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_UnicodeTranslateError),
            &e.unicode_translate_error,
        ),
        (addr_of_mut!(ffi::PyExc_ValueError), &e.value_error),
        (
            addr_of_mut!(ffi::PyExc_ZeroDivisionError),
            &e.zero_division_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_BlockingIOError),
            &e.blocking_io_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_BrokenPipeError),
            &e.broken_pipe_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_ChildProcessError),
            &e.child_process_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_ConnectionError),
            &e.connection_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_ConnectionAbortedError),
            &e.connection_aborted_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_ConnectionRefusedError),
            &e.connection_refused_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_ConnectionResetError),
            &e.connection_reset_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_FileExistsError),
            &e.file_exists_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_FileNotFoundError),
            &e.file_not_found_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_InterruptedError),
            &e.interrupted_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_IsADirectoryError),
            &e.is_a_directory_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_NotADirectoryError),
            &e.not_a_directory_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_PermissionError),
            &e.permission_error,
        ),
        (
            addr_of_mut!(ffi::PyExc_ProcessLookupError),
            &e.process_lookup_error,
        ),
        (addr_of_mut!(ffi::PyExc_TimeoutError), &e.timeout_error),
        (addr_of_mut!(ffi::PyExc_Warning), &e.warning),
        (addr_of_mut!(ffi::PyExc_UserWarning), &e.user_warning),
        (
            addr_of_mut!(ffi::PyExc_DeprecationWarning),
            &e.deprecation_warning,
        ),
        (
            addr_of_mut!(ffi::PyExc_PendingDeprecationWarning),
            &e.pending_deprecation_warning,
        ),
        (addr_of_mut!(ffi::PyExc_SyntaxWarning), &e.syntax_warning),
        (addr_of_mut!(ffi::PyExc_RuntimeWarning), &e.runtime_warning),
        (addr_of_mut!(ffi::PyExc_FutureWarning), &e.future_warning),
        (addr_of_mut!(ffi::PyExc_ImportWarning), &e.import_warning),
        (addr_of_mut!(ffi::PyExc_UnicodeWarning), &e.unicode_warning),
        (addr_of_mut!(ffi::PyExc_BytesWarning), &e.bytes_warning),
        (
            addr_of_mut!(ffi::PyExc_EncodingWarning),
            &e.encoding_warning,
        ),
        (
            addr_of_mut!(ffi::PyExc_ResourceWarning),
            &e.resource_warning,
        ),
        (addr_of_mut!(ffi::PyExc_EnvironmentError), &e.os_error),
        (addr_of_mut!(ffi::PyExc_IOError), &e.os_error),
    ];
    for (slot, ty) in rows {
        // SAFETY: writing a static pointer before any extension reads it.
        unsafe { *slot = proxy::to_c(ty) };
    }
}

fn is_exception_type(o: &PyRef) -> bool {
    o.downcast_ref::<PyType>().is_some() && is_subtype(o, &vm().exceptions.base_exception)
}

/// The exception `type(value)` would raise, normalized as CPython's
/// `PyErr_NormalizeException` does.
pub fn normalize(ty: &PyRef, value: Option<PyRef>) -> PyErr {
    let vm = vm();
    if !is_exception_type(ty) {
        return vm.new_system_error(format!(
            "exception {} not a BaseException subclass",
            vm.repr_string(ty).unwrap_or_default()
        ));
    }
    let made = match value {
        Some(v) if vm.isinstance(&v, ty).unwrap_or(false) => return PyErr(v),
        None => vm.call_positional(ty, &[]),
        Some(v) if vm.is_none(&v) => vm.call_positional(ty, &[]),
        Some(v) => match core_interp::objects::tupleobject::tuple_items(&v) {
            Some(items) => vm.call_positional(ty, items),
            None => vm.call_positional(ty, &[v.clone()]),
        },
    };
    match made {
        Ok(e)
            if vm
                .isinstance(&e, &vm.exceptions.base_exception)
                .unwrap_or(false) =>
        {
            PyErr(e)
        }
        Ok(e) => vm.new_type_error(format!(
            "calling {} should have returned an instance of BaseException, not {}",
            vm.repr_string(ty).unwrap_or_default(),
            core_interp::objects::typeobject::class_name(&e)
        )),
        Err(e) => e,
    }
}

/// The exception `ty(errno, strerror(errno)[, filename[, None, filename2]])`
/// for the current `errno` (CPython says "Error" for errno 0).
fn from_errno(ty: &PyRef, filename: Option<PyRef>, filename2: Option<PyRef>) -> PyErr {
    let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    errno_error(ty, code, filename, filename2)
}

fn errno_error(ty: &PyRef, code: i32, filename: Option<PyRef>, filename2: Option<PyRef>) -> PyErr {
    let vm = vm();
    let msg = if code == 0 {
        "Error".to_string()
    } else {
        // SAFETY: strerror returns a static string.
        unsafe { std::ffi::CStr::from_ptr(libc::strerror(code)) }
            .to_string_lossy()
            .into_owned()
    };
    let mut items = vec![
        core_interp::objects::longobject::new_int(vm, code as i64),
        new_str_object(vm, &msg),
    ];
    if filename.is_some() || filename2.is_some() {
        items.push(filename.unwrap_or_else(|| vm.none.clone()));
    }
    if let Some(f2) = filename2 {
        items.push(vm.none.clone());
        items.push(f2);
    }
    let args = core_interp::objects::tupleobject::new_tuple(vm, items);
    normalize(ty, Some(args))
}

capi! {
    api fn PyErr_SetObject(ty: *mut PyObject, value: *mut PyObject) {
        let e = normalize(&arg(ty)?, proxy::from_c_opt(value));
        runtime::set_error(e);
        Ok(())
    }
    api fn PyErr_SetString(ty: *mut PyObject, msg: *const c_char) {
        let vm = vm();
        let e = normalize(&arg(ty)?, Some(new_str_object(vm, &cstr(msg)?)));
        runtime::set_error(e);
        Ok(())
    }
    api fn PyErr_SetNone(ty: *mut PyObject) {
        runtime::set_error(normalize(&arg(ty)?, None));
        Ok(())
    }
    api fn PyErr_Occurred() -> *mut PyObject {
        // The field itself, as CPython: C may have stored a type with a
        // value that is not its instance yet.
        // SAFETY: this thread's state.
        Ok(unsafe { (*super::pystate::tstate()).curexc_type })
    }
    api fn PyErr_Clear() {
        drop(runtime::take_error());
        Ok(())
    }
    api fn PyErr_Fetch(ptype: *mut *mut PyObject, pvalue: *mut *mut PyObject, ptb: *mut *mut PyObject) {
        let e = runtime::take_error();
        let vm = vm();
        // SAFETY: the caller passes three writable PyObject* slots.
        unsafe {
            match e {
                None => {
                    *ptype = null_mut();
                    *pvalue = null_mut();
                    *ptb = null_mut();
                }
                Some(e) => {
                    let v = e.into_value();
                    *ptype = ret(v.class().clone());
                    let tb = vm.getattr_str(&v, "__traceback__").ok().filter(|t| !vm.is_none(t));
                    *ptb = proxy::new_ref_opt(tb);
                    *pvalue = ret(v);
                }
            }
        }
        Ok(())
    }
    api fn PyErr_Restore(ty: *mut PyObject, value: *mut PyObject, tb: *mut PyObject) {
        let t = if ty.is_null() { None } else { Some(proxy::steal(ty)) };
        let v = if value.is_null() { None } else { Some(proxy::steal(value)) };
        let tb = if tb.is_null() { None } else { Some(proxy::steal(tb)) };
        let Some(t) = t else {
            drop(runtime::take_error());
            return Ok(());
        };
        let e = normalize(&t, v);
        if let Some(tb) = tb {
            let _ = vm().setattr_str(e.value(), "__traceback__", tb);
        }
        runtime::set_error(e);
        Ok(())
    }
    api fn PyErr_NormalizeException(ptype: *mut *mut PyObject, pvalue: *mut *mut PyObject, _ptb: *mut *mut PyObject) {
        // SAFETY: the caller passes writable slots holding owned references.
        unsafe {
            if (*ptype).is_null() {
                return Ok(());
            }
            let t = proxy::from_c(*ptype);
            let v = proxy::from_c_opt(*pvalue);
            // The type becomes the value's class only when the value already
            // was an instance (of a subclass); an exception made from the
            // value keeps the given type (OSError stays OSError for a
            // FileNotFoundError it made), as in CPython.
            let was_instance = v.as_ref().is_some_and(|v| {
                v.downcast_ref::<core_interp::objects::exceptions::PyBaseException>().is_some()
                    && core_interp::objects::typeobject::is_subtype(v.class(), &t)
            });
            let e = normalize(&t, v).into_value();
            if !(*pvalue).is_null() {
                proxy::decref(*pvalue);
            }
            let new_type = if was_instance { e.class().clone() } else { t };
            proxy::decref(*ptype);
            *ptype = ret(new_type);
            *pvalue = ret(e);
        }
        Ok(())
    }
    api fn PyErr_GetExcInfo(ptype: *mut *mut PyObject, pvalue: *mut *mut PyObject, ptb: *mut *mut PyObject) {
        let vm = vm();
        let cur = vm.ts.exc_info.borrow().clone().filter(|e| !vm.is_none(e));
        // SAFETY: three writable slots.
        unsafe {
            match cur {
                Some(v) => {
                    *ptype = ret(v.class().clone());
                    *ptb = proxy::new_ref_opt(vm.getattr_str(&v, "__traceback__").ok().filter(|t| !vm.is_none(t)));
                    *pvalue = ret(v);
                }
                None => {
                    *ptype = null_mut();
                    *pvalue = null_mut();
                    *ptb = null_mut();
                }
            }
        }
        Ok(())
    }
    api fn PyErr_SetExcInfo(ty: *mut PyObject, value: *mut PyObject, tb: *mut PyObject) {
        let vm = vm();
        for p in [ty, tb] {
            if !p.is_null() {
                proxy::decref(p);
            }
        }
        let v = if value.is_null() { None } else { Some(proxy::steal(value)) };
        *vm.ts.exc_info.borrow_mut() = v;
        Ok(())
    }
    api fn PyErr_GetHandledException() -> *mut PyObject {
        let vm = vm();
        let cur = vm.ts.exc_info.borrow().clone().filter(|e| !vm.is_none(e));
        Ok(proxy::new_ref_opt(cur))
    }
    api fn PyErr_GivenExceptionMatches(given: *mut PyObject, exc: *mut PyObject) -> c_int {
        if given.is_null() || exc.is_null() {
            return Ok(0);
        }
        let vm = vm();
        let g = proxy::from_c(given);
        let x = proxy::from_c(exc);
        if let Some(items) = core_interp::objects::tupleobject::tuple_items(&x) {
            for it in items {
                if PyErr_GivenExceptionMatches(given, proxy::to_c(it)) != 0 {
                    return Ok(1);
                }
            }
            return Ok(0);
        }
        let g = if g.downcast_ref::<PyType>().is_some() { g } else { g.class().clone() };
        let _ = vm;
        Ok((x.downcast_ref::<PyType>().is_some() && is_subtype(&g, &x)) as c_int)
    }
    api fn PyErr_ExceptionMatches(exc: *mut PyObject) -> c_int {
        let cur = PyErr_Occurred();
        Ok(PyErr_GivenExceptionMatches(cur, exc))
    }
    api fn PyErr_NoMemory() -> *mut PyObject {
        Err(vm().new_memory_error())
    }
    api fn PyErr_BadArgument() -> c_int {
        Err(vm().new_type_error("bad argument type for built-in operation"))
    }
    api fn PyErr_BadInternalCall() {
        Err(vm().new_system_error("bad argument to internal function"))
    }
    api fn _PyErr_BadInternalCall(file: *const c_char, line: c_int) {
        Err(vm().new_system_error(format!("{}:{line}: bad argument to internal function", cstr(file)?)))
    }
    api fn PyErr_SetFromErrno(ty: *mut PyObject) -> *mut PyObject {
        Err(from_errno(&arg(ty)?, None, None))
    }
    api fn PyErr_SetFromErrnoWithFilenameObject(ty: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
        Err(from_errno(&arg(ty)?, proxy::from_c_opt(name), None))
    }
    api fn PyErr_SetFromErrnoWithFilenameObjects(ty: *mut PyObject, a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        Err(from_errno(&arg(ty)?, proxy::from_c_opt(a), proxy::from_c_opt(b)))
    }
    api fn PyErr_SetFromErrnoWithFilename(ty: *mut PyObject, name: *const c_char) -> *mut PyObject {
        let errno = std::io::Error::last_os_error();
        let vm = vm();
        let name = if name.is_null() { None } else { Some(new_str_object(vm, &cstr(name)?)) };
        Err(errno_error(&arg(ty)?, errno.raw_os_error().unwrap_or(0), name, None))
    }
    api fn PyErr_NewException(name: *const c_char, base: *mut PyObject, dict: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let full = cstr(name)?.into_owned();
        let Some((module, short)) = full.rsplit_once('.') else {
            return Err(vm.new_system_error("PyErr_NewException: name must be module.class"));
        };
        let bases = match proxy::from_c_opt(base) {
            None => core_interp::objects::tupleobject::new_tuple(vm, vec![vm.exceptions.exception.clone()]),
            Some(b) if core_interp::objects::tupleobject::tuple_items(&b).is_some() => b,
            Some(b) => core_interp::objects::tupleobject::new_tuple(vm, vec![b]),
        };
        let d = match proxy::from_c_opt(dict) {
            Some(d) => d,
            None => core_interp::objects::dictobject::PyDict::new_ref(vm),
        };
        if let Some(dd) = d.downcast_ref::<core_interp::objects::dictobject::PyDict>() {
            if dd.get_rust_str(vm, "__module__").is_none() {
                dd.set_str(vm, "__module__", new_str_object(vm, module));
            }
        }
        let cls = vm.call_positional(&vm.types.type_type, &[new_str_object(vm, short), bases, d])?;
        Ok(ret(cls))
    }
    api fn PyErr_NewExceptionWithDoc(name: *const c_char, doc: *const c_char, base: *mut PyObject, dict: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let d = match proxy::from_c_opt(dict) {
            Some(d) => d,
            None => core_interp::objects::dictobject::PyDict::new_ref(vm),
        };
        if !doc.is_null() {
            if let Some(dd) = d.downcast_ref::<core_interp::objects::dictobject::PyDict>() {
                dd.set_str(vm, "__doc__", new_str_object(vm, &cstr(doc)?));
            }
        }
        let r = PyErr_NewException(name, base, proxy::to_c(&d));
        if r.is_null() {
            return Err(runtime::fetch_after_failure("PyErr_NewException"));
        }
        Ok(r)
    }
    api fn PyErr_Print() {
        PyErr_PrintEx(1);
        Ok(())
    }
    api fn PyErr_PrintEx(_set_sys_last: c_int) {
        if let Some(e) = runtime::take_error() {
            core_interp::vm::pythonrun::print_exception(vm(), e.value());
        }
        Ok(())
    }
    api fn PyErr_WriteUnraisable(obj: *mut PyObject) {
        if let Some(e) = runtime::take_error() {
            let o = proxy::from_c_opt(obj);
            core_interp::modules::sysmodule::write_unraisable(vm(), &e, o.as_ref(), "Exception ignored in");
        }
        Ok(())
    }
    api fn PyErr_CheckSignals() -> c_int {
        Ok(0)
    }
    api fn PyException_GetTraceback(e: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let t = vm.getattr_str(&arg(e)?, "__traceback__")?;
        Ok(if vm.is_none(&t) { null_mut() } else { ret(t) })
    }
    api fn PyException_SetTraceback(e: *mut PyObject, tb: *mut PyObject) -> c_int {
        let x = arg(e)?;
        vm().setattr_str(&x, "__traceback__", arg(tb)?)?;
        crate::exc_layout::refresh(e, &x);
        Ok(0)
    }
    api fn PyException_GetCause(e: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let t = vm.getattr_str(&arg(e)?, "__cause__")?;
        Ok(if vm.is_none(&t) { null_mut() } else { ret(t) })
    }
    api fn PyException_SetCause(e: *mut PyObject, cause: *mut PyObject) {
        let vm = vm();
        let c = if cause.is_null() { vm.none.clone() } else { proxy::steal(cause) };
        let x = arg(e)?;
        vm.setattr_str(&x, "__cause__", c)?;
        crate::exc_layout::refresh(e, &x);
        Ok(())
    }
    api fn PyException_GetContext(e: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let t = vm.getattr_str(&arg(e)?, "__context__")?;
        Ok(if vm.is_none(&t) { null_mut() } else { ret(t) })
    }
    api fn PyException_SetContext(e: *mut PyObject, ctx: *mut PyObject) {
        let vm = vm();
        let c = if ctx.is_null() { vm.none.clone() } else { proxy::steal(ctx) };
        let x = arg(e)?;
        vm.setattr_str(&x, "__context__", c)?;
        crate::exc_layout::refresh(e, &x);
        Ok(())
    }
    api fn PyExceptionClass_Name(t: *mut PyObject) -> *const c_char {
        // SAFETY: C passes an exception class, whose proxy is a type object.
        Ok(unsafe { (*(t as *mut crate::ffi::PyTypeObject)).tp_name })
    }
    api fn PyExceptionInstance_Class(e: *mut PyObject) -> *mut PyObject {
        Ok(proxy::to_c(arg(e)?.class()))
    }
    /// A deliberate Rust panic inside an exported function, so that
    /// `ext-tests/modules/panic_guard.c` can check that it becomes
    /// SystemError without a report on stderr.
    api fn _oxpy_test_panic() -> *mut PyObject {
        panic!("deliberate panic (test)")
    }
    api fn _oxpy_not_implemented(name: *const c_char) {
        Err(runtime::not_implemented(&cstr(name)?))
    }
}
