//! Generators, coroutines and async generators: a suspended frame plus the
//! `send`/`throw`/`close` protocol.

use super::exceptions::as_exception;
use super::funcobject::PyFunction;
use super::object::{PyPayload, PyRef};
use super::typeobject::class_name;
use crate::compile::bytecode::code_flags;
use crate::vm::ceval::{run_frame, FrameExit, Resume};
use crate::vm::frame::Frame;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};

/// Which kind of generator object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// The payload of generator, coroutine and async generator objects.
pub struct PyGenerator {
    pub kind: GenKind,
    /// The frame; None once finished.
    pub frame: RefCell<Option<PyRef>>,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    /// The code object (`gi_code`), kept after the frame is gone.
    pub code: PyRef,
    /// The exception being handled inside the generator while it is suspended.
    pub exc_state: RefCell<Option<PyRef>>,
}

impl PyPayload for PyGenerator {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(f) = self.frame.borrow().as_ref() {
            visit(f);
        }
        visit(&self.code);
        visit(&self.name.borrow());
        visit(&self.qualname.borrow());
        if let Some(e) = self.exc_state.borrow().as_ref() {
            visit(e);
        }
    }
    fn clear(&self) {
        if self.running.get() {
            return;
        }
        let f = self.frame.take();
        let e = self.exc_state.take();
        drop((f, e));
    }
}

/// Value wrapper marking an async generator's `yield` (as opposed to an `await` step).
pub struct PyAsyncGenWrappedValue {
    pub value: PyRef,
}

impl PyPayload for PyAsyncGenWrappedValue {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.value);
    }
}

pub fn wrap_async_gen_value(vm: &Vm, v: PyRef) -> PyRef {
    PyRef::new(
        PyAsyncGenWrappedValue { value: v },
        vm.types.object_type.clone(),
    )
}

/// Wraps a fresh frame of a generator/coroutine function.
pub fn new_generator(vm: &Vm, frame: PyRef, f: &PyFunction) -> PyRef {
    let flags = frame.downcast_ref::<Frame>().unwrap().pycode().code.flags;
    let (kind, ty) = if flags & code_flags::COROUTINE != 0 {
        (GenKind::Coroutine, vm.types.coroutine_type.clone())
    } else if flags & code_flags::ASYNC_GENERATOR != 0 {
        (
            GenKind::AsyncGenerator,
            vm.types.async_generator_type.clone(),
        )
    } else {
        (GenKind::Generator, vm.types.generator_type.clone())
    };
    let code = frame.downcast_ref::<Frame>().unwrap().code().clone();
    let g = PyGenerator {
        kind,
        frame: RefCell::new(Some(frame)),
        started: Cell::new(false),
        running: Cell::new(false),
        name: RefCell::new(f.name.borrow().clone()),
        qualname: RefCell::new(f.qualname.borrow().clone()),
        code,
        exc_state: RefCell::new(None),
    };
    PyRef::new(g, ty)
}

