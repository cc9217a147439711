//! Calling objects: the fast paths for Python functions, built-in functions,
//! bound methods and method descriptors, the generic `tp_call` slot, and the
//! recursion guard (both Python depth and real stack space).

use super::ceval::{run_frame, FrameExit, Resume};
use super::frame::frame_for_call;
use super::{CallArgs, PyResult, Vm};
use crate::compile::bytecode::code_flags;
use crate::objects::classobject::PyMethod;
use crate::objects::descrobject::method_descr_call;
use crate::objects::funcobject::PyFunction;
use crate::objects::genobject::new_generator;
use crate::objects::methodobject::{call_builtin, PyBuiltinFunction};
use crate::objects::object::PyRef;
use crate::objects::typeobject::{as_type, class_name};

impl Vm {
    /// `callable(*args, **kwargs)` in vectorcall form.
    pub fn call(&self, callable: &PyRef, args: CallArgs<'_>) -> PyResult {
        let ty = callable.class();
        if let Some(f) = callable.downcast_ref::<PyFunction>() {
            return self.call_function(f, args);
        }
        if let Some(b) = callable.downcast_ref::<PyBuiltinFunction>() {
            self.enter_call()?;
            let r = call_builtin(self, b, args);
            self.leave_call();
            return r;
        }
        if let Some(m) = callable.downcast_ref::<PyMethod>() {
            let mut v: Vec<PyRef> = Vec::with_capacity(args.args.len() + 1);
            v.push(m.self_.clone());
            v.extend_from_slice(args.args);
            return self.call(&m.func, CallArgs::new(&v, args.kwnames));
        }
        if ty.is(&self.types.method_descriptor_type)
            || ty.is(&self.types.classmethod_descriptor_type)
        {
            return method_descr_call(self, callable, args);
        }
        match as_type(ty).slots.call.get() {
            // Built-in types are called like CPython's, through vectorcall,
            // which is no level of recursion.
            Some(call) if is_builtin_type(callable) => {
                self.check_c_call()?;
                call(self, callable, args)
            }
            Some(call) => {
                self.enter_recursive_call(" while calling a Python object")?;
                let r = call(self, callable, args);
                self.leave_call();
                r
            }
            None => {
                Err(self
                    .new_type_error(format!("'{}' object is not callable", class_name(callable))))
            }
        }
    }

    /// `callable(*args)`.
    pub fn call_positional(&self, callable: &PyRef, args: &[PyRef]) -> PyResult {
        self.call(callable, CallArgs::positional_only(args))
    }

    /// Calls a Python function: binds arguments into a new frame and runs it
    /// (or wraps it in a generator/coroutine).
    pub fn call_function(&self, f: &PyFunction, args: CallArgs<'_>) -> PyResult {
        let frame = frame_for_call(self, f, args)?;
        let flags = frame
            .downcast_ref::<super::frame::Frame>()
            .unwrap()
            .pycode()
            .code
            .flags;
        if flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            != 0
        {
            return Ok(new_generator(self, frame, f));
        }
        self.enter_call()?;
        let r = run_frame(self, &frame, Resume::Start);
        self.leave_call();
        super::frame::park_spare(self, f, frame);
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(self.new_system_error("plain function yielded")),
        }
    }

    /// Counts one level of Python-visible recursion; RecursionError past the
    /// limit or when the thread's stack is nearly exhausted.
    #[inline]
    pub fn enter_call(&self) -> PyResult<()> {
        self.enter_recursive_call("")
    }

    /// `enter_call` for a C-level recursion point: `where_` completes the
    /// RecursionError message as in CPython (" in comparison", …).
    #[inline]
    pub fn enter_recursive_call(&self, where_: &str) -> PyResult<()> {
        super::gil::check_eval_breaker(self)?;
        let d = self.ts.recursion_depth.get() + 1;
        self.ts.recursion_depth.set(d);
        if d > self.recursion_limit.get() || stack_nearly_exhausted(self) {
            self.ts.recursion_depth.set(d - 1);
            return Err(
                self.new_recursion_error(format!("maximum recursion depth exceeded{where_}"))
            );
        }
        Ok(())
    }

    /// The checks before calling built-in code, which (as CPython's
    /// vectorcall) is no level of Python recursion: pending signals, and
    /// RecursionError when the thread's stack is nearly exhausted.
    #[inline]
    pub fn check_c_call(&self) -> PyResult<()> {
        super::gil::check_eval_breaker(self)?;
        if stack_nearly_exhausted(self) {
            return Err(self.new_recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    #[inline]
    pub fn leave_call(&self) {
        self.ts
            .recursion_depth
            .set(self.ts.recursion_depth.get() - 1);
    }
}

/// Whether `callable` is a type object not made by a class statement.
#[inline]
fn is_builtin_type(callable: &PyRef) -> bool {
    callable
        .downcast_ref::<crate::objects::typeobject::PyType>()
        .is_some_and(|t| !t.is_heap())
}

#[inline]
fn stack_nearly_exhausted(vm: &Vm) -> bool {
    let marker = 0u8;
    let here = &marker as *const u8 as usize;
    here < vm.ts.stack_limit.get()
}
