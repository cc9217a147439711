//! `list`: mutable sequences.

use super::c_shared::ListItems;
use super::longobject::new_int;
use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use super::sequence::{compare_seqs, repeat_count, slice_items, subscript, ReprGuard, Subscript};
use super::typeobject::{as_type, class_name};
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};

/// The payload of list objects.
#[derive(Default)]
pub struct PyList {
    pub items: ListItems,
}

impl PyPayload for PyList {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        // Last to first, as CPython (the order `gc.get_referents` shows).
        if let Ok(items) = self.items.try_borrow() {
            items.iter().rev().for_each(visit);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
}

pub fn new_list(vm: &Vm, items: Vec<PyRef>) -> PyRef {
    PyRef::new(
        PyList {
            items: ListItems::new(items),
        },
        vm.types.list_type.clone(),
    )
}

pub fn as_list(obj: &PyRef) -> Option<&PyList> {
    obj.downcast_ref::<PyList>()
}

fn items_of(o: &PyRef) -> &ListItems {
    &as_list(o).expect("list").items
}

/// A snapshot of the items (safe to use across calls into Python code).
pub fn list_items(o: &PyRef) -> Vec<PyRef> {
    items_of(o).borrow().clone()
}

fn list_new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    Ok(PyRef::new(PyList::default(), cls.clone()))
}

fn list_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let a = args.check_positional(vm, "list", 0, 1)?;
    let items = match a.first() {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *items_of(obj).borrow_mut(), items);
    drop(old);
    Ok(())
}

fn list_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(vm.intern("[...]"));
    };
    let items = list_items(o);
    let r = super::tupleobject::seq_repr(vm, &items, "[", "]")?;
    Ok(super::unicodeobject::new_str_object(vm, &r))
}

fn list_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let items = items_of(o).borrow();
    match subscript(vm, key, items.len(), "list")? {
        Subscript::Index(i) => Ok(items[i].clone()),
        Subscript::Slice { start, step, len } => {
            let v = slice_items(&items, start, step, len);
            drop(items);
            Ok(new_list(vm, v))
        }
    }
}

fn list_setitem(vm: &Vm, o: &PyRef, key: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let len = items_of(o).borrow().len();
    let sub = match subscript(vm, key, len, "list") {
        Err(e) if e.matches(&vm.exceptions.index_error) => {
            return Err(vm.new_index_error(if value.is_some() {
                "list assignment index out of range"
            } else {
                "list assignment index out of range"
            }));
        }
        r => r?,
    };
    match (sub, value) {
        (Subscript::Index(i), Some(v)) => {
            let old = std::mem::replace(&mut items_of(o).borrow_mut()[i], v.clone());
            drop(old);
        }
        (Subscript::Index(i), None) => {
            let old = items_of(o).borrow_mut().remove(i);
            drop(old);
        }
        (
            Subscript::Slice {
                start,
                step,
                len: n,
            },
            Some(v),
        ) => {
            let new_items = if v.is(o) {
                list_items(o)
            } else {
                vm.collect(v)
                    .map_err(|_| vm.new_type_error("can only assign an iterable"))?
            };
            let mut items = items_of(o).borrow_mut();
            if step == 1 {
                let start = start.max(0) as usize;
                let end = (start + n).min(items.len());
                let old: Vec<PyRef> = items.splice(start..end, new_items).collect();
                drop(items);
                drop(old);
            } else {
                if new_items.len() != n {
                    return Err(vm.new_value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {n}",
                        new_items.len()
                    )));
                }
                let mut old = Vec::with_capacity(n);
                for (k, item) in new_items.into_iter().enumerate() {
                    let idx = (start + k as isize * step) as usize;
                    old.push(std::mem::replace(&mut items[idx], item));
                }
                drop(items);
                drop(old);
            }
        }
        (
            Subscript::Slice {
                start,
                step,
                len: n,
            },
            None,
        ) => {
            let mut idx: Vec<usize> = (0..n)
                .map(|k| (start + k as isize * step) as usize)
                .collect();
            idx.sort_unstable();
            let mut items = items_of(o).borrow_mut();
            let mut old = Vec::with_capacity(n);
            for i in idx.into_iter().rev() {
                old.push(items.remove(i));
            }
            drop(items);
            drop(old);
        }
    }
    Ok(())
}

fn list_contains(vm: &Vm, o: &PyRef, item: &PyRef) -> PyResult<bool> {
    let mut i = 0;
    loop {
        let v = match items_of(o).borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(false),
        };
        if v.is(item) || vm.eq(&v, item)? {
            return Ok(true);
        }
        i += 1;
    }
}

fn list_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    if as_list(b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = (list_items(a), list_items(b));
    // Lists of different lengths are unequal without comparing items.
    if x.len() != y.len() && matches!(op, CompareOperator::Eq | CompareOperator::Ne) {
        return Ok(vm.bool_obj(op == CompareOperator::Ne));
    }
    compare_seqs(vm, &x, &y, op)
}