fn kind_name(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resumes the generator with `resume`, returning how its frame stopped.
pub fn gen_resume(vm: &Vm, g: &PyGenerator, resume: Resume) -> PyResult<FrameExit> {
    if g.running.get() {
        return Err(vm.new_value_error(format!("{} already executing", kind_name(g.kind))));
    }
    let Some(frame) = g.frame.borrow().clone() else {
        return match resume {
            Resume::Throw(e) => Err(e),
            _ if g.kind == GenKind::Coroutine => {
                Err(vm.new_runtime_error("cannot reuse already awaited coroutine"))
            }
            _ => Ok(FrameExit::Return(vm.none.clone())),
        };
    };
    let resume = if !g.started.get() {
        match resume {
            Resume::Value(v) if !vm.is_none(&v) => {
                return Err(vm.new_type_error(format!(
                    "can't send non-None value to a just-started {}",
                    kind_name(g.kind)
                )));
            }
            Resume::Throw(e) => Resume::Throw(e),
            _ => Resume::Start,
        }
    } else {
        resume
    };
    vm.enter_call()?;
    let was_started = g.started.replace(true);
    g.running.set(true);
    // Swap in the generator's handled-exception state.
    let outer = vm.ts.exc_info.replace(g.exc_state.borrow_mut().take());
    let r = match resume {
        Resume::Throw(e) if !was_started => {
            // Throwing into a just-created generator raises at its first line without running it.
            let fr = frame.downcast_ref::<Frame>().unwrap();
            fr.lasti.set(0);
            run_frame(vm, &frame, Resume::Throw(e))
        }
        r => run_frame(vm, &frame, r),
    };
    *g.exc_state.borrow_mut() = vm.ts.exc_info.replace(outer);
    g.running.set(false);
    vm.leave_call();
    match r {
        Ok(FrameExit::Yield(v)) => Ok(FrameExit::Yield(v)),
        Ok(FrameExit::Return(v)) => {
            g.frame.borrow_mut().take();
            Ok(FrameExit::Return(v))
        }
        Err(e) => {
            g.frame.borrow_mut().take();
            if e.matches(&vm.exceptions.stop_iteration) {
                let msg = match g.kind {
                    GenKind::Generator => "generator raised StopIteration",
                    GenKind::Coroutine => "coroutine raised StopIteration",
                    GenKind::AsyncGenerator => "async generator raised StopIteration",
                };
                let new = vm.new_runtime_error(msg);
                set_cause(&new, e);
                return Err(new);
            }
            if g.kind == GenKind::AsyncGenerator && e.matches(&vm.exceptions.stop_async_iteration) {
                let new = vm.new_runtime_error("async generator raised StopAsyncIteration");
                set_cause(&new, e);
                return Err(new);
            }
            Err(e)
        }
    }
}

fn set_cause(new: &PyErr, old: PyErr) {
    if let Some(x) = as_exception(new.value()) {
        *x.cause.borrow_mut() = Some(old.0.clone());
        *x.context.borrow_mut() = Some(old.0);
        x.suppress_context.set(true);
    }
}

/// `gen.send(v)` as used by `Send`.
pub fn gen_send_ex(vm: &Vm, _gen_ref: &PyRef, g: &PyGenerator, v: PyRef) -> PyResult<FrameExit> {
    gen_resume(vm, g, Resume::Value(v))
}

/// The iterator `await o` drives: a coroutine itself, or `o.__await__()`.
pub fn get_awaitable_iter(vm: &Vm, o: PyRef) -> PyResult {
    if o.class().is(&vm.types.coroutine_type) {
        return Ok(o);
    }
    if let Some(g) = o.downcast_ref::<PyGenerator>() {
        let flags = g
            .frame
            .borrow()
            .as_ref()
            .map(|f| f.downcast_ref::<Frame>().unwrap().pycode().code.flags)
            .unwrap_or(0);
        if flags & code_flags::ITERABLE_COROUTINE != 0 {
            return Ok(o);
        }
    }
    let Some(f) = super::typeobject::as_type(o.class()).slots.am_await.get() else {
        return Err(vm.new_type_error(format!(
            "object {} can't be used in 'await' expression",
            class_name(&o)
        )));
    };
    let it = f(vm, &o)?;
    if it.class().is(&vm.types.coroutine_type) {
        return Err(vm.new_type_error("__await__() returned a coroutine"));
    }
    if super::typeobject::as_type(it.class())
        .slots
        .iternext
        .get()
        .is_none()
    {
        return Err(vm.new_type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            class_name(&it)
        )));
    }
    Ok(it)
}

fn gen_iternext(vm: &Vm, g: &PyRef) -> PyResult<Option<PyRef>> {
    let gen = g.downcast_ref::<PyGenerator>().expect("generator");
    match gen_resume(vm, gen, Resume::Value(vm.none.clone()))? {
        FrameExit::Yield(v) => Ok(Some(v)),
        FrameExit::Return(v) if vm.is_none(&v) => Ok(None),
        FrameExit::Return(v) => Err(vm.new_stop_iteration(Some(v))),
    }
}

fn gen_of(o: &PyRef) -> &PyGenerator {
    o.downcast_ref::<PyGenerator>().expect("generator")
}

fn finish(vm: &Vm, r: FrameExit) -> PyResult {
    match r {
        FrameExit::Yield(v) => Ok(v),
        FrameExit::Return(v) => {
            Err(vm.new_stop_iteration(if vm.is_none(&v) { None } else { Some(v) }))
        }
    }
}

