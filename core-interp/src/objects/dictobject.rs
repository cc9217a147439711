//! `dict`: insertion-ordered hash tables keyed by hashable objects.
//!
//! Storage is an `IndexMap` whose keys carry their precomputed Python hash;
//! lookups compare with identity first, then str contents, then `__eq__`
//! (whose errors are carried out of the comparison and re-raised).

use super::object::{PyPayload, PyRef};
use super::unicodeobject::PyStr;
use crate::vm::{PyErr, PyResult, Vm};
use indexmap::{Equivalent, IndexMap};
use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// Passes the precomputed Python hash through unchanged.
#[derive(Default)]
pub struct PassThroughHasher(u64);

impl Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_isize(&mut self, i: isize) {
        self.0 = i as u64;
    }
}

/// A key with its hash.
#[derive(Clone)]
pub struct DictKey {
    pub hash: isize,
    pub key: PyRef,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_isize(self.hash);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.key.is(&other.key)
    }
}
impl Eq for DictKey {}

/// A lookup probe that compares with Python semantics.
struct Probe<'a> {
    vm: &'a Vm,
    hash: isize,
    key: &'a PyRef,
    err: &'a RefCell<Option<PyErr>>,
}

impl Hash for Probe<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_isize(self.hash);
    }
}

impl Equivalent<DictKey> for Probe<'_> {
    fn equivalent(&self, k: &DictKey) -> bool {
        if k.hash != self.hash {
            return false;
        }
        if k.key.is(self.key) {
            return true;
        }
        if let (Some(a), Some(b)) = (
            k.key.downcast_ref::<PyStr>(),
            self.key.downcast_ref::<PyStr>(),
        ) {
            if k.key.class().is(&self.vm.types.str_type)
                && self.key.class().is(&self.vm.types.str_type)
            {
                // Two distinct interned strings are never equal.
                if a.interned.get() && b.interned.get() {
                    return false;
                }
                return a.eq_str(b);
            }
        }
        if self.err.borrow().is_some() {
            return false;
        }
        match self.vm.eq(&k.key, self.key) {
            Ok(b) => b,
            Err(e) => {
                *self.err.borrow_mut() = Some(e);
                false
            }
        }
    }
}

pub type DictMap = IndexMap<DictKey, PyRef, BuildHasherDefault<PassThroughHasher>>;

/// The payload of dict objects.
#[derive(Default)]
pub struct PyDict {
    pub map: RefCell<DictMap>,
    /// Changes on every mutation; versions are never reused across dicts,
    /// so (dict, version) identifies contents for lookup caches.
    pub version: std::cell::Cell<u64>,
    /// `collections.defaultdict`'s `default_factory` (empty for other dicts).
    pub default_factory: std::cell::Cell<Option<PyRef>>,
    /// Counts insertions of new keys and removals (not value updates), so
    /// iterators can tell "keys changed" from "size changed".
    pub key_changes: std::cell::Cell<u64>,
    /// The C proxy mirroring the size (`ma_used`), if C has seen the dict.
    pub shared: super::c_shared::CShared,
}

static NEXT_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl PyDict {
    /// Marks the dict as changed.
    #[inline]
    pub fn bump(&self) {
        self.version
            .set(NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    }

    /// Marks a change of the key set.
    #[inline]
    fn bump_keys(&self) {
        self.bump();
        self.shared.note_py_change();
        self.key_changes.set(self.key_changes.get().wrapping_add(1));
    }
}

impl PyPayload for PyDict {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        // Value then key, as CPython (which skips str keys: they hold no references).
        for (k, v) in self.map.borrow().iter() {
            visit(v);
            if !k.key.payload_is::<super::unicodeobject::PyStr>() {
                visit(&k.key);
            }
        }
        let f = self.default_factory.take();
        if let Some(f) = &f {
            visit(f);
        }
        self.default_factory.set(f);
    }
    fn clear(&self) {
        self.bump_keys();
        let old = std::mem::take(&mut *self.map.borrow_mut());
        drop(old);
        drop(self.default_factory.take());
    }
}

fn busy(vm: &Vm) -> PyErr {
    vm.new_runtime_error("dictionary changed size during iteration")
}

