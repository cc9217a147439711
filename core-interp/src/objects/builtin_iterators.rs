//! The iterator types of `builtins`: `enumerate`, `zip` (with `strict=`),
//! `map`, `filter` and `reversed`.

use super::longobject::{as_int, new_bigint, new_int};
use super::object::{PyPayload, PyRef};
use super::tupleobject::new_tuple;
use super::typeobject::{as_type, class_name, new_builtin_type, tpflags};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

/// The iterator types, created at start-up.
pub struct IteratorTypes {
    pub enumerate: PyRef,
    pub zip: PyRef,
    pub map: PyRef,
    pub filter: PyRef,
    pub reversed: PyRef,
}

static TYPES: OnceLock<IteratorTypes> = OnceLock::new();

pub fn types() -> &'static IteratorTypes {
    TYPES.get().expect("iterator types initialised")
}

/// `enumerate(iterable, start=0)`.
pub struct PyEnumerate {
    it: PyRef,
    index: RefCell<BigInt>,
}

impl PyPayload for PyEnumerate {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.it);
    }
}

static ENUMERATE_SIG: Signature = Signature {
    name: "enumerate",
    params: &["iterable", "start"],
    posonly: 0,
    positional: 2,
    required: 1,
};

fn enumerate_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = ENUMERATE_SIG.bind(vm, args)?;
    let it = vm.get_iter(a[0].as_ref().unwrap())?;
    let start = match &a[1] {
        Some(s) => match as_int(s) {
            Some(i) => i.value.to_big(),
            None => {
                let i = vm.index(s)?;
                as_int(&i).unwrap().value.to_big()
            }
        },
        None => BigInt::from(0),
    };
    Ok(PyRef::new(
        PyEnumerate {
            it,
            index: RefCell::new(start),
        },
        cls.clone(),
    ))
}

fn enumerate_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let e = o.downcast_ref::<PyEnumerate>().expect("enumerate");
    let Some(v) = vm.next(&e.it)? else {
        return Ok(None);
    };
    let i = e.index.borrow().clone();
    *e.index.borrow_mut() = &i + 1;
    Ok(Some(new_tuple(vm, vec![new_bigint(vm, i), v])))
}

/// `zip(*iterables, strict=False)`.
pub struct PyZip {
    its: Vec<PyRef>,
    strict: Cell<bool>,
    done: Cell<bool>,
}

impl PyPayload for PyZip {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.its.iter().for_each(visit);
    }
}

fn zip_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let mut strict = false;
    for (k, v) in args.kwargs() {
        if vm.str_string(k)? == "strict" {
            strict = vm.is_true(v)?;
        } else {
            return Err(vm.new_type_error(format!(
                "'{}' is an invalid keyword argument for zip()",
                vm.str_string(k)?
            )));
        }
    }
    let mut its = Vec::new();
    for x in args.positional() {
        its.push(vm.get_iter(x)?);
    }
    Ok(PyRef::new(
        PyZip {
            its,
            strict: Cell::new(strict),
            done: Cell::new(false),
        },
        cls.clone(),
    ))
}

fn zip_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let z = o.downcast_ref::<PyZip>().expect("zip");
    if z.its.is_empty() || z.done.get() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(z.its.len());
    for (i, it) in z.its.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => items.push(v),
            None => {
                z.done.set(true);
                if z.strict.get() {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(vm.new_value_error(format!(
                            "zip() argument {} is shorter than argument{plural}{}",
                            i + 1,
                            i
                        )));
                    }
                    for (j, other) in z.its.iter().enumerate().skip(1) {
                        if vm.next(other)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(vm.new_value_error(format!(
                                "zip() argument {} is longer than argument{plural}{}",
                                j + 1,
                                j
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(new_tuple(vm, items)))
}

/// `map(func, *iterables)`.
pub struct PyMap {
    func: PyRef,
    its: Vec<PyRef>,
}

impl PyPayload for PyMap {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.func);
        self.its.iter().for_each(visit);
    }
}

fn map_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "map")?;
    let a = args.positional();
    if a.len() < 2 {
        return Err(vm.new_type_error("map() must have at least two arguments."));
    }
    let its = a[1..]
        .iter()
        .map(|x| vm.get_iter(x))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyRef::new(
        PyMap {
            func: a[0].clone(),
            its,
        },
        cls.clone(),
    ))
}

fn map_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let m = o.downcast_ref::<PyMap>().expect("map");
    let mut items = Vec::with_capacity(m.its.len());
    for it in &m.its {
        match vm.next(it)? {
            Some(v) => items.push(v),
            None => return Ok(None),
        }
    }
    vm.call_positional(&m.func, &items).map(Some)
}

/// `filter(function or None, iterable)`.
pub struct PyFilter {
    func: PyRef,
    it: PyRef,
}

impl PyPayload for PyFilter {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.func);
        visit(&self.it);
    }
}

fn filter_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "filter")?;
    let a = args.check_positional(vm, "filter", 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(PyRef::new(
        PyFilter {
            func: a[0].clone(),
            it,
        },
        cls.clone(),
    ))
}

