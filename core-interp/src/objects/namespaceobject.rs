//! `types.SimpleNamespace` (CPython's `Objects/namespaceobject.c`): an
//! object whose attributes are its keyword arguments; `sys.implementation`
//! is one, and `types.py` takes the type from it.

use super::dictobject::PyDict;
use super::object::{PyPayload, PyRef};
use super::typeobject::{as_type, new_builtin_type, tpflags};
use super::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Vm};
use std::sync::OnceLock;

/// The payload of namespace objects (the attributes live in the instance dict).
#[derive(Default)]
pub struct PyNamespace;

impl PyPayload for PyNamespace {}

static NAMESPACE_TYPE: OnceLock<PyRef> = OnceLock::new();

fn ns_new(vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    let o = PyRef::new(PyNamespace, cls.clone());
    o.set_dict(Some(PyDict::new_ref(vm)));
    Ok(o)
}

fn ns_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    if !args.positional().is_empty() {
        return Err(vm.new_type_error(format!(
            "SimpleNamespace() takes no positional arguments, got {}",
            args.positional().len()
        )));
    }
    let d = obj.dict().expect("namespace dict");
    let d = d.downcast_ref::<PyDict>().expect("dict");
    for (k, v) in args.kwargs() {
        d.set_item(vm, k.clone(), v.clone())?;
    }
    Ok(())
}

fn ns_repr(vm: &Vm, obj: &PyRef) -> PyResult {
    let name = if obj.class().is(namespace_type(vm)) {
        "namespace".to_string()
    } else {
        as_type(obj.class()).name()
    };
    let Some(_guard) = super::sequence::ReprGuard::enter(obj) else {
        return Ok(new_str_object(vm, &format!("{name}(...)")));
    };
    let Some(d) = obj.dict() else {
        return Ok(new_str_object(vm, &format!("{name}()")));
    };
    let mut parts = Vec::new();
    for (k, v) in d.downcast_ref::<PyDict>().expect("dict").items() {
        if let Some(ks) = k.downcast_ref::<PyStr>() {
            parts.push(format!("{}={}", ks.to_string_lossy(), vm.repr_string(&v)?));
        }
    }
    Ok(new_str_object(vm, &format!("{name}({})", parts.join(", "))))
}

fn ns_richcompare(
    vm: &Vm,
    a: &PyRef,
    b: &PyRef,
    op: crate::compile::bytecode::CompareOperator,
) -> PyResult {
    use crate::compile::bytecode::CompareOperator as C;
    let t = namespace_type(vm);
    let both =
        super::typeobject::is_subtype(a.class(), t) && super::typeobject::is_subtype(b.class(), t);
    if !both || !matches!(op, C::Eq | C::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let da = a.dict().unwrap_or_else(|| PyDict::new_ref(vm));
    let db = b.dict().unwrap_or_else(|| PyDict::new_ref(vm));
    vm.richcompare(&da, &db, op)
}

fn ns_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__reduce__", 1, 1)?;
    let d = a[0].dict().unwrap_or_else(|| PyDict::new_ref(vm));
    Ok(super::tupleobject::new_tuple(
        vm,
        vec![a[0].class().clone(), vm.empty_tuple.clone(), d],
    ))
}

/// The `types.SimpleNamespace` type.
pub fn namespace_type(vm: &Vm) -> &'static PyRef {
    NAMESPACE_TYPE.get_or_init(|| {
        let t = new_builtin_type(
            vm,
            "SimpleNamespace",
            &vm.types.object_type,
            tpflags::BASETYPE | tpflags::HAS_DICT,
            Some("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"),
        );
        let s = &as_type(&t).slots;
        s.new.set(Some(ns_new));
        s.init.set(Some(ns_init));
        s.repr.set(Some(ns_repr));
        s.richcompare.set(Some(ns_richcompare));
        s.hash.set(Some(super::slotfuncs::hash_not_implemented));
        as_type(&t)
            .namespace()
            .set_str(vm, "__module__", vm.intern("types"));
        super::descrobject::add_methods(
            vm,
            &t,
            &[super::methodobject::MethodDef::new("__reduce__", ns_reduce)],
        );
        super::descrobject::add_getsets(
            vm,
            &t,
            &[super::descrobject::GetSetDef::new("__dict__", |vm, o| {
                Ok(o.dict().unwrap_or_else(|| vm.none.clone()))
            })],
        );
        super::typeslots::add_slot_wrappers(vm, &t);
        super::typeobject_new::add_new_wrapper(vm, &t);
        t
    })
}

/// A new namespace with the given attributes.
pub fn new_namespace(vm: &Vm, attrs: Vec<(&str, PyRef)>) -> PyRef {
    let o = PyRef::new(PyNamespace, namespace_type(vm).clone());
    let d = PyDict::new_ref(vm);
    for (k, v) in attrs {
        d.downcast_ref::<PyDict>().expect("dict").set_str(vm, k, v);
    }
    o.set_dict(Some(d));
    o
}
