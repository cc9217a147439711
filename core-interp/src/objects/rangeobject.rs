//! `range`: immutable arithmetic sequences (big-int aware), and their iterator.

use super::longobject::{as_int, new_bigint, new_int};
use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use super::typeobject::as_type;
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::Cell;

/// The payload of range objects.
pub struct PyRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl PyPayload for PyRange {
    const GC: bool = false;
}

impl PyRange {
    /// The number of elements.
    pub fn length(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u32).div_floor(&step) + 1u32
    }

    fn item(&self, i: &BigInt) -> BigInt {
        &self.start + &self.step * i
    }
}

fn arg_int(vm: &Vm, o: &PyRef) -> PyResult<BigInt> {
    let i = vm.index(o)?;
    Ok(as_int(&i).unwrap().value.to_big())
}

fn range_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "range")?;
    let a = args.positional();
    let (start, stop, step) = match a.len() {
        1 => (BigInt::zero(), arg_int(vm, &a[0])?, BigInt::from(1)),
        2 => (arg_int(vm, &a[0])?, arg_int(vm, &a[1])?, BigInt::from(1)),
        3 => (
            arg_int(vm, &a[0])?,
            arg_int(vm, &a[1])?,
            arg_int(vm, &a[2])?,
        ),
        0 => return Err(vm.new_type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.new_type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(vm.new_value_error("range() arg 3 must not be zero"));
    }
    // CPython 3.11 computes the length with a rich comparison, one level of
    // recursion: at the limit, range() raises "... in comparison".
    vm.enter_recursive_call(" in comparison")?;
    vm.leave_call();
    Ok(PyRef::new(PyRange { start, stop, step }, cls.clone()))
}

fn of(o: &PyRef) -> &PyRange {
    o.downcast_ref::<PyRange>().expect("range")
}

