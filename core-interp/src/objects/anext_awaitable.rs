//! `aiter()`, `anext()` and `anext_awaitable`, the awaitable
//! `anext(ait, default)` returns: it drives the awaitable of
//! `ait.__anext__()` and turns its StopAsyncIteration into
//! `StopIteration(default)`, so `await anext(ait, default)` gives the default.

use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use super::typeobject::{as_type, class_name, new_builtin_type};
use crate::vm::eval_support::{send, SendResult};
use crate::vm::{CallArgs, PyErr, PyResult, Vm};
use std::sync::OnceLock;

/// The payload of `anext_awaitable` objects.
pub struct PyAnextAwaitable {
    /// What `__anext__()` returned.
    wrapped: PyRef,
    default: PyRef,
}

impl PyPayload for PyAnextAwaitable {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.wrapped);
        visit(&self.default);
    }
}

static TYPE: OnceLock<PyRef> = OnceLock::new();

fn anext_awaitable_type(vm: &Vm) -> &'static PyRef {
    TYPE.get_or_init(|| {
        let t = new_builtin_type(vm, "anext_awaitable", &vm.types.object_type, 0, None);
        let s = &as_type(&t).slots;
        s.iter.set(Some(|_, o| Ok(o.clone())));
        s.iternext.set(Some(iternext));
        s.am_await.set(Some(|_, o| Ok(o.clone())));
        super::descrobject::add_methods(
            vm,
            &t,
            &[
                MethodDef::new("send", send_method),
                MethodDef::new("throw", throw),
                MethodDef::new("close", close),
            ],
        );
        super::typeslots::add_slot_wrappers(vm, &t);
        t
    })
}

fn payload(o: &PyRef) -> &PyAnextAwaitable {
    o.downcast_ref::<PyAnextAwaitable>()
        .expect("anext_awaitable")
}

/// The iterator behind the wrapped awaitable.
fn awaitable_iter(vm: &Vm, o: &PyRef) -> PyResult {
    let w = &payload(o).wrapped;
    if as_type(w.class()).slots.iternext.get().is_some() {
        return Ok(w.clone());
    }
    super::genobject::get_awaitable_iter(vm, w.clone())
}

/// StopAsyncIteration from the wrapped awaitable becomes StopIteration(default).
fn map_error(vm: &Vm, o: &PyRef, e: PyErr) -> PyErr {
    if e.matches(&vm.exceptions.stop_async_iteration) {
        return vm.new_stop_iteration(Some(payload(o).default.clone()));
    }
    e
}

fn step(vm: &Vm, o: &PyRef, value: PyRef) -> PyResult {
    let it = awaitable_iter(vm, o)?;
    match send(vm, &it, value) {
        Ok(SendResult::Yielded(y)) => Ok(y),
        Ok(SendResult::Returned(r)) => Err(vm.new_stop_iteration(Some(r))),
        Err(e) => Err(map_error(vm, o, e)),
    }
}

fn iternext(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    match step(vm, o, vm.none.clone()) {
        Ok(v) => Ok(Some(v)),
        Err(e) => Err(e),
    }
}

fn send_method(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "send", 2, 2)?;
    step(vm, &a[0], a[1].clone())
}

fn throw(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "throw", 2, 4)?;
    let it = awaitable_iter(vm, &a[0])?;
    vm.call_method(&it, "throw", &a[1..])
        .map_err(|e| map_error(vm, &a[0], e))
}

fn close(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "close", 1, 1)?;
    let it = awaitable_iter(vm, &a[0])?;
    match vm.getattr_opt(&it, &vm.intern("close"))? {
        Some(f) => vm.call_positional(&f, &[]),
        None => Ok(vm.none.clone()),
    }
}

/// `aiter(async_iterable)`.
pub fn aiter(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "aiter", 1, 1)?;
    let Some(f) = as_type(a[0].class()).slots.am_aiter.get() else {
        return Err(vm.new_type_error(format!(
            "'{}' object is not an async iterable",
            class_name(&a[0])
        )));
    };
    let it = f(vm, &a[0])?;
    if as_type(it.class()).slots.am_anext.get().is_none() {
        return Err(vm.new_type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            class_name(&it)
        )));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`.
pub fn anext(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "anext", 1, 2)?;
    let Some(f) = as_type(a[0].class()).slots.am_anext.get() else {
        return Err(vm.new_type_error(format!(
            "'{}' object is not an async iterator",
            class_name(&a[0])
        )));
    };
    let awaitable = f(vm, &a[0])?;
    match a.get(1) {
        None => Ok(awaitable),
        Some(d) => Ok(PyRef::new(
            PyAnextAwaitable {
                wrapped: awaitable,
                default: d.clone(),
            },
            anext_awaitable_type(vm).clone(),
        )),
    }
}
