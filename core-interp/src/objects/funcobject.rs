//! Python functions, and the `classmethod`/`staticmethod` wrappers.

use super::object::{PyPayload, PyRef};
use std::cell::{Cell, RefCell};

/// The payload of function objects (`def`, `lambda`).
pub struct PyFunction {
    pub code: RefCell<PyRef>,
    pub globals: PyRef,
    pub builtins: PyRef,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    /// Tuple of positional defaults.
    pub defaults: RefCell<Option<PyRef>>,
    /// Dict of keyword-only defaults.
    pub kwdefaults: RefCell<Option<PyRef>>,
    /// Tuple of cells.
    pub closure: Option<PyRef>,
    pub annotations: RefCell<Option<PyRef>>,
    pub doc: RefCell<PyRef>,
    pub module: RefCell<PyRef>,
    /// A finished frame of this function kept for its next call (see
    /// `vm::frame::park_spare`); untracked by the collector, so this
    /// function's traversal visits what it holds.
    pub spare_frame: Cell<Option<PyRef>>,
}

impl PyPayload for PyFunction {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.code.borrow());
        visit(&self.globals);
        visit(&self.builtins);
        for r in [&self.defaults, &self.kwdefaults, &self.annotations] {
            if let Some(v) = r.borrow().as_ref() {
                visit(v);
            }
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
        visit(&self.doc.borrow());
        visit(&self.module.borrow());
        let spare = self.spare_frame.take();
        if let Some(f) = &spare {
            crate::vm::frame::traverse_spare(f, visit);
        }
        self.spare_frame.set(spare);
    }
}

/// The payload of `classmethod` and `staticmethod` objects.
pub struct PyCallableWrapper {
    pub callable: RefCell<PyRef>,
}

impl PyPayload for PyCallableWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.callable.borrow());
    }
}

use super::descrobject::{add_getsets, GetSetDef};
use super::typeobject::{as_type, class_name};
use super::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};

fn pyfunc(o: &PyRef) -> &PyFunction {
    o.downcast_ref::<PyFunction>().expect("function")
}

fn func_descr_get(vm: &Vm, f: &PyRef, obj: Option<&PyRef>, _ty: Option<&PyRef>) -> PyResult {
    match obj {
        Some(o) if !vm.is_none(o) => Ok(super::classobject::new_method(vm, f.clone(), o.clone())),
        _ => Ok(f.clone()),
    }
}

fn func_call(vm: &Vm, f: &PyRef, args: CallArgs<'_>) -> PyResult {
    vm.call_function(pyfunc(f), args)
}

fn func_repr(vm: &Vm, f: &PyRef) -> PyResult {
    let q = crate::vm::attr::str_lossy(&pyfunc(f).qualname.borrow());
    Ok(new_str_object(
        vm,
        &format!("<function {q} at {:#x}>", f.id()),
    ))
}

fn set_str_field(vm: &Vm, cell: &RefCell<PyRef>, v: Option<&PyRef>, what: &str) -> PyResult<()> {
    match v {
        Some(v) if v.downcast_ref::<super::unicodeobject::PyStr>().is_some() => {
            *cell.borrow_mut() = v.clone();
            Ok(())
        }
        _ => Err(vm.new_type_error(format!("{what} must be set to a string object"))),
    }
}

fn opt_tuple_field(
    vm: &Vm,
    cell: &RefCell<Option<PyRef>>,
    v: Option<&PyRef>,
    what: &str,
    dict: bool,
) -> PyResult<()> {
    match v {
        None => *cell.borrow_mut() = None,
        Some(v) if vm.is_none(v) => *cell.borrow_mut() = None,
        Some(v)
            if (!dict && super::tupleobject::tuple_items(v).is_some())
                || (dict && v.downcast_ref::<super::dictobject::PyDict>().is_some()) =>
        {
            *cell.borrow_mut() = Some(v.clone())
        }
        Some(_) => {
            return Err(vm.new_type_error(format!(
                "{what} must be set to a {} object",
                if dict { "dict" } else { "tuple" }
            )))
        }
    }
    Ok(())
}

