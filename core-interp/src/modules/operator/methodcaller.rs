//! `operator.methodcaller`: a callable calling a named method, with the
//! arguments given at construction, on its operand
//! (`methodcaller('f', 1, k=2)(r)` is `r.f(1, k=2)`). The arguments are
//! kept in call form (values, then keyword names) so each call passes
//! them on without building a tuple or dict.

use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::sequence::ReprGuard;
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{as_type, class_name, finish_builtin_type, new_builtin_type};
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The method name and the call's arguments: positional values then
/// keyword values, `kwnames` naming the trailing ones.
struct Call {
    name: PyRef,
    args: Vec<PyRef>,
    kwnames: Vec<PyRef>,
}

impl Call {
    fn positional(&self) -> &[PyRef] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }
    fn kwargs(&self) -> impl Iterator<Item = (&PyRef, &PyRef)> {
        self.kwnames
            .iter()
            .zip(&self.args[self.args.len() - self.kwnames.len()..])
    }
}

/// The payload of `methodcaller` objects (`None` only after the collector cleared it).
struct MethodCaller {
    call: RefCell<Option<Rc<Call>>>,
}

impl PyPayload for MethodCaller {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(c) = &*self.call.borrow() {
            visit(&c.name);
            c.args.iter().for_each(&mut *visit);
            c.kwnames.iter().for_each(visit);
        }
    }
    fn clear(&self) {
        let old = self.call.borrow_mut().take();
        drop(old);
    }
}

fn call_of(vm: &Vm, o: &PyRef) -> PyResult<Rc<Call>> {
    o.downcast_ref::<MethodCaller>()
        .and_then(|m| m.call.borrow().clone())
        .ok_or_else(|| vm.new_system_error("methodcaller object was cleared"))
}

/// `methodcaller(name, /, *args, **kwargs)`.
fn methodcaller_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let Some(name) = args.positional().first() else {
        return Err(vm.new_type_error("methodcaller needs at least one argument, the method name"));
    };
    if name.downcast_ref::<PyStr>().is_none() {
        return Err(vm.new_type_error("method name must be a string"));
    }
    let call = Call {
        name: name.clone(),
        args: args.args[1..].to_vec(),
        kwnames: args.kwnames.to_vec(),
    };
    Ok(PyRef::new(
        MethodCaller {
            call: RefCell::new(Some(Rc::new(call))),
        },
        cls.clone(),
    ))
}

fn methodcaller_call(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult {
    let obj = &super::one_operand(vm, args, "methodcaller")?;
    let c = call_of(vm, o)?;
    let method = vm.getattr(obj, &c.name)?;
    vm.call(&method, CallArgs::new(&c.args, &c.kwnames))
}

/// `operator.methodcaller('name', arg, ..., key=value, ...)`.
fn methodcaller_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let tp = class_name(o);
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(new_str_object(vm, &format!("{tp}(...)")));
    };
    let c = call_of(vm, o)?;
    let mut out = format!("{tp}({}", vm.repr_string(&c.name)?);
    for a in c.positional() {
        out.push_str(", ");
        out.push_str(&vm.repr_string(a)?);
    }
    for (k, v) in c.kwargs() {
        out.push_str(", ");
        out.push_str(&vm.str_string(k)?);
        out.push('=');
        out.push_str(&vm.repr_string(v)?);
    }
    out.push(')');
    Ok(new_str_object(vm, &out))
}

/// `(type, (name, *args))`, or with keywords
/// `(functools.partial(type, name, **kwargs), args)`.
fn methodcaller_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let o = &a[0];
    let c = call_of(vm, o)?;
    let ty = o.class().clone();
    if c.kwnames.is_empty() {
        let mut ctor = vec![c.name.clone()];
        ctor.extend_from_slice(&c.args);
        return Ok(new_tuple(vm, vec![ty, new_tuple(vm, ctor)]));
    }
    let functools = crate::vm::import::import_module(vm, "functools")?;
    let partial = vm.getattr_str(&functools, "partial")?;
    let mut pargs = vec![ty, c.name.clone()];
    pargs.extend(c.kwargs().map(|(_, v)| v.clone()));
    let ctor = vm.call(&partial, CallArgs::new(&pargs, &c.kwnames))?;
    Ok(new_tuple(
        vm,
        vec![ctor, new_tuple(vm, c.positional().to_vec())],
    ))
}

const DOC: &str = "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).";

/// Creates the `operator.methodcaller` type.
pub fn make_type(vm: &Vm) -> PyRef {
    let t = new_builtin_type(
        vm,
        "operator.methodcaller",
        &vm.types.object_type,
        0,
        Some(DOC),
    );
    let s = &as_type(&t).slots;
    s.new.set(Some(methodcaller_new));
    s.call.set(Some(methodcaller_call));
    s.repr.set(Some(methodcaller_repr));
    finish_builtin_type(
        vm,
        &t,
        &[MethodDef::new("__reduce__", methodcaller_reduce)
            .with_doc("Return state information for pickling")],
        &[],
    );
    t
}
