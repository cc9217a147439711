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
        if let (Some(a), Some(b)) = (k.key.downcast_ref::<PyStr>(), self.key.downcast_ref::<PyStr>()) {
            if k.key.class().is(&self.vm.types.str_type) && self.key.class().is(&self.vm.types.str_type) {
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
}

impl PyPayload for PyDict {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        for (k, v) in self.map.borrow().iter() {
            visit(&k.key);
            visit(v);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.map.borrow_mut());
        drop(old);
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
        let probe = Probe { vm, hash, key, err: &err };
        let idx = self.map.try_borrow().map_err(|_| busy(vm))?.get_index_of(&probe);
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
        Ok(self.find(vm, hash, key)?.and_then(|i| self.map.borrow().get_index(i).map(|(_, v)| v.clone())))
    }

    /// Lookup with a str key (attribute and name lookups): never raises.
    pub fn get_str(&self, vm: &Vm, key: &PyRef) -> Option<PyRef> {
        let s = key.downcast_ref::<PyStr>().expect("get_str needs a str key");
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
                let old = {
                    let mut m = self.map.try_borrow_mut().map_err(|_| busy(vm))?;
                    std::mem::replace(&mut m[i], value)
                };
                drop(old);
            }
            None => {
                self.map.try_borrow_mut().map_err(|_| busy(vm))?.insert(DictKey { hash, key }, value);
            }
        }
        Ok(())
    }

    /// Sets a str key from Rust.
    pub fn set_str(&self, vm: &Vm, key: &str, value: PyRef) {
        self.set_item(vm, vm.intern(key), value).expect("str keys hash without error");
    }

    /// Removes `key`, returning its value, or `Ok(None)` if absent.
    pub fn pop_item(&self, vm: &Vm, key: &PyRef) -> PyResult<Option<PyRef>> {
        let hash = vm.hash(key)?;
        match self.find(vm, hash, key)? {
            Some(i) => {
                let removed = self.map.try_borrow_mut().map_err(|_| busy(vm))?.shift_remove_index(i);
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
        self.map.borrow().get_index(i).map(|(k, v)| (k.key.clone(), v.clone()))
    }

    /// A snapshot of the items.
    pub fn items(&self) -> Vec<(PyRef, PyRef)> {
        self.map.borrow().iter().map(|(k, v)| (k.key.clone(), v.clone())).collect()
    }

    pub fn keys(&self) -> Vec<PyRef> {
        self.map.borrow().keys().map(|k| k.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<PyRef> {
        self.map.borrow().values().cloned().collect()
    }

    pub fn clear_all(&self) {
        let old = std::mem::take(&mut *self.map.borrow_mut());
        drop(old);
    }
}

/// The dict payload of `obj`, if it is a dict (or subclass instance).
pub fn as_dict(obj: &PyRef) -> Option<&PyDict> {
    obj.downcast_ref::<PyDict>()
}

/// Installs dict's slots.
pub fn init(vm: &Vm) {
    let s = &super::typeobject::as_type(&vm.types.dict_type).slots;
    s.hash.set(Some(super::slotfuncs::hash_not_implemented));
    s.len.set(Some(|_, o| Ok(as_dict(o).expect("dict").len())));
    s.getitem.set(Some(|vm, o, k| match as_dict(o).expect("dict").get_item(vm, k)? {
        Some(v) => Ok(v),
        None => Err(vm.new_key_error(k.clone())),
    }));
    s.setitem.set(Some(|vm, o, k, v| match v {
        Some(v) => as_dict(o).expect("dict").set_item(vm, k.clone(), v.clone()),
        None => as_dict(o).expect("dict").del_item(vm, k),
    }));
    s.contains.set(Some(|vm, o, k| as_dict(o).expect("dict").contains(vm, k)));
    s.repr.set(Some(|vm, o| {
        let mut out = String::from("{");
        for (i, (k, v)) in as_dict(o).expect("dict").items().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&vm.repr_string(k)?);
            out.push_str(": ");
            out.push_str(&vm.repr_string(v)?);
        }
        out.push('}');
        Ok(super::unicodeobject::new_str_object(vm, &out))
    }));
}