impl PyDict {
    /// A new empty dict object.
    pub fn new_ref(vm: &Vm) -> PyRef {
        PyRef::new(PyDict::default(), vm.types.dict_type.clone())
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn find(&self, vm: &Vm, hash: isize, key: &PyRef) -> PyResult<Option<usize>> {
        let err = RefCell::new(None);
        let probe = Probe {
            vm,
            hash,
            key,
            err: &err,
        };
        let idx = self
            .map
            .try_borrow()
            .map_err(|_| busy(vm))?
            .get_index_of(&probe);
        match err.into_inner() {
            Some(e) => Err(e),
            None => Ok(idx),
        }
    }

    /// `d[key]` without raising KeyError: `Ok(None)` if absent.
    pub fn get_item(&self, vm: &Vm, key: &PyRef) -> PyResult<Option<PyRef>> {
        let hash = vm.hash(key)?;
        self.get_item_hashed(vm, hash, key)
    }

    pub fn get_item_hashed(&self, vm: &Vm, hash: isize, key: &PyRef) -> PyResult<Option<PyRef>> {
        Ok(self
            .find(vm, hash, key)?
            .and_then(|i| self.map.borrow().get_index(i).map(|(_, v)| v.clone())))
    }

    /// Lookup with a str key (attribute and name lookups): never raises.
    pub fn get_str(&self, vm: &Vm, key: &PyRef) -> Option<PyRef> {
        let s = key
            .downcast_ref::<PyStr>()
            .expect("get_str needs a str key");
        self.get_item_hashed(vm, s.hash(), key).ok().flatten()
    }

    /// Lookup with a Rust string key.
    pub fn get_rust_str(&self, vm: &Vm, key: &str) -> Option<PyRef> {
        self.get_str(vm, &vm.intern(key))
    }

    /// `d[key] = value`.
    pub fn set_item(&self, vm: &Vm, key: PyRef, value: PyRef) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_item_hashed(vm, hash, key, value)
    }

    pub fn set_item_hashed(&self, vm: &Vm, hash: isize, key: PyRef, value: PyRef) -> PyResult<()> {
        match self.find(vm, hash, &key)? {
            Some(i) => {
                self.bump();
                let old = {
                    let mut m = self.map.try_borrow_mut().map_err(|_| busy(vm))?;
                    std::mem::replace(&mut m[i], value)
                };
                drop(old);
            }
            None => {
                self.bump_keys();
                self.map
                    .try_borrow_mut()
                    .map_err(|_| busy(vm))?
                    .insert(DictKey { hash, key }, value);
            }
        }
        Ok(())
    }

    /// Sets a str key from Rust.
    pub fn set_str(&self, vm: &Vm, key: &str, value: PyRef) {
        self.set_item(vm, vm.intern(key), value)
            .expect("str keys hash without error");
    }

    /// Removes `key`, returning its value, or `Ok(None)` if absent.
    pub fn pop_item(&self, vm: &Vm, key: &PyRef) -> PyResult<Option<PyRef>> {
        let hash = vm.hash(key)?;
        match self.find(vm, hash, key)? {
            Some(i) => {
                self.bump_keys();
                let removed = self
                    .map
                    .try_borrow_mut()
                    .map_err(|_| busy(vm))?
                    .shift_remove_index(i);
                Ok(removed.map(|(_, v)| v))
            }
            None => Ok(None),
        }
    }

    /// Removes `key`, whose hash is `hash`, moving the last entry into its
    /// place: O(1), for private dicts whose order nobody sees (lru_cache's).
    pub fn swap_remove_hashed(&self, vm: &Vm, hash: isize, key: &PyRef) -> PyResult<Option<PyRef>> {
        match self.find(vm, hash, key)? {
            Some(i) => {
                self.bump_keys();
                let removed = self
                    .map
                    .try_borrow_mut()
                    .map_err(|_| busy(vm))?
                    .swap_remove_index(i);
                Ok(removed.map(|(_, v)| v))
            }
            None => Ok(None),
        }
    }

    /// `del d[key]`: KeyError if absent.
    pub fn del_item(&self, vm: &Vm, key: &PyRef) -> PyResult<()> {
        match self.pop_item(vm, key)? {
            Some(_) => Ok(()),
            None => Err(vm.new_key_error(key.clone())),
        }
    }

