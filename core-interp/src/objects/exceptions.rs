//! The built-in exception hierarchy: `BaseException`'s payload (args,
//! traceback, cause, context, notes) and every built-in exception type of
//! CPython 3.11, created at start-up.

use super::object::{PyPayload, PyRef};
use super::typeobject::{as_type, tpflags, TypeFactory};
use crate::vm::Vm;
use std::cell::{Cell, RefCell};

/// The payload of every exception instance.
pub struct PyBaseException {
    pub args: RefCell<PyRef>,
    pub traceback: RefCell<Option<PyRef>>,
    pub cause: RefCell<Option<PyRef>>,
    pub context: RefCell<Option<PyRef>>,
    pub suppress_context: Cell<bool>,
}

impl PyPayload for PyBaseException {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.args.borrow());
        for r in [&self.traceback, &self.cause, &self.context] {
            if let Some(v) = r.borrow().as_ref() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        self.traceback.take();
        self.cause.take();
        self.context.take();
    }
}

impl PyBaseException {
    /// A new instance of exception type `ty` with `args`.
    pub fn new_instance(vm: &Vm, ty: &PyRef, args: Vec<PyRef>) -> PyRef {
        let exc = PyBaseException {
            args: RefCell::new(super::tupleobject::new_tuple(vm, args)),
            traceback: RefCell::new(None),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
        };
        PyRef::new(exc, ty.clone())
    }
}

/// The payload of an exception instance, if `obj` is one.
pub fn as_exception(obj: &PyRef) -> Option<&PyBaseException> {
    obj.downcast_ref::<PyBaseException>()
}

macro_rules! exception_types {
    ($root:ident; $( $field:ident : $name:literal < $base:ident ;)*) => {
        /// Every built-in exception type.
        pub struct ExceptionTypes { pub base_exception: PyRef, $(pub $field: PyRef,)* }

        impl ExceptionTypes {
            /// Creates the hierarchy under `BaseException`.
            pub fn create(f: &TypeFactory, $root: PyRef) -> ExceptionTypes {
                $(let $field = f.make($name, Some(&$base), tpflags::BASETYPE | tpflags::HAS_DICT, None);)*
                ExceptionTypes { base_exception: $root, $($field,)* }
            }

            /// `(name, type)` for each type, for the `builtins` module.
            pub fn all(&self) -> Vec<(&'static str, &PyRef)> {
                vec![("BaseException", &self.base_exception), $(($name, &self.$field),)*]
            }
        }
    };
}

exception_types! {
    base_exception;
    base_exception_group: "BaseExceptionGroup" < base_exception;
    system_exit: "SystemExit" < base_exception;
    keyboard_interrupt: "KeyboardInterrupt" < base_exception;
    generator_exit: "GeneratorExit" < base_exception;
    exception: "Exception" < base_exception;
    stop_iteration: "StopIteration" < exception;
    stop_async_iteration: "StopAsyncIteration" < exception;
    arithmetic_error: "ArithmeticError" < exception;
    floating_point_error: "FloatingPointError" < arithmetic_error;
    overflow_error: "OverflowError" < arithmetic_error;
    zero_division_error: "ZeroDivisionError" < arithmetic_error;
    assertion_error: "AssertionError" < exception;
    attribute_error: "AttributeError" < exception;
    buffer_error: "BufferError" < exception;
    eof_error: "EOFError" < exception;
    exception_group: "ExceptionGroup" < base_exception_group;
    import_error: "ImportError" < exception;
    module_not_found_error: "ModuleNotFoundError" < import_error;
    lookup_error: "LookupError" < exception;
    index_error: "IndexError" < lookup_error;
    key_error: "KeyError" < lookup_error;
    memory_error: "MemoryError" < exception;
    name_error: "NameError" < exception;
    unbound_local_error: "UnboundLocalError" < name_error;
    os_error: "OSError" < exception;
    blocking_io_error: "BlockingIOError" < os_error;
    child_process_error: "ChildProcessError" < os_error;
    connection_error: "ConnectionError" < os_error;
    broken_pipe_error: "BrokenPipeError" < connection_error;
    connection_aborted_error: "ConnectionAbortedError" < connection_error;
    connection_refused_error: "ConnectionRefusedError" < connection_error;
    connection_reset_error: "ConnectionResetError" < connection_error;
    file_exists_error: "FileExistsError" < os_error;
    file_not_found_error: "FileNotFoundError" < os_error;
    interrupted_error: "InterruptedError" < os_error;
    is_a_directory_error: "IsADirectoryError" < os_error;
    not_a_directory_error: "NotADirectoryError" < os_error;
    permission_error: "PermissionError" < os_error;
    process_lookup_error: "ProcessLookupError" < os_error;
    timeout_error: "TimeoutError" < os_error;
    reference_error: "ReferenceError" < exception;
    runtime_error: "RuntimeError" < exception;
    not_implemented_error: "NotImplementedError" < runtime_error;
    recursion_error: "RecursionError" < runtime_error;
    syntax_error: "SyntaxError" < exception;
    indentation_error: "IndentationError" < syntax_error;
    tab_error: "TabError" < indentation_error;
    system_error: "SystemError" < exception;
    type_error: "TypeError" < exception;
    value_error: "ValueError" < exception;
    unicode_error: "UnicodeError" < value_error;
    unicode_decode_error: "UnicodeDecodeError" < unicode_error;
    unicode_encode_error: "UnicodeEncodeError" < unicode_error;
    unicode_translate_error: "UnicodeTranslateError" < unicode_error;
    warning: "Warning" < exception;
    deprecation_warning: "DeprecationWarning" < warning;
    pending_deprecation_warning: "PendingDeprecationWarning" < warning;
    runtime_warning: "RuntimeWarning" < warning;
    syntax_warning: "SyntaxWarning" < warning;
    user_warning: "UserWarning" < warning;
    future_warning: "FutureWarning" < warning;
    import_warning: "ImportWarning" < warning;
    unicode_warning: "UnicodeWarning" < warning;
    bytes_warning: "BytesWarning" < warning;
    resource_warning: "ResourceWarning" < warning;
    encoding_warning: "EncodingWarning" < warning;
}

