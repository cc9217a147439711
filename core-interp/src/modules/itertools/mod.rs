//! `itertools`: CPython's iterator building blocks, written in Rust. The
//! types live in four files: `infinite.rs` (count, cycle, repeat),
//! `filtering.rs` (compress, dropwhile, takewhile, filterfalse, islice,
//! starmap, accumulate), `combining.rs` (chain, pairwise, zip_longest,
//! groupby, tee) and `combinatorics.rs` (product, permutations,
//! combinations, combinations_with_replacement).

mod combinatorics;
mod combining;
mod filtering;
mod infinite;

use super::{module_set, new_builtin_module};
use crate::objects::descrobject::GetSetDef;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::typeobject::{as_type, finish_builtin_type, new_builtin_type, tpflags};
use crate::objects::typeslots::{IterNextFn, NewFn};
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;

/// The module's types, created once per process.
struct Types {
    all: Vec<(&'static str, PyRef)>,
    tee: PyRef,
    tee_data: PyRef,
    grouper: PyRef,
    chain: PyRef,
}

static TYPES: OnceLock<Types> = OnceLock::new();

fn types() -> &'static Types {
    TYPES.get().expect("itertools types initialised")
}

/// Makes an iterator type `itertools.<name>`: `__iter__` returns self.
fn iter_type(
    vm: &Vm,
    name: &str,
    new: NewFn,
    next: IterNextFn,
    base: bool,
    methods: &[MethodDef],
    getsets: &[GetSetDef],
) -> PyRef {
    let flags = if base { tpflags::BASETYPE } else { 0 };
    let t = new_builtin_type(
        vm,
        &format!("itertools.{name}"),
        &vm.types.object_type,
        flags,
        None,
    );
    let s = &as_type(&t).slots;
    s.new.set(Some(new));
    s.iter.set(Some(|_, o| Ok(o.clone())));
    s.iternext.set(Some(next));
    finish_builtin_type(vm, &t, methods, getsets);
    t
}

use crate::modules::bind_clinic as bind;

/// The payload of `o` (the type's slots guarantee its kind).
fn payload<T: crate::objects::object::PyPayload>(o: &PyRef) -> &T {
    o.downcast_ref::<T>()
        .expect("itertools object of the expected type")
}

/// `state is not a tuple` check of `__setstate__` methods.
fn state_tuple<'a>(vm: &Vm, state: &'a PyRef) -> PyResult<&'a [PyRef]> {
    crate::objects::tupleobject::tuple_items(state)
        .ok_or_else(|| vm.new_type_error("state is not a tuple"))
}

/// Creates the `itertools` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let t = TYPES.get_or_init(|| {
        let mut all = Vec::new();
        infinite::make_types(vm, &mut all);
        filtering::make_types(vm, &mut all);
        let c = combining::make_types(vm, &mut all);
        combinatorics::make_types(vm, &mut all);
        Types {
            all,
            tee: c.tee,
            tee_data: c.tee_data,
            grouper: c.grouper,
            chain: c.chain,
        }
    });
    let m = new_builtin_module(vm, "itertools", &[MethodDef::new("tee", combining::tee)]);
    module_set(
        vm,
        &m,
        "__doc__",
        crate::objects::unicodeobject::new_str_object(
            vm,
            "Functional tools for creating and using iterators.",
        ),
    );
    for (name, ty) in &t.all {
        module_set(vm, &m, name, ty.clone());
    }
    module_set(vm, &m, "_tee", t.tee.clone());
    module_set(vm, &m, "_tee_dataobject", t.tee_data.clone());
    module_set(vm, &m, "_grouper", t.grouper.clone());
    Ok(m)
}
