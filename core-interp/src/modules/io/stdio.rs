//! The standard streams as `_io` objects (CPython's `create_stdio`):
//! `TextIOWrapper` over `BufferedReader`/`BufferedWriter` over `FileIO` on
//! descriptors 0, 1 and 2, honouring `-u` and `PYTHONIOENCODING`; also
//! `builtins.open`, and flushing the streams at exit.

use super::bufferedio::{buffered_reader_type, buffered_writer_type};
use super::fileio::fileio_from_fd;
use super::textio::new_textio;
use crate::objects::dictobject::PyDict;
use crate::objects::moduleobject::module_dict;
use crate::vm::{PyResult, Vm};

/// How the standard streams are set up.
pub struct StdioConfig {
    pub unbuffered: bool,
    /// `PYTHONIOENCODING` (`encoding[:errors]`), unless ignored.
    pub io_encoding: Option<String>,
}

fn create_stream(vm: &Vm, fd: i32, write: bool, name: &str, cfg: &StdioConfig) -> PyResult {
    let mode = if write { "wb" } else { "rb" };
    let raw = fileio_from_fd(vm, fd, mode, false, name)?;
    let (mut encoding, mut errors) = (
        "utf-8".to_string(),
        if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        }
        .to_string(),
    );
    if let Some(spec) = &cfg.io_encoding {
        let (e, r) = match spec.split_once(':') {
            Some((e, r)) => (e, Some(r)),
            None => (spec.as_str(), None),
        };
        if !e.is_empty() {
            encoding = e.to_string();
        }
        if let Some(r) = r.filter(|r| !r.is_empty()) {
            if fd != 2 {
                errors = r.to_string();
            }
        }
    }
    // SAFETY: plain system call on a descriptor number.
    let tty = unsafe { libc::isatty(fd) } == 1;
    let buffer = if write && cfg.unbuffered {
        raw
    } else {
        let ty = if write {
            buffered_writer_type(vm)
        } else {
            buffered_reader_type(vm)
        };
        vm.call_positional(ty, &[raw])?
    };
    let line_buffering = write && (tty || fd == 2) && !cfg.unbuffered;
    let write_through = write && cfg.unbuffered;
    let stream = new_textio(
        vm,
        buffer,
        &encoding,
        &errors,
        line_buffering,
        write_through,
    )?;
    vm.setattr_str(&stream, "mode", vm.intern(if write { "w" } else { "r" }))?;
    Ok(stream)
}

/// Sets `sys.stdin`/`stdout`/`stderr` (and their `__std*__` twins) and
/// `builtins.open`.
pub fn install(vm: &Vm, cfg: &StdioConfig) -> PyResult<()> {
    let io = crate::vm::import::import_module(vm, "_io")?;
    let open = vm.getattr_str(&io, "open")?;
    crate::objects::dictobject::as_dict(&module_dict(&vm.builtins_module()))
        .expect("dict")
        .set_str(vm, "open", open);
    let sys = vm.sys.borrow().clone().expect("sys");
    let d = module_dict(&sys);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    for (fd, write, name, attrs) in [
        (0, false, "<stdin>", ["stdin", "__stdin__"]),
        (1, true, "<stdout>", ["stdout", "__stdout__"]),
        (2, true, "<stderr>", ["stderr", "__stderr__"]),
    ] {
        let s = create_stream(vm, fd, write, name, cfg)?;
        for a in attrs {
            d.set_str(vm, a, s.clone());
        }
    }
    Ok(())
}

/// Flushes `sys.stdout` and `sys.stderr` at exit; false if stdout could not
/// be flushed (CPython then exits with status 120).
pub fn flush_std_files(vm: &Vm) -> bool {
    let mut ok = true;
    for name in ["stdout", "stderr"] {
        let Ok(f) = crate::modules::sysmodule::sys_attr(vm, name) else {
            continue;
        };
        if vm.is_none(&f) {
            continue;
        }
        let closed = vm
            .getattr_str(&f, "closed")
            .and_then(|c| vm.is_true(&c))
            .unwrap_or(true);
        if closed {
            continue;
        }
        if let Err(e) = vm.call_method(&f, "flush", &[]) {
            if name == "stdout" {
                ok = false;
                crate::modules::sysmodule::write_unraisable(
                    vm,
                    &e,
                    Some(&f),
                    "Exception ignored in",
                );
            }
        }
    }
    ok
}
