//! `tuple`: immutable sequences.

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;

/// The payload of tuple objects.
pub struct PyTuple {
    pub items: Box<[PyRef]>,
}

impl PyPayload for PyTuple {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        // Last to first, as CPython (the order `gc.get_referents` shows).
        self.items.iter().rev().for_each(visit);
    }
}

/// A new tuple (the empty tuple is a singleton).
pub fn new_tuple(vm: &Vm, items: Vec<PyRef>) -> PyRef {
    if items.is_empty() {
        return vm.empty_tuple.clone();
    }
    PyRef::new(
        PyTuple {
            items: items.into_boxed_slice(),
        },
        vm.types.tuple_type.clone(),
    )
}

/// The items of `obj`, if it is a tuple (or subclass instance).
pub fn tuple_items(obj: &PyRef) -> Option<&[PyRef]> {
    obj.downcast_ref::<PyTuple>().map(|t| &*t.items)
}

use super::typeobject::as_type;
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult};

/// `repr()` of a sequence of items between `open` and `close`.
pub fn seq_repr(vm: &Vm, items: &[PyRef], open: &str, close: &str) -> PyResult<String> {
    let mut s = String::from(open);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&vm.repr_string(it)?);
    }
    s.push_str(close);
    Ok(s)
}

fn tuple_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let items = tuple_items(o).expect("tuple");
    if items.is_empty() {
        return Ok(vm.intern("()"));
    }
    let Some(_guard) = super::sequence::ReprGuard::enter(o) else {
        return Ok(vm.intern("(...)"));
    };
    let s = if items.len() == 1 {
        format!("({},)", vm.repr_string(&items[0])?)
    } else {
        seq_repr(vm, items, "(", ")")?
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

fn tuple_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "tuple")?;
    let a = args.check_positional(vm, "tuple", 0, 1)?;
    let items = match a.first() {
        Some(it) => {
            if cls.is(&vm.types.tuple_type) && it.class().is(&vm.types.tuple_type) {
                return Ok(it.clone());
            }
            vm.collect(it)?
        }
        None => Vec::new(),
    };
    if cls.is(&vm.types.tuple_type) {
        return Ok(new_tuple(vm, items));
    }
    Ok(PyRef::new(
        PyTuple {
            items: items.into_boxed_slice(),
        },
        cls.clone(),
    ))
}

fn tuple_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let items = tuple_items(o).expect("tuple");
    match super::sequence::subscript(vm, key, items.len(), "tuple")? {
        super::sequence::Subscript::Index(i) => Ok(items[i].clone()),
        super::sequence::Subscript::Slice { start, step, len } => {
            if step == 1 && start == 0 && len == items.len() && o.class().is(&vm.types.tuple_type) {
                return Ok(o.clone());
            }
            Ok(new_tuple(
                vm,
                super::sequence::slice_items(items, start, step, len),
            ))
        }
    }
}

fn tuple_contains(vm: &Vm, o: &PyRef, x: &PyRef) -> PyResult<bool> {
    for v in tuple_items(o).expect("tuple").to_vec() {
        if v.is(x) || vm.eq(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let (Some(x), Some(y)) = (tuple_items(a), tuple_items(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    super::sequence::compare_seqs(vm, x, y, op)
}

/// CPython 3.11's tuple hash (xxHash-based).
fn tuple_hash(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let items = tuple_items(o).expect("tuple");
    let mut acc: u64 = P5;
    for it in items {
        let lane = vm.hash(it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as isize)
}

fn tuple_add(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (Some(x), Some(y)) = (tuple_items(a), tuple_items(b)) else {
        if tuple_items(a).is_some() {
            return Err(vm.new_type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                super::typeobject::class_name(b)
            )));
        }
        return Ok(vm.not_implemented.clone());
    };
    let mut v = x.to_vec();
    v.extend(y.iter().cloned());
    Ok(new_tuple(vm, v))
}

fn tuple_mul(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (a, n) = super::bytesobject::repeat_args(a, b, |o| tuple_items(o).is_some());
    let Some(k) = super::sequence::repeat_count(vm, n)? else {
        return Ok(vm.not_implemented.clone());
    };
    let items = tuple_items(a).expect("tuple");
    if k == 1 && a.class().is(&vm.types.tuple_type) {
        return Ok(a.clone());
    }
    let mut v = super::sequence::repeat_buffer(vm, items.len(), k)?;
    for _ in 0..k {
        v.extend(items.iter().cloned());
    }
    Ok(new_tuple(vm, v))
}

fn count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "tuple.count", 1, 1)?;
    let mut n = 0;
    for v in tuple_items(&a[0]).unwrap().to_vec() {
        if v.is(&a[1]) || vm.eq(&v, &a[1])? {
            n += 1;
        }
    }
    Ok(super::longobject::new_int(vm, n))
}

fn index(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "tuple.index", 1, 3)?;
    let items = tuple_items(&a[0]).unwrap().to_vec();
    let n = items.len() as i64;
    let norm = |v: Option<&PyRef>, d: i64| -> PyResult<usize> {
        let Some(v) = v else { return Ok(d as usize) };
        let i = super::sequence::slice_bound(vm, v)?;
        Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
    };
    let start = norm(a.get(2), 0)?;
    let stop = norm(a.get(3), n)?;
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if v.is(&a[1]) || vm.eq(v, &a[1])? {
            return Ok(super::longobject::new_int(vm, i as i64));
        }
    }
    Err(vm.new_value_error("tuple.index(x): x not in tuple"))
}

/// `tuple_iterator`.
pub struct PyTupleIterator {
    pub tuple: PyRef,
    pub index: std::cell::Cell<usize>,
}

impl PyPayload for PyTupleIterator {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.tuple);
    }
}

fn getnewargs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "tuple.__getnewargs__", 0, 0)?;
    Ok(new_tuple(
        vm,
        vec![new_tuple(vm, tuple_items(&a[0]).unwrap().to_vec())],
    ))
}

/// Installs tuple's slots and methods.
pub fn init(vm: &Vm) {
    use super::methodobject::MethodDef;
    let t = &vm.types.tuple_type;
    let s = &as_type(t).slots;
    s.new.set(Some(tuple_new));
    s.repr.set(Some(tuple_repr));
    s.len
        .set(Some(|_, o| Ok(tuple_items(o).expect("tuple").len())));
    s.getitem.set(Some(tuple_getitem));
    s.contains.set(Some(tuple_contains));
    s.richcompare.set(Some(tuple_richcompare));
    s.hash.set(Some(tuple_hash));
    s.add.set(Some(tuple_add));
    s.multiply.set(Some(tuple_mul));
    s.iter.set(Some(|vm, o| {
        Ok(PyRef::new(
            PyTupleIterator {
                tuple: o.clone(),
                index: std::cell::Cell::new(0),
            },
            vm.types.tuple_iterator_type.clone(),
        ))
    }));
    super::descrobject::add_methods(
        vm,
        t,
        &[
            MethodDef::new("count", count),
            MethodDef::new("index", index),
            MethodDef::new("__getnewargs__", getnewargs),
        ],
    );
    let it = &as_type(&vm.types.tuple_iterator_type).slots;
    it.iter.set(Some(|_, o| Ok(o.clone())));
    it.iternext.set(Some(|_, o| {
        let ti = o.downcast_ref::<PyTupleIterator>().expect("tuple iterator");
        let i = ti.index.get();
        let items = tuple_items(&ti.tuple).expect("tuple");
        if i < items.len() {
            ti.index.set(i + 1);
            Ok(Some(items[i].clone()))
        } else {
            Ok(None)
        }
    }));
}