fn func_annotations(vm: &Vm, f: &PyRef) -> PyResult {
    let pf = pyfunc(f);
    let cur = pf.annotations.borrow().clone();
    match cur {
        Some(a) => Ok(a),
        None => {
            let d = super::dictobject::PyDict::new_ref(vm);
            *pf.annotations.borrow_mut() = Some(d.clone());
            Ok(d)
        }
    }
}

fn callable_wrapper_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let name = as_type(cls).name();
    let a = args.check_positional(vm, &name, 1, 1)?;
    Ok(PyRef::new(
        PyCallableWrapper {
            callable: RefCell::new(a[0].clone()),
        },
        cls.clone(),
    ))
}

fn callable_wrapper_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let name = class_name(obj);
    let a = args.check_positional(vm, &name, 1, 1)?;
    let w = obj
        .downcast_ref::<PyCallableWrapper>()
        .expect("classmethod/staticmethod");
    *w.callable.borrow_mut() = a[0].clone();
    // Copy __doc__, __name__ … like functools.update_wrapper (3.10+).
    for attr in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Ok(Some(v)) = vm.getattr_opt(&a[0], &vm.intern(attr)) {
            let _ = crate::vm::attr::generic_setattr(vm, obj, &vm.intern(attr), Some(&v));
        }
    }
    Ok(())
}

fn classmethod_get(vm: &Vm, cm: &PyRef, obj: Option<&PyRef>, ty: Option<&PyRef>) -> PyResult {
    let f = cm
        .downcast_ref::<PyCallableWrapper>()
        .expect("classmethod")
        .callable
        .borrow()
        .clone();
    let cls = match (ty, obj) {
        (Some(t), _) if !vm.is_none(t) => t.clone(),
        (_, Some(o)) => o.class().clone(),
        _ => return Err(vm.new_type_error("__get__(None, None) is invalid")),
    };
    if let Some(get) = as_type(f.class()).slots.descr_get.get() {
        if !f.class().is(&vm.types.function_type) && !f.class().is(&vm.types.builtin_function_type)
        {
            return get(vm, &f, Some(&cls), Some(cls.class()));
        }
    }
    Ok(super::classobject::new_method(vm, f, cls))
}

fn staticmethod_get(_vm: &Vm, sm: &PyRef, _obj: Option<&PyRef>, _ty: Option<&PyRef>) -> PyResult {
    Ok(sm
        .downcast_ref::<PyCallableWrapper>()
        .expect("staticmethod")
        .callable
        .borrow()
        .clone())
}

fn staticmethod_call(vm: &Vm, sm: &PyRef, args: CallArgs<'_>) -> PyResult {
    let f = sm
        .downcast_ref::<PyCallableWrapper>()
        .expect("staticmethod")
        .callable
        .borrow()
        .clone();
    vm.call(&f, args)
}

fn wrapper_func(_vm: &Vm, o: &PyRef) -> PyResult {
    Ok(o.downcast_ref::<PyCallableWrapper>()
        .expect("wrapper")
        .callable
        .borrow()
        .clone())
}

fn wrapper_isabstract(vm: &Vm, o: &PyRef) -> PyResult {
    let f = o
        .downcast_ref::<PyCallableWrapper>()
        .expect("wrapper")
        .callable
        .borrow()
        .clone();
    match vm.getattr_opt(&f, &vm.intern("__isabstractmethod__"))? {
        Some(v) => Ok(vm.bool_obj(vm.is_true(&v)?)),
        None => Ok(vm.false_.clone()),
    }
}

