//! `collections.deque`: a double-ended queue with an optional maximum
//! length, and its iterators `_deque_iterator`/`_deque_reverse_iterator`.
//! Every change of length bumps `state`, so iterators (and comparisons that
//! call back into Python) detect "deque mutated during iteration".

use crate::compile::bytecode::CompareOperator;
use crate::modules::bind_clinic;
use crate::objects::longobject::{as_int, new_int, IntValue};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::sequence::ReprGuard;
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{as_type, class_name, tpflags};
use crate::vm::{CallArgs, PyErr, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// The payload of deque objects.
#[derive(Default)]
pub struct PyDeque {
    pub items: RefCell<VecDeque<PyRef>>,
    /// `None` for an unbounded deque.
    pub maxlen: Cell<Option<usize>>,
    /// Bumped by every mutation that adds or removes items.
    pub state: Cell<u64>,
}

impl PyPayload for PyDeque {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
}

impl PyDeque {
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// `append`, dropping from the left past `maxlen`.
    pub fn push_back(&self, v: PyRef) {
        self.bump();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_back(v);
        let old = if self.maxlen.get().is_some_and(|m| items.len() > m) {
            items.pop_front()
        } else {
            None
        };
        drop(items);
        drop(old);
    }

    /// `appendleft`, dropping from the right past `maxlen`.
    pub fn push_front(&self, v: PyRef) {
        self.bump();
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        items.push_front(v);
        let old = if self.maxlen.get().is_some_and(|m| items.len() > m) {
            items.pop_back()
        } else {
            None
        };
        drop(items);
        drop(old);
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn get(&self, i: usize) -> Option<PyRef> {
        self.items.borrow().get(i).cloned()
    }
}

fn dq(o: &PyRef) -> &PyDeque {
    o.downcast_ref::<PyDeque>().expect("deque")
}

fn mutated(vm: &Vm) -> PyErr {
    vm.new_runtime_error("deque mutated during iteration")
}

fn deque_new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    Ok(PyRef::new(PyDeque::default(), cls.clone()))
}

static DEQUE_SIG: Signature = Signature {
    name: "deque",
    params: &["iterable", "maxlen"],
    posonly: 0,
    positional: 2,
    required: 0,
};

fn deque_init(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let a = bind_clinic(&DEQUE_SIG, vm, args)?;
    let maxlen = match a[1].as_ref().filter(|m| !vm.is_none(m)) {
        None => None,
        Some(m) => {
            let Some(i) = as_int(m) else {
                return Err(vm.new_type_error("an integer is required"));
            };
            let v = match &i.value {
                IntValue::Small(v) => *v,
                IntValue::Big(_) => {
                    return Err(
                        vm.new_overflow_error("Python int too large to convert to C ssize_t")
                    )
                }
            };
            if v < 0 {
                return Err(vm.new_value_error("maxlen must be non-negative"));
            }
            Some(v as usize)
        }
    };
    let d = dq(o);
    d.maxlen.set(maxlen);
    if !d.is_empty() {
        d.bump();
        let old = std::mem::take(&mut *d.items.borrow_mut());
        drop(old);
    }
    if let Some(it) = &a[0] {
        extend(vm, o, it, false)?;
    }
    Ok(())
}

/// `extend`/`extendleft`; extending a deque with itself reads a snapshot first.
fn extend(vm: &Vm, o: &PyRef, iterable: &PyRef, left: bool) -> PyResult<()> {
    let d = dq(o);
    if iterable.is(o) {
        let snapshot: Vec<PyRef> = d.items.borrow().iter().cloned().collect();
        for v in snapshot {
            if left {
                d.push_front(v)
            } else {
                d.push_back(v)
            }
        }
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    if d.maxlen.get() == Some(0) {
        while vm.next(&it)?.is_some() {}
        return Ok(());
    }
    while let Some(v) = vm.next(&it)? {
        if left {
            d.push_front(v)
        } else {
            d.push_back(v)
        }
    }
    Ok(())
}

fn append(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.append", 1, 1)?;
    dq(&a[0]).push_back(a[1].clone());
    Ok(vm.none.clone())
}

fn appendleft(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.appendleft", 1, 1)?;
    dq(&a[0]).push_front(a[1].clone());
    Ok(vm.none.clone())
}

fn pop(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.pop", 0, 0)?;
    let d = dq(&a[0]);
    let v = d.items.borrow_mut().pop_back();
    d.bump();
    v.ok_or_else(|| vm.new_index_error("pop from an empty deque"))
}

fn popleft(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.popleft", 0, 0)?;
    let d = dq(&a[0]);
    let v = d.items.borrow_mut().pop_front();
    d.bump();
    v.ok_or_else(|| vm.new_index_error("pop from an empty deque"))
}

fn extend_m(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.extend", 1, 1)?;
    extend(vm, &a[0], &a[1], false)?;
    Ok(vm.none.clone())
}

fn extendleft(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.extendleft", 1, 1)?;
    extend(vm, &a[0], &a[1], true)?;
    Ok(vm.none.clone())
}

fn clear(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.clear", 0, 0)?;
    let d = dq(&a[0]);
    d.bump();
    let old = std::mem::take(&mut *d.items.borrow_mut());
    drop(old);
    Ok(vm.none.clone())
}

/// A new deque of `o`'s type with its items and maxlen (`__copy__`).
fn copy_of(vm: &Vm, o: &PyRef) -> PyResult {
    let d = dq(o);
    if o.class().is(&super::types().deque) {
        let n = PyDeque {
            items: RefCell::new(d.items.borrow().clone()),
            maxlen: Cell::new(d.maxlen.get()),
            state: Cell::new(0),
        };
        return Ok(PyRef::new(n, o.class().clone()));
    }
    match d.maxlen.get() {
        None => vm.call_positional(o.class(), std::slice::from_ref(o)),
        Some(m) => vm.call_positional(o.class(), &[o.clone(), new_int(vm, m as i64)]),
    }
}

fn copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.copy", 0, 0)?;
    copy_of(vm, &a[0])
}

fn dunder_copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.__copy__", 0, 0)?;
    copy_of(vm, &a[0])
}

