//! `OSError`'s fields and constructor (CPython's `OSError_new`/`OSError_init`):
//! `errno`, `strerror`, `filename`, `filename2`, the errno → subclass mapping
//! (`OSError(2, …)` is a `FileNotFoundError`), and the
//! `[Errno 2] No such file or directory: 'x'` message; and `ImportError`'s
//! `name`/`path`/`msg` keywords. The fields live in the instance `__dict__`.

use super::dictobject::PyDict;
use super::exceptions::{as_exception, PyBaseException};
use super::object::PyRef;
use super::tupleobject::{new_tuple, tuple_items};
use super::typeobject::{as_type, class_name};
use crate::vm::{CallArgs, PyResult, Vm};

/// The `OSError` subclass CPython picks for `errno`.
pub fn subclass_for_errno<'a>(vm: &'a Vm, errno: i64) -> Option<&'a PyRef> {
    let e = &vm.exceptions;
    let n = errno as i32;
    Some(match n {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &e.blocking_io_error,
        libc::ECHILD => &e.child_process_error,
        libc::EPIPE | libc::ESHUTDOWN => &e.broken_pipe_error,
        libc::ECONNABORTED => &e.connection_aborted_error,
        libc::ECONNREFUSED => &e.connection_refused_error,
        libc::ECONNRESET => &e.connection_reset_error,
        libc::EEXIST => &e.file_exists_error,
        libc::ENOENT => &e.file_not_found_error,
        libc::EISDIR => &e.is_a_directory_error,
        libc::ENOTDIR => &e.not_a_directory_error,
        libc::EINTR => &e.interrupted_error,
        libc::EACCES | libc::EPERM => &e.permission_error,
        libc::ESRCH => &e.process_lookup_error,
        libc::ETIMEDOUT => &e.timeout_error,
        _ => return None,
    })
}

pub(crate) fn instance_dict(vm: &Vm, obj: &PyRef) -> PyRef {
    match obj.dict() {
        Some(d) => d,
        None => {
            let d = PyDict::new_ref(vm);
            obj.set_dict(Some(d.clone()));
            d
        }
    }
}

/// Sets the fields from the constructor arguments, as `OSError.__init__` does.
fn parse_args(vm: &Vm, obj: &PyRef, args: &[PyRef]) {
    let d = instance_dict(vm, obj);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    let none = || vm.none.clone();
    let (mut errno, mut strerror, mut filename, mut filename2) = (none(), none(), none(), none());
    if (2..=5).contains(&args.len()) {
        errno = args[0].clone();
        strerror = args[1].clone();
        if args.len() >= 3 {
            filename = args[2].clone();
        }
        if args.len() == 5 {
            filename2 = args[4].clone();
        }
    }
    if super::typeobject::is_subtype(obj.class(), &vm.exceptions.blocking_io_error)
        && args.len() >= 3
    {
        if super::longobject::as_int(&args[2]).is_some() {
            d.set_str(vm, "characters_written", args[2].clone());
            filename = none();
        }
    }
    d.set_str(vm, "errno", errno);
    d.set_str(vm, "strerror", strerror);
    d.set_str(vm, "filename", filename);
    d.set_str(vm, "filename2", filename2);
    if let Some(x) = as_exception(obj) {
        let kept = if (3..=5).contains(&args.len()) {
            args[..2].to_vec()
        } else {
            args.to_vec()
        };
        *x.args.borrow_mut() = new_tuple(vm, kept);
    }
}

fn oserror_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    let mut ty = cls.clone();
    if cls.is(&vm.exceptions.os_error) && pos.len() >= 2 {
        if let Some(n) = super::longobject::int_to_i64(&pos[0]) {
            if let Some(sub) = subclass_for_errno(vm, n) {
                ty = sub.clone();
            }
        }
    }
    let e = PyBaseException::new_instance(vm, &ty, pos.to_vec());
    parse_args(vm, &e, pos);
    Ok(e)
}

fn oserror_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    args.no_kwargs(vm, &class_name(obj))?;
    parse_args(vm, obj, args.positional());
    Ok(())
}

fn field(vm: &Vm, obj: &PyRef, name: &str) -> Option<PyRef> {
    obj.dict()
        .and_then(|d| {
            d.downcast_ref::<PyDict>()
                .and_then(|d| d.get_rust_str(vm, name))
        })
        .filter(|v| !vm.is_none(v))
}