fn list_add(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (Some(x), Some(y)) = (as_list(a), as_list(b)) else {
        if as_list(a).is_some() {
            return Err(vm.new_type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                class_name(b)
            )));
        }
        return Ok(vm.not_implemented.clone());
    };
    let mut v = x.items.borrow().clone();
    v.extend(y.items.borrow().iter().cloned());
    Ok(new_list(vm, v))
}

fn list_iadd(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let items = vm.collect(b)?;
    items_of(a).borrow_mut().extend(items);
    Ok(a.clone())
}

fn list_mul(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (a, n) = super::bytesobject::repeat_args(a, b, |o| as_list(o).is_some());
    let Some(k) = repeat_count(vm, n)? else {
        return Ok(vm.not_implemented.clone());
    };
    let items = list_items(a);
    let mut v = super::sequence::repeat_buffer(vm, items.len(), k)?;
    for _ in 0..k {
        v.extend(items.iter().cloned());
    }
    Ok(new_list(vm, v))
}

fn list_imul(vm: &Vm, a: &PyRef, n: &PyRef) -> PyResult {
    let Some(k) = repeat_count(vm, n)? else {
        return Ok(vm.not_implemented.clone());
    };
    let items = list_items(a);
    let mut v = super::sequence::repeat_buffer(vm, items.len(), k)?;
    for _ in 0..k {
        v.extend(items.iter().cloned());
    }
    let old = std::mem::replace(&mut *items_of(a).borrow_mut(), v);
    drop(old);
    Ok(a.clone())
}

fn append(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.append", 1, 1)?;
    items_of(&a[0]).borrow_mut().push(a[1].clone());
    Ok(vm.none.clone())
}

fn extend(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.extend", 1, 1)?;
    let items = vm.collect(&a[1])?;
    items_of(&a[0]).borrow_mut().extend(items);
    Ok(vm.none.clone())
}

fn insert(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.insert", 2, 2)?;
    let i = super::sequence::ssize_arg(vm, &a[1])?;
    let mut items = items_of(&a[0]).borrow_mut();
    let n = items.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(j as usize, a[2].clone());
    Ok(vm.none.clone())
}

fn pop(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.pop", 0, 1)?;
    let mut items = items_of(&a[0]).borrow_mut();
    if items.is_empty() {
        return Err(vm.new_index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let i = match a.get(1) {
        Some(k) => {
            drop(items);
            let i = super::sequence::ssize_arg(vm, k)?;
            items = items_of(&a[0]).borrow_mut();
            i
        }
        None => n - 1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

fn find(vm: &Vm, list: &PyRef, x: &PyRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let v = match items_of(list).borrow().get(i) {
            Some(v) if i < stop => v.clone(),
            _ => return Ok(None),
        };
        if v.is(x) || vm.eq(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.remove", 1, 1)?;
    match find(vm, &a[0], &a[1], 0, usize::MAX)? {
        Some(i) => {
            let old = items_of(&a[0]).borrow_mut().remove(i);
            drop(old);
            Ok(vm.none.clone())
        }
        None => Err(vm.new_value_error("list.remove(x): x not in list")),
    }
}

fn clamp(vm: &Vm, v: Option<&PyRef>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = super::sequence::slice_bound(vm, v)?;
    let n = len as i64;
    Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
}

fn index(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.index", 1, 3)?;
    let len = items_of(&a[0]).borrow().len();
    let start = clamp(vm, a.get(2), len, 0)?;
    let stop = clamp(vm, a.get(3), len, len)?;
    match find(vm, &a[0], &a[1], start, stop)? {
        Some(i) => Ok(new_int(vm, i as i64)),
        None => Err(vm.new_value_error(format!("{} is not in list", vm.repr_string(&a[1])?))),
    }
}

fn count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.count", 1, 1)?;
    let mut n = 0;
    for v in list_items(&a[0]) {
        if v.is(&a[1]) || vm.eq(&v, &a[1])? {
            n += 1;
        }
    }
    Ok(new_int(vm, n))
}

fn reverse(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.reverse", 0, 0)?;
    items_of(&a[0]).borrow_mut().reverse();
    Ok(vm.none.clone())
}

fn copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.copy", 0, 0)?;
    Ok(new_list(vm, list_items(&a[0])))
}

fn clear(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.clear", 0, 0)?;
    let mut old = std::mem::take(&mut *items_of(&a[0]).borrow_mut());
    // Last item first, as CPython's list_clear releases them.
    while let Some(item) = old.pop() {
        drop(item);
    }
    Ok(vm.none.clone())
}

static SORT_SIG: Signature = Signature {
    name: "sort",
    params: &["key", "reverse"],
    posonly: 0,
    positional: 0,
    required: 0,
};

/// The `reverse` argument of `sort`/`sorted`: a C int, so `__index__` is required.
pub fn sort_reverse_flag(vm: &Vm, r: &PyRef) -> PyResult<bool> {
    let i = vm.index(r)?;
    match super::longobject::int_to_i64(&i) {
        Some(v) if i32::try_from(v).is_ok() => Ok(v != 0),
        _ => Err(vm.new_overflow_error("Python int too large to convert to C int")),
    }
}

fn sort(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.new_type_error("sort() takes no positional arguments"));
    }
    let kw = SORT_SIG.bind(vm, CallArgs::new(args.kw_values(), args.kwnames))?;
    let key = kw[0].clone().filter(|k| !vm.is_none(k));
    let reverse = match &kw[1] {
        Some(r) => sort_reverse_flag(vm, r)?,
        None => false,
    };
    let list = &pos[0];
    let items = std::mem::take(&mut *items_of(list).borrow_mut());
    let r = super::list_sort::sorted_order(vm, &items, key.as_ref(), reverse);
    let modified = !items_of(list).borrow().is_empty();
    match r {
        Ok(order) => {
            let sorted = super::list_sort::permute(items, &order);
            let old = std::mem::replace(&mut *items_of(list).borrow_mut(), sorted);
            drop(old);
            if modified {
                return Err(vm.new_value_error("list modified during sort"));
            }
            Ok(vm.none.clone())
        }
        Err(e) => {
            let old = std::mem::replace(&mut *items_of(list).borrow_mut(), items);
            drop(old);
            Err(e)
        }
    }
}

/// `list_iterator` / `list_reverseiterator`.
pub struct PyListIterator {
    pub list: RefCell<Option<PyRef>>,
    pub index: Cell<usize>,
    pub reverse: bool,
}

impl PyPayload for PyListIterator {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(l) = self.list.borrow().as_ref() {
            visit(l);
        }
    }
}