fn count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.count", 1, 1)?;
    let d = dq(&a[0]);
    let (n, state) = (d.len(), d.state.get());
    let mut c = 0;
    for i in 0..n {
        let Some(item) = d.get(i) else {
            return Err(mutated(vm));
        };
        if vm.eq(&item, &a[1])? {
            c += 1;
        }
        if d.state.get() != state {
            return Err(mutated(vm));
        }
    }
    Ok(new_int(vm, c))
}

fn contains(vm: &Vm, o: &PyRef, x: &PyRef) -> PyResult<bool> {
    let d = dq(o);
    let (n, state) = (d.len(), d.state.get());
    for i in 0..n {
        let Some(item) = d.get(i) else {
            return Err(mutated(vm));
        };
        if vm.eq(&item, x)? {
            return Ok(true);
        }
        if d.state.get() != state {
            return Err(mutated(vm));
        }
    }
    Ok(false)
}

/// Clamps an optional `index` start/stop argument like `list.index` does.
fn clamp_index(vm: &Vm, v: Option<&PyRef>, len: usize, default: isize) -> PyResult<isize> {
    let Some(v) = v else { return Ok(default) };
    let i = vm.index(v)?;
    let x = match &as_int(&i).expect("int").value {
        IntValue::Small(x) => *x as isize,
        IntValue::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                isize::MIN
            } else {
                isize::MAX
            }
        }
    };
    Ok(if x < 0 {
        (x.saturating_add(len as isize)).max(0)
    } else {
        x.min(len as isize)
    })
}

fn index(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.positional();
    if args.has_kwargs() || !(2..=4).contains(&a.len()) {
        return Err(parse_stack_error(vm, "index", args, 1, 3));
    }
    let d = dq(&a[0]);
    let n = d.len();
    let start = clamp_index(vm, a.get(2), n, 0)?;
    let stop = clamp_index(vm, a.get(3), n, n as isize)?;
    let state = d.state.get();
    let mut i = start;
    while i < stop {
        let Some(item) = d.get(i as usize) else { break };
        if vm.eq(&item, &a[1])? {
            return Ok(new_int(vm, i as i64));
        }
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        i += 1;
    }
    Err(vm.new_value_error(format!("{} is not in deque", vm.repr_string(&a[1])?)))
}

/// The `_PyArg_ParseStack` message for a method taking `min..=max` arguments.
fn parse_stack_error(vm: &Vm, name: &str, args: CallArgs<'_>, min: usize, max: usize) -> PyErr {
    if args.has_kwargs() {
        return vm.new_type_error(format!("{name}() takes no keyword arguments"));
    }
    let n = args.positional().len() - 1;
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let (how, k) = if min == max {
        ("exactly", min)
    } else if n < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    vm.new_type_error(format!(
        "{name}() takes {how} {k} argument{} ({n} given)",
        plural(k)
    ))
}