fn send(vm: &Vm, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "send", 2, 2)?;
    let r = gen_resume(vm, gen_of(&a[0]), Resume::Value(a[1].clone()))?;
    finish(vm, r)
}

/// The exception `throw(typ[, val[, tb]])` raises.
fn throw_value(vm: &Vm, a: &[PyRef]) -> PyResult<PyErr> {
    let typ = &a[0];
    let val = a.get(1).filter(|v| !vm.is_none(v));
    let exc = if typ.downcast_ref::<super::typeobject::PyType>().is_some() {
        match val {
            Some(v) if super::typeobject::is_subtype(v.class(), typ) => v.clone(),
            Some(v) => vm.call_positional(typ, std::slice::from_ref(v))?,
            None => vm.call_positional(typ, &[])?,
        }
    } else if as_exception(typ).is_some() {
        if val.is_some() {
            return Err(vm.new_type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(vm.new_type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            class_name(typ)
        )));
    };
    if as_exception(&exc).is_none() {
        return Err(vm.new_type_error("exceptions must derive from BaseException"));
    }
    if let Some(tb) = a.get(2).filter(|t| !vm.is_none(t)) {
        *as_exception(&exc).unwrap().traceback.borrow_mut() = Some(tb.clone());
    }
    Ok(PyErr(exc))
}

/// The sub-iterator a generator suspended in `yield from`/`await` delegates to.
fn delegate(g: &PyGenerator) -> Option<PyRef> {
    let frame = g.frame.borrow().clone()?;
    let f = frame.downcast_ref::<Frame>()?;
    let code = &f.pycode().code;
    let at = f.lasti.get() as usize;
    // Suspended at the YieldValue that follows a Send: the receiver is TOS.
    if code.instructions.get(at)?.op != crate::compile::bytecode::Opcode::YieldValue {
        return None;
    }
    if at == 0 || code.instructions[at - 1].op != crate::compile::bytecode::Opcode::Send {
        return None;
    }
    // SAFETY: the generator is suspended, so nothing else uses its stack.
    unsafe { &*f.stack.get() }.last().cloned()
}

fn throw(vm: &Vm, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "throw", 2, 4)?;
    let g = gen_of(&a[0]);
    let err = throw_value(vm, &a[1..])?;
    if let Some(sub) = delegate(g).filter(|_| g.started.get() && !g.running.get()) {
        // Delegate to the sub-iterator; its outcome resumes this frame.
        let r = if err.matches(&vm.exceptions.generator_exit) {
            if let Some(close) = vm.getattr_opt(&sub, &vm.intern("close"))? {
                vm.call_positional(&close, &[])?;
            }
            Err(err)
        } else if let Some(t) = vm.getattr_opt(&sub, &vm.intern("throw"))? {
            vm.call_positional(&t, std::slice::from_ref(err.value()))
        } else {
            Err(err)
        };
        let resumed = match r {
            Ok(v) => return Ok(v),
            Err(e) if e.matches(&vm.exceptions.stop_iteration) => {
                // The delegation finished: resume after the Send loop with its value.
                let v = crate::vm::eval_support::stop_iteration_value(vm, &e);
                let frame = g.frame.borrow().clone().expect("suspended frame");
                let f = frame.downcast_ref::<Frame>().unwrap();
                // SAFETY: suspended generator: exclusive access to its stack.
                let stack = unsafe { &mut *f.stack.get() };
                stack.pop();
                let send_at = f.lasti.get() as usize - 1;
                let target = f.pycode().code.instructions[send_at].arg;
                f.lasti.set(target.saturating_sub(1));
                gen_resume(vm, g, Resume::Value(v))
            }
            Err(e) => gen_resume(vm, g, Resume::Throw(e)),
        };
        return finish(vm, resumed?);
    }
    let r = gen_resume(vm, g, Resume::Throw(err))?;
    finish(vm, r)
}

