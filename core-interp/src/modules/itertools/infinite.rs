//! The infinite iterators of `itertools`: `count`, `cycle` and `repeat`.

use super::{bind, iter_type, payload, state_tuple};
use crate::compile::bytecode::BinaryOperator;
use crate::modules::ssize_arg;
use crate::objects::listobject::{as_list, new_list};
use crate::objects::longobject::{as_int, int_to_i64, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{as_type, class_name, is_subtype};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};

/// `count`'s counter: a machine word while the start is an int, the step is
/// the int 1 and no overflow happened (CPython's "fast mode"), else an object.
enum Counter {
    Fast(i64),
    Slow(PyRef),
}

/// `itertools.count(start=0, step=1)`.
pub struct Count {
    cnt: RefCell<Counter>,
    step: PyRef,
}

impl PyPayload for Count {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.step);
        if let Ok(c) = self.cnt.try_borrow() {
            if let Counter::Slow(v) = &*c {
                visit(v);
            }
        }
    }
}

/// `PyNumber_Check`: has `__index__`, `__int__` or `__float__`, or is a complex.
fn is_number(vm: &Vm, o: &PyRef) -> bool {
    let s = &as_type(o.class()).slots;
    s.index.get().is_some()
        || s.int.get().is_some()
        || s.float.get().is_some()
        || is_subtype(o.class(), &vm.types.complex_type)
}

/// Whether `o` is an int equal to 1 (`PyLong_Check(o) && PyLong_AsLong(o) == 1`).
fn is_int_one(o: &PyRef) -> bool {
    as_int(o).is_some_and(|i| i.value.as_i64() == Some(1))
}

static COUNT_SIG: Signature = Signature {
    name: "count",
    params: &["start", "step"],
    posonly: 0,
    positional: 2,
    required: 0,
};

fn count_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = bind(&COUNT_SIG, vm, args)?;
    let start = a[0].clone().unwrap_or_else(|| new_int(vm, 0));
    let step = a[1].clone().unwrap_or_else(|| new_int(vm, 1));
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.new_type_error("a number is required"));
    }
    let fast = if as_int(&start).is_some() && is_int_one(&step) {
        int_to_i64(&start)
    } else {
        None
    };
    let cnt = match fast {
        Some(v) => Counter::Fast(v),
        None => Counter::Slow(start),
    };
    Ok(PyRef::new(
        Count {
            cnt: RefCell::new(cnt),
            step,
        },
        cls.clone(),
    ))
}

fn count_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let c = payload::<Count>(o);
    let fast = match &*c.cnt.borrow() {
        Counter::Fast(v) => Ok(*v),
        Counter::Slow(v) => Err(v.clone()),
    };
    let cur = match fast {
        Ok(v) => match v.checked_add(1) {
            Some(n) => {
                *c.cnt.borrow_mut() = Counter::Fast(n);
                return Ok(Some(new_int(vm, v)));
            }
            None => new_int(vm, v),
        },
        Err(v) => v,
    };
    let next = vm.binary_op(&cur, &c.step, BinaryOperator::Add, false)?;
    *c.cnt.borrow_mut() = Counter::Slow(next);
    Ok(Some(cur))
}

fn count_current(vm: &Vm, c: &Count) -> PyRef {
    match &*c.cnt.borrow() {
        Counter::Fast(v) => new_int(vm, *v),
        Counter::Slow(v) => v.clone(),
    }
}

fn count_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let c = payload::<Count>(o);
    let cur = count_current(vm, c);
    let name = as_type(o.class()).qualname.borrow().clone();
    let s = if is_int_one(&c.step) {
        format!("{name}({})", vm.repr_string(&cur)?)
    } else {
        format!(
            "{name}({}, {})",
            vm.repr_string(&cur)?,
            vm.repr_string(&c.step)?
        )
    };
    Ok(crate::objects::unicodeobject::new_str_object(vm, &s))
}

fn count_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "count.__reduce__", 0, 0)?;
    let c = payload::<Count>(&a[0]);
    let cur = count_current(vm, c);
    let inner = if is_int_one(&c.step) {
        vec![cur]
    } else {
        vec![cur, c.step.clone()]
    };
    Ok(new_tuple(
        vm,
        vec![a[0].class().clone(), new_tuple(vm, inner)],
    ))
}

/// `itertools.cycle(iterable)`.
pub struct Cycle {
    it: RefCell<Option<PyRef>>,
    saved: RefCell<PyRef>,
    index: Cell<usize>,
    firstpass: Cell<bool>,
}

impl PyPayload for Cycle {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(i) = self.it.borrow().as_ref() {
            visit(i);
        }
        visit(&self.saved.borrow());
    }
}

fn cycle_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::check_args(vm, "cycle", args, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    Ok(PyRef::new(
        Cycle {
            it: RefCell::new(Some(it)),
            saved: RefCell::new(new_list(vm, vec![])),
            index: Cell::new(0),
            firstpass: Cell::new(false),
        },
        cls.clone(),
    ))
}

fn cycle_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let c = payload::<Cycle>(o);
    let it = c.it.borrow().clone();
    if let Some(it) = it {
        if let Some(v) = vm.next(&it)? {
            if !c.firstpass.get() {
                let saved = c.saved.borrow().clone();
                as_list(&saved)
                    .expect("cycle saves into a list")
                    .items
                    .borrow_mut()
                    .push(v.clone());
            }
            return Ok(Some(v));
        }
        c.it.borrow_mut().take();
    }
    let saved = c.saved.borrow().clone();
    let items = as_list(&saved)
        .expect("cycle saves into a list")
        .items
        .borrow();
    if items.is_empty() {
        return Ok(None);
    }
    let i = c.index.get().min(items.len() - 1);
    let v = items[i].clone();
    c.index.set(if i + 1 >= items.len() { 0 } else { i + 1 });
    Ok(Some(v))
}