fn insert(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.positional();
    if args.has_kwargs() || a.len() != 3 {
        return Err(parse_stack_error(vm, "insert", args, 2, 2));
    }
    let d = dq(&a[0]);
    let n = d.len();
    if d.maxlen.get() == Some(n) {
        return Err(vm.new_index_error("deque already at its maximum size"));
    }
    let i = crate::modules::ssize_arg(vm, &a[1])?;
    let pos = if i < 0 {
        (i + n as isize).max(0) as usize
    } else {
        (i as usize).min(n)
    };
    d.bump();
    d.items.borrow_mut().insert(pos, a[2].clone());
    Ok(vm.none.clone())
}

fn remove(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.remove", 1, 1)?;
    let d = dq(&a[0]);
    let (n, state) = (d.len(), d.state.get());
    for i in 0..n {
        let Some(item) = d.get(i) else { break };
        let eq = vm.eq(&item, &a[1])?;
        if d.state.get() != state {
            return Err(vm.new_index_error("deque mutated during iteration"));
        }
        if eq {
            d.bump();
            let old = d.items.borrow_mut().remove(i);
            drop(old);
            return Ok(vm.none.clone());
        }
    }
    Err(vm.new_value_error(format!("{} is not in deque", vm.repr_string(&a[1])?)))
}

fn reverse(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.reverse", 0, 0)?;
    dq(&a[0]).items.borrow_mut().make_contiguous().reverse();
    Ok(vm.none.clone())
}

fn rotate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.positional();
    if args.has_kwargs() {
        return Err(vm.new_type_error("deque.rotate() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(vm.new_type_error(format!(
            "deque.rotate expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let n = match a.get(1) {
        Some(v) => crate::modules::ssize_arg(vm, v)?,
        None => 1,
    };
    let d = dq(&a[0]);
    d.bump();
    let mut items = d.items.borrow_mut();
    let len = items.len() as isize;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    Ok(vm.none.clone())
}

fn maxlen(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(match dq(o).maxlen.get() {
        Some(m) => new_int(vm, m as i64),
        None => vm.none.clone(),
    })
}

fn deque_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(vm.intern("[...]"));
    };
    let items: Vec<PyRef> = dq(o).items.borrow().iter().cloned().collect();
    let list = crate::objects::tupleobject::seq_repr(vm, &items, "[", "]")?;
    let name = as_type(o.class()).qualname.borrow().clone();
    let s = match dq(o).maxlen.get() {
        Some(m) => format!("{name}({list}, maxlen={m})"),
        None => format!("{name}({list})"),
    };
    Ok(crate::objects::unicodeobject::new_str_object(vm, &s))
}

/// A sequence index for `d[i]`: only ints (and `__index__`), with deque's messages.
fn item_index(vm: &Vm, d: &PyDeque, key: &PyRef) -> PyResult<usize> {
    if as_int(key).is_none() && as_type(key.class()).slots.index.get().is_none() {
        return Err(vm.new_type_error(format!(
            "sequence index must be integer, not '{}'",
            class_name(key)
        )));
    }
    let i = crate::modules::ssize_arg(vm, key)?;
    let n = d.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let d = dq(o);
    let i = item_index(vm, d, key)?;
    d.get(i)
        .ok_or_else(|| vm.new_index_error("deque index out of range"))
}

fn setitem(vm: &Vm, o: &PyRef, key: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let d = dq(o);
    let i = item_index(vm, d, key)?;
    match value {
        Some(v) => {
            let old = std::mem::replace(&mut d.items.borrow_mut()[i], v.clone());
            drop(old);
        }
        None => {
            d.bump();
            let old = d.items.borrow_mut().remove(i);
            drop(old);
        }
    }
    Ok(())
}

fn is_deque(o: &PyRef) -> bool {
    o.downcast_ref::<PyDeque>().is_some()
}

fn concat(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    if !is_deque(a) {
        return Ok(vm.not_implemented.clone());
    }
    if !is_deque(b) {
        return Err(vm.new_type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            class_name(b)
        )));
    }
    let n = copy_of(vm, a)?;
    extend(vm, &n, b, false)?;
    Ok(n)
}

fn inplace_concat(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    extend(vm, a, b, false)?;
    Ok(a.clone())
}