fn oserror_str(vm: &Vm, obj: &PyRef) -> PyResult {
    let errno = field(vm, obj, "errno");
    let strerror = field(vm, obj, "strerror");
    let show = |v: &Option<PyRef>| -> PyResult<String> {
        match v {
            Some(v) => vm.str_string(v),
            None => Ok("None".into()),
        }
    };
    let s = if let Some(f) = field(vm, obj, "filename") {
        match field(vm, obj, "filename2") {
            Some(f2) => format!(
                "[Errno {}] {}: {} -> {}",
                show(&errno)?,
                show(&strerror)?,
                vm.repr_string(&f)?,
                vm.repr_string(&f2)?
            ),
            None => format!(
                "[Errno {}] {}: {}",
                show(&errno)?,
                show(&strerror)?,
                vm.repr_string(&f)?
            ),
        }
    } else if errno.is_some() && strerror.is_some() {
        format!("[Errno {}] {}", show(&errno)?, show(&strerror)?)
    } else {
        let args = as_exception(obj).map(|x| x.args.borrow().clone());
        let items = args
            .as_ref()
            .and_then(tuple_items)
            .map(|t| t.to_vec())
            .unwrap_or_default();
        return match items.len() {
            0 => Ok(vm.empty_str.clone()),
            1 => vm.str(&items[0]),
            _ => vm.str(&new_tuple(vm, items)),
        };
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

/// A new OSError (or the subclass its errno maps to) for `errno`, with
/// `strerror` and optional file names, as `PyErr_SetFromErrnoWithFilenameObjects`.
pub fn new_os_error(
    vm: &Vm,
    errno: i32,
    filename: Option<PyRef>,
    filename2: Option<PyRef>,
) -> crate::vm::PyErr {
    let msg = strerror(errno);
    let mut args = vec![
        super::longobject::new_int(vm, errno as i64),
        super::unicodeobject::new_str_object(vm, &msg),
    ];
    if let Some(f) = filename {
        args.push(f);
        if let Some(f2) = filename2 {
            args.push(vm.none.clone());
            args.push(f2);
        }
    }
    let ty = subclass_for_errno(vm, errno as i64)
        .unwrap_or(&vm.exceptions.os_error)
        .clone();
    let e = PyBaseException::new_instance(vm, &ty, args.clone());
    parse_args(vm, &e, &args);
    crate::vm::PyErr(e)
}

/// The C library's message for `errno` (`strerror`).
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a NUL-terminated static or
    // thread-local string, read before any other libc call on this thread.
    unsafe {
        let p = libc::strerror(errno);
        if p.is_null() {
            return format!("Unknown error {errno}");
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

fn import_error_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let d = instance_dict(vm, obj);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    let (mut name, mut path) = (vm.none.clone(), vm.none.clone());
    for (k, v) in args.kwargs() {
        match vm.str_string(k)?.as_str() {
            "name" => name = v.clone(),
            "path" => path = v.clone(),
            other => {
                return Err(vm.new_type_error(format!(
                    "'{other}' is an invalid keyword argument for {}()",
                    class_name(obj)
                )))
            }
        }
    }
    let pos = args.positional();
    if let Some(x) = as_exception(obj) {
        *x.args.borrow_mut() = new_tuple(vm, pos.to_vec());
    }
    d.set_str(vm, "name", name);
    d.set_str(vm, "path", path);
    d.set_str(
        vm,
        "msg",
        if pos.len() == 1 {
            pos[0].clone()
        } else {
            vm.none.clone()
        },
    );
    Ok(())
}

fn import_error_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let e = PyBaseException::new_instance(vm, cls, args.positional().to_vec());
    let d = instance_dict(vm, &e);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    for n in ["name", "path", "msg"] {
        d.set_str(vm, n, vm.none.clone());
    }
    Ok(e)
}

fn import_error_str(vm: &Vm, obj: &PyRef) -> PyResult {
    if let Some(m) = field(vm, obj, "msg") {
        return vm.str(&m);
    }
    let items = as_exception(obj)
        .map(|x| x.args.borrow().clone())
        .as_ref()
        .and_then(tuple_items)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    match items.len() {
        0 => Ok(vm.empty_str.clone()),
        1 => vm.str(&items[0]),
        _ => vm.str(&new_tuple(vm, items)),
    }
}

pub(crate) fn dict_field(vm: &Vm, obj: &PyRef, name: &str) -> PyRef {
    obj.dict()
        .and_then(|d| {
            d.downcast_ref::<PyDict>()
                .and_then(|d| d.get_rust_str(vm, name))
        })
        .unwrap_or_else(|| vm.none.clone())
}

pub(crate) fn set_dict_field(vm: &Vm, obj: &PyRef, name: &str, v: Option<&PyRef>) -> PyResult<()> {
    let d = instance_dict(vm, obj);
    d.downcast_ref::<PyDict>().expect("dict").set_str(
        vm,
        name,
        v.cloned().unwrap_or_else(|| vm.none.clone()),
    );
    Ok(())
}

/// Getsets for exception fields kept in the instance `__dict__` (None when unset).
macro_rules! dict_fields {
    ($($n:literal),*) => {
        [$(GetSetDef::new($n, |vm, o| Ok($crate::objects::exceptions_oserror::dict_field(vm, o, $n)))
            .with_setter(|vm, o, v| $crate::objects::exceptions_oserror::set_dict_field(vm, o, $n, v)),)*]
    };
}
pub(crate) use dict_fields;

/// Installs OSError's and ImportError's constructors, fields and `__str__`.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, GetSetDef};
    add_getsets(
        vm,
        &vm.exceptions.os_error,
        &dict_fields!("errno", "strerror", "filename", "filename2"),
    );
    add_getsets(
        vm,
        &vm.exceptions.import_error,
        &dict_fields!("name", "path", "msg"),
    );
    let s = &as_type(&vm.exceptions.os_error).slots;
    s.new.set(Some(oserror_new));
    s.init.set(Some(oserror_init));
    s.str.set(Some(oserror_str));
    let s = &as_type(&vm.exceptions.import_error).slots;
    s.new.set(Some(import_error_new));
    s.init.set(Some(import_error_init));
    s.str.set(Some(import_error_str));
}
