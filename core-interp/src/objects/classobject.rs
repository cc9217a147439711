//! Bound methods: a function together with the instance it was looked up on.

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;

/// The payload of `method` objects.
pub struct PyMethod {
    pub func: PyRef,
    pub self_: PyRef,
}

impl PyPayload for PyMethod {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.func);
        visit(&self.self_);
    }
}

pub fn new_method(vm: &Vm, func: PyRef, self_: PyRef) -> PyRef {
    PyRef::new(PyMethod { func, self_ }, vm.types.method_type.clone())
}

/// `method-wrapper`: a slot wrapper bound to an instance (`(1).__add__`).
pub struct PyMethodWrapper {
    pub descr: PyRef,
    pub self_: PyRef,
}

impl PyPayload for PyMethodWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.descr);
        visit(&self.self_);
    }
}

pub fn new_method_wrapper(vm: &Vm, descr: PyRef, self_: PyRef) -> PyRef {
    PyRef::new(
        PyMethodWrapper { descr, self_ },
        vm.types.method_wrapper_type.clone(),
    )
}

fn method_wrapper_call(vm: &Vm, w: &PyRef, args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult {
    let mw = w.downcast_ref::<PyMethodWrapper>().expect("method-wrapper");
    let sw = mw
        .descr
        .downcast_ref::<super::typeslots::PySlotWrapper>()
        .expect("slot wrapper");
    super::slotwrappers::call_slot(vm, sw, &mw.self_, args)
}

fn method_descr_get(
    _vm: &Vm,
    m: &PyRef,
    _obj: Option<&PyRef>,
    _ty: Option<&PyRef>,
) -> crate::vm::PyResult {
    Ok(m.clone())
}

fn method_getattro(vm: &Vm, m: &PyRef, name: &PyRef) -> crate::vm::PyResult {
    match crate::vm::attr::generic_getattr_opt(vm, m, name)? {
        Some(v) => Ok(v),
        None => {
            let f = &m.downcast_ref::<PyMethod>().expect("method").func;
            vm.getattr(f, name)
        }
    }
}

fn method_repr(vm: &Vm, m: &PyRef) -> crate::vm::PyResult {
    let pm = m.downcast_ref::<PyMethod>().expect("method");
    let name = vm
        .getattr_opt(&pm.func, &vm.intern("__qualname__"))?
        .or(vm.getattr_opt(&pm.func, &vm.intern("__name__"))?)
        .map(|n| crate::vm::attr::str_lossy(&n))
        .unwrap_or_else(|| "?".into());
    let s = format!("<bound method {name} of {}>", vm.repr_string(&pm.self_)?);
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

fn method_richcompare(
    vm: &Vm,
    a: &PyRef,
    b: &PyRef,
    op: crate::compile::bytecode::CompareOperator,
) -> crate::vm::PyResult {
    use crate::compile::bytecode::CompareOperator::*;
    let (Some(x), Some(y)) = (a.downcast_ref::<PyMethod>(), b.downcast_ref::<PyMethod>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let eq = x.func.is(&y.func) && x.self_.is(&y.self_);
    match op {
        Eq => Ok(vm.bool_obj(eq)),
        Ne => Ok(vm.bool_obj(!eq)),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn method_hash(vm: &Vm, m: &PyRef) -> crate::vm::PyResult<isize> {
    let pm = m.downcast_ref::<PyMethod>().expect("method");
    Ok(vm.hash(&pm.func)? ^ (pm.self_.id() as isize))
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(vm: &Vm, _cls: &PyRef, args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult {
    let a = args.check_positional(vm, "method", 2, 2)?;
    if super::typeobject::as_type(a[0].class())
        .slots
        .call
        .get()
        .is_none()
    {
        return Err(vm.new_type_error("first argument must be callable"));
    }
    if vm.is_none(&a[1]) {
        return Err(vm.new_type_error("instance must not be None"));
    }
    Ok(new_method(vm, a[0].clone(), a[1].clone()))
}

/// Installs the slots of `method` and `method-wrapper`.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, GetSetDef};
    use super::typeobject::as_type;
    let m = as_type(&vm.types.method_type);
    m.slots.new.set(Some(method_new));
    m.slots.descr_get.set(Some(method_descr_get));
    m.slots.getattro.set(Some(method_getattro));
    m.slots.repr.set(Some(method_repr));
    m.slots.richcompare.set(Some(method_richcompare));
    m.slots.hash.set(Some(method_hash));
    // `vm.call` short-cuts bound methods; the slot makes them `callable()`
    // (and callable through the slot, as C code calls them).
    m.slots.call.set(Some(|vm, o, args| vm.call(o, args)));
    add_getsets(
        vm,
        &vm.types.method_type,
        &[
            GetSetDef::new("__func__", |_, o| {
                Ok(o.downcast_ref::<PyMethod>().unwrap().func.clone())
            }),
            GetSetDef::new("__self__", |_, o| {
                Ok(o.downcast_ref::<PyMethod>().unwrap().self_.clone())
            }),
        ],
    );
    as_type(&vm.types.method_wrapper_type)
        .slots
        .call
        .set(Some(method_wrapper_call));
}
