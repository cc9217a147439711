//! `_collections`: the C half of `collections` — `deque` and its
//! iterators, `defaultdict`, `_count_elements` (Counter's counting loop)
//! and `_tuplegetter` (namedtuple's field descriptor). `OrderedDict` is left
//! to the pure-Python version in `collections/__init__.py`.

mod defaultdict;
mod deque;
mod tuplegetter;

pub use deque::PyDeque;

use super::{check_args, module_set, new_builtin_module};
use crate::compile::bytecode::BinaryOperator;
use crate::objects::dictobject::as_dict;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::typeobject::as_type;
use crate::vm::{CallArgs, PyResult, Vm};
use std::sync::OnceLock;

/// The module's types, created once per process.
struct Types {
    deque: PyRef,
    iter: PyRef,
    reverse_iter: PyRef,
    defaultdict: PyRef,
    tuplegetter: PyRef,
}

static TYPES: OnceLock<Types> = OnceLock::new();

fn types() -> &'static Types {
    TYPES.get().expect("_collections types initialised")
}

/// Whether `mapping`'s type uses dict's own `get` and `__setitem__`.
fn plain_dict_methods(vm: &Vm, mapping: &PyRef) -> bool {
    if as_dict(mapping).is_none() {
        return false;
    }
    let t = as_type(mapping.class());
    let d = as_type(&vm.types.dict_type);
    ["get", "__setitem__"]
        .iter()
        .all(|n| match (t.lookup_str(vm, n), d.lookup_str(vm, n)) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        })
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each x.
fn count_elements(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = check_args(vm, "_count_elements", args, 2, 2)?;
    let (mapping, iterable) = (&a[0], &a[1]);
    let one = new_int(vm, 1);
    if plain_dict_methods(vm, mapping) {
        let d = as_dict(mapping).expect("dict");
        let it = vm.get_iter(iterable)?;
        while let Some(k) = vm.next(&it)? {
            let new = match d.get_item(vm, &k)? {
                Some(old) => vm.binary_op(&old, &one, BinaryOperator::Add, false)?,
                None => one.clone(),
            };
            d.set_item(vm, k, new)?;
        }
        return Ok(vm.none.clone());
    }
    let get = vm.getattr_str(mapping, "get")?;
    let _setitem = vm.getattr_str(mapping, "__setitem__")?;
    let zero = new_int(vm, 0);
    let it = vm.get_iter(iterable)?;
    while let Some(k) = vm.next(&it)? {
        let old = vm.call_positional(&get, &[k.clone(), zero.clone()])?;
        let new = vm.binary_op(&old, &one, BinaryOperator::Add, false)?;
        vm.setitem(mapping, k, new)?;
    }
    Ok(vm.none.clone())
}

/// Creates the `_collections` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let t = TYPES.get_or_init(|| {
        let (deque, iter, reverse_iter) = deque::make_types(vm);
        Types {
            deque,
            iter,
            reverse_iter,
            defaultdict: defaultdict::make_type(vm),
            tuplegetter: tuplegetter::make_type(vm),
        }
    });
    let m = new_builtin_module(
        vm,
        "_collections",
        &[MethodDef::new("_count_elements", count_elements)],
    );
    module_set(vm, &m, "__doc__", crate::objects::unicodeobject::new_str_object(vm, "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"));
    module_set(vm, &m, "deque", t.deque.clone());
    module_set(vm, &m, "_deque_iterator", t.iter.clone());
    module_set(vm, &m, "_deque_reverse_iterator", t.reverse_iter.clone());
    module_set(vm, &m, "defaultdict", t.defaultdict.clone());
    module_set(vm, &m, "_tuplegetter", t.tuplegetter.clone());
    Ok(m)
}