    /// Whether `key` is present.
    pub fn contains(&self, vm: &Vm, key: &PyRef) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.find(vm, hash, key)?.is_some())
    }

    /// Entry `i` in insertion order (for iteration).
    pub fn entry_at(&self, i: usize) -> Option<(PyRef, PyRef)> {
        self.map
            .borrow()
            .get_index(i)
            .map(|(k, v)| (k.key.clone(), v.clone()))
    }

    /// A snapshot of the items.
    pub fn items(&self) -> Vec<(PyRef, PyRef)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.key.clone(), v.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<PyRef> {
        self.map.borrow().keys().map(|k| k.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<PyRef> {
        self.map.borrow().values().cloned().collect()
    }

    pub fn clear_all(&self) {
        self.bump_keys();
        let old = std::mem::take(&mut *self.map.borrow_mut());
        drop(old);
    }
}

/// The dict payload of `obj`, if it is a dict (or subclass instance).
pub fn as_dict(obj: &PyRef) -> Option<&PyDict> {
    obj.downcast_ref::<PyDict>()
}

use super::methodobject::MethodDef;
use super::typeobject::{as_type, class_name};
use crate::compile::bytecode::CompareOperator;
use crate::vm::CallArgs;
use std::cell::Cell;

fn d(o: &PyRef) -> &PyDict {
    as_dict(o).expect("dict")
}

fn dict_new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    Ok(PyRef::new(PyDict::default(), cls.clone()))
}

/// Whether merging from `o` (`dict(o)`, `update`, `{**o}`, `f(**o)`) reads
/// its storage directly: a dict whose iteration is dict's own, whatever its
/// `keys`/`__getitem__` say (CPython's `PyDict_Merge` fast path).
pub fn merges_from_storage(vm: &Vm, o: &PyRef) -> bool {
    if as_dict(o).is_none() {
        return false;
    }
    let own = as_type(&vm.types.dict_type)
        .slots
        .iter
        .get()
        .map(|f| f as usize);
    as_type(o.class()).slots.iter.get().map(|f| f as usize) == own
}

/// `dict.update` semantics: a mapping (has `keys`) or an iterable of pairs, then keywords.
pub fn update_from(
    vm: &Vm,
    target: &PyRef,
    arg: Option<&PyRef>,
    args: CallArgs<'_>,
) -> PyResult<()> {
    let dict = d(target);
    if let Some(src) = arg {
        if let Some(sd) = as_dict(src).filter(|_| merges_from_storage(vm, src)) {
            for (k, v) in sd.items() {
                dict.set_item(vm, k, v)?;
            }
        } else if vm.getattr_opt(src, &vm.intern("keys"))?.is_some() {
            crate::vm::eval_support::dict_update(vm, target, src, None)?;
        } else {
            let it = vm.get_iter(src)?;
            let mut n = 0;
            while let Some(item) = vm.next(&it)? {
                let pair = vm.collect(&item).map_err(|_| {
                    vm.new_type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(vm.new_value_error(format!(
                        "dictionary update sequence element #{n} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                dict.set_item(vm, pair[0].clone(), pair[1].clone())?;
                n += 1;
            }
        }
    }
    for (k, v) in args.kwargs() {
        dict.set_item(vm, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    update_from(vm, obj, pos.first(), args)
}

fn dict_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let Some(_guard) = super::sequence::ReprGuard::enter(o) else {
        return Ok(vm.intern("{...}"));
    };
    let mut out = String::from("{");
    for (i, (k, v)) in d(o).items().iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(k)?);
        out.push_str(": ");
        out.push_str(&vm.repr_string(v)?);
    }
    out.push('}');
    Ok(super::unicodeobject::new_str_object(vm, &out))
}

fn dict_getitem(vm: &Vm, o: &PyRef, k: &PyRef) -> PyResult {
    if let Some(v) = d(o).get_item(vm, k)? {
        return Ok(v);
    }
    if !o.class().is(&vm.types.dict_type) {
        if let Some(r) = vm.call_special(o, "__missing__", std::slice::from_ref(k))? {
            return Ok(r);
        }
    }
    Err(vm.new_key_error(k.clone()))
}

fn dict_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let Some(bd) = as_dict(b) else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, CompareOperator::Eq | CompareOperator::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let ad = d(a);
    let mut eq = ad.len() == bd.len();
    if eq {
        for (k, v) in ad.items() {
            match bd.get_item(vm, &k)? {
                Some(w) if v.is(&w) || vm.eq(&v, &w)? => {}
                _ => {
                    eq = false;
                    break;
                }
            }
        }
    }
    Ok(vm.bool_obj(eq == (op == CompareOperator::Eq)))
}

fn dict_or(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    if as_dict(a).is_none() || as_dict(b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let n = PyDict::new_ref(vm);
    for (k, v) in d(a).items().into_iter().chain(d(b).items()) {
        d(&n).set_item(vm, k, v)?;
    }
    Ok(n)
}

fn dict_ior(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    update_from(vm, a, Some(b), CallArgs::positional_only(&[]))?;
    Ok(a.clone())
}

fn get(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "dict.get", 1, 2)?;
    Ok(d(&a[0])
        .get_item(vm, &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(|| vm.none.clone())))
}

fn setdefault(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "dict.setdefault", 1, 2)?;
    if let Some(v) = d(&a[0]).get_item(vm, &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or_else(|| vm.none.clone());
    d(&a[0]).set_item(vm, a[1].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "dict.pop", 1, 2)?;
    match d(&a[0]).pop_item(vm, &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.new_key_error(a[1].clone())),
        },
    }
}

fn popitem(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "dict.popitem", 0, 0)?;
    d(&a[0]).bump_keys();
    let last = d(&a[0]).map.borrow_mut().pop();
    match last {
        Some((k, v)) => Ok(super::tupleobject::new_tuple(vm, vec![k.key, v])),
        None => {
            Err(vm.new_exception_msg(&vm.exceptions.key_error, "popitem(): dictionary is empty"))
        }
    }
}