fn close(vm: &Vm, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "close", 1, 1)?;
    let g = gen_of(&a[0]);
    if g.frame.borrow().is_none() || !g.started.get() {
        g.frame.borrow_mut().take();
        return Ok(vm.none.clone());
    }
    let exit = vm.new_exception(&vm.exceptions.generator_exit, vec![]);
    let throw_args = [a[0].clone(), exit.into_value()];
    match throw(vm, crate::vm::CallArgs::positional_only(&throw_args)) {
        Ok(_) => Err(vm.new_runtime_error(format!("{} ignored GeneratorExit", kind_name(g.kind)))),
        Err(e)
            if e.matches(&vm.exceptions.generator_exit)
                || e.matches(&vm.exceptions.stop_iteration) =>
        {
            Ok(vm.none.clone())
        }
        Err(e) => Err(e),
    }
}

fn gen_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let g = gen_of(o);
    let q = crate::vm::attr::str_lossy(&g.qualname.borrow());
    Ok(super::unicodeobject::new_str_object(
        vm,
        &format!("<{} object {q} at {:#x}>", kind_name(g.kind), o.id()),
    ))
}

/// The awaitable an async generator's `__anext__`/`asend`/`athrow` returns:
/// driving it runs the generator until its next `yield` (which finishes the
/// awaitable with StopIteration(value)), forwarding the awaits in between.
pub struct PyAsyncGenStep {
    gen: PyRef,
    /// The value to send (or exception to throw) on the first step.
    first: RefCell<Option<Result<PyRef, PyErr>>>,
    done: Cell<bool>,
    /// An `aclose()` awaitable: GeneratorExit is thrown in, and the
    /// generator must finish rather than yield.
    closing: bool,
}

impl PyPayload for PyAsyncGenStep {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.gen);
    }
}

static ASYNC_GEN_STEP_TYPE: std::sync::OnceLock<PyRef> = std::sync::OnceLock::new();

fn new_step(gen: &PyRef, first: Result<PyRef, PyErr>, closing: bool) -> PyRef {
    let ty = ASYNC_GEN_STEP_TYPE
        .get()
        .expect("async generator step type")
        .clone();
    PyRef::new(
        PyAsyncGenStep {
            gen: gen.clone(),
            first: RefCell::new(Some(first)),
            done: Cell::new(false),
            closing,
        },
        ty,
    )
}

fn step_resume(vm: &Vm, o: &PyRef, resume: Resume) -> PyResult {
    let st = o
        .downcast_ref::<PyAsyncGenStep>()
        .expect("async generator step");
    if st.done.get() {
        return Err(vm.new_runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let resume = match st.first.borrow_mut().take() {
        Some(Ok(v)) => Resume::Value(v),
        Some(Err(e)) => Resume::Throw(e),
        None => resume,
    };
    let g = gen_of(&st.gen);
    if st.closing {
        if g.frame.borrow().is_none() {
            st.done.set(true);
            return Err(vm.new_stop_iteration(None));
        }
        return match gen_resume(vm, g, resume) {
            Ok(FrameExit::Yield(v)) if v.downcast_ref::<PyAsyncGenWrappedValue>().is_none() => {
                Ok(v)
            }
            Ok(FrameExit::Yield(_)) => {
                st.done.set(true);
                Err(vm.new_runtime_error("async generator ignored GeneratorExit"))
            }
            Ok(FrameExit::Return(_)) => {
                st.done.set(true);
                Err(vm.new_stop_iteration(None))
            }
            Err(e) => {
                st.done.set(true);
                if e.matches(&vm.exceptions.generator_exit)
                    || e.matches(&vm.exceptions.stop_async_iteration)
                {
                    Err(vm.new_stop_iteration(None))
                } else {
                    Err(e)
                }
            }
        };
    }
    match gen_resume(vm, g, resume) {
        Ok(FrameExit::Yield(v)) => match v.downcast_ref::<PyAsyncGenWrappedValue>() {
            Some(w) => {
                st.done.set(true);
                Err(vm.new_stop_iteration(Some(w.value.clone())))
            }
            None => Ok(v),
        },
        Ok(FrameExit::Return(_)) => {
            st.done.set(true);
            Err(vm.new_exception(&vm.exceptions.stop_async_iteration, vec![]))
        }
        Err(e) => {
            st.done.set(true);
            Err(e)
        }
    }
}

fn step_send(vm: &Vm, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "send", 2, 2)?;
    step_resume(vm, &a[0], Resume::Value(a[1].clone()))
}

fn step_throw(vm: &Vm, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "throw", 2, 4)?;
    let e = throw_value(vm, &a[1..])?;
    step_resume(vm, &a[0], Resume::Throw(e))
}

