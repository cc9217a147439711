//! `operator.itemgetter`: a callable fetching one item (`f(r)` is `r[i]`)
//! or several (`(r[i], r[j], …)`) from its operand. A single non-negative
//! int index reads exact tuples directly, as CPython's fast path does.

use crate::objects::longobject::int_to_i64;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::sequence::ReprGuard;
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::{as_type, finish_builtin_type, new_builtin_type};
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;

/// What an itemgetter holds: the item (or, for several, the tuple of
/// items), how many items, and the index for the tuple fast path.
#[derive(Clone)]
struct State {
    item: PyRef,
    nitems: usize,
    index: Option<usize>,
}

/// The payload of `itemgetter` objects (`None` only after the collector cleared it).
struct ItemGetter {
    state: RefCell<Option<State>>,
}

impl PyPayload for ItemGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(s) = &*self.state.borrow() {
            visit(&s.item);
        }
    }
    fn clear(&self) {
        let old = self.state.borrow_mut().take();
        drop(old);
    }
}

fn state(vm: &Vm, o: &PyRef) -> PyResult<State> {
    o.downcast_ref::<ItemGetter>()
        .and_then(|g| g.state.borrow().clone())
        .ok_or_else(|| vm.new_system_error("itemgetter object was cleared"))
}

/// `itemgetter(item, ...)`.
fn itemgetter_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "itemgetter")?;
    let pos = args.positional();
    let (item, nitems) = match pos.len() {
        0 => return Err(vm.new_type_error("itemgetter expected 1 argument, got 0")),
        1 => (pos[0].clone(), 1),
        n => (new_tuple(vm, pos.to_vec()), n),
    };
    let index = if nitems == 1 && item.class().is(&vm.types.int_type) {
        int_to_i64(&item).and_then(|i| usize::try_from(i).ok())
    } else {
        None
    };
    Ok(PyRef::new(
        ItemGetter {
            state: RefCell::new(Some(State {
                item,
                nitems,
                index,
            })),
        },
        cls.clone(),
    ))
}

fn itemgetter_call(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult {
    let obj = &super::one_operand(vm, args, "itemgetter")?;
    let s = state(vm, o)?;
    if s.nitems == 1 {
        if let Some(i) = s.index {
            if obj.class().is(&vm.types.tuple_type) {
                if let Some(v) = tuple_items(obj).and_then(|t| t.get(i)) {
                    return Ok(v.clone());
                }
            }
        }
        return vm.getitem(obj, &s.item);
    }
    let items = tuple_items(&s.item).expect("itemgetter items are a tuple");
    let mut out = Vec::with_capacity(items.len());
    for k in items {
        out.push(vm.getitem(obj, k)?);
    }
    Ok(new_tuple(vm, out))
}

/// `operator.itemgetter(1)` or `operator.itemgetter(1, 2)`.
fn itemgetter_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let name = as_type(o.class()).name();
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(new_str_object(vm, &format!("{name}(...)")));
    };
    let s = state(vm, o)?;
    let r = vm.repr_string(&s.item)?;
    Ok(new_str_object(
        vm,
        &if s.nitems == 1 {
            format!("{name}({r})")
        } else {
            format!("{name}{r}")
        },
    ))
}

fn itemgetter_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let s = state(vm, &a[0])?;
    let ctor_args = if s.nitems == 1 {
        new_tuple(vm, vec![s.item])
    } else {
        s.item
    };
    Ok(new_tuple(vm, vec![a[0].class().clone(), ctor_args]))
}

const DOC: &str = "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])";

/// Creates the `operator.itemgetter` type.
pub fn make_type(vm: &Vm) -> PyRef {
    let t = new_builtin_type(
        vm,
        "operator.itemgetter",
        &vm.types.object_type,
        0,
        Some(DOC),
    );
    let s = &as_type(&t).slots;
    s.new.set(Some(itemgetter_new));
    s.call.set(Some(itemgetter_call));
    s.repr.set(Some(itemgetter_repr));
    finish_builtin_type(
        vm,
        &t,
        &[MethodDef::new("__reduce__", itemgetter_reduce)
            .with_doc("Return state information for pickling")],
        &[],
    );
    t
}