fn update(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    update_from(vm, &pos[0], pos.get(1), args)?;
    Ok(vm.none.clone())
}

fn copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "dict.copy", 0, 0)?;
    let n = PyDict::new_ref(vm);
    d(&n).bump();
    *d(&n).map.borrow_mut() = d(&a[0]).map.borrow().clone();
    Ok(n)
}

fn clear(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "dict.clear", 0, 0)?;
    d(&a[0]).clear_all();
    Ok(vm.none.clone())
}

fn fromkeys(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "dict.fromkeys", 1, 2)?;
    let value = a.get(2).cloned().unwrap_or_else(|| vm.none.clone());
    let n = vm.call_positional(&a[0], &[])?;
    for k in vm.collect(&a[1])? {
        vm.setitem(&n, k, value.clone())?;
    }
    Ok(n)
}

/// Which part of a dict a view or iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// `dict_keys`/`dict_values`/`dict_items`.
pub struct PyDictView {
    pub dict: PyRef,
    pub part: DictPart,
}

impl PyPayload for PyDictView {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.dict);
    }
}

/// Iterator over a dict part, detecting size changes.
pub struct PyDictIterator {
    pub dict: PyRef,
    pub part: DictPart,
    pub pos: Cell<usize>,
    pub len: usize,
    pub reverse: bool,
    /// The dict's `key_changes` when the iterator was made.
    pub key_changes: u64,
}

impl PyPayload for PyDictIterator {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.dict);
    }
}

fn make_iter(vm: &Vm, dict: &PyRef, part: DictPart, reverse: bool) -> PyRef {
    let dd = d(dict);
    let len = dd.len();
    let ty = if !reverse && part == DictPart::Keys {
        vm.types.dict_iterator_type.clone()
    } else {
        let t = ITER_TYPES.get().expect("dict initialised");
        match (reverse, part) {
            (false, DictPart::Values) => t[0].clone(),
            (false, _) => t[1].clone(),
            (true, DictPart::Keys) => t[2].clone(),
            (true, DictPart::Values) => t[3].clone(),
            (true, DictPart::Items) => t[4].clone(),
        }
    };
    PyRef::new(
        PyDictIterator {
            dict: dict.clone(),
            part,
            pos: Cell::new(0),
            len,
            reverse,
            key_changes: dd.key_changes.get(),
        },
        ty,
    )
}

/// dict_valueiterator, dict_itemiterator and the three reverse iterators.
static ITER_TYPES: std::sync::OnceLock<[PyRef; 5]> = std::sync::OnceLock::new();