fn agen_anext(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(new_step(o, Ok(vm.none.clone()), false))
}

fn agen_asend(vm: &Vm, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "asend", 2, 2)?;
    Ok(new_step(&a[0], Ok(a[1].clone()), false))
}

fn agen_athrow(vm: &Vm, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "athrow", 2, 4)?;
    let e = throw_value(vm, &a[1..])?;
    Ok(new_step(&a[0], Err(e), false))
}

fn agen_aclose(vm: &Vm, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "aclose", 1, 1)?;
    let g = gen_of(&a[0]);
    if !g.started.get() || g.frame.borrow().is_none() {
        g.frame.borrow_mut().take();
    }
    let e = vm.new_exception(&vm.exceptions.generator_exit, vec![]);
    Ok(new_step(&a[0], Err(e), true))
}

/// `coroutine_wrapper`: the iterator `coro.__await__()` returns.
pub struct PyCoroWrapper {
    coro: PyRef,
}

impl PyPayload for PyCoroWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.coro);
    }
}

static CORO_WRAPPER_TYPE: std::sync::OnceLock<PyRef> = std::sync::OnceLock::new();

fn coro_await(_vm: &Vm, o: &PyRef) -> PyResult {
    let ty = CORO_WRAPPER_TYPE
        .get()
        .expect("coroutine_wrapper type")
        .clone();
    Ok(PyRef::new(PyCoroWrapper { coro: o.clone() }, ty))
}

fn wrapped_coro(o: &PyRef) -> &PyRef {
    &o.downcast_ref::<PyCoroWrapper>()
        .expect("coroutine_wrapper")
        .coro
}

