//! The filtering and mapping iterators of `itertools`: `compress`,
//! `dropwhile`, `takewhile`, `filterfalse`, `islice`, `starmap` and
//! `accumulate`.

use super::{bind, iter_type, payload, types};
use crate::compile::bytecode::BinaryOperator;
use crate::objects::longobject::{as_int, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};

/// `itertools.compress(data, selectors)`.
pub struct Compress {
    data: PyRef,
    selectors: PyRef,
}

impl PyPayload for Compress {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.data);
        visit(&self.selectors);
    }
}

static COMPRESS_SIG: Signature = Signature {
    name: "compress",
    params: &["data", "selectors"],
    posonly: 0,
    positional: 2,
    required: 2,
};

fn compress_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = bind(&COMPRESS_SIG, vm, args)?;
    let data = vm.get_iter(a[0].as_ref().unwrap())?;
    let selectors = vm.get_iter(a[1].as_ref().unwrap())?;
    Ok(PyRef::new(Compress { data, selectors }, cls.clone()))
}

fn compress_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let c = payload::<Compress>(o);
    loop {
        let Some(d) = vm.next(&c.data)? else {
            return Ok(None);
        };
        let Some(s) = vm.next(&c.selectors)? else {
            return Ok(None);
        };
        if vm.is_true(&s)? {
            return Ok(Some(d));
        }
    }
}

fn compress_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "compress.__reduce__", 0, 0)?;
    let c = payload::<Compress>(&a[0]);
    Ok(new_tuple(
        vm,
        vec![
            a[0].class().clone(),
            new_tuple(vm, vec![c.data.clone(), c.selectors.clone()]),
        ],
    ))
}

/// `dropwhile`/`takewhile`: predicate, iterator, and whether the switch happened.
pub struct WhileIter {
    func: PyRef,
    it: PyRef,
    flag: Cell<bool>,
}

impl PyPayload for WhileIter {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.func);
        visit(&self.it);
    }
}

fn while_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>, name: &str) -> PyResult {
    let a = crate::modules::check_args(vm, name, args, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(PyRef::new(
        WhileIter {
            func: a[0].clone(),
            it,
            flag: Cell::new(false),
        },
        cls.clone(),
    ))
}

fn dropwhile_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    while_new(vm, cls, args, "dropwhile")
}

fn takewhile_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    while_new(vm, cls, args, "takewhile")
}

fn dropwhile_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let w = payload::<WhileIter>(o);
    loop {
        let Some(v) = vm.next(&w.it)? else {
            return Ok(None);
        };
        if w.flag.get() {
            return Ok(Some(v));
        }
        let r = vm.call_positional(&w.func, std::slice::from_ref(&v))?;
        if !vm.is_true(&r)? {
            w.flag.set(true);
            return Ok(Some(v));
        }
    }
}

fn takewhile_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let w = payload::<WhileIter>(o);
    if w.flag.get() {
        return Ok(None);
    }
    let Some(v) = vm.next(&w.it)? else {
        return Ok(None);
    };
    let r = vm.call_positional(&w.func, std::slice::from_ref(&v))?;
    if vm.is_true(&r)? {
        return Ok(Some(v));
    }
    w.flag.set(true);
    Ok(None)
}

fn while_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let w = payload::<WhileIter>(&a[0]);
    Ok(new_tuple(
        vm,
        vec![
            a[0].class().clone(),
            new_tuple(vm, vec![w.func.clone(), w.it.clone()]),
            new_int(vm, w.flag.get() as i64),
        ],
    ))
}

fn while_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__setstate__", 1, 1)?;
    let flag = vm.is_true(&a[1])?;
    payload::<WhileIter>(&a[0]).flag.set(flag);
    Ok(vm.none.clone())
}

/// `filterfalse(function or None, iterable)` and `starmap(function, iterable)`.
pub struct FuncIter {
    func: PyRef,
    it: PyRef,
}

impl PyPayload for FuncIter {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.func);
        visit(&self.it);
    }
}

fn filterfalse_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::check_args(vm, "filterfalse", args, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(PyRef::new(
        FuncIter {
            func: a[0].clone(),
            it,
        },
        cls.clone(),
    ))
}

fn filterfalse_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let f = payload::<FuncIter>(o);
    let plain = vm.is_none(&f.func) || f.func.is(&vm.types.bool_type);
    loop {
        let Some(v) = vm.next(&f.it)? else {
            return Ok(None);
        };
        let ok = if plain {
            vm.is_true(&v)?
        } else {
            vm.is_true(&vm.call_positional(&f.func, std::slice::from_ref(&v))?)?
        };
        if !ok {
            return Ok(Some(v));
        }
    }
}

fn starmap_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::check_args(vm, "starmap", args, 2, 2)?;
    let it = vm.get_iter(&a[1])?;
    Ok(PyRef::new(
        FuncIter {
            func: a[0].clone(),
            it,
        },
        cls.clone(),
    ))
}

