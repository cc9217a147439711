//! `collections.defaultdict`: a dict subclass whose `__missing__` calls
//! `default_factory` (kept in the dict payload's `default_factory` field).

use crate::objects::dictobject::{as_dict, update_from, PyDict};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::sequence::ReprGuard;
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{as_type, finish_builtin_type, new_builtin_type, tpflags};
use crate::vm::{CallArgs, PyResult, Vm};

fn dd(o: &PyRef) -> &PyDict {
    as_dict(o).expect("defaultdict")
}

/// The factory of a defaultdict, if set.
pub fn factory(o: &PyRef) -> Option<PyRef> {
    let d = dd(o);
    let f = d.default_factory.take();
    let r = f.clone();
    d.default_factory.set(f);
    r
}

fn init(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let pos = args.positional();
    let (f, rest) = match pos.split_first() {
        Some((f, rest)) => (Some(f.clone()).filter(|f| !vm.is_none(f)), rest),
        None => (None, pos),
    };
    if let Some(f) = &f {
        if as_type(f.class()).slots.call.get().is_none() {
            return Err(vm.new_type_error("first argument must be callable or None"));
        }
    }
    dd(o).default_factory.set(f);
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!(
            "dict expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let kw = CallArgs::new(&args.args[pos.len()..], args.kwnames);
    update_from(vm, o, rest.first(), kw)
}

fn missing(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__missing__", 1, 1)?;
    let Some(f) = factory(&a[0]) else {
        return Err(vm.new_key_error(a[1].clone()));
    };
    let v = vm.call_positional(&f, &[])?;
    vm.setitem(&a[0], a[1].clone(), v.clone())?;
    Ok(v)
}

fn repr(vm: &Vm, o: &PyRef) -> PyResult {
    let dict_repr = as_type(&vm.types.dict_type)
        .slots
        .repr
        .get()
        .expect("dict has a repr");
    let base = vm.str_string(&dict_repr(vm, o)?)?;
    let f = match factory(o) {
        None => "None".to_string(),
        Some(f) => match ReprGuard::enter(&f) {
            None => "...".to_string(),
            Some(_g) => vm.repr_string(&f)?,
        },
    };
    let name = as_type(o.class()).qualname.borrow().clone();
    Ok(crate::objects::unicodeobject::new_str_object(
        vm,
        &format!("{name}({f}, {base})"),
    ))
}

/// `type(d)(d.default_factory, arg)`, as `copy()` and `|` build results.
fn new_like(vm: &Vm, d: &PyRef, arg: &PyRef) -> PyResult {
    let f = factory(d).unwrap_or_else(|| vm.none.clone());
    vm.call_positional(d.class(), &[f, arg.clone()])
}

fn copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "copy", 0, 0)?;
    new_like(vm, &a[0], &a[0])
}

fn reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let fargs = match factory(&a[0]) {
        Some(f) => new_tuple(vm, vec![f]),
        None => vm.empty_tuple.clone(),
    };
    let items = vm.call_method(&a[0], "items", &[])?;
    let it = vm.get_iter(&items)?;
    Ok(new_tuple(
        vm,
        vec![
            a[0].class().clone(),
            fargs,
            vm.none.clone(),
            vm.none.clone(),
            it,
        ],
    ))
}

fn or(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let dtype = &super::types().defaultdict;
    let (this, other) = if crate::objects::typeobject::is_subtype(a.class(), dtype) {
        (a, b)
    } else {
        (b, a)
    };
    if as_dict(other).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let n = new_like(vm, this, a)?;
    update_from(vm, &n, Some(b), CallArgs::positional_only(&[]))?;
    Ok(n)
}

fn get_factory(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(factory(o).unwrap_or_else(|| vm.none.clone()))
}

fn set_factory(vm: &Vm, o: &PyRef, v: Option<&PyRef>) -> PyResult<()> {
    dd(o)
        .default_factory
        .set(v.cloned().filter(|f| !vm.is_none(f)));
    Ok(())
}

/// Creates the `defaultdict` type.
pub fn make_type(vm: &Vm) -> PyRef {
    use crate::objects::descrobject::GetSetDef;
    let t = new_builtin_type(
        vm,
        "collections.defaultdict",
        &vm.types.dict_type,
        tpflags::BASETYPE,
        None,
    );
    let s = &as_type(&t).slots;
    s.init.set(Some(init));
    s.repr.set(Some(repr));
    s.or.set(Some(or));
    finish_builtin_type(
        vm,
        &t,
        &[
            MethodDef::new("__missing__", missing),
            MethodDef::new("copy", copy),
            MethodDef::new("__copy__", copy),
            MethodDef::new("__reduce__", reduce),
        ],
        &[GetSetDef::new("default_factory", get_factory).with_setter(set_factory)],
    );
    t
}
