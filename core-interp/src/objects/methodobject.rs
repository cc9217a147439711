//! Built-in functions and methods implemented in Rust
//! (`builtin_function_or_method`), and the tables modules and types declare
//! them with.

use super::object::{PyPayload, PyRef};
use crate::vm::{CallArgs, PyResult, Vm};

/// A function implemented in Rust. For methods, the first positional
/// argument is `self` (for class methods, the class).
pub type BuiltinFn = fn(&Vm, CallArgs<'_>) -> PyResult;

/// How a method declared on a type binds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    /// Bound to the instance (`METH_*` without flags).
    Instance,
    /// Bound to the class (`METH_CLASS`).
    Class,
    /// Not bound (`METH_STATIC`).
    Static,
}

/// A method or function declaration (a `PyMethodDef` row).
#[derive(Clone, Copy)]
pub struct MethodDef {
    pub name: &'static str,
    pub func: BuiltinFn,
    pub kind: MethodKind,
    pub doc: Option<&'static str>,
}

impl MethodDef {
    pub const fn new(name: &'static str, func: BuiltinFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Instance,
            doc: None,
        }
    }
    pub const fn class(name: &'static str, func: BuiltinFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Class,
            doc: None,
        }
    }
    pub const fn static_(name: &'static str, func: BuiltinFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Static,
            doc: None,
        }
    }
    pub const fn with_doc(mut self, doc: &'static str) -> MethodDef {
        self.doc = Some(doc);
        self
    }
}

/// The payload of `builtin_function_or_method` objects.
pub struct PyBuiltinFunction {
    pub def: MethodDef,
    /// The bound object (`__self__`): the instance, or the module for module functions.
    pub self_: Option<PyRef>,
    /// True when `self_` is passed as the first argument (bound methods),
    /// false for module-level functions whose `__self__` is the module.
    pub pass_self: bool,
    pub module: Option<PyRef>,
}

impl PyPayload for PyBuiltinFunction {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(s) = &self.self_ {
            visit(s);
        }
    }
}

/// A module-level built-in function.
pub fn new_builtin_function(vm: &Vm, def: MethodDef, module: Option<PyRef>) -> PyRef {
    PyRef::new(
        PyBuiltinFunction {
            def,
            self_: module.clone(),
            pass_self: false,
            module,
        },
        vm.types.builtin_function_type.clone(),
    )
}

/// A built-in method bound to `obj`.
pub fn new_bound_builtin(vm: &Vm, def: MethodDef, obj: PyRef) -> PyRef {
    PyRef::new(
        PyBuiltinFunction {
            def,
            self_: Some(obj),
            pass_self: true,
            module: None,
        },
        vm.types.builtin_function_type.clone(),
    )
}

/// Calls a built-in function object.
pub fn call_builtin(vm: &Vm, f: &PyBuiltinFunction, args: CallArgs<'_>) -> PyResult {
    if f.pass_self {
        let mut v: Vec<PyRef> = Vec::with_capacity(args.args.len() + 1);
        v.push(f.self_.clone().expect("bound builtin has self"));
        v.extend_from_slice(args.args);
        (f.def.func)(vm, CallArgs::new(&v, args.kwnames))
    } else {
        (f.def.func)(vm, args)
    }
}

fn builtin_repr(vm: &Vm, f: &PyRef) -> PyResult {
    let b = f.downcast_ref::<PyBuiltinFunction>().expect("builtin");
    let s = match (&b.self_, b.pass_self) {
        (Some(s), true) => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.def.name,
            super::typeobject::class_name(s),
            s.id()
        ),
        _ => format!("<built-in function {}>", b.def.name),
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

fn builtin_call(vm: &Vm, f: &PyRef, args: CallArgs<'_>) -> PyResult {
    call_builtin(
        vm,
        f.downcast_ref::<PyBuiltinFunction>().expect("builtin"),
        args,
    )
}

/// `builtin.__reduce__()`: the name, which pickle finds in `__module__`,
/// for functions of modules; `(getattr, (self, name))` for bound methods.
fn builtin_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__reduce__", 1, 1)?;
    let f = a[0].downcast_ref::<PyBuiltinFunction>().ok_or_else(|| {
        vm.new_type_error("descriptor '__reduce__' requires a 'builtin_function_or_method' object")
    })?;
    match &f.self_ {
        Some(s) if !super::typeobject::is_subtype(s.class(), &vm.types.module_type) => {
            let getattr = vm.getattr_str(&vm.builtins_module(), "getattr")?;
            let args = super::tupleobject::new_tuple(vm, vec![s.clone(), vm.intern(f.def.name)]);
            Ok(super::tupleobject::new_tuple(vm, vec![getattr, args]))
        }
        _ => Ok(vm.intern(f.def.name)),
    }
}

/// Installs the slots and attributes of `builtin_function_or_method`.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, GetSetDef};
    let t = &vm.types.builtin_function_type;
    super::descrobject::add_methods(vm, t, &[MethodDef::new("__reduce__", builtin_reduce)]);
    let s = &super::typeobject::as_type(t).slots;
    s.repr.set(Some(builtin_repr));
    s.call.set(Some(builtin_call));
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("__name__", |vm, o| {
                Ok(vm.intern(o.downcast_ref::<PyBuiltinFunction>().unwrap().def.name))
            }),
            GetSetDef::new("__qualname__", |vm, o| {
                let f = o.downcast_ref::<PyBuiltinFunction>().unwrap();
                match (&f.self_, f.pass_self) {
                    (Some(s), true) => {
                        let owner = if s.downcast_ref::<super::typeobject::PyType>().is_some() {
                            super::typeobject::as_type(s).name()
                        } else {
                            super::typeobject::class_name(s)
                        };
                        Ok(super::unicodeobject::new_str_object(
                            vm,
                            &format!("{owner}.{}", f.def.name),
                        ))
                    }
                    _ => Ok(vm.intern(f.def.name)),
                }
            }),
            GetSetDef::new("__self__", |vm, o| {
                Ok(o.downcast_ref::<PyBuiltinFunction>()
                    .unwrap()
                    .self_
                    .clone()
                    .unwrap_or_else(|| vm.none.clone()))
            }),
            GetSetDef::new("__doc__", |vm, o| {
                Ok(
                    match o.downcast_ref::<PyBuiltinFunction>().unwrap().def.doc {
                        Some(d) => super::unicodeobject::new_str_object(vm, d),
                        None => vm.none.clone(),
                    },
                )
            }),
            GetSetDef::new("__module__", |vm, o| {
                let f = o.downcast_ref::<PyBuiltinFunction>().unwrap();
                match &f.module {
                    Some(m) => vm.getattr_str(m, "__name__"),
                    None => Ok(vm.none.clone()),
                }
            }),
        ],
    );
}