fn dict_iter_next(vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    let di = it.downcast_ref::<PyDictIterator>().expect("dict iterator");
    let dd = d(&di.dict);
    if dd.len() != di.len {
        return Err(vm.new_runtime_error("dictionary changed size during iteration"));
    }
    let p = di.pos.get();
    if p >= di.len {
        // CPython's iterator finds the entries that replaced removed ones
        // only after it has produced as many items as the dict had.
        if dd.key_changes.get() != di.key_changes && !di.reverse && p > 0 {
            di.pos.set(usize::MAX / 2);
            return Err(vm.new_runtime_error("dictionary keys changed during iteration"));
        }
        return Ok(None);
    }
    di.pos.set(p + 1);
    let idx = if di.reverse { di.len - 1 - p } else { p };
    let Some((k, v)) = dd.entry_at(idx) else {
        return Ok(None);
    };
    Ok(Some(match di.part {
        DictPart::Keys => k,
        DictPart::Values => v,
        DictPart::Items => super::tupleobject::new_tuple(vm, vec![k, v]),
    }))
}

fn view(vm: &Vm, args: CallArgs<'_>, part: DictPart, name: &str) -> PyResult {
    let a = args.check_positional(vm, name, 1, 1)?;
    let ty = match part {
        DictPart::Keys => &vm.types.dict_keys_type,
        DictPart::Values => &vm.types.dict_values_type,
        DictPart::Items => &vm.types.dict_items_type,
    };
    Ok(PyRef::new(
        PyDictView {
            dict: a[0].clone(),
            part,
        },
        ty.clone(),
    ))
}

fn keys(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    view(vm, args, DictPart::Keys, "keys")
}
fn values(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    view(vm, args, DictPart::Values, "values")
}
fn items(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    view(vm, args, DictPart::Items, "items")
}

fn reversed(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "dict.__reversed__", 0, 0)?;
    Ok(make_iter(vm, &a[0], DictPart::Keys, true))
}

fn view_of(o: &PyRef) -> &PyDictView {
    o.downcast_ref::<PyDictView>().expect("dict view")
}

fn view_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let v = view_of(o);
    let Some(_guard) = super::sequence::ReprGuard::enter(o) else {
        return Ok(vm.intern("..."));
    };
    let it = make_iter(vm, &v.dict, v.part, false);
    let mut items = Vec::new();
    while let Some(x) = dict_iter_next(vm, &it)? {
        items.push(x);
    }
    let inner = super::tupleobject::seq_repr(vm, &items, "[", "]")?;
    Ok(super::unicodeobject::new_str_object(
        vm,
        &format!("{}({inner})", class_name(o)),
    ))
}