fn range_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let r = of(o);
    let s = if r.step == BigInt::from(1) {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

fn range_len(vm: &Vm, o: &PyRef) -> PyResult<usize> {
    of(o)
        .length()
        .to_usize()
        .ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C ssize_t"))
}

/// A slice's (start, stop, step) against a length of any size, as CPython's
/// `_PySlice_GetLongIndices`.
fn big_slice_indices(
    vm: &Vm,
    s: &super::sliceobject::PySlice,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let bound = |v: &PyRef| -> PyResult<BigInt> {
        if as_int(v).is_none() && as_type(v.class()).slots.index.get().is_none() {
            return Err(vm.new_type_error(
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
        arg_int(vm, v)
    };
    let step = if vm.is_none(&s.step) {
        BigInt::from(1)
    } else {
        bound(&s.step)?
    };
    if step.is_zero() {
        return Err(vm.new_value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let adjust = |v: &PyRef, default: &BigInt| -> PyResult<BigInt> {
        if vm.is_none(v) {
            return Ok(default.clone());
        }
        let mut i = bound(v)?;
        if i.is_negative() {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let (ds, de) = if step.is_negative() {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let start = adjust(&s.start, ds)?;
    let stop = adjust(&s.stop, de)?;
    Ok((start, stop, step))
}

fn range_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let r = of(o);
    if let Some(s) = key.downcast_ref::<super::sliceobject::PySlice>() {
        let (start, stop, step) = big_slice_indices(vm, s, &r.length())?;
        let rng = PyRange {
            start: r.item(&start),
            stop: r.item(&stop),
            step: &r.step * step,
        };
        return Ok(PyRef::new(rng, vm.types.range_type.clone()));
    }
    let i = match as_int(key) {
        Some(i) => i.value.to_big(),
        None if as_type(key.class()).slots.index.get().is_some() => arg_int(vm, key)?,
        None => {
            return Err(vm.new_type_error(format!(
                "range indices must be integers or slices, not {}",
                super::typeobject::class_name(key)
            )))
        }
    };
    let len = r.length();
    let j = if i.is_negative() { &i + &len } else { i };
    if j.is_negative() || j >= len {
        return Err(vm.new_index_error("range object index out of range"));
    }
    Ok(new_bigint(vm, r.item(&j)))
}

fn range_contains(vm: &Vm, o: &PyRef, x: &PyRef) -> PyResult<bool> {
    let r = of(o);
    if let Some(i) =
        as_int(x).filter(|_| x.class().is(&vm.types.int_type) || x.class().is(&vm.types.bool_type))
    {
        let v = i.value.to_big();
        let in_bounds = if r.step.is_positive() {
            v >= r.start && v < r.stop
        } else {
            v <= r.start && v > r.stop
        };
        return Ok(in_bounds && (&v - &r.start).mod_floor(&r.step.abs()).is_zero());
    }
    let it = vm.get_iter(o)?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let Some(rb) = b.downcast_ref::<PyRange>() else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, CompareOperator::Eq | CompareOperator::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let ra = of(a);
    let (la, lb) = (ra.length(), rb.length());
    let eq = la == lb
        && (la.is_zero()
            || (ra.start == rb.start && (la == BigInt::from(1) || ra.step == rb.step)));
    Ok(vm.bool_obj(eq == (op == CompareOperator::Eq)))
}

fn range_hash(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    let r = of(o);
    let len = r.length();
    let none = vm.none.clone();
    let t = if len.is_zero() {
        vec![new_bigint(vm, len), none.clone(), none]
    } else if len == BigInt::from(1) {
        vec![new_bigint(vm, len), new_bigint(vm, r.start.clone()), none]
    } else {
        vec![
            new_bigint(vm, len),
            new_bigint(vm, r.start.clone()),
            new_bigint(vm, r.step.clone()),
        ]
    };
    vm.hash(&super::tupleobject::new_tuple(vm, t))
}

/// `range_iterator` (machine-word bounds) — big ranges iterate through BigInt too.
pub struct PyRangeIterator {
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<u64>,
}

impl PyPayload for PyRangeIterator {
    const GC: bool = false;
}

fn range_iter(vm: &Vm, o: &PyRef) -> PyResult {
    let r = of(o);
    match (r.start.to_i64(), r.step.to_i64(), r.length().to_u64()) {
        (Some(start), Some(step), Some(n))
            if (&r.start + &r.step * BigInt::from(n)).to_i64().is_some() =>
        {
            Ok(PyRef::new(
                PyRangeIterator {
                    next: Cell::new(start),
                    step,
                    remaining: Cell::new(n),
                },
                vm.types.range_iterator_type.clone(),
            ))
        }
        _ => {
            let it = PyLongRangeIterator {
                next: std::cell::RefCell::new(r.start.clone()),
                step: r.step.clone(),
                remaining: std::cell::RefCell::new(r.length()),
            };
            Ok(PyRef::new(it, longrange_iterator_type(vm).clone()))
        }
    }
}

/// `longrange_iterator`: iteration over a range whose bounds exceed a machine word.
pub struct PyLongRangeIterator {
    next: std::cell::RefCell<BigInt>,
    step: BigInt,
    remaining: std::cell::RefCell<BigInt>,
}

impl PyPayload for PyLongRangeIterator {}

static LONGRANGE_ITERATOR: std::sync::OnceLock<PyRef> = std::sync::OnceLock::new();

fn longrange_iterator_type(vm: &Vm) -> &'static PyRef {
    LONGRANGE_ITERATOR.get_or_init(|| {
        let t = super::typeobject::new_builtin_type(
            vm,
            "longrange_iterator",
            &vm.types.object_type,
            0,
            None,
        );
        let s = &as_type(&t).slots;
        s.iter.set(Some(|_, o| Ok(o.clone())));
        s.iternext.set(Some(|vm, o| {
            let it = o
                .downcast_ref::<PyLongRangeIterator>()
                .expect("longrange_iterator");
            if it.remaining.borrow().is_zero() {
                return Ok(None);
            }
            *it.remaining.borrow_mut() -= 1u32;
            let v = it.next.borrow().clone();
            *it.next.borrow_mut() += &it.step;
            Ok(Some(super::longobject::new_bigint(vm, v)))
        }));
        super::typeslots::add_slot_wrappers(vm, &t);
        t
    })
}

fn range_iter_next(vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    let r = it
        .downcast_ref::<PyRangeIterator>()
        .expect("range iterator");
    let n = r.remaining.get();
    if n == 0 {
        return Ok(None);
    }
    r.remaining.set(n - 1);
    let v = r.next.get();
    r.next.set(v.wrapping_add(r.step));
    Ok(Some(new_int(vm, v)))
}

fn range_reversed(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__reversed__", 1, 1)?;
    let r = of(&a[0]);
    let len = r.length();
    let last = &r.start + &r.step * (&len - 1u32);
    let rev = PyRange {
        start: last.clone(),
        stop: &last - &r.step * &len,
        step: -&r.step,
    };
    let tmp = PyRef::new(rev, vm.types.range_type.clone());
    range_iter(vm, &tmp)
}

fn count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "count", 2, 2)?;
    Ok(new_int(vm, range_contains(vm, &a[0], &a[1])? as i64))
}

fn index(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "index", 2, 2)?;
    if !range_contains(vm, &a[0], &a[1])? {
        return Err(vm.new_value_error(format!("{} is not in range", vm.repr_string(&a[1])?)));
    }
    let r = of(&a[0]);
    let v = as_int(&a[1]).map(|i| i.value.to_big()).unwrap_or_default();
    Ok(new_bigint(vm, (v - &r.start) / &r.step))
}

/// Installs range's slots and its iterator's.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, add_methods, GetSetDef};
    let t = &vm.types.range_type;
    let s = &as_type(t).slots;
    s.new.set(Some(range_new));
    s.repr.set(Some(range_repr));
    s.len.set(Some(range_len));
    s.getitem.set(Some(range_getitem));
    s.contains.set(Some(range_contains));
    s.iter.set(Some(range_iter));
    s.richcompare.set(Some(range_richcompare));
    s.hash.set(Some(range_hash));
    s.bool.set(Some(|_, o| Ok(!of(o).length().is_zero())));
    add_methods(
        vm,
        t,
        &[
            MethodDef::new("count", count),
            MethodDef::new("index", index),
            MethodDef::new("__reversed__", range_reversed),
        ],
    );
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("start", |vm, o| Ok(new_bigint(vm, of(o).start.clone()))),
            GetSetDef::new("stop", |vm, o| Ok(new_bigint(vm, of(o).stop.clone()))),
            GetSetDef::new("step", |vm, o| Ok(new_bigint(vm, of(o).step.clone()))),
        ],
    );
    let it = &as_type(&vm.types.range_iterator_type).slots;
    it.iter.set(Some(|_, o| Ok(o.clone())));
    it.iternext.set(Some(range_iter_next));
}