/// The count of `seq * n`, or the sequence-repeat TypeError.
fn repeat_count(vm: &Vm, n: &PyRef) -> PyResult<isize> {
    if as_int(n).is_none() && as_type(n.class()).slots.index.get().is_none() {
        return Err(vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            class_name(n)
        )));
    }
    crate::modules::ssize_arg(vm, n)
}

fn inplace_repeat_by(vm: &Vm, o: &PyRef, n: isize) -> PyResult {
    let d = dq(o);
    if n <= 0 {
        d.bump();
        let old = std::mem::take(&mut *d.items.borrow_mut());
        drop(old);
        return Ok(o.clone());
    }
    if n == 1 || d.is_empty() {
        return Ok(o.clone());
    }
    let snapshot: Vec<PyRef> = d.items.borrow().iter().cloned().collect();
    let total = snapshot
        .len()
        .checked_mul(n as usize)
        .ok_or_else(|| vm.new_memory_error())?;
    let keep = d.maxlen.get().map_or(total, |m| m.min(total));
    d.bump();
    let mut items = d.items.borrow_mut();
    let mut out = VecDeque::with_capacity(keep);
    for k in (total - keep)..total {
        out.push_back(snapshot[k % snapshot.len()].clone());
    }
    let old = std::mem::replace(&mut *items, out);
    drop(items);
    drop(old);
    Ok(o.clone())
}

fn repeat(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (seq, n) = if is_deque(a) { (a, b) } else { (b, a) };
    let k = repeat_count(vm, n)?;
    let copy = copy_of(vm, seq)?;
    inplace_repeat_by(vm, &copy, k)
}

fn inplace_repeat(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let k = repeat_count(vm, b)?;
    inplace_repeat_by(vm, a, k)
}

fn richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    if !is_deque(a) || !is_deque(b) {
        return Ok(vm.not_implemented.clone());
    }
    let x: Vec<PyRef> = dq(a).items.borrow().iter().cloned().collect();
    let y: Vec<PyRef> = dq(b).items.borrow().iter().cloned().collect();
    crate::objects::sequence::compare_seqs(vm, &x, &y, op)
}

fn reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.__reduce__", 0, 0)?;
    let o = &a[0];
    let state = match o.dict() {
        Some(d) => d,
        None if as_type(o.class()).has_flag(tpflags::HAS_DICT) => {
            let d = crate::objects::dictobject::PyDict::new_ref(vm);
            o.set_dict(Some(d.clone()));
            d
        }
        None => vm.none.clone(),
    };
    let it = vm.get_iter(o)?;
    let args = match dq(o).maxlen.get() {
        None => vm.empty_tuple.clone(),
        Some(m) => new_tuple(vm, vec![vm.empty_tuple.clone(), new_int(vm, m as i64)]),
    };
    Ok(new_tuple(vm, vec![o.class().clone(), args, state, it]))
}

fn sizeof(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.__sizeof__", 0, 0)?;
    let cap = dq(&a[0]).items.borrow().capacity();
    Ok(new_int(
        vm,
        (std::mem::size_of::<PyDeque>() + 48 + cap * std::mem::size_of::<PyRef>()) as i64,
    ))
}

/// `_deque_iterator` / `_deque_reverse_iterator`: position, remaining count and the state seen at creation.
pub struct DequeIter {
    deque: PyRef,
    index: Cell<usize>,
    counter: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl PyPayload for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.deque);
    }
}

fn new_iter(o: &PyRef, reverse: bool) -> PyRef {
    let d = dq(o);
    let t = super::types();
    let ty = if reverse { &t.reverse_iter } else { &t.iter };
    PyRef::new(
        DequeIter {
            deque: o.clone(),
            index: Cell::new(0),
            counter: Cell::new(d.len()),
            state: d.state.get(),
            reverse,
        },
        ty.clone(),
    )
}

fn deque_iter(_vm: &Vm, o: &PyRef) -> PyResult {
    Ok(new_iter(o, false))
}

fn reversed(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "deque.__reversed__", 0, 0)?;
    Ok(new_iter(&a[0], true))
}

fn iter_next(vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    let i = it.downcast_ref::<DequeIter>().expect("deque iterator");
    let d = dq(&i.deque);
    if d.state.get() != i.state {
        i.counter.set(0);
        return Err(mutated(vm));
    }
    if i.counter.get() == 0 {
        return Ok(None);
    }
    let n = d.len();
    let k = i.index.get();
    let v = if i.reverse {
        d.get(n - 1 - k)
    } else {
        d.get(k)
    };
    i.index.set(k + 1);
    i.counter.set(i.counter.get() - 1);
    Ok(v)
}