fn starmap_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let f = payload::<FuncIter>(o);
    let Some(v) = vm.next(&f.it)? else {
        return Ok(None);
    };
    match tuple_items(&v) {
        Some(items) => vm.call_positional(&f.func, items).map(Some),
        None => {
            let items = vm.collect(&v)?;
            vm.call_positional(&f.func, &items).map(Some)
        }
    }
}

fn func_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let f = payload::<FuncIter>(&a[0]);
    Ok(new_tuple(
        vm,
        vec![
            a[0].class().clone(),
            new_tuple(vm, vec![f.func.clone(), f.it.clone()]),
        ],
    ))
}

/// `itertools.islice(iterable, stop)` / `islice(iterable, start, stop[, step])`;
/// `stop` is -1 for "no limit"; the iterator is dropped when exhausted.
pub struct Islice {
    it: RefCell<Option<PyRef>>,
    next: Cell<isize>,
    stop: Cell<isize>,
    step: isize,
    cnt: Cell<isize>,
}

impl PyPayload for Islice {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(i) = self.it.borrow().as_ref() {
            visit(i);
        }
    }
}

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/// `PyNumber_AsSsize_t(x, OverflowError)` with errors folded into -1, as islice parses its indices.
fn islice_index(vm: &Vm, x: &PyRef) -> isize {
    crate::modules::ssize_arg(vm, x).unwrap_or(-1)
}

fn islice_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::check_args(vm, "islice", args, 2, 4)?;
    let (mut start, mut stop, mut step) = (0isize, -1isize, 1isize);
    if a.len() == 2 {
        if !vm.is_none(&a[1]) {
            stop = islice_index(vm, &a[1]);
            if stop == -1 {
                return Err(vm.new_value_error(STOP_MSG));
            }
        }
    } else {
        if !vm.is_none(&a[1]) {
            start = islice_index(vm, &a[1]);
        }
        if !vm.is_none(&a[2]) {
            stop = islice_index(vm, &a[2]);
            if stop == -1 {
                return Err(vm.new_value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.new_value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if let Some(s) = a.get(3) {
        if !vm.is_none(s) {
            step = islice_index(vm, s);
        }
    }
    if step < 1 {
        return Err(vm.new_value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.get_iter(&a[0])?;
    Ok(PyRef::new(
        Islice {
            it: RefCell::new(Some(it)),
            next: Cell::new(start),
            stop: Cell::new(stop),
            step,
            cnt: Cell::new(0),
        },
        cls.clone(),
    ))
}

fn islice_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = payload::<Islice>(o);
    let Some(it) = s.it.borrow().clone() else {
        return Ok(None);
    };
    let stop = s.stop.get();
    while s.cnt.get() < s.next.get() {
        if vm.next(&it)?.is_none() {
            s.it.borrow_mut().take();
            return Ok(None);
        }
        s.cnt.set(s.cnt.get() + 1);
    }
    if stop != -1 && s.cnt.get() >= stop {
        s.it.borrow_mut().take();
        return Ok(None);
    }
    let Some(v) = vm.next(&it)? else {
        s.it.borrow_mut().take();
        return Ok(None);
    };
    s.cnt.set(s.cnt.get() + 1);
    let old = s.next.get();
    let mut n = old.wrapping_add(s.step);
    if n < old || (stop != -1 && n > stop) {
        n = stop;
    }
    s.next.set(n);
    Ok(Some(v))
}

fn islice_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "islice.__reduce__", 0, 0)?;
    let s = payload::<Islice>(&a[0]);
    let ty = a[0].class().clone();
    let cnt = new_int(vm, s.cnt.get() as i64);
    match s.it.borrow().clone() {
        None => {
            let empty = vm.get_iter(&crate::objects::listobject::new_list(vm, vec![]))?;
            Ok(new_tuple(
                vm,
                vec![
                    ty,
                    new_tuple(vm, vec![empty, new_int(vm, 0)]),
                    new_int(vm, 0),
                ],
            ))
        }
        Some(it) => {
            let stop = if s.stop.get() == -1 {
                vm.none.clone()
            } else {
                new_int(vm, s.stop.get() as i64)
            };
            let inner = new_tuple(
                vm,
                vec![
                    it,
                    new_int(vm, s.next.get() as i64),
                    stop,
                    new_int(vm, s.step as i64),
                ],
            );
            Ok(new_tuple(vm, vec![ty, inner, cnt]))
        }
    }
}

fn islice_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "islice.__setstate__", 1, 1)?;
    let Some(i) = as_int(&a[1]) else {
        return Err(vm.new_type_error("an integer is required"));
    };
    let Some(v) = i.value.as_i64() else {
        return Err(vm.new_overflow_error("Python int too large to convert to C ssize_t"));
    };
    payload::<Islice>(&a[0]).cnt.set(v as isize);
    Ok(vm.none.clone())
}