static FUNCTION_NEW_SIG: crate::vm::Signature = crate::vm::Signature {
    name: "function",
    params: &["code", "globals", "name", "argdefs", "closure"],
    posonly: 0,
    positional: 5,
    required: 2,
};

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    use super::codeobject::PyCode;
    use super::tupleobject::tuple_items;
    let a = FUNCTION_NEW_SIG.bind(vm, args)?;
    let given = |i: usize| a[i].as_ref().filter(|v| !vm.is_none(v));
    let code_obj = a[0].clone().expect("required");
    let Some(code) = code_obj.downcast_ref::<PyCode>() else {
        return Err(vm.new_type_error(format!(
            "function() argument 'code' must be code, not {}",
            class_name(&code_obj)
        )));
    };
    let globals = a[1].clone().expect("required");
    if globals
        .downcast_ref::<super::dictobject::PyDict>()
        .is_none()
    {
        return Err(vm.new_type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            class_name(&globals)
        )));
    }
    let name = match given(2) {
        Some(n) if super::unicodeobject::as_str(n).is_some() => n.clone(),
        Some(_) => return Err(vm.new_type_error("arg 3 (name) must be None or string")),
        None => vm.intern(&code.code.name),
    };
    let defaults = match given(3) {
        Some(d) if tuple_items(d).is_some() => Some(d.clone()),
        Some(_) => return Err(vm.new_type_error("arg 4 (defaults) must be None or tuple")),
        None => None,
    };
    let nfree = code.code.freevars.len();
    let closure = match given(4) {
        Some(c) if tuple_items(c).is_some() => Some(c.clone()),
        Some(_) => return Err(vm.new_type_error("arg 5 (closure) must be None or tuple")),
        None if nfree > 0 => return Err(vm.new_type_error("arg 5 (closure) must be tuple")),
        None => None,
    };
    let cells = closure.as_ref().and_then(tuple_items).unwrap_or(&[]);
    if cells.len() != nfree {
        return Err(vm.new_value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            code.code.name,
            cells.len()
        )));
    }
    if let Some(bad) = cells
        .iter()
        .find(|c| c.downcast_ref::<super::cellobject::PyCell>().is_none())
    {
        return Err(vm.new_type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            class_name(bad)
        )));
    }
    let module = globals
        .downcast_ref::<super::dictobject::PyDict>()
        .and_then(|g| g.get_rust_str(vm, "__name__"))
        .unwrap_or_else(|| vm.none.clone());
    let doc = match &code.code.docstring {
        Some(d) => new_str_object(vm, d),
        None => vm.none.clone(),
    };
    let f = PyFunction {
        code: RefCell::new(code_obj.clone()),
        builtins: crate::vm::frame::builtins_of(vm, &globals),
        globals,
        name: RefCell::new(name),
        qualname: RefCell::new(vm.intern(&code.code.qualname)),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(None),
        closure: closure.filter(|_| nfree > 0),
        annotations: RefCell::new(None),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        spare_frame: Cell::new(None),
    };
    Ok(PyRef::new(f, vm.types.function_type.clone()))
}

/// `f.__code__ = code`: CPython refuses code whose free variables the
/// function's closure does not provide.
fn set_code(vm: &Vm, f: &PyRef, v: Option<&PyRef>) -> PyResult<()> {
    let Some(code) = v.and_then(|c| c.downcast_ref::<super::codeobject::PyCode>()) else {
        return Err(vm.new_type_error("__code__ must be set to a code object"));
    };
    let pf = pyfunc(f);
    let nclosure = pf
        .closure
        .as_ref()
        .and_then(super::tupleobject::tuple_items)
        .map_or(0, |c| c.len());
    let nfree = code.code.freevars.len();
    if nfree != nclosure {
        return Err(vm.new_value_error(format!(
            "{}() requires a code object with {nclosure} free vars, not {nfree}",
            crate::vm::attr::str_lossy(&pf.name.borrow())
        )));
    }
    *pf.code.borrow_mut() = v.expect("checked above").clone();
    Ok(())
}

