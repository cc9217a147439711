//! `_functools`: the C half of `functools` — `partial` (partial.rs),
//! `_lru_cache_wrapper` (lru_cache.rs), `reduce` and `cmp_to_key` with its
//! `KeyWrapper` objects (here).

mod lru_cache;
mod partial;

use super::{module_set, new_builtin_module};
use crate::compile::bytecode::CompareOperator;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::typeobject::{as_type, finish_builtin_type, new_builtin_type};
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::RefCell;
use std::sync::OnceLock;

/// The module's types and its keyword marker, created once per process.
struct Types {
    partial: PyRef,
    lru_cache_wrapper: PyRef,
    key_wrapper: PyRef,
    /// Separates positional from keyword arguments in lru_cache keys.
    kwd_mark: PyRef,
}

static TYPES: OnceLock<Types> = OnceLock::new();

fn types() -> &'static Types {
    TYPES.get().expect("_functools types initialised")
}

/// `callable(o)`.
fn is_callable(o: &PyRef) -> bool {
    as_type(o.class()).slots.call.get().is_some()
}

const REDUCE_DOC: &str = "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.";

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "reduce", 2, 3)?;
    let it = vm.get_iter(&a[1]).map_err(|e| {
        if e.matches(&vm.exceptions.type_error) {
            vm.new_type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = a.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(prev) => vm.call_positional(&a[0], &[prev, x])?,
        });
    }
    acc.ok_or_else(|| vm.new_type_error("reduce() of empty iterable with no initial value"))
}

/// The payload of `functools.KeyWrapper` objects: the comparison function
/// and, once called with one, the wrapped object.
struct KeyWrapper {
    cmp: PyRef,
    obj: RefCell<Option<PyRef>>,
}

impl PyPayload for KeyWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.cmp);
        if let Some(o) = &*self.obj.borrow() {
            visit(o);
        }
    }
    fn clear(&self) {
        let old = self.obj.borrow_mut().take();
        drop(old);
    }
}

fn new_key_wrapper(vm: &Vm, cmp: PyRef, obj: Option<PyRef>) -> PyRef {
    let _ = vm;
    PyRef::new(
        KeyWrapper {
            cmp,
            obj: RefCell::new(obj),
        },
        types().key_wrapper.clone(),
    )
}

static CMP_TO_KEY_SIG: Signature = Signature {
    name: "cmp_to_key",
    params: &["mycmp"],
    posonly: 0,
    positional: 1,
    required: 1,
};

/// `cmp_to_key(mycmp)`: a `KeyWrapper` that wraps objects when called.
fn cmp_to_key(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = super::bind_clinic(&CMP_TO_KEY_SIG, vm, args)?;
    let cmp = a[0].clone().expect("required");
    Ok(new_key_wrapper(vm, cmp, None))
}

static K_SIG: Signature = Signature {
    name: "K",
    params: &["obj"],
    posonly: 0,
    positional: 1,
    required: 1,
};

fn key_wrapper_call(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = K_SIG.bind(vm, args)?;
    let k = o.downcast_ref::<KeyWrapper>().expect("KeyWrapper");
    Ok(new_key_wrapper(vm, k.cmp.clone(), a[0].clone()))
}

fn key_obj(vm: &Vm, o: &PyRef) -> PyResult {
    o.downcast_ref::<KeyWrapper>()
        .and_then(|k| k.obj.borrow().clone())
        .ok_or_else(|| vm.new_attribute_error("object"))
}

fn key_wrapper_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    if b.downcast_ref::<KeyWrapper>().is_none() {
        return Err(vm.new_type_error("other argument must be K instance"));
    }
    let k = a.downcast_ref::<KeyWrapper>().expect("KeyWrapper");
    let (x, y) = (key_obj(vm, a)?, key_obj(vm, b)?);
    let res = vm.call_positional(&k.cmp, &[x, y])?;
    let zero = crate::objects::longobject::new_int(vm, 0);
    vm.richcompare(&res, &zero, op)
}

fn make_key_wrapper_type(vm: &Vm) -> PyRef {
    use crate::objects::descrobject::GetSetDef;
    let t = new_builtin_type(vm, "functools.KeyWrapper", &vm.types.object_type, 0, None);
    let s = &as_type(&t).slots;
    s.call.set(Some(key_wrapper_call));
    s.richcompare.set(Some(key_wrapper_richcompare));
    s.hash
        .set(Some(crate::objects::slotfuncs::hash_not_implemented));
    finish_builtin_type(
        vm,
        &t,
        &[],
        &[GetSetDef::new("obj", key_obj).with_setter(|vm, o, v| {
            let k = o.downcast_ref::<KeyWrapper>().expect("KeyWrapper");
            let old = k.obj.replace(v.cloned());
            drop(old);
            let _ = vm;
            Ok(())
        })],
    );
    as_type(&t)
        .namespace()
        .set_str(vm, "__hash__", vm.none.clone());
    t
}

/// Creates the `_functools` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let kwd_mark = vm.call_positional(&vm.types.object_type, &[])?;
    let t = TYPES.get_or_init(|| Types {
        partial: partial::make_type(vm),
        lru_cache_wrapper: lru_cache::make_type(vm),
        key_wrapper: make_key_wrapper_type(vm),
        kwd_mark,
    });
    let m = new_builtin_module(
        vm,
        "_functools",
        &[
            MethodDef::new("reduce", reduce).with_doc(REDUCE_DOC),
            MethodDef::new("cmp_to_key", cmp_to_key)
                .with_doc("Convert a cmp= function into a key= function."),
        ],
    );
    module_set(
        vm,
        &m,
        "__doc__",
        new_str_object(vm, "Tools that operate on functions."),
    );
    module_set(vm, &m, "partial", t.partial.clone());
    module_set(vm, &m, "_lru_cache_wrapper", t.lru_cache_wrapper.clone());
    Ok(m)
}