fn filter_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let f = o.downcast_ref::<PyFilter>().expect("filter");
    while let Some(v) = vm.next(&f.it)? {
        let keep = if vm.is_none(&f.func) || f.func.is(&vm.types.bool_type) {
            vm.is_true(&v)?
        } else {
            let r = vm.call_positional(&f.func, std::slice::from_ref(&v))?;
            vm.is_true(&r)?
        };
        if keep {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// `reversed(seq)` over the sequence protocol.
pub struct PyReversed {
    seq: RefCell<Option<PyRef>>,
    index: Cell<isize>,
}

impl PyPayload for PyReversed {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(s) = self.seq.borrow().as_ref() {
            visit(s);
        }
    }
}

fn reversed_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "reversed")?;
    let a = args.check_positional(vm, "reversed", 1, 1)?;
    let seq = &a[0];
    if let Some(r) = vm.lookup_special(seq, "__reversed__")? {
        if vm.is_none(&r) {
            return Err(
                vm.new_type_error(format!("'{}' object is not reversible", class_name(seq)))
            );
        }
        return vm.call_positional(&r, &[]);
    }
    let t = as_type(seq.class());
    if t.slots.getitem.get().is_none()
        || t.slots.len.get().is_none()
        || seq.downcast_ref::<super::dictobject::PyDict>().is_some()
    {
        return Err(vm.new_type_error(format!("'{}' object is not reversible", class_name(seq))));
    }
    let n = vm.len(seq)? as isize;
    Ok(PyRef::new(
        PyReversed {
            seq: RefCell::new(Some(seq.clone())),
            index: Cell::new(n - 1),
        },
        cls.clone(),
    ))
}

fn reversed_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let r = o.downcast_ref::<PyReversed>().expect("reversed");
    let Some(seq) = r.seq.borrow().clone() else {
        return Ok(None);
    };
    let i = r.index.get();
    if i < 0 {
        r.seq.borrow_mut().take();
        return Ok(None);
    }
    r.index.set(i - 1);
    match vm.getitem(&seq, &new_int(vm, i as i64)) {
        Ok(v) => Ok(Some(v)),
        Err(e)
            if e.matches(&vm.exceptions.index_error)
                || e.matches(&vm.exceptions.stop_iteration) =>
        {
            r.seq.borrow_mut().take();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `zip.__reduce__()`: `(zip, iterators)`, plus `True` as state when strict.
fn zip_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__reduce__", 1, 1)?;
    let z = a[0]
        .downcast_ref::<PyZip>()
        .ok_or_else(|| vm.new_type_error("descriptor '__reduce__' requires a 'zip' object"))?;
    let mut parts = vec![a[0].class().clone(), new_tuple(vm, z.its.clone())];
    if z.strict.get() {
        parts.push(vm.true_.clone());
    }
    Ok(new_tuple(vm, parts))
}

/// `zip.__setstate__(strict)`.
fn zip_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__setstate__", 2, 2)?;
    let z = a[0]
        .downcast_ref::<PyZip>()
        .ok_or_else(|| vm.new_type_error("descriptor '__setstate__' requires a 'zip' object"))?;
    z.strict.set(vm.is_true(&a[1])?);
    Ok(vm.none.clone())
}

/// `map.__reduce__()`: `(map, (func, *iterators))`.
fn map_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__reduce__", 1, 1)?;
    let m = a[0]
        .downcast_ref::<PyMap>()
        .ok_or_else(|| vm.new_type_error("descriptor '__reduce__' requires a 'map' object"))?;
    let mut items = vec![m.func.clone()];
    items.extend(m.its.iter().cloned());
    Ok(new_tuple(
        vm,
        vec![a[0].class().clone(), new_tuple(vm, items)],
    ))
}

/// `filter.__reduce__()`: `(filter, (func, iterator))`.
fn filter_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__reduce__", 1, 1)?;
    let f = a[0]
        .downcast_ref::<PyFilter>()
        .ok_or_else(|| vm.new_type_error("descriptor '__reduce__' requires a 'filter' object"))?;
    let items = new_tuple(vm, vec![f.func.clone(), f.it.clone()]);
    Ok(new_tuple(vm, vec![a[0].class().clone(), items]))
}

/// Creates the iterator types and installs their slots.
pub fn init(vm: &Vm) {
    let mk = |name: &str, new: super::typeslots::NewFn, next: super::typeslots::IterNextFn| {
        let t = new_builtin_type(vm, name, &vm.types.object_type, tpflags::BASETYPE, None);
        let s = &as_type(&t).slots;
        s.new.set(Some(new));
        s.iter.set(Some(|_, o| Ok(o.clone())));
        s.iternext.set(Some(next));
        super::typeslots::add_slot_wrappers(vm, &t);
        super::typeobject_new::add_new_wrapper(vm, &t);
        t
    };
    let types = IteratorTypes {
        enumerate: mk("enumerate", enumerate_new, enumerate_next),
        zip: mk("zip", zip_new, zip_next),
        map: mk("map", map_new, map_next),
        filter: mk("filter", filter_new, filter_next),
        reversed: mk("reversed", reversed_new, reversed_next),
    };
    use super::methodobject::MethodDef;
    for (t, methods) in [
        (
            &types.zip,
            &[
                MethodDef::new("__reduce__", zip_reduce),
                MethodDef::new("__setstate__", zip_setstate),
            ][..],
        ),
        (&types.map, &[MethodDef::new("__reduce__", map_reduce)][..]),
        (
            &types.filter,
            &[MethodDef::new("__reduce__", filter_reduce)][..],
        ),
    ] {
        super::descrobject::add_methods(vm, t, methods);
    }
    let _ = TYPES.set(types);
}
