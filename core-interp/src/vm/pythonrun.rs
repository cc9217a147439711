//! Running code at top level, and what happens to an exception nobody
//! caught: `sys.excepthook` prints it (see `exc_print`), SystemExit becomes
//! the exit status.

pub use super::exc_print::{format_exception, print_exception};
use super::{PyErr, PyResult, Vm};
use crate::modules::stdstreams::{write_text, Fd};
use crate::objects::exceptions::as_exception;
use crate::objects::object::PyRef;
use crate::vm::frame::Frame;

/// Runs the excepthook path for an uncaught exception, returning the exit status
/// (SystemExit yields its code without a traceback).
pub fn handle_uncaught(vm: &Vm, err: PyErr) -> i32 {
    if err.matches(&vm.exceptions.system_exit) {
        return system_exit_code(vm, err.value());
    }
    let hook = crate::modules::sysmodule::sys_attr(vm, "excepthook");
    let exc = err.into_value();
    let tb = as_exception(&exc)
        .and_then(|x| x.traceback.borrow().clone())
        .unwrap_or_else(|| vm.none.clone());
    match hook {
        Ok(h) => {
            if let Err(e) = vm.call_positional(&h, &[exc.class().clone(), exc.clone(), tb]) {
                write_text(Fd::Stderr, "Error in sys.excepthook:\n");
                print_exception(vm, e.value());
                write_text(Fd::Stderr, "\nOriginal exception was:\n");
                print_exception(vm, &exc);
            }
        }
        Err(_) => print_exception(vm, &exc),
    }
    1
}

/// The process exit status a SystemExit asks for (printing a non-int code to stderr).
pub fn system_exit_code(vm: &Vm, exc: &PyRef) -> i32 {
    let args = as_exception(exc).map(|x| x.args.borrow().clone());
    let code = args.and_then(|a| {
        crate::objects::tupleobject::tuple_items(&a).and_then(|t| {
            if t.len() == 1 {
                Some(t[0].clone())
            } else if t.is_empty() {
                None
            } else {
                Some(a.clone())
            }
        })
    });
    let code = match vm.getattr_opt(exc, &vm.intern("code")) {
        Ok(Some(c)) => Some(c),
        _ => code,
    };
    match code {
        None => 0,
        Some(c) if vm.is_none(&c) => 0,
        Some(c) => match crate::objects::longobject::int_to_i64(&c) {
            Some(i) => i as i32,
            None => {
                let s = vm.str_string(&c).unwrap_or_default();
                write_text(Fd::Stderr, &format!("{s}\n"));
                1
            }
        },
    }
}

/// Compiles and runs `source` as module `__main__`-style code in `globals`.
pub fn run_source(vm: &Vm, source: &str, filename: &str, globals: &PyRef) -> PyResult {
    let code = super::compile_source(vm, source, filename, crate::compile::Mode::Exec)?;
    run_code(vm, code, globals)
}

/// Runs a module-level code object in `globals` (also its locals).
pub fn run_code(vm: &Vm, code: PyRef, globals: &PyRef) -> PyResult {
    let frame = Frame::new_with_locals(vm, code, globals.clone(), Some(globals.clone()), None);
    vm.enter_call()?;
    let r = super::ceval::run_frame(vm, &frame, super::ceval::Resume::Start);
    vm.leave_call();
    match r? {
        super::ceval::FrameExit::Return(v) => Ok(v),
        super::ceval::FrameExit::Yield(_) => Err(vm.new_system_error("module yielded")),
    }
}
