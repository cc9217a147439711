//! `atexit`: functions to call when the interpreter exits. They run last
//! registered first, after `threading._shutdown` and before the standard
//! streams are flushed (see `cli.rs`), with exceptions reported as
//! "Exception ignored in atexit callback" as CPython 3.11 does.

use super::new_builtin_module;
use crate::compile::bytecode::CompareOperator;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::typeobject::as_type;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};
use std::sync::Mutex;

/// A registered call: the function, its positional arguments and its
/// keyword arguments as (names, values).
#[derive(Clone)]
struct Callback {
    func: PyRef,
    args: Vec<PyRef>,
    kwnames: Vec<PyRef>,
}

/// The callbacks in registration order; an unregistered one leaves a
/// hole, as in CPython (so `_ncallbacks` counts it until the next run).
static CALLBACKS: Mutex<Vec<Option<Callback>>> = Mutex::new(Vec::new());

fn callbacks() -> std::sync::MutexGuard<'static, Vec<Option<Callback>>> {
    CALLBACKS.lock().unwrap_or_else(|p| p.into_inner())
}

fn register(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    let Some(func) = pos.first() else {
        return Err(vm.new_type_error("register() takes at least 1 argument (0 given)"));
    };
    if as_type(func.class()).slots.call.get().is_none() {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    let mut call_args = pos[1..].to_vec();
    call_args.extend(args.kw_values().iter().cloned());
    callbacks().push(Some(Callback {
        func: func.clone(),
        args: call_args,
        kwnames: args.kwnames.to_vec(),
    }));
    Ok(func.clone())
}

fn unregister(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "atexit.unregister", 1, 1)?;
    let n = callbacks().len();
    for i in 0..n {
        let Some(cb) = callbacks().get(i).cloned().flatten() else {
            continue;
        };
        let eq = vm.richcompare(&cb.func, &a[0], CompareOperator::Eq)?;
        if vm.is_true(&eq)? {
            if let Some(slot) = callbacks().get_mut(i) {
                *slot = None;
            }
        }
    }
    Ok(vm.none.clone())
}

/// Calls every registered function, last first, then forgets them all.
pub fn run_exitfuncs(vm: &Vm) {
    let n = callbacks().len();
    for i in (0..n).rev() {
        let Some(cb) = callbacks().get(i).cloned().flatten() else {
            continue;
        };
        let r = vm.call(&cb.func, CallArgs::new(&cb.args, &cb.kwnames));
        if let Err(e) = r {
            super::sysmodule::write_unraisable(
                vm,
                &e,
                Some(&cb.func),
                "Exception ignored in atexit callback",
            );
        }
    }
    let old = std::mem::take(&mut *callbacks());
    drop(old);
}

fn run_exitfuncs_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "atexit._run_exitfuncs", 0, 0)?;
    run_exitfuncs(vm);
    Ok(vm.none.clone())
}

fn clear(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "atexit._clear", 0, 0)?;
    let old = std::mem::take(&mut *callbacks());
    drop(old);
    Ok(vm.none.clone())
}

fn ncallbacks(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "atexit._ncallbacks", 0, 0)?;
    Ok(new_int(vm, callbacks().len() as i64))
}

const REGISTER_DOC: &str = "register($module, func, /, *args, **kwargs)\n--\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.";

/// Creates the `atexit` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let m = new_builtin_module(
        vm,
        "atexit",
        &[
            MethodDef::new("register", register).with_doc(REGISTER_DOC),
            MethodDef::new("unregister", unregister),
            MethodDef::new("_run_exitfuncs", run_exitfuncs_fn),
            MethodDef::new("_clear", clear),
            MethodDef::new("_ncallbacks", ncallbacks),
        ],
    );
    super::module_set(
        vm,
        &m,
        "__doc__",
        new_str_object(vm, "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"),
    );
    Ok(m)
}