fn list_iter(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(PyRef::new(
        PyListIterator {
            list: RefCell::new(Some(o.clone())),
            index: Cell::new(0),
            reverse: false,
        },
        vm.types.list_iterator_type.clone(),
    ))
}

fn list_reversed(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.__reversed__", 0, 0)?;
    let n = items_of(&a[0]).borrow().len();
    Ok(PyRef::new(
        PyListIterator {
            list: RefCell::new(Some(a[0].clone())),
            index: Cell::new(n),
            reverse: true,
        },
        vm.types.list_reverseiterator_type.clone(),
    ))
}

fn list_iter_next(_vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    let li = it.downcast_ref::<PyListIterator>().expect("list iterator");
    let Some(list) = li.list.borrow().clone() else {
        return Ok(None);
    };
    let i = li.index.get();
    let items = items_of(&list).borrow();
    let v = if li.reverse {
        if i == 0 || i > items.len() {
            None
        } else {
            li.index.set(i - 1);
            Some(items[i - 1].clone())
        }
    } else if i < items.len() {
        li.index.set(i + 1);
        Some(items[i].clone())
    } else {
        None
    };
    drop(items);
    if v.is_none() {
        li.list.borrow_mut().take();
    }
    Ok(v)
}

fn length_hint(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "list.__length_hint__", 0, 0)?;
    let li = a[0]
        .downcast_ref::<PyListIterator>()
        .expect("list iterator");
    let n = match li.list.borrow().as_ref() {
        Some(l) => {
            let len = items_of(l).borrow().len();
            if li.reverse {
                li.index.get().min(len)
            } else {
                len.saturating_sub(li.index.get())
            }
        }
        None => 0,
    };
    Ok(new_int(vm, n as i64))
}

/// Installs list's slots and methods.
pub fn init(vm: &Vm) {
    let t = &vm.types.list_type;
    let s = &as_type(t).slots;
    s.hash.set(Some(super::slotfuncs::hash_not_implemented));
    s.new.set(Some(list_new));
    s.init.set(Some(list_init));
    s.repr.set(Some(list_repr));
    s.len.set(Some(|_, o| Ok(items_of(o).borrow().len())));
    s.getitem.set(Some(list_getitem));
    s.setitem.set(Some(list_setitem));
    s.contains.set(Some(list_contains));
    s.iter.set(Some(list_iter));
    s.richcompare.set(Some(list_richcompare));
    s.add.set(Some(list_add));
    s.inplace_add.set(Some(list_iadd));
    s.multiply.set(Some(list_mul));
    s.inplace_multiply.set(Some(list_imul));
    super::descrobject::add_methods(
        vm,
        t,
        &[
            MethodDef::new("append", append),
            MethodDef::new("extend", extend),
            MethodDef::new("insert", insert),
            MethodDef::new("pop", pop),
            MethodDef::new("remove", remove),
            MethodDef::new("index", index),
            MethodDef::new("count", count),
            MethodDef::new("reverse", reverse),
            MethodDef::new("sort", sort),
            MethodDef::new("copy", copy),
            MethodDef::new("clear", clear),
            MethodDef::new("__reversed__", list_reversed),
        ],
    );
    for it in [
        &vm.types.list_iterator_type,
        &vm.types.list_reverseiterator_type,
    ] {
        let s = &as_type(it).slots;
        s.iter.set(Some(|_, o| Ok(o.clone())));
        s.iternext.set(Some(list_iter_next));
        super::descrobject::add_methods(vm, it, &[MethodDef::new("__length_hint__", length_hint)]);
    }
}
