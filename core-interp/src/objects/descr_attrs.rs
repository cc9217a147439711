//! The introspection attributes of built-in descriptors and bound slot
//! wrappers: `__name__`, `__qualname__`, `__objclass__` of `list.append`,
//! `list.__len__`, `int.real`… (member descriptors have their own, in
//! descrobject.rs), and `__self__`, `repr`, `==` and `hash` of
//! method-wrapper objects (`[].__len__`).

use super::classobject::PyMethodWrapper;
use super::descrobject::{
    add_getsets, GetSetDef, PyGetSetDescriptor, PyMemberDescriptor, PyMethodDescriptor,
};
use super::object::PyRef;
use super::typeobject::as_type;
use super::typeslots::PySlotWrapper;
use super::unicodeobject::new_str_object;
use crate::compile::bytecode::CompareOperator;
use crate::vm::{PyResult, Vm};

/// The name and owning type of any built-in descriptor.
fn name_and_owner(o: &PyRef) -> Option<(String, &PyRef)> {
    if let Some(d) = o.downcast_ref::<PyMethodDescriptor>() {
        return Some((d.def.name.to_string(), &d.owner));
    }
    if let Some(d) = o.downcast_ref::<PyGetSetDescriptor>() {
        return Some((d.def.name.to_string(), &d.owner));
    }
    if let Some(d) = o.downcast_ref::<PyMemberDescriptor>() {
        return Some((crate::vm::attr::str_lossy(&d.name), &d.owner));
    }
    if let Some(d) = o.downcast_ref::<PySlotWrapper>() {
        return Some((d.name.to_string(), &d.owner));
    }
    let w = o.downcast_ref::<PyMethodWrapper>()?;
    name_and_owner(&w.descr)
}

fn parts(vm: &Vm, o: &PyRef) -> PyResult<(String, PyRef)> {
    name_and_owner(o)
        .map(|(n, t)| (n, t.clone()))
        .ok_or_else(|| vm.new_type_error("descriptor expected"))
}

fn descr_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(new_str_object(vm, &parts(vm, o)?.0))
}

fn descr_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    let (name, owner) = parts(vm, o)?;
    let q = format!("{}.{}", as_type(&owner).qualname.borrow(), name);
    Ok(new_str_object(vm, &q))
}

fn descr_objclass(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(parts(vm, o)?.1)
}

fn wrapper_of(o: &PyRef) -> &PyMethodWrapper {
    o.downcast_ref::<PyMethodWrapper>().expect("method-wrapper")
}

fn method_wrapper_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let w = wrapper_of(o);
    let (name, _) = parts(vm, o)?;
    let s = format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        name,
        super::typeobject::class_name(&w.self_),
        w.self_.id()
    );
    Ok(new_str_object(vm, &s))
}

fn method_wrapper_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let Some(y) = b.downcast_ref::<PyMethodWrapper>() else {
        return Ok(vm.not_implemented.clone());
    };
    let x = wrapper_of(a);
    let eq = x.descr.is(&y.descr) && x.self_.is(&y.self_);
    match op {
        CompareOperator::Eq => Ok(vm.bool_obj(eq)),
        CompareOperator::Ne => Ok(vm.bool_obj(!eq)),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn method_wrapper_hash(_vm: &Vm, o: &PyRef) -> PyResult<isize> {
    let w = wrapper_of(o);
    Ok((w.descr.id() as isize) ^ (w.self_.id() as isize))
}

/// Installs the attributes on the descriptor types and method-wrapper.
pub fn init(vm: &Vm) {
    let ts = &vm.types;
    let common = [
        GetSetDef::new("__name__", descr_name),
        GetSetDef::new("__qualname__", descr_qualname),
        GetSetDef::new("__objclass__", descr_objclass),
    ];
    for t in [
        &ts.method_descriptor_type,
        &ts.classmethod_descriptor_type,
        &ts.getset_descriptor_type,
        &ts.wrapper_descriptor_type,
    ] {
        add_getsets(vm, t, &common);
    }
    add_getsets(
        vm,
        &ts.method_wrapper_type,
        &[
            GetSetDef::new("__name__", descr_name),
            GetSetDef::new("__qualname__", descr_qualname),
            GetSetDef::new("__self__", |_, o| Ok(wrapper_of(o).self_.clone())),
        ],
    );
    let s = &as_type(&ts.method_wrapper_type).slots;
    s.repr.set(Some(method_wrapper_repr));
    s.richcompare.set(Some(method_wrapper_richcompare));
    s.hash.set(Some(method_wrapper_hash));
}