fn cycle_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "cycle.__reduce__", 0, 0)?;
    let c = payload::<Cycle>(&a[0]);
    let saved = c.saved.borrow().clone();
    let ty = a[0].class().clone();
    match c.it.borrow().clone() {
        None => {
            let it = vm.get_iter(&saved)?;
            if c.index.get() != 0 {
                vm.call_method(&it, "__setstate__", &[new_int(vm, c.index.get() as i64)])?;
            }
            Ok(new_tuple(
                vm,
                vec![
                    ty,
                    new_tuple(vm, vec![it]),
                    new_tuple(vm, vec![saved, vm.true_.clone()]),
                ],
            ))
        }
        Some(it) => Ok(new_tuple(
            vm,
            vec![
                ty,
                new_tuple(vm, vec![it]),
                new_tuple(vm, vec![saved, vm.bool_obj(c.firstpass.get())]),
            ],
        )),
    }
}

fn cycle_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "cycle.__setstate__", 1, 1)?;
    let st = state_tuple(vm, &a[1])?;
    if st.len() != 2 {
        return Err(vm.new_type_error(format!(
            "function takes exactly 2 arguments ({} given)",
            st.len()
        )));
    }
    if as_list(&st[0]).is_none()
        || !st[0].class().is(&vm.types.list_type) && !is_subtype(st[0].class(), &vm.types.list_type)
    {
        return Err(vm.new_type_error(format!(
            "argument 1 must be list, not {}",
            class_name(&st[0])
        )));
    }
    let first = crate::modules::int_arg(vm, &st[1])?;
    let c = payload::<Cycle>(&a[0]);
    *c.saved.borrow_mut() = st[0].clone();
    c.firstpass.set(first != 0);
    c.index.set(0);
    Ok(vm.none.clone())
}

/// `itertools.repeat(object[, times])`; `cnt` is -1 for "forever".
pub struct Repeat {
    element: PyRef,
    cnt: Cell<isize>,
}

impl PyPayload for Repeat {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.element);
    }
}

static REPEAT_SIG: Signature = Signature {
    name: "repeat",
    params: &["object", "times"],
    posonly: 0,
    positional: 2,
    required: 1,
};

fn repeat_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = bind(&REPEAT_SIG, vm, args)?;
    let cnt = match &a[1] {
        Some(n) => ssize_arg(vm, n)?.max(0),
        None => -1,
    };
    Ok(PyRef::new(
        Repeat {
            element: a[0].clone().unwrap(),
            cnt: Cell::new(cnt),
        },
        cls.clone(),
    ))
}

fn repeat_next(_vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let r = payload::<Repeat>(o);
    match r.cnt.get() {
        0 => Ok(None),
        n => {
            if n > 0 {
                r.cnt.set(n - 1);
            }
            Ok(Some(r.element.clone()))
        }
    }
}

fn repeat_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let r = payload::<Repeat>(o);
    let name = as_type(o.class()).qualname.borrow().clone();
    let Some(_guard) = crate::objects::sequence::ReprGuard::enter(o) else {
        return Ok(vm.intern("..."));
    };
    let s = match r.cnt.get() {
        -1 => format!("{name}({})", vm.repr_string(&r.element)?),
        n => format!("{name}({}, {n})", vm.repr_string(&r.element)?),
    };
    Ok(crate::objects::unicodeobject::new_str_object(vm, &s))
}

fn repeat_length_hint(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "repeat.__length_hint__", 0, 0)?;
    match payload::<Repeat>(&a[0]).cnt.get() {
        -1 => Err(vm.new_type_error("len() of unsized object")),
        n => Ok(new_int(vm, n as i64)),
    }
}

fn repeat_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "repeat.__reduce__", 0, 0)?;
    let r = payload::<Repeat>(&a[0]);
    let inner = match r.cnt.get() {
        -1 => vec![r.element.clone()],
        n => vec![r.element.clone(), new_int(vm, n as i64)],
    };
    Ok(new_tuple(
        vm,
        vec![a[0].class().clone(), new_tuple(vm, inner)],
    ))
}

/// Creates `count`, `cycle` and `repeat`.
pub fn make_types(vm: &Vm, all: &mut Vec<(&'static str, PyRef)>) {
    let count = iter_type(
        vm,
        "count",
        count_new,
        count_next,
        true,
        &[MethodDef::new("__reduce__", count_reduce)],
        &[],
    );
    as_type(&count).slots.repr.set(Some(count_repr));
    crate::objects::typeslots::add_slot_wrappers(vm, &count);
    let cycle = iter_type(
        vm,
        "cycle",
        cycle_new,
        cycle_next,
        true,
        &[
            MethodDef::new("__reduce__", cycle_reduce),
            MethodDef::new("__setstate__", cycle_setstate),
        ],
        &[],
    );
    let repeat = iter_type(
        vm,
        "repeat",
        repeat_new,
        repeat_next,
        true,
        &[
            MethodDef::new("__length_hint__", repeat_length_hint),
            MethodDef::new("__reduce__", repeat_reduce),
        ],
        &[],
    );
    as_type(&repeat).slots.repr.set(Some(repeat_repr));
    crate::objects::typeslots::add_slot_wrappers(vm, &repeat);
    all.extend([("count", count), ("cycle", cycle), ("repeat", repeat)]);
}