fn iter_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let reverse = cls.is(&super::types().reverse_iter);
    let a = args.positional();
    if a.is_empty() || a.len() > 2 || args.has_kwargs() {
        return Err(vm.new_type_error(match a.len() {
            0 => "function takes at least 1 argument (0 given)".to_string(),
            n => format!("function takes at most 2 arguments ({n} given)"),
        }));
    }
    if !is_deque(&a[0]) {
        return Err(vm.new_type_error(format!(
            "argument 1 must be collections.deque, not {}",
            class_name(&a[0])
        )));
    }
    let it = new_iter(&a[0], reverse);
    let i = it.downcast_ref::<DequeIter>().expect("deque iterator");
    if let Some(idx) = a.get(1) {
        let k = crate::modules::ssize_arg(vm, idx)?.max(0) as usize;
        for _ in 0..k.min(i.counter.get()) {
            iter_next(vm, &it)?;
        }
    }
    Ok(it)
}

fn iter_length_hint(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__length_hint__", 0, 0)?;
    Ok(new_int(
        vm,
        a[0].downcast_ref::<DequeIter>()
            .expect("deque iterator")
            .counter
            .get() as i64,
    ))
}

fn iter_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let i = a[0].downcast_ref::<DequeIter>().expect("deque iterator");
    let done = dq(&i.deque).len() as i64 - i.counter.get() as i64;
    Ok(new_tuple(
        vm,
        vec![
            a[0].class().clone(),
            new_tuple(vm, vec![i.deque.clone(), new_int(vm, done)]),
        ],
    ))
}

/// Creates `deque` and its two iterator types.
pub fn make_types(vm: &Vm) -> (PyRef, PyRef, PyRef) {
    use crate::objects::descrobject::GetSetDef;
    use crate::objects::typeobject::{finish_builtin_type, new_builtin_type};
    let t = new_builtin_type(
        vm,
        "collections.deque",
        &vm.types.object_type,
        tpflags::BASETYPE | tpflags::SEQUENCE,
        Some("A list-like sequence optimized for data accesses near its endpoints."),
    );
    let s = &as_type(&t).slots;
    s.new.set(Some(deque_new));
    s.init.set(Some(deque_init));
    s.repr.set(Some(deque_repr));
    s.hash
        .set(Some(crate::objects::slotfuncs::hash_not_implemented));
    s.len.set(Some(|_, o| Ok(dq(o).len())));
    s.getitem.set(Some(getitem));
    s.setitem.set(Some(setitem));
    s.contains.set(Some(contains));
    s.iter.set(Some(deque_iter));
    s.richcompare.set(Some(richcompare));
    s.add.set(Some(concat));
    s.inplace_add.set(Some(inplace_concat));
    s.multiply.set(Some(repeat));
    s.inplace_multiply.set(Some(inplace_repeat));
    finish_builtin_type(
        vm,
        &t,
        &[
            MethodDef::new("append", append),
            MethodDef::new("appendleft", appendleft),
            MethodDef::new("clear", clear),
            MethodDef::new("copy", copy),
            MethodDef::new("count", count),
            MethodDef::new("extend", extend_m),
            MethodDef::new("extendleft", extendleft),
            MethodDef::new("index", index),
            MethodDef::new("insert", insert),
            MethodDef::new("pop", pop),
            MethodDef::new("popleft", popleft),
            MethodDef::new("remove", remove),
            MethodDef::new("reverse", reverse),
            MethodDef::new("rotate", rotate),
            MethodDef::new("__copy__", dunder_copy),
            MethodDef::new("__reduce__", reduce),
            MethodDef::new("__reversed__", reversed),
            MethodDef::new("__sizeof__", sizeof),
        ],
        &[GetSetDef::new("maxlen", maxlen)],
    );
    let mk = |name: &str| {
        let it = new_builtin_type(vm, name, &vm.types.object_type, 0, None);
        let s = &as_type(&it).slots;
        s.new.set(Some(iter_new));
        s.iter.set(Some(|_, o| Ok(o.clone())));
        s.iternext.set(Some(iter_next));
        finish_builtin_type(
            vm,
            &it,
            &[
                MethodDef::new("__length_hint__", iter_length_hint),
                MethodDef::new("__reduce__", iter_reduce),
            ],
            &[],
        );
        it
    };
    (
        t,
        mk("_collections._deque_iterator"),
        mk("_collections._deque_reverse_iterator"),
    )
}