/// Creates `BaseException` itself.
pub fn new_base_exception_type(f: &TypeFactory, object_type: &PyRef) -> PyRef {
    let t = f.make(
        "BaseException",
        Some(object_type),
        tpflags::BASETYPE | tpflags::HAS_DICT | tpflags::BASE_EXC_SUBCLASS,
        Some("Common base class for all exceptions"),
    );
    t
}

fn exc_new(vm: &Vm, cls: &PyRef, args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult {
    let e = PyBaseException::new_instance(vm, cls, args.positional().to_vec());
    Ok(e)
}

fn exc_init(vm: &Vm, obj: &PyRef, args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult<()> {
    args.no_kwargs(vm, &super::typeobject::class_name(obj))?;
    if let Some(x) = as_exception(obj) {
        *x.args.borrow_mut() = super::tupleobject::new_tuple(vm, args.positional().to_vec());
    }
    Ok(())
}

fn exc_args(obj: &PyRef) -> Vec<PyRef> {
    as_exception(obj)
        .map(|x| {
            super::tupleobject::tuple_items(&x.args.borrow())
                .map(|t| t.to_vec())
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

fn exc_str(vm: &Vm, obj: &PyRef) -> crate::vm::PyResult {
    let args = exc_args(obj);
    if args.len() == 1 && super::typeobject::is_subtype(obj.class(), &vm.exceptions.key_error) {
        return vm.repr(&args[0]);
    }
    match args.len() {
        0 => Ok(vm.empty_str.clone()),
        1 => vm.str(&args[0]),
        _ => vm.str(&super::tupleobject::new_tuple(vm, args)),
    }
}

fn exc_repr(vm: &Vm, obj: &PyRef) -> crate::vm::PyResult {
    let args = exc_args(obj);
    let name = super::typeobject::as_type(obj.class()).name();
    let s = if args.len() == 1 {
        format!("{name}({})", vm.repr_string(&args[0])?)
    } else {
        format!(
            "{name}{}",
            vm.repr_string(&super::tupleobject::new_tuple(vm, args))?
        )
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

fn opt(vm: &Vm, v: Option<PyRef>) -> PyRef {
    v.unwrap_or_else(|| vm.none.clone())
}

fn set_opt(
    vm: &Vm,
    cell: &RefCell<Option<PyRef>>,
    v: Option<&PyRef>,
    what: &str,
) -> crate::vm::PyResult<()> {
    match v {
        Some(v) if vm.is_none(v) => *cell.borrow_mut() = None,
        Some(v) if what == "__traceback__" => {
            if !v.class().is(&vm.types.traceback_type) {
                return Err(vm.new_type_error("__traceback__ must be a traceback or None"));
            }
            *cell.borrow_mut() = Some(v.clone())
        }
        Some(v) if as_exception(v).is_some() => *cell.borrow_mut() = Some(v.clone()),
        Some(_) => {
            return Err(vm.new_type_error(format!(
                "exception {what} must be None or derive from BaseException"
            )))
        }
        None => return Err(vm.new_type_error(format!("{what} may not be deleted"))),
    }
    Ok(())
}

fn exc_with_traceback(vm: &Vm, args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult {
    let a = args.check_positional(vm, "with_traceback", 2, 2)?;
    let x = as_exception(&a[0]).expect("exception");
    set_opt(vm, &x.traceback, Some(&a[1]), "__traceback__")?;
    Ok(a[0].clone())
}

fn exc_add_note(vm: &Vm, args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult {
    let a = args.check_positional(vm, "add_note", 2, 2)?;
    if a[1].downcast_ref::<super::unicodeobject::PyStr>().is_none() {
        return Err(vm.new_type_error(format!(
            "note must be a str, not '{}'",
            super::typeobject::class_name(&a[1])
        )));
    }
    let notes = match vm.getattr_opt(&a[0], &vm.intern("__notes__"))? {
        Some(n) => n,
        None => {
            let l = super::listobject::new_list(vm, vec![]);
            vm.setattr_str(&a[0], "__notes__", l.clone())?;
            l
        }
    };
    match super::listobject::as_list(&notes) {
        Some(l) => l.items.borrow_mut().push(a[1].clone()),
        None => return Err(vm.new_type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none.clone())
}

/// Installs BaseException's slots, attributes and methods.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, add_methods, GetSetDef};
    use super::methodobject::MethodDef;
    let be = &vm.exceptions.base_exception;
    let s = &as_type(be).slots;
    s.new.set(Some(exc_new));
    s.init.set(Some(exc_init));
    s.str.set(Some(exc_str));
    s.repr.set(Some(exc_repr));
    for t in [
        &vm.exceptions.syntax_error,
        &vm.exceptions.indentation_error,
        &vm.exceptions.tab_error,
    ] {
        as_type(t)
            .slots
            .str
            .set(Some(crate::vm::syntax_errors::syntax_error_str));
    }
    add_getsets(
        vm,
        be,
        &[
            GetSetDef::new("args", |_, o| {
                Ok(as_exception(o).expect("exception").args.borrow().clone())
            })
            .with_setter(|vm, o, v| {
                let v = v.ok_or_else(|| vm.new_type_error("args may not be deleted"))?;
                let t = super::tupleobject::new_tuple(vm, vm.collect(v)?);
                *as_exception(o).expect("exception").args.borrow_mut() = t;
                Ok(())
            }),
            GetSetDef::new("__traceback__", |vm, o| {
                Ok(opt(
                    vm,
                    as_exception(o)
                        .expect("exception")
                        .traceback
                        .borrow()
                        .clone(),
                ))
            })
            .with_setter(|vm, o, v| {
                set_opt(
                    vm,
                    &as_exception(o).expect("exception").traceback,
                    v,
                    "__traceback__",
                )
            }),
            GetSetDef::new("__cause__", |vm, o| {
                Ok(opt(
                    vm,
                    as_exception(o).expect("exception").cause.borrow().clone(),
                ))
            })
            .with_setter(|vm, o, v| {
                let x = as_exception(o).expect("exception");
                set_opt(vm, &x.cause, v, "cause")?;
                x.suppress_context.set(true);
                Ok(())
            }),
            GetSetDef::new("__context__", |vm, o| {
                Ok(opt(
                    vm,
                    as_exception(o).expect("exception").context.borrow().clone(),
                ))
            })
            .with_setter(|vm, o, v| {
                set_opt(
                    vm,
                    &as_exception(o).expect("exception").context,
                    v,
                    "context",
                )
            }),
            GetSetDef::new("__suppress_context__", |vm, o| {
                Ok(vm.bool_obj(as_exception(o).expect("exception").suppress_context.get()))
            })
            .with_setter(|vm, o, v| {
                let v =
                    v.ok_or_else(|| vm.new_type_error("__suppress_context__ may not be deleted"))?;
                as_exception(o)
                    .expect("exception")
                    .suppress_context
                    .set(vm.is_true(v)?);
                Ok(())
            }),
        ],
    );
    add_methods(
        vm,
        be,
        &[
            MethodDef::new("with_traceback", exc_with_traceback),
            MethodDef::new("add_note", exc_add_note),
        ],
    );
    let first_arg = |vm: &Vm, o: &PyRef| -> crate::vm::PyResult {
        Ok(exc_args(o)
            .first()
            .cloned()
            .unwrap_or_else(|| vm.none.clone()))
    };
    add_getsets(
        vm,
        &vm.exceptions.stop_iteration,
        &[GetSetDef::new("value", first_arg)],
    );
    add_getsets(
        vm,
        &vm.exceptions.system_exit,
        &[GetSetDef::new("code", |vm, o| {
            let a = exc_args(o);
            Ok(match a.len() {
                0 => vm.none.clone(),
                1 => a[0].clone(),
                _ => super::tupleobject::new_tuple(vm, a),
            })
        })],
    );
    as_type(be).namespace().set_str(
        vm,
        "__dict__",
        super::typeobject_attrs::instance_dict_descriptor(vm, be),
    );
    super::exceptions_attrs::init(vm);
    super::exceptions_group::init(vm);
    super::exceptions_oserror::init(vm);
}
