//! `set` and `frozenset`: unordered collections of hashable objects
//! (an open-addressing table probed like CPython's, so iteration order matches).

use super::object::{PyPayload, PyRef};
use super::unicodeobject::PyStr;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot of the open-addressing table, as CPython's `setentry`.
#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(isize, PyRef),
}

/// The hash table, laid out and probed exactly like CPython 3.11's set so
/// that iteration order (and so printed output) matches.
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

fn keys_equal(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let (Some(x), Some(y)) = (a.downcast_ref::<PyStr>(), b.downcast_ref::<PyStr>()) {
        if a.class().is(&vm.types.str_type) && b.class().is(&vm.types.str_type) {
            return Ok(x.eq_str(y));
        }
    }
    vm.eq(a, b)
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slot holding `key`, if present.
    fn lookup(&self, vm: &Vm, key: &PyRef, hash: isize) -> PyResult<Option<usize>> {
        let mask = self.mask();
        let mut perturb = hash as usize;
        let mut i = (hash as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return Ok(None),
                    Slot::Active(h, k) if *h == hash => {
                        let k = k.clone();
                        if keys_equal(vm, &k, key)? {
                            return Ok(Some(j));
                        }
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// Adds `key` (no-op if present).
    pub fn add(&mut self, vm: &Vm, key: PyRef, hash: isize) -> PyResult<()> {
        let mask = self.mask();
        let mut perturb = hash as usize;
        let mut i = (hash as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let target = 'outer: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => break 'outer j,
                    Slot::Active(h, k) if *h == hash => {
                        let k = k.clone();
                        if keys_equal(vm, &k, &key)? {
                            return Ok(());
                        }
                    }
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        };
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Active(hash, key);
            self.used += 1;
            return Ok(());
        }
        self.slots[target] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
        Ok(())
    }

    fn insert_clean(slots: &mut [Slot], key: PyRef, hash: isize) {
        let mask = slots.len() - 1;
        let mut perturb = hash as usize;
        let mut i = (hash as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if matches!(slots[j], Slot::Empty) {
                        slots[j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.slots, k, h);
            }
        }
        self.fill = self.used;
    }

    /// Adds every element of `other` as CPython's `set_merge` does (presizing,
    /// then slot-for-slot copy or clean insertion into an empty table), so
    /// the resulting order matches CPython's.
    pub fn merge(&mut self, vm: &Vm, other: &SetTable) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for s in &other.slots {
                if let Slot::Active(h, k) = s {
                    Self::insert_clean(&mut self.slots, k.clone(), *h);
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for s in &other.slots {
            if let Slot::Active(h, k) = s {
                self.add(vm, k.clone(), *h)?;
            }
        }
        Ok(())
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard(&mut self, vm: &Vm, key: &PyRef, hash: isize) -> PyResult<bool> {
        match self.lookup(vm, key, hash)? {
            Some(j) => {
                self.slots[j] = Slot::Dummy;
                self.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Rebuilds the table when deletions left it mostly dummies (as CPython's
    /// `set_difference_update_internal` does).
    pub fn shrink_if_sparse(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        self.resize(if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        });
    }

    /// Removes and returns an arbitrary element (CPython's finger order).
    pub fn pop(&mut self) -> Option<PyRef> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut i = self.finger & (n - 1);
        loop {
            if let Slot::Active(_, k) = &self.slots[i] {
                let k = k.clone();
                self.slots[i] = Slot::Dummy;
                self.used -= 1;
                self.finger = i + 1;
                return Some(k);
            }
            i = (i + 1) % n;
        }
    }

    pub fn clear(&mut self) {
        let old = std::mem::take(self);
        drop(old);
    }

    /// The elements in iteration (slot) order.
    pub fn items(&self) -> Vec<PyRef> {
        self.slots
            .iter()
            .filter_map(|s| {
                if let Slot::Active(_, k) = s {
                    Some(k.clone())
                } else {
                    None
                }
            })
            .collect()
    }

    /// The element at or after slot `pos`, with the next position.
    pub fn next_from(&self, pos: usize) -> Option<(PyRef, usize)> {
        (pos..self.slots.len()).find_map(|i| {
            if let Slot::Active(_, k) = &self.slots[i] {
                Some((k.clone(), i + 1))
            } else {
                None
            }
        })
    }
}

/// The payload of set and frozenset objects.
#[derive(Default)]
pub struct PySet {
    pub table: RefCell<SetTable>,
}

impl PyPayload for PySet {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Ok(t) = self.table.try_borrow() {
            for s in &t.slots {
                if let Slot::Active(_, k) = s {
                    visit(k);
                }
            }
        }
    }
    fn clear(&self) {
        self.table.borrow_mut().clear();
    }
}

impl PySet {
    pub fn add(&self, vm: &Vm, item: PyRef) -> PyResult<()> {
        let h = vm.hash(&item)?;
        // Comparisons may call Python code: work on a copy, then store it back.
        let mut t = std::mem::take(&mut *self.table.borrow_mut());
        let r = t.add(vm, item, h);
        *self.table.borrow_mut() = t;
        r
    }

    pub fn contains(&self, vm: &Vm, item: &PyRef) -> PyResult<bool> {
        let h = vm.hash(item)?;
        let t = std::mem::take(&mut *self.table.borrow_mut());
        let r = t.lookup(vm, item, h).map(|x| x.is_some());
        *self.table.borrow_mut() = t;
        r
    }

    pub fn discard(&self, vm: &Vm, item: &PyRef) -> PyResult<bool> {
        let h = vm.hash(item)?;
        let mut t = std::mem::take(&mut *self.table.borrow_mut());
        let r = t.discard(vm, item, h);
        *self.table.borrow_mut() = t;
        r
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn items(&self) -> Vec<PyRef> {
        self.table.borrow().items()
    }

    /// `self |= other` for an `other` that is a set, with CPython's ordering.
    pub fn merge_from(&self, vm: &Vm, other: &PySet) -> PyResult<()> {
        let src = other.table.borrow().clone_table();
        let mut t = std::mem::take(&mut *self.table.borrow_mut());
        let r = t.merge(vm, &src);
        *self.table.borrow_mut() = t;
        r
    }

    /// Adds the items of any iterable (sets merge, keeping CPython's order).
    pub fn update(&self, vm: &Vm, iterable: &PyRef) -> PyResult<()> {
        if let Some(other) = as_set(iterable) {
            return self.merge_from(vm, other);
        }
        for x in vm.collect(iterable)? {
            self.add(vm, x)?;
        }
        Ok(())
    }
}

impl SetTable {
    fn clone_table(&self) -> SetTable {
        SetTable {
            slots: self.slots.clone(),
            fill: self.fill,
            used: self.used,
            finger: self.finger,
        }
    }
}

fn build(vm: &Vm, ty: &PyRef, items: Vec<PyRef>) -> PyResult {
    let s = PySet::default();
    for it in items {
        s.add(vm, it)?;
    }
    Ok(PyRef::new(s, ty.clone()))
}

pub fn new_set(vm: &Vm, items: Vec<PyRef>) -> PyResult {
    build(vm, &vm.types.set_type, items)
}

pub fn new_frozenset(vm: &Vm, items: Vec<PyRef>) -> PyResult {
    build(vm, &vm.types.frozenset_type, items)
}

pub fn as_set(obj: &PyRef) -> Option<&PySet> {
    obj.downcast_ref::<PySet>()
}

use super::methodobject::MethodDef;
use super::typeobject::{as_type, class_name};
use crate::compile::bytecode::CompareOperator;
use crate::vm::CallArgs;
use std::cell::Cell;

fn st(o: &PyRef) -> &PySet {
    as_set(o).expect("set")
}

fn is_frozen(vm: &Vm, o: &PyRef) -> bool {
    super::typeobject::is_subtype(o.class(), &vm.types.frozenset_type)
}

/// A new set or frozenset of the same kind as `like` (exact base type).
fn same_kind(vm: &Vm, like: &PyRef, items: Vec<PyRef>) -> PyResult {
    if is_frozen(vm, like) {
        new_frozenset(vm, items)
    } else {
        new_set(vm, items)
    }
}

fn items_of(vm: &Vm, o: &PyRef) -> PyResult<Vec<PyRef>> {
    match as_set(o) {
        Some(s) => Ok(s.items()),
        None => vm.collect(o),
    }
}

fn set_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    if super::typeobject::is_subtype(cls, &vm.types.frozenset_type) {
        let a = args.check_positional(vm, "frozenset", 0, 1)?;
        let items = match a.first() {
            Some(it) => {
                if it.class().is(&vm.types.frozenset_type) && cls.is(&vm.types.frozenset_type) {
                    return Ok(it.clone());
                }
                vm.collect(it)?
            }
            None => Vec::new(),
        };
        let s = PySet::default();
        match a.first() {
            Some(src) if as_set(src).is_some() => s.update(vm, src)?,
            _ => {
                for it in items {
                    s.add(vm, it)?;
                }
            }
        }
        return Ok(PyRef::new(s, cls.clone()));
    }
    Ok(PyRef::new(PySet::default(), cls.clone()))
}

fn set_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    if is_frozen(vm, obj) {
        return Ok(());
    }
    args.no_kwargs(vm, "set")?;
    let a = args.check_positional(vm, "set", 0, 1)?;
    st(obj).table.borrow_mut().clear();
    if let Some(it) = a.first() {
        st(obj).update(vm, it)?;
    }
    Ok(())
}

fn set_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let name = class_name(o);
    let items = st(o).items();
    if items.is_empty() {
        return Ok(super::unicodeobject::new_str_object(
            vm,
            &format!("{name}()"),
        ));
    }
    let Some(_guard) = super::sequence::ReprGuard::enter(o) else {
        return Ok(super::unicodeobject::new_str_object(
            vm,
            &format!("{name}(...)"),
        ));
    };
    let inner = super::tupleobject::seq_repr(vm, &items, "{", "}")?;
    let s = if o.class().is(&vm.types.set_type) {
        inner
    } else {
        format!("{name}({inner})")
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

fn contains_key(vm: &Vm, o: &PyRef, x: &PyRef) -> PyResult<bool> {
    match st(o).contains(vm, x) {
        Err(e) if e.matches(&vm.exceptions.type_error) && as_set(x).is_some() => {
            let frozen = new_frozenset(vm, st(x).items())?;
            st(o).contains(vm, &frozen)
        }
        r => r,
    }
}

fn is_subset(vm: &Vm, a: &[PyRef], b: &PyRef) -> PyResult<bool> {
    for x in a {
        if !st(b).contains(vm, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    if as_set(b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let (la, lb) = (st(a).len(), st(b).len());
    let r = match op {
        CompareOperator::Eq => la == lb && is_subset(vm, &st(a).items(), b)?,
        CompareOperator::Ne => !(la == lb && is_subset(vm, &st(a).items(), b)?),
        CompareOperator::Le => la <= lb && is_subset(vm, &st(a).items(), b)?,
        CompareOperator::Lt => la < lb && is_subset(vm, &st(a).items(), b)?,
        CompareOperator::Ge => lb <= la && is_subset(vm, &st(b).items(), a)?,
        CompareOperator::Gt => lb < la && is_subset(vm, &st(b).items(), a)?,
    };
    Ok(vm.bool_obj(r))
}

/// A new empty set of the same base kind (set or frozenset) as `like`.
fn new_empty(vm: &Vm, like: &PyRef) -> PyResult {
    same_kind(vm, like, Vec::new())
}

/// A copy of set `a` of the same base kind (CPython's `set_copy`).
fn copy_set(vm: &Vm, a: &PyRef) -> PyResult {
    let r = new_empty(vm, a)?;
    st(&r).merge_from(vm, st(a))?;
    Ok(r)
}

/// `a` as a set: itself if it is one, else a new set of its items.
fn as_set_like(vm: &Vm, o: &PyRef) -> PyResult {
    match as_set(o) {
        Some(_) => Ok(o.clone()),
        None => new_set(vm, vm.collect(o)?),
    }
}

fn union(vm: &Vm, a: &PyRef, others: &[PyRef]) -> PyResult {
    let r = copy_set(vm, a)?;
    for o in others {
        st(&r).update(vm, o)?;
    }
    Ok(r)
}

/// CPython's `set_intersection`: iterates the smaller set.
fn intersection2(vm: &Vm, a: &PyRef, o: &PyRef) -> PyResult {
    if a.is(o) {
        return copy_set(vm, a);
    }
    let r = new_empty(vm, a)?;
    if as_set(o).is_some() {
        let (big, small) = if st(o).len() > st(a).len() {
            (o, a)
        } else {
            (a, o)
        };
        for k in st(small).items() {
            if st(big).contains(vm, &k)? {
                st(&r).add(vm, k)?;
            }
        }
        return Ok(r);
    }
    for k in vm.collect(o)? {
        if st(a).contains(vm, &k)? {
            st(&r).add(vm, k)?;
        }
    }
    Ok(r)
}

fn intersection_multi(vm: &Vm, a: &PyRef, others: &[PyRef]) -> PyResult {
    if others.is_empty() {
        return copy_set(vm, a);
    }
    let mut r = a.clone();
    for o in others {
        r = intersection2(vm, &r, o)?;
    }
    Ok(r)
}

fn difference_update_one(vm: &Vm, a: &PyRef, o: &PyRef) -> PyResult<()> {
    if a.is(o) {
        st(a).table.borrow_mut().clear();
        return Ok(());
    }
    let items = match as_set(o) {
        Some(s) => s.items(),
        None => vm.collect(o)?,
    };
    for k in items {
        st(a).discard(vm, &k)?;
    }
    st(a).table.borrow_mut().shrink_if_sparse();
    Ok(())
}

/// CPython's `set_difference`.
fn difference2(vm: &Vm, a: &PyRef, o: &PyRef) -> PyResult {
    let other_size = match as_set(o) {
        Some(s) => s.len(),
        None => {
            let r = copy_set(vm, a)?;
            difference_update_one(vm, &r, o)?;
            return Ok(r);
        }
    };
    if (st(a).len() >> 2) > other_size {
        let r = copy_set(vm, a)?;
        difference_update_one(vm, &r, o)?;
        return Ok(r);
    }
    let r = new_empty(vm, a)?;
    for k in st(a).items() {
        if !st(o).contains(vm, &k)? {
            st(&r).add(vm, k)?;
        }
    }
    Ok(r)
}

fn difference_multi(vm: &Vm, a: &PyRef, others: &[PyRef]) -> PyResult {
    let Some((first, rest)) = others.split_first() else {
        return copy_set(vm, a);
    };
    let r = difference2(vm, a, first)?;
    for o in rest {
        difference_update_one(vm, &r, o)?;
    }
    Ok(r)
}

fn symmetric_difference_update_one(vm: &Vm, a: &PyRef, o: &PyRef) -> PyResult<()> {
    if a.is(o) {
        st(a).table.borrow_mut().clear();
        return Ok(());
    }
    let other = as_set_like(vm, o)?;
    for k in st(&other).items() {
        if !st(a).discard(vm, &k)? {
            st(a).add(vm, k)?;
        }
    }
    Ok(())
}

/// CPython's `set_symmetric_difference`: a copy of the other operand, updated with `a`.
fn symmetric_difference2(vm: &Vm, a: &PyRef, o: &PyRef) -> PyResult {
    let r = new_empty(vm, a)?;
    st(&r).update(vm, o)?;
    symmetric_difference_update_one(vm, &r, a)?;
    Ok(r)
}

fn replace_contents(a: &PyRef, from: &PyRef) {
    if a.is(from) {
        return;
    }
    let t = std::mem::take(&mut *st(from).table.borrow_mut());
    let old = std::mem::replace(&mut *st(a).table.borrow_mut(), t);
    drop(old);
}

macro_rules! binop {
    ($name:ident, $f:expr) => {
        fn $name(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
            if as_set(a).is_none() || as_set(b).is_none() {
                return Ok(vm.not_implemented.clone());
            }
            let f: fn(&Vm, &PyRef, &PyRef) -> PyResult = $f;
            f(vm, a, b)
        }
    };
}

binop!(set_or, |vm, a, b| union(vm, a, std::slice::from_ref(b)));
binop!(set_and, intersection2);
binop!(set_sub, difference2);
binop!(set_xor, symmetric_difference2);

macro_rules! inplace {
    ($name:ident, $f:expr) => {
        fn $name(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
            if as_set(b).is_none() || is_frozen(vm, a) {
                return Ok(vm.not_implemented.clone());
            }
            let f: fn(&Vm, &PyRef, &PyRef) -> PyResult<()> = $f;
            f(vm, a, b)?;
            Ok(a.clone())
        }
    };
}

inplace!(set_ior, |vm, a, b| st(a).update(vm, b));
inplace!(set_iand, |vm, a, b| {
    let r = intersection2(vm, a, b)?;
    replace_contents(a, &r);
    Ok(())
});
inplace!(set_isub, difference_update_one);
inplace!(set_ixor, symmetric_difference_update_one);

fn frozenset_hash(_vm: &Vm, o: &PyRef) -> PyResult<isize> {
    // CPython 3.11's frozenset_hash, over the hashes the table stores (so
    // nested frozensets are not hashed again).
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let t = st(o).table.borrow();
    let mut hash: u64 = 0;
    for s in &t.slots {
        if let Slot::Active(h, _) = s {
            hash ^= shuffle(*h as u64);
        }
    }
    // CPython also folds in the table's empty and dummy slots, then cancels
    // both out again: only the live entries count.
    hash ^= ((t.used as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as isize;
    Ok(if h == -1 { 590923713 } else { h })
}

fn add(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.add", 1, 1)?;
    st(&a[0]).add(vm, a[1].clone())?;
    Ok(vm.none.clone())
}

fn discard(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.discard", 1, 1)?;
    st(&a[0]).discard(vm, &a[1])?;
    Ok(vm.none.clone())
}

fn remove(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.remove", 1, 1)?;
    if st(&a[0]).discard(vm, &a[1])? {
        Ok(vm.none.clone())
    } else {
        Err(vm.new_key_error(a[1].clone()))
    }
}

fn pop(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.pop", 0, 0)?;
    let first = st(&a[0]).table.borrow_mut().pop();
    match first {
        Some(k) => Ok(k),
        None => Err(vm.new_exception_msg(&vm.exceptions.key_error, "pop from an empty set")),
    }
}

fn clear(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.clear", 0, 0)?;
    st(&a[0]).table.borrow_mut().clear();
    Ok(vm.none.clone())
}

fn copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.copy", 0, 0)?;
    if a[0].class().is(&vm.types.frozenset_type) {
        return Ok(a[0].clone());
    }
    copy_set(vm, &a[0])
}

fn union_method(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "union")?;
    let pos = args.positional();
    union(vm, &pos[0], &pos[1..])
}

fn intersection_method(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "intersection")?;
    let pos = args.positional();
    intersection_multi(vm, &pos[0], &pos[1..])
}

fn difference_method(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "difference")?;
    let pos = args.positional();
    difference_multi(vm, &pos[0], &pos[1..])
}

fn update(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "update")?;
    let pos = args.positional();
    for o in &pos[1..] {
        st(&pos[0]).update(vm, o)?;
    }
    Ok(vm.none.clone())
}

fn intersection_update(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "intersection_update")?;
    let pos = args.positional();
    let r = intersection_multi(vm, &pos[0], &pos[1..])?;
    replace_contents(&pos[0], &r);
    Ok(vm.none.clone())
}

fn difference_update(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "difference_update")?;
    let pos = args.positional();
    for o in &pos[1..] {
        difference_update_one(vm, &pos[0], o)?;
    }
    Ok(vm.none.clone())
}

fn symmetric_difference(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.symmetric_difference", 1, 1)?;
    symmetric_difference2(vm, &a[0], &a[1])
}

fn symmetric_difference_update(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.symmetric_difference_update", 1, 1)?;
    symmetric_difference_update_one(vm, &a[0], &a[1])?;
    Ok(vm.none.clone())
}

fn as_set_ref(vm: &Vm, o: &PyRef) -> PyResult {
    match as_set(o) {
        Some(_) => Ok(o.clone()),
        None => new_set(vm, vm.collect(o)?),
    }
}

fn issubset(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.issubset", 1, 1)?;
    let other = as_set_ref(vm, &a[1])?;
    Ok(vm.bool_obj(is_subset(vm, &st(&a[0]).items(), &other)?))
}

fn issuperset(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.issuperset", 1, 1)?;
    let other = as_set_ref(vm, &a[1])?;
    Ok(vm.bool_obj(is_subset(vm, &st(&other).items(), &a[0])?))
}

fn isdisjoint(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set.isdisjoint", 1, 1)?;
    for x in items_of(vm, &a[1])? {
        if st(&a[0]).contains(vm, &x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

/// `set_iterator`.
pub struct PySetIterator {
    pub set: PyRef,
    pub pos: Cell<usize>,
    pub len: usize,
}

impl PyPayload for PySetIterator {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.set);
    }
}

/// Installs the slots and methods of set and frozenset.
pub fn init(vm: &Vm) {
    for (t, frozen) in [
        (&vm.types.set_type, false),
        (&vm.types.frozenset_type, true),
    ] {
        let s = &as_type(t).slots;
        s.new.set(Some(set_new));
        s.init.set(Some(set_init));
        s.repr.set(Some(set_repr));
        s.len.set(Some(|_, o| Ok(st(o).len())));
        s.contains.set(Some(contains_key));
        s.richcompare.set(Some(set_richcompare));
        s.or.set(Some(set_or));
        s.and.set(Some(set_and));
        s.subtract.set(Some(set_sub));
        s.xor.set(Some(set_xor));
        s.iter.set(Some(|vm, o| {
            Ok(PyRef::new(
                PySetIterator {
                    set: o.clone(),
                    pos: Cell::new(0),
                    len: st(o).len(),
                },
                vm.types.set_iterator_type.clone(),
            ))
        }));
        let mut methods = vec![
            MethodDef::new("copy", copy),
            MethodDef::new("union", union_method),
            MethodDef::new("intersection", intersection_method),
            MethodDef::new("difference", difference_method),
            MethodDef::new("symmetric_difference", symmetric_difference),
            MethodDef::new("issubset", issubset),
            MethodDef::new("issuperset", issuperset),
            MethodDef::new("isdisjoint", isdisjoint),
        ];
        if frozen {
            s.hash.set(Some(frozenset_hash));
        } else {
            s.hash.set(Some(super::slotfuncs::hash_not_implemented));
            s.inplace_or.set(Some(set_ior));
            s.inplace_and.set(Some(set_iand));
            s.inplace_subtract.set(Some(set_isub));
            s.inplace_xor.set(Some(set_ixor));
            methods.extend([
                MethodDef::new("add", add),
                MethodDef::new("discard", discard),
                MethodDef::new("remove", remove),
                MethodDef::new("pop", pop),
                MethodDef::new("clear", clear),
                MethodDef::new("update", update),
                MethodDef::new("intersection_update", intersection_update),
                MethodDef::new("difference_update", difference_update),
                MethodDef::new("symmetric_difference_update", symmetric_difference_update),
            ]);
        }
        super::descrobject::add_methods(vm, t, &methods);
    }
    let it = &as_type(&vm.types.set_iterator_type).slots;
    it.iter.set(Some(|_, o| Ok(o.clone())));
    it.iternext.set(Some(|vm, o| {
        let si = o.downcast_ref::<PySetIterator>().expect("set iterator");
        if st(&si.set).len() != si.len {
            return Err(vm.new_runtime_error("Set changed size during iteration"));
        }
        let p = si.pos.get();
        match st(&si.set).table.borrow().next_from(p) {
            Some((k, next)) => {
                si.pos.set(next);
                Ok(Some(k))
            }
            None => Ok(None),
        }
    }));
}