fn view_contains(vm: &Vm, o: &PyRef, x: &PyRef) -> PyResult<bool> {
    let v = view_of(o);
    match v.part {
        DictPart::Keys => d(&v.dict).contains(vm, x),
        DictPart::Items => {
            let Some(pair) = super::tupleobject::tuple_items(x).filter(|p| p.len() == 2) else {
                return Ok(false);
            };
            match d(&v.dict).get_item(vm, &pair[0])? {
                Some(val) => Ok(val.is(&pair[1]) || vm.eq(&val, &pair[1])?),
                None => Ok(false),
            }
        }
        DictPart::Values => {
            for val in d(&v.dict).values() {
                if val.is(x) || vm.eq(&val, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_setop(vm: &Vm, a: &PyRef, b: &PyRef, op: &str) -> PyResult {
    let (left, right) = if a.downcast_ref::<PyDictView>().is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let s = vm.call_positional(&vm.types.set_type, std::slice::from_ref(left))?;
    let r = vm.call_method(&s, op, std::slice::from_ref(right))?;
    Ok(r)
}

/// Installs dict's slots and methods, and those of its views and iterators.
pub fn init(vm: &Vm) {
    let t = &vm.types.dict_type;
    let s = &as_type(t).slots;
    s.hash.set(Some(super::slotfuncs::hash_not_implemented));
    s.new.set(Some(dict_new));
    s.init.set(Some(dict_init));
    s.repr.set(Some(dict_repr));
    s.len.set(Some(|_, o| Ok(d(o).len())));
    s.getitem.set(Some(dict_getitem));
    s.setitem.set(Some(|vm, o, k, v| match v {
        Some(v) => d(o).set_item(vm, k.clone(), v.clone()),
        None => d(o).del_item(vm, k),
    }));
    s.contains.set(Some(|vm, o, k| d(o).contains(vm, k)));
    s.iter
        .set(Some(|vm, o| Ok(make_iter(vm, o, DictPart::Keys, false))));
    s.richcompare.set(Some(dict_richcompare));
    s.or.set(Some(dict_or));
    s.inplace_or.set(Some(dict_ior));
    super::descrobject::add_methods(
        vm,
        t,
        &[
            // A method (METH_COEXIST in CPython), not a slot wrapper.
            MethodDef::new("__getitem__", |vm, args| {
                let a = args.check_method(vm, "dict.__getitem__", 1, 1)?;
                dict_getitem(vm, &a[0], &a[1])
            }),
            MethodDef::new("get", get),
            MethodDef::new("setdefault", setdefault),
            MethodDef::new("pop", pop),
            MethodDef::new("popitem", popitem),
            MethodDef::new("update", update),
            MethodDef::new("copy", copy),
            MethodDef::new("clear", clear),
            MethodDef::new("keys", keys),
            MethodDef::new("values", values),
            MethodDef::new("items", items),
            MethodDef::new("__reversed__", reversed),
            MethodDef::class("fromkeys", fromkeys),
        ],
    );
    for vt in [
        &vm.types.dict_keys_type,
        &vm.types.dict_values_type,
        &vm.types.dict_items_type,
    ] {
        let s = &as_type(vt).slots;
        s.repr.set(Some(view_repr));
        s.len.set(Some(|_, o| Ok(d(&view_of(o).dict).len())));
        s.iter.set(Some(|vm, o| {
            let v = view_of(o);
            Ok(make_iter(vm, &v.dict, v.part, false))
        }));
        s.contains.set(Some(view_contains));
        if !vt.is(&vm.types.dict_values_type) {
            s.and
                .set(Some(|vm, a, b| view_setop(vm, a, b, "intersection")));
            s.or.set(Some(|vm, a, b| view_setop(vm, a, b, "union")));
            s.subtract.set(Some(|vm, a, b| {
                if a.downcast_ref::<PyDictView>().is_none() {
                    let s = vm.call_positional(&vm.types.set_type, std::slice::from_ref(a))?;
                    return vm.call_method(&s, "difference", std::slice::from_ref(b));
                }
                view_setop(vm, a, b, "difference")
            }));
            s.xor.set(Some(|vm, a, b| {
                view_setop(vm, a, b, "symmetric_difference")
            }));
            s.richcompare.set(Some(|vm, a, b, op| {
                let sa = vm.call_positional(&vm.types.set_type, std::slice::from_ref(a))?;
                if b.downcast_ref::<PyDictView>().is_none()
                    && b.downcast_ref::<super::setobject::PySet>().is_none()
                {
                    return Ok(vm.not_implemented.clone());
                }
                let sb = vm.call_positional(&vm.types.set_type, std::slice::from_ref(b))?;
                vm.richcompare(&sa, &sb, op)
            }));
        }
        let mut methods = vec![MethodDef::new("__reversed__", |vm, args| {
            let a = args.check_positional(vm, "__reversed__", 1, 1)?;
            let v = view_of(&a[0]);
            Ok(make_iter(vm, &v.dict, v.part, true))
        })];
        if !vt.is(&vm.types.dict_values_type) {
            methods.push(MethodDef::new("isdisjoint", view_isdisjoint));
        }
        super::descrobject::add_methods(vm, vt, &methods);
        super::descrobject::add_getsets(
            vm,
            vt,
            &[super::descrobject::GetSetDef::new("mapping", |vm, o| {
                Ok(super::mappingproxy::new_mappingproxy(
                    vm,
                    view_of(o).dict.clone(),
                ))
            })],
        );
    }
    let mk =
        |name: &str| super::typeobject::new_builtin_type(vm, name, &vm.types.object_type, 0, None);
    let _ = ITER_TYPES.set([
        mk("dict_valueiterator"),
        mk("dict_itemiterator"),
        mk("dict_reversekeyiterator"),
        mk("dict_reversevalueiterator"),
        mk("dict_reverseitemiterator"),
    ]);
    for t in std::iter::once(&vm.types.dict_iterator_type)
        .chain(ITER_TYPES.get().expect("just set").iter())
    {
        let it = &as_type(t).slots;
        it.iter.set(Some(|_, o| Ok(o.clone())));
        it.iternext.set(Some(dict_iter_next));
        if !t.is(&vm.types.dict_iterator_type) {
            super::typeslots::add_slot_wrappers(vm, t);
        }
    }
}

/// `keys_view.isdisjoint(iterable)`.
fn view_isdisjoint(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "isdisjoint", 1, 1)?;
    let it = vm.get_iter(&a[1])?;
    while let Some(x) = vm.next(&it)? {
        if view_contains(vm, &a[0], &x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}
