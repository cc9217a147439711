//! `mappingproxy`: a read-only view of a mapping (a class's `__dict__`,
//! `types.MappingProxyType`), with the mapping methods forwarded.

use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use crate::vm::{CallArgs, PyResult, Vm};

/// The payload of mappingproxy objects.
pub struct PyMappingProxy {
    pub mapping: PyRef,
}

impl PyPayload for PyMappingProxy {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.mapping);
    }
}

pub fn new_mappingproxy(vm: &Vm, mapping: PyRef) -> PyRef {
    PyRef::new(
        PyMappingProxy { mapping },
        vm.types.mappingproxy_type.clone(),
    )
}

fn inner(obj: &PyRef) -> &PyRef {
    &obj.downcast_ref::<PyMappingProxy>()
        .expect("mappingproxy")
        .mapping
}

pub fn mp_getitem(vm: &Vm, obj: &PyRef, key: &PyRef) -> PyResult {
    vm.getitem(inner(obj), key)
}

pub fn mp_len(vm: &Vm, obj: &PyRef) -> PyResult<usize> {
    vm.len(inner(obj))
}

pub fn mp_contains(vm: &Vm, obj: &PyRef, key: &PyRef) -> PyResult<bool> {
    vm.contains(inner(obj), key)
}

pub fn mp_iter(vm: &Vm, obj: &PyRef) -> PyResult {
    vm.get_iter(inner(obj))
}

macro_rules! forward {
    ($($name:ident),*) => {
        $(fn $name(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            let pos = args.positional();
            let Some(me) = pos.first() else { return Err(vm.new_type_error(concat!(stringify!($name), "() needs an argument"))) };
            let m = vm.getattr_str(inner(me), stringify!($name))?;
            vm.call(&m, args.skip_first())
        })*
    };
}

forward!(keys, values, items, get, copy);

fn mp_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let sig = crate::vm::Signature {
        name: "mappingproxy",
        params: &["mapping"],
        posonly: 0,
        positional: 1,
        required: 1,
    };
    let a = sig.bind(vm, args)?;
    let m = a[0].clone().expect("required");
    let is_mapping = vm.getattr_opt(&m, &vm.intern("keys"))?.is_some()
        && vm.getattr_opt(&m, &vm.intern("__getitem__"))?.is_some();
    if !is_mapping || m.class().is(&vm.types.list_type) || m.class().is(&vm.types.tuple_type) {
        return Err(vm.new_type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            super::typeobject::class_name(&m)
        )));
    }
    Ok(new_mappingproxy(vm, m))
}

fn mp_repr(vm: &Vm, obj: &PyRef) -> PyResult {
    let r = vm.repr_string(inner(obj))?;
    Ok(super::unicodeobject::new_str_object(
        vm,
        &format!("mappingproxy({r})"),
    ))
}

fn mp_richcompare(
    vm: &Vm,
    a: &PyRef,
    b: &PyRef,
    op: crate::compile::bytecode::CompareOperator,
) -> PyResult {
    vm.richcompare(inner(a), b, op)
}

fn mp_or(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let l = if a.downcast_ref::<PyMappingProxy>().is_some() {
        inner(a).clone()
    } else {
        a.clone()
    };
    let r = if b.downcast_ref::<PyMappingProxy>().is_some() {
        inner(b).clone()
    } else {
        b.clone()
    };
    vm.binary_op(&l, &r, crate::compile::bytecode::BinaryOperator::Or, false)
}

/// Installs mappingproxy's slots and methods.
pub fn init(vm: &Vm) {
    let t = &vm.types.mappingproxy_type;
    super::descrobject::add_methods(
        vm,
        t,
        &[
            MethodDef::new("keys", keys),
            MethodDef::new("values", values),
            MethodDef::new("items", items),
            MethodDef::new("get", get),
            MethodDef::new("copy", copy),
        ],
    );
    let s = &super::typeobject::as_type(t).slots;
    s.new.set(Some(mp_new));
    s.repr.set(Some(mp_repr));
    s.str.set(Some(|vm, o| vm.str(inner(o))));
    s.richcompare.set(Some(mp_richcompare));
    s.or.set(Some(mp_or));
    s.getitem.set(Some(mp_getitem));
    s.len.set(Some(mp_len));
    s.contains.set(Some(mp_contains));
    s.iter.set(Some(mp_iter));
}
