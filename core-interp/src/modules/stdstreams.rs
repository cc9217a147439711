//! Minimal text streams over the process's stdin/stdout/stderr, used as
//! `sys.stdin`/`sys.stdout`/`sys.stderr` until the `_io` module replaces them.

use crate::objects::descrobject::add_methods;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::typeobject::{class_name, new_builtin_type};
use crate::objects::unicodeobject::PyStr;
use crate::vm::{CallArgs, PyResult, Vm};
use std::io::Write;
use std::sync::OnceLock;

/// Which standard stream.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Fd {
    Stdin,
    Stdout,
    Stderr,
}

/// The payload of the standard stream objects.
pub struct StdStream {
    pub fd: Fd,
}

impl PyPayload for StdStream {}

static STREAM_TYPE: OnceLock<PyRef> = OnceLock::new();

/// Writes text to the stream (lone surrogates are escaped as CPython's
/// `backslashreplace` would).
pub fn write_text(fd: Fd, s: &str) {
    match fd {
        Fd::Stdout => {
            let _ = std::io::stdout().lock().write_all(s.as_bytes());
        }
        Fd::Stderr => {
            let _ = std::io::stdout().lock().flush();
            let _ = std::io::stderr().lock().write_all(s.as_bytes());
        }
        Fd::Stdin => {}
    }
}

fn stream_of(o: &PyRef) -> Fd {
    o.downcast_ref::<StdStream>().expect("std stream").fd
}

fn write(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "write", 2, 2)?;
    let Some(s) = a[1].downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "write() argument must be str, not {}",
            class_name(&a[1])
        )));
    };
    let fd = stream_of(&a[0]);
    if fd == Fd::Stdin {
        return Err(vm.new_exception_msg(&vm.exceptions.os_error, "not writable"));
    }
    write_text(fd, &s.to_string_lossy());
    Ok(crate::objects::longobject::new_int(vm, s.len() as i64))
}

fn flush(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "flush", 1, 1)?;
    match stream_of(&a[0]) {
        Fd::Stdout => {
            let _ = std::io::stdout().flush();
        }
        Fd::Stderr => {
            let _ = std::io::stderr().flush();
        }
        Fd::Stdin => {}
    }
    Ok(vm.none.clone())
}

fn readline(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "readline", 1, 2)?;
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| vm.new_exception_msg(&vm.exceptions.os_error, e.to_string()))?;
    Ok(crate::objects::unicodeobject::new_str_object(vm, &line))
}

/// A new standard stream object.
pub fn new_stream(vm: &Vm, fd: Fd) -> PyRef {
    let ty = STREAM_TYPE.get_or_init(|| {
        let t = new_builtin_type(vm, "_StdStream", &vm.types.object_type, 0, None);
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("write", write),
                MethodDef::new("flush", flush),
                MethodDef::new("readline", readline),
            ],
        );
        t
    });
    PyRef::new(StdStream { fd }, ty.clone())
}