/// Forwards a `coroutine_wrapper` method to the coroutine's own.
fn wrapper_forward(
    vm: &Vm,
    args: crate::vm::CallArgs<'_>,
    f: fn(&Vm, crate::vm::CallArgs<'_>) -> PyResult,
) -> PyResult {
    let pos = args.positional();
    let mut v = pos.to_vec();
    if let Some(first) = v.first_mut() {
        *first = wrapped_coro(first).clone();
    }
    f(vm, crate::vm::CallArgs::positional_only(&v))
}

fn none_or(vm: &Vm, o: Option<PyRef>) -> PyRef {
    o.unwrap_or_else(|| vm.none.clone())
}

/// Installs the generator types' slots and methods.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, add_methods, GetSetDef};
    use super::methodobject::MethodDef;
    for t in [
        &vm.types.generator_type,
        &vm.types.coroutine_type,
        &vm.types.async_generator_type,
    ] {
        let s = &super::typeobject::as_type(t).slots;
        s.repr.set(Some(gen_repr));
        add_methods(
            vm,
            t,
            &[
                MethodDef::new("send", send),
                MethodDef::new("throw", throw),
                MethodDef::new("close", close),
            ],
        );
        add_getsets(
            vm,
            t,
            &[
                GetSetDef::new("__name__", |_, o| Ok(gen_of(o).name.borrow().clone())),
                GetSetDef::new("__qualname__", |_, o| {
                    Ok(gen_of(o).qualname.borrow().clone())
                }),
            ],
        );
    }
    // Each kind names its frame attributes with its own prefix.
    add_getsets(
        vm,
        &vm.types.generator_type,
        &[
            GetSetDef::new("gi_code", |_, o| Ok(gen_of(o).code.clone())),
            GetSetDef::new("gi_running", |vm, o| {
                Ok(vm.bool_obj(gen_of(o).running.get()))
            }),
            GetSetDef::new("gi_frame", |vm, o| {
                Ok(none_or(vm, gen_of(o).frame.borrow().clone()))
            }),
            GetSetDef::new("gi_yieldfrom", |vm, o| Ok(none_or(vm, delegate(gen_of(o))))),
            GetSetDef::new("gi_suspended", |vm, o| {
                let g = gen_of(o);
                Ok(vm.bool_obj(g.started.get() && !g.running.get() && g.frame.borrow().is_some()))
            }),
        ],
    );
    let s = &super::typeobject::as_type(&vm.types.generator_type).slots;
    s.iter.set(Some(|_, g| Ok(g.clone())));
    s.iternext.set(Some(gen_iternext));
    let c = &super::typeobject::as_type(&vm.types.coroutine_type).slots;
    c.am_await.set(Some(coro_await));
    add_getsets(
        vm,
        &vm.types.coroutine_type,
        &[
            GetSetDef::new("cr_code", |_, o| Ok(gen_of(o).code.clone())),
            GetSetDef::new("cr_running", |vm, o| {
                Ok(vm.bool_obj(gen_of(o).running.get()))
            }),
            GetSetDef::new("cr_frame", |vm, o| {
                Ok(none_or(vm, gen_of(o).frame.borrow().clone()))
            }),
            GetSetDef::new("cr_await", |vm, o| Ok(none_or(vm, delegate(gen_of(o))))),
            GetSetDef::new("cr_origin", |vm, _| Ok(vm.none.clone())),
            GetSetDef::new("cr_suspended", |vm, o| {
                let g = gen_of(o);
                Ok(vm.bool_obj(g.started.get() && !g.running.get() && g.frame.borrow().is_some()))
            }),
        ],
    );
    let ag = &vm.types.async_generator_type;
    let a = &super::typeobject::as_type(ag).slots;
    a.am_aiter.set(Some(|_, o| Ok(o.clone())));
    a.am_anext.set(Some(agen_anext));
    add_methods(
        vm,
        ag,
        &[
            MethodDef::new("asend", agen_asend),
            MethodDef::new("athrow", agen_athrow),
            MethodDef::new("aclose", agen_aclose),
        ],
    );
    add_getsets(
        vm,
        ag,
        &[
            GetSetDef::new("ag_code", |_, o| Ok(gen_of(o).code.clone())),
            GetSetDef::new("ag_running", |vm, o| {
                Ok(vm.bool_obj(gen_of(o).running.get()))
            }),
            GetSetDef::new("ag_frame", |vm, o| {
                Ok(none_or(vm, gen_of(o).frame.borrow().clone()))
            }),
            GetSetDef::new("ag_await", |vm, o| Ok(none_or(vm, delegate(gen_of(o))))),
        ],
    );
    let step = super::typeobject::new_builtin_type(
        vm,
        "async_generator_asend",
        &vm.types.object_type,
        0,
        None,
    );
    let ss = &super::typeobject::as_type(&step).slots;
    ss.am_await.set(Some(|_, o| Ok(o.clone())));
    ss.iter.set(Some(|_, o| Ok(o.clone())));
    ss.iternext.set(Some(|vm, o| {
        match step_resume(vm, o, Resume::Value(vm.none.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) => Err(e),
        }
    }));
    add_methods(
        vm,
        &step,
        &[
            MethodDef::new("send", step_send),
            MethodDef::new("throw", step_throw),
        ],
    );
    let _ = ASYNC_GEN_STEP_TYPE.set(step);
    let cw = super::typeobject::new_builtin_type(
        vm,
        "coroutine_wrapper",
        &vm.types.object_type,
        0,
        None,
    );
    let cs = &super::typeobject::as_type(&cw).slots;
    cs.iter.set(Some(|_, o| Ok(o.clone())));
    cs.iternext.set(Some(|vm, o| {
        let g = gen_of(wrapped_coro(o));
        match gen_resume(vm, g, Resume::Value(vm.none.clone()))? {
            FrameExit::Yield(v) => Ok(Some(v)),
            FrameExit::Return(v) => {
                Err(vm.new_stop_iteration(if vm.is_none(&v) { None } else { Some(v) }))
            }
        }
    }));
    add_methods(
        vm,
        &cw,
        &[
            MethodDef::new("send", |vm, args| wrapper_forward(vm, args, send)),
            MethodDef::new("throw", |vm, args| wrapper_forward(vm, args, throw)),
            MethodDef::new("close", |vm, args| wrapper_forward(vm, args, close)),
        ],
    );
    super::typeslots::add_slot_wrappers(vm, &cw);
    let _ = CORO_WRAPPER_TYPE.set(cw);
}
