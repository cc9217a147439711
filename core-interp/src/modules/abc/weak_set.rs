//! The weak sets `_abc` keeps per ABC (registry, positive and negative
//! caches): classes held by weak references and found by identity, as
//! CPython's sets of weakrefs are. An entry whose class died reads as
//! absent and is dropped when met; adding sweeps dead entries from time
//! to time so a set of short-lived classes does not grow without bound.

use crate::objects::object::PyRef;
use crate::objects::weakrefobject::{as_weakref, new_ref, types};
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;

/// Classes by address, each with the weak reference that holds it.
#[derive(Default)]
pub struct WeakSet {
    entries: RefCell<HashMap<usize, PyRef>>,
}

/// The live referent of weakref `w`.
fn referent(w: &PyRef) -> Option<PyRef> {
    as_weakref(w).and_then(|r| r.get())
}

impl WeakSet {
    /// Whether `obj` is in the set (objects that cannot be weakly
    /// referenced never are).
    pub fn contains(&self, obj: &PyRef) -> bool {
        let found = self.entries.borrow().get(&obj.id()).map(referent);
        match found {
            Some(Some(o)) => o.is(obj),
            Some(None) => {
                let dead = self.entries.borrow_mut().remove(&obj.id());
                drop(dead);
                false
            }
            None => false,
        }
    }

    /// Adds `obj` (TypeError if it cannot be weakly referenced).
    pub fn add(&self, vm: &Vm, obj: &PyRef) -> PyResult<()> {
        let w = new_ref(vm, &types().reference, obj, None)?;
        let len = self.entries.borrow().len();
        if len >= 16 && len.is_power_of_two() {
            self.sweep();
        }
        let old = self.entries.borrow_mut().insert(obj.id(), w);
        drop(old);
        Ok(())
    }

    /// Drops the entries whose class died.
    fn sweep(&self) {
        let dead: Vec<PyRef> = {
            let mut e = self.entries.borrow_mut();
            let keys: Vec<usize> = e
                .iter()
                .filter(|(_, w)| referent(w).is_none())
                .map(|(k, _)| *k)
                .collect();
            keys.iter().filter_map(|k| e.remove(k)).collect()
        };
        drop(dead);
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.entries.borrow_mut());
        drop(old);
    }

    pub fn is_empty(&self) -> bool {
        self.entries.borrow().is_empty()
    }

    /// The weak references to the members still alive.
    pub fn live_refs(&self) -> Vec<PyRef> {
        self.entries
            .borrow()
            .values()
            .filter(|w| referent(w).is_some())
            .cloned()
            .collect()
    }

    /// The members still alive.
    pub fn members(&self) -> Vec<PyRef> {
        self.entries
            .borrow()
            .values()
            .filter_map(referent)
            .collect()
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.entries.borrow().values().for_each(visit);
    }
}
