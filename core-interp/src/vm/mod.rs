//! The virtual machine: per-process context (built-in types, singletons,
//! interned strings, module table) and the per-thread `Vm` handle through
//! which all Rust code reaches the interpreter.

pub mod args;
pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod ceval;
pub mod dealloc_hooks;
pub mod errors;
pub mod eval_support;
pub mod exc_print;
pub mod extensions;
pub mod fastpath;
pub mod frame;
pub mod frame_pool;
pub mod gc;
pub mod gil;
pub mod import;
pub mod importlib_init;
pub mod init;
pub mod ops;
pub mod pythonrun;
pub mod signals;
pub mod suggestions;
pub mod syntax_errors;
#[cfg(test)]
mod tests;
pub mod value_stack;

pub use args::{CallArgs, Signature};
pub use errors::PyErr;

use crate::objects::object::PyRef;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// The result of an operation that may raise.
pub type PyResult<T = PyRef> = Result<T, PyErr>;

macro_rules! types_struct {
    ($($field:ident),* $(,)?) => {
        /// The built-in types every layer needs fast access to.
        pub struct Types { $(pub $field: PyRef,)* }
    };
}

types_struct! {
    type_type, object_type, int_type, bool_type, float_type, complex_type, str_type, bytes_type,
    bytearray_type, list_type, tuple_type, dict_type, set_type, frozenset_type, range_type, slice_type,
    none_type, notimplemented_type, ellipsis_type, function_type, builtin_function_type, method_type,
    method_descriptor_type, classmethod_descriptor_type, wrapper_descriptor_type, method_wrapper_type,
    getset_descriptor_type, member_descriptor_type, property_type, classmethod_type, staticmethod_type,
    super_type, module_type, code_type, frame_type, traceback_type, cell_type, generator_type,
    coroutine_type, async_generator_type, mappingproxy_type, list_iterator_type, list_reverseiterator_type,
    tuple_iterator_type,
    str_iterator_type, range_iterator_type, seq_iterator_type, callable_iterator_type, dict_keys_type,
    dict_values_type, dict_items_type, dict_iterator_type, set_iterator_type,
    memoryview_type, bytes_iterator_type, bytearray_iterator_type, memory_iterator_type,
}

/// Per-process interpreter state, shared by all threads (guarded by the GIL).
pub struct Context {
    pub types: Types,
    pub exceptions: crate::objects::exceptions::ExceptionTypes,
    pub none: PyRef,
    pub true_: PyRef,
    pub false_: PyRef,
    pub not_implemented: PyRef,
    pub ellipsis: PyRef,
    pub empty_tuple: PyRef,
    pub empty_str: PyRef,
    /// The VM-internal NULL marker on value stacks (never visible to Python).
    pub stack_null: PyRef,
    /// Cached ints -5..=256.
    pub small_ints: Vec<PyRef>,
    /// Interned strings.
    pub interned: RefCell<HashMap<Box<str>, PyRef>>,
    /// `builtins` module.
    pub builtins: RefCell<Option<PyRef>>,
    /// `sys.modules`.
    pub modules: PyRef,
    /// `sys` module.
    pub sys: RefCell<Option<PyRef>>,
    /// `importlib._bootstrap` (`_frozen_importlib`), once installed.
    pub importlib: RefCell<Option<PyRef>>,
    /// Recursion limit (`sys.setrecursionlimit`).
    pub recursion_limit: Cell<usize>,
}

// SAFETY: the context is only touched by the thread holding the GIL.
unsafe impl Sync for Context {}
// SAFETY: as above.
unsafe impl Send for Context {}

/// Per-thread interpreter state.
pub struct ThreadState {
    /// Python frames being executed, innermost last.
    pub frames: RefCell<Vec<PyRef>>,
    /// The exception being handled (`sys.exc_info()`), if any.
    pub exc_info: RefCell<Option<PyRef>>,
    pub recursion_depth: Cell<usize>,
    /// Addresses below this are too close to the end of the thread's stack.
    pub stack_limit: Cell<usize>,
}

/// The handle Rust code uses to reach the interpreter: the shared context
/// (through `Deref`) plus this thread's state.
pub struct Vm {
    pub ctx: &'static Context,
    pub ts: ThreadState,
}

impl Drop for Vm {
    fn drop(&mut self) {
        if gil::holds_gil() {
            gil::release();
        }
    }
}

impl std::ops::Deref for Vm {
    type Target = Context;
    fn deref(&self) -> &Context {
        self.ctx
    }
}

impl Vm {
    /// A handle for a new thread of the same interpreter; blocks until this
    /// thread holds the GIL, which the handle keeps (except inside
    /// `allow_threads`) until it is dropped.
    pub fn new_thread(ctx: &'static Context) -> Vm {
        if !gil::holds_gil() {
            gil::acquire();
        }
        Vm {
            ctx,
            ts: ThreadState {
                frames: RefCell::new(Vec::new()),
                exc_info: RefCell::new(None),
                recursion_depth: Cell::new(0),
                stack_limit: Cell::new(0),
            },
        }
    }

    /// The interned str object for `s`.
    pub fn intern(&self, s: &str) -> PyRef {
        if let Some(v) = self.interned.borrow().get(s) {
            return v.clone();
        }
        let v = PyRef::new(
            crate::objects::unicodeobject::PyStr::from_str(s),
            self.types.str_type.clone(),
        );
        v.downcast_ref::<crate::objects::unicodeobject::PyStr>()
            .expect("str")
            .interned
            .set(true);
        v.make_immortal();
        self.interned.borrow_mut().insert(s.into(), v.clone());
        v
    }

    /// The `builtins` module.
    pub fn builtins_module(&self) -> PyRef {
        self.builtins
            .borrow()
            .clone()
            .expect("builtins initialised")
    }

    pub fn bool_obj(&self, b: bool) -> PyRef {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    pub fn is_none(&self, o: &PyRef) -> bool {
        o.is(&self.none)
    }
}

/// Compiles source text to a code object; SyntaxError on bad input.
pub fn compile_source(
    vm: &Vm,
    source: &str,
    filename: &str,
    mode: crate::compile::Mode,
) -> PyResult {
    let opts = crate::compile::CompileOptions {
        mode,
        filename: filename.to_string(),
        optimize: 0,
    };
    match crate::compile::compile_source(source, &opts) {
        Ok(code) => {
            for (line, msg) in &code.warnings {
                // Like warnings.showwarning, the source line is shown only for real files.
                let text = if filename.starts_with('<') {
                    None
                } else {
                    source
                        .lines()
                        .nth((*line as usize).saturating_sub(1))
                        .map(str::trim)
                };
                let shown = match text {
                    Some(t) => format!("{filename}:{line}: SyntaxWarning: {msg}\n  {t}\n"),
                    None => format!("{filename}:{line}: SyntaxWarning: {msg}\n"),
                };
                crate::modules::stdstreams::write_text(
                    crate::modules::stdstreams::Fd::Stderr,
                    &shown,
                );
            }
            Ok(crate::objects::codeobject::new_code(
                vm,
                std::sync::Arc::new(code),
            ))
        }
        Err(e) => Err(syntax_errors::compile_error_to_exception(vm, &e)),
    }
}