/// Installs the slots and attributes of functions, classmethod and staticmethod.
pub fn init(vm: &Vm) {
    let ft = &vm.types.function_type;
    let s = &as_type(ft).slots;
    s.new.set(Some(function_new));
    s.descr_get.set(Some(func_descr_get));
    s.call.set(Some(func_call));
    s.repr.set(Some(func_repr));
    add_getsets(
        vm,
        ft,
        &[
            GetSetDef::new("__name__", |_, f| Ok(pyfunc(f).name.borrow().clone()))
                .with_setter(|vm, f, v| set_str_field(vm, &pyfunc(f).name, v, "__name__")),
            GetSetDef::new("__qualname__", |_, f| {
                Ok(pyfunc(f).qualname.borrow().clone())
            })
            .with_setter(|vm, f, v| set_str_field(vm, &pyfunc(f).qualname, v, "__qualname__")),
            GetSetDef::new("__doc__", |_, f| Ok(pyfunc(f).doc.borrow().clone())).with_setter(
                |vm, f, v| {
                    *pyfunc(f).doc.borrow_mut() = v.cloned().unwrap_or_else(|| vm.none.clone());
                    Ok(())
                },
            ),
            GetSetDef::new("__module__", |_, f| Ok(pyfunc(f).module.borrow().clone())).with_setter(
                |vm, f, v| {
                    *pyfunc(f).module.borrow_mut() = v.cloned().unwrap_or_else(|| vm.none.clone());
                    Ok(())
                },
            ),
            GetSetDef::new("__defaults__", |vm, f| {
                Ok(pyfunc(f)
                    .defaults
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| vm.none.clone()))
            })
            .with_setter(|vm, f, v| {
                opt_tuple_field(vm, &pyfunc(f).defaults, v, "__defaults__", false)
            }),
            GetSetDef::new("__kwdefaults__", |vm, f| {
                Ok(pyfunc(f)
                    .kwdefaults
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| vm.none.clone()))
            })
            .with_setter(|vm, f, v| {
                opt_tuple_field(vm, &pyfunc(f).kwdefaults, v, "__kwdefaults__", true)
            }),
            GetSetDef::new("__code__", |_, f| Ok(pyfunc(f).code.borrow().clone()))
                .with_setter(set_code),
            GetSetDef::new("__globals__", |_, f| Ok(pyfunc(f).globals.clone())),
            GetSetDef::new("__builtins__", |_, f| Ok(pyfunc(f).builtins.clone())),
            GetSetDef::new("__closure__", |vm, f| {
                Ok(pyfunc(f).closure.clone().unwrap_or_else(|| vm.none.clone()))
            }),
            GetSetDef::new("__annotations__", func_annotations).with_setter(|vm, f, v| {
                opt_tuple_field(vm, &pyfunc(f).annotations, v, "__annotations__", true)
            }),
            GetSetDef::new("__dict__", |vm, f| match f.dict() {
                Some(d) => Ok(d),
                None => {
                    let d = super::dictobject::PyDict::new_ref(vm);
                    f.set_dict(Some(d.clone()));
                    Ok(d)
                }
            }),
        ],
    );
    for (t, get) in [
        (
            &vm.types.classmethod_type,
            classmethod_get as super::typeslots::DescrGetFn,
        ),
        (&vm.types.staticmethod_type, staticmethod_get),
    ] {
        let s = &as_type(t).slots;
        s.new.set(Some(callable_wrapper_new));
        s.init.set(Some(callable_wrapper_init));
        s.descr_get.set(Some(get));
        add_getsets(
            vm,
            t,
            &[
                GetSetDef::new("__func__", wrapper_func),
                GetSetDef::new("__wrapped__", wrapper_func),
                GetSetDef::new("__isabstractmethod__", wrapper_isabstract),
            ],
        );
        super::descrobject::add_getsets(
            vm,
            t,
            &[GetSetDef::new("__dict__", |vm, f| match f.dict() {
                Some(d) => Ok(d),
                None => {
                    let d = super::dictobject::PyDict::new_ref(vm);
                    f.set_dict(Some(d.clone()));
                    Ok(d)
                }
            })],
        );
    }
    as_type(&vm.types.staticmethod_type)
        .slots
        .call
        .set(Some(staticmethod_call));
}