/// `itertools.accumulate(iterable, func=None, *, initial=None)`.
pub struct Accumulate {
    it: PyRef,
    func: Option<PyRef>,
    total: RefCell<Option<PyRef>>,
    initial: RefCell<Option<PyRef>>,
}

impl PyPayload for Accumulate {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.it);
        if let Some(f) = &self.func {
            visit(f);
        }
        if let Some(t) = self.total.borrow().as_ref() {
            visit(t);
        }
        if let Some(t) = self.initial.borrow().as_ref() {
            visit(t);
        }
    }
}

static ACCUMULATE_SIG: Signature = Signature {
    name: "accumulate",
    params: &["iterable", "func", "initial"],
    posonly: 0,
    positional: 2,
    required: 1,
};

fn accumulate_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = bind(&ACCUMULATE_SIG, vm, args)?;
    let it = vm.get_iter(a[0].as_ref().unwrap())?;
    let func = a[1].clone().filter(|f| !vm.is_none(f));
    let initial = a[2].clone().filter(|f| !vm.is_none(f));
    Ok(PyRef::new(
        Accumulate {
            it,
            func,
            total: RefCell::new(None),
            initial: RefCell::new(initial),
        },
        cls.clone(),
    ))
}

fn accumulate_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let acc = payload::<Accumulate>(o);
    if let Some(init) = acc.initial.borrow_mut().take() {
        *acc.total.borrow_mut() = Some(init.clone());
        return Ok(Some(init));
    }
    let Some(v) = vm.next(&acc.it)? else {
        return Ok(None);
    };
    let total = acc.total.borrow().clone();
    let new = match total {
        None => v,
        Some(t) => match &acc.func {
            Some(f) => vm.call_positional(f, &[t, v])?,
            None => vm.binary_op(&t, &v, BinaryOperator::Add, false)?,
        },
    };
    *acc.total.borrow_mut() = Some(new.clone());
    Ok(Some(new))
}

fn accumulate_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "accumulate.__reduce__", 0, 0)?;
    let acc = payload::<Accumulate>(&a[0]);
    let func = acc.func.clone().unwrap_or_else(|| vm.none.clone());
    let ty = a[0].class().clone();
    if let Some(init) = acc.initial.borrow().clone() {
        let chain =
            vm.call_positional(&types().chain, &[new_tuple(vm, vec![init]), acc.it.clone()])?;
        return Ok(new_tuple(
            vm,
            vec![ty, new_tuple(vm, vec![chain, func]), vm.none.clone()],
        ));
    }
    let total = acc
        .total
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone());
    Ok(new_tuple(
        vm,
        vec![ty, new_tuple(vm, vec![acc.it.clone(), func]), total],
    ))
}

fn accumulate_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "accumulate.__setstate__", 1, 1)?;
    *payload::<Accumulate>(&a[0]).total.borrow_mut() =
        Some(a[1].clone()).filter(|t| !vm.is_none(t));
    Ok(vm.none.clone())
}

/// Creates the filtering and mapping types.
pub fn make_types(vm: &Vm, all: &mut Vec<(&'static str, PyRef)>) {
    let reduce_state = [
        MethodDef::new("__reduce__", while_reduce),
        MethodDef::new("__setstate__", while_setstate),
    ];
    let func_reduce = [MethodDef::new("__reduce__", func_reduce)];
    all.extend([
        (
            "accumulate",
            iter_type(
                vm,
                "accumulate",
                accumulate_new,
                accumulate_next,
                true,
                &[
                    MethodDef::new("__reduce__", accumulate_reduce),
                    MethodDef::new("__setstate__", accumulate_setstate),
                ],
                &[],
            ),
        ),
        (
            "compress",
            iter_type(
                vm,
                "compress",
                compress_new,
                compress_next,
                true,
                &[MethodDef::new("__reduce__", compress_reduce)],
                &[],
            ),
        ),
        (
            "dropwhile",
            iter_type(
                vm,
                "dropwhile",
                dropwhile_new,
                dropwhile_next,
                true,
                &reduce_state,
                &[],
            ),
        ),
        (
            "filterfalse",
            iter_type(
                vm,
                "filterfalse",
                filterfalse_new,
                filterfalse_next,
                true,
                &func_reduce,
                &[],
            ),
        ),
        (
            "islice",
            iter_type(
                vm,
                "islice",
                islice_new,
                islice_next,
                true,
                &[
                    MethodDef::new("__reduce__", islice_reduce),
                    MethodDef::new("__setstate__", islice_setstate),
                ],
                &[],
            ),
        ),
        (
            "starmap",
            iter_type(
                vm,
                "starmap",
                starmap_new,
                starmap_next,
                true,
                &func_reduce,
                &[],
            ),
        ),
        (
            "takewhile",
            iter_type(
                vm,
                "takewhile",
                takewhile_new,
                takewhile_next,
                true,
                &reduce_state,
                &[],
            ),
        ),
    ]);
}
