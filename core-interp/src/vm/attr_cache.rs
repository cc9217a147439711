//! Inline caches for `LoadAttr`, `StoreAttr` and `LoadMethod`.
//!
//! Each instruction remembers, for the last types it saw (up to four, for
//! sites that see instances of several classes), where the attribute
//! lived: a position in the instance `__dict__`, a `__slots__` index, a data
//! descriptor of a built-in type (a property, a C type's member) or (for
//! methods) the function on the type. An entry applies only while the object's
//! type is the same type object with the same version tag; the tag changes
//! whenever that type's or a base's namespace changes (and tags are never
//! reused), which also covers added or removed data descriptors and
//! `__getattribute__`/`__setattr__` overrides. Dict positions are confirmed on
//! every hit by the identity of the key stored there. Whenever a check fails
//! the full protocol runs (`vm.getattr`/`vm.setattr`/`load_method`) and the
//! entry is refilled, so results are always the generic algorithm's.
//!
//! The caches hold no frame state: a frame stays fully described by its
//! instruction index, value stack and locals.

use super::{PyResult, Vm};
use crate::objects::codeobject::AttrCacheEntry;
use crate::objects::descrobject::PyMemberDescriptor;
use crate::objects::dictobject::PyDict;
use crate::objects::object::PyRef;
use crate::objects::typeobject::{as_type, PyType};

/// The value is in the instance dict at `index`.
const DICT: u8 = 1;
/// The value is in `__slots__` storage at `index`.
const SLOT: u8 = 2;
/// `LoadMethod`: the function is `descr`, unless the instance dict shadows it.
const METHOD: u8 = 3;
/// `LoadAttr`: a data descriptor `descr` of a built-in (immutable) type on
/// the type, which takes precedence over the instance dict.
const DATA_DESCR: u8 = 4;

/// Whether `entry` was filled for `ty` in its current version.
#[inline]
fn matches(entry: &AttrCacheEntry, ty: &PyRef) -> bool {
    entry.ty.get() == ty.id()
        && entry.version.get() == as_type(ty).version.get()
        && entry.version.get() != 0
}

/// The entry of the cache at `entry` that applies to `ty`, if any.
#[inline]
fn find<'a>(entry: &'a AttrCacheEntry, ty: &PyRef) -> Option<&'a AttrCacheEntry> {
    if matches(entry, ty) {
        return Some(entry);
    }
    entry.more.get()?.iter().find(|e| matches(e, ty))
}

/// The entry to record `ty` in: the first one when it is free or `ty`'s,
/// else an extra one that is `ty`'s or free, else the extra ones in turn.
fn entry_for<'a>(entry: &'a AttrCacheEntry, ty: &PyRef) -> &'a AttrCacheEntry {
    let id = ty.id();
    if entry.ty.get() == 0 || entry.ty.get() == id {
        return entry;
    }
    let more = entry.more.get_or_init(Default::default);
    if let Some(e) = more.iter().find(|e| e.ty.get() == id || e.ty.get() == 0) {
        return e;
    }
    let i = entry.next.get() as usize % more.len();
    entry.next.set(((i + 1) % more.len()) as u8);
    &more[i]
}

fn fill(entry: &AttrCacheEntry, ty: &PyRef, kind: u8, index: usize, descr: Option<PyRef>) {
    let entry = entry_for(entry, ty);
    let t = as_type(ty);
    let Ok(index) = u32::try_from(index) else {
        return;
    };
    if t.version.get() == 0 {
        return;
    }
    entry.ty.set(ty.id());
    entry.version.set(t.version.get());
    entry.kind.set(kind);
    entry.index.set(index);
    drop(entry.descr.replace(descr));
}

fn generic_getattro(t: &PyType) -> bool {
    t.slots
        .getattro
        .get()
        .is_none_or(|f| f as usize == super::attr::generic_getattr as *const () as usize)
}

fn generic_setattro(t: &PyType) -> bool {
    t.slots.setattro.get().is_some_and(|f| {
        f as usize == super::attr::generic_setattr as *const () as usize
            || f as usize == crate::objects::slotfuncs::object_setattr as *const () as usize
    })
}

/// The exact dict serving as `obj.__dict__`, if any.
#[inline]
fn exact_dict(vm: &Vm, obj: &PyRef) -> Option<PyRef> {
    obj.dict().filter(|d| d.class().is(&vm.types.dict_type))
}

/// The position of `name` (by identity) in `obj`'s exact instance dict.
fn dict_position(vm: &Vm, obj: &PyRef, name: &PyRef) -> Option<usize> {
    let d = exact_dict(vm, obj)?;
    let pd = d.downcast_ref::<PyDict>()?;
    let m = pd.map.try_borrow().ok()?;
    let (i, k, _) = m.get_full(&crate::objects::dictobject::DictKey {
        hash: name
            .downcast_ref::<crate::objects::unicodeobject::PyStr>()?
            .hash(),
        key: name.clone(),
    })?;
    k.key.is(name).then_some(i)
}

/// The `__slots__` index behind `descr`, if it is a member descriptor.
fn member_index(vm: &Vm, descr: &PyRef) -> Option<usize> {
    if !descr.class().is(&vm.types.member_descriptor_type) {
        return None;
    }
    descr.downcast_ref::<PyMemberDescriptor>().map(|m| m.index)
}

/// `obj.name` through the cache at `entry`.
#[inline]
pub fn load_attr(vm: &Vm, entry: &AttrCacheEntry, obj: &PyRef, name: &PyRef) -> PyResult {
    let ty = obj.class();
    if let Some(entry) = find(entry, ty) {
        let index = entry.index.get() as usize;
        match entry.kind.get() {
            DICT => {
                if let Some(d) = exact_dict(vm, obj) {
                    let pd = d.downcast_ref::<PyDict>().expect("exact dict");
                    if let Ok(m) = pd.map.try_borrow() {
                        if let Some((k, v)) = m.get_index(index) {
                            if k.key.is(name) {
                                return Ok(v.clone());
                            }
                        }
                    }
                }
            }
            SLOT => {
                if let Some(v) = (obj.vtable().slot_values)(obj)
                    .and_then(|s| s.get(index))
                    .and_then(|s| s.borrow().clone())
                {
                    return Ok(v);
                }
            }
            DATA_DESCR => {
                let descr = entry.descr.take();
                if let Some(d) = &descr {
                    let d = d.clone();
                    entry.descr.set(descr);
                    if let Some(get) = as_type(d.class()).slots.descr_get.get() {
                        return get(vm, &d, Some(obj), Some(ty));
                    }
                }
            }
            _ => {}
        }
    }
    let v = vm.getattr(obj, name)?;
    fill_load(vm, entry, obj, name);
    Ok(v)
}

/// Records where `obj.name` was found (after a successful generic lookup).
fn fill_load(vm: &Vm, entry: &AttrCacheEntry, obj: &PyRef, name: &PyRef) {
    let ty = obj.class();
    let t = as_type(ty);
    if !generic_getattro(t) {
        return;
    }
    match t.lookup(vm, name) {
        Some(d) => {
            if let Some(i) = member_index(vm, &d) {
                return fill(entry, ty, SLOT, i, None);
            }
            let dt = as_type(d.class());
            if dt.slots.descr_set.get().is_some() {
                // A built-in descriptor type's slots never change, so the
                // type's version covers the whole lookup.
                if dt.has_flag(crate::objects::typeobject::tpflags::IMMUTABLE)
                    && dt.slots.descr_get.get().is_some()
                {
                    fill(entry, ty, DATA_DESCR, 0, Some(d));
                }
                return;
            }
        }
        None => {}
    }
    if let Some(i) = dict_position(vm, obj, name) {
        fill(entry, ty, DICT, i, None);
    }
}

/// `obj.name = value` through the cache at `entry`.
#[inline]
pub fn store_attr(
    vm: &Vm,
    entry: &AttrCacheEntry,
    obj: &PyRef,
    name: &PyRef,
    value: PyRef,
) -> PyResult<()> {
    let ty = obj.class();
    if let Some(entry) = find(entry, ty) {
        let index = entry.index.get() as usize;
        match entry.kind.get() {
            DICT => {
                if let Some(d) = exact_dict(vm, obj) {
                    let pd = d.downcast_ref::<PyDict>().expect("exact dict");
                    let old = match pd.map.try_borrow_mut() {
                        Ok(mut m) => match m.get_index_mut(index) {
                            Some((k, v)) if k.key.is(name) => {
                                Some(std::mem::replace(v, value.clone()))
                            }
                            _ => None,
                        },
                        Err(_) => None,
                    };
                    if let Some(old) = old {
                        pd.bump();
                        drop(old);
                        return Ok(());
                    }
                }
            }
            SLOT => {
                if let Some(slot) = (obj.vtable().slot_values)(obj).and_then(|s| s.get(index)) {
                    let old = slot.borrow_mut().replace(value);
                    drop(old);
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    vm.setattr(obj, name, Some(&value))?;
    fill_store(vm, entry, obj, name);
    Ok(())
}

/// Records where `obj.name` was stored (after a successful generic store).
fn fill_store(vm: &Vm, entry: &AttrCacheEntry, obj: &PyRef, name: &PyRef) {
    let ty = obj.class();
    let t = as_type(ty);
    if !generic_setattro(t) {
        return;
    }
    if let Some(d) = t.lookup(vm, name) {
        if let Some(i) = member_index(vm, &d) {
            return fill(entry, ty, SLOT, i, None);
        }
        if as_type(d.class()).slots.descr_set.get().is_some() {
            return;
        }
    }
    if let Some(i) = dict_position(vm, obj, name) {
        fill(entry, ty, DICT, i, None);
    }
}

/// `LoadMethod` through the cache at `entry`: `[func, obj]` or `[NULL, attr]`.
#[inline]
pub fn load_method(
    vm: &Vm,
    entry: &AttrCacheEntry,
    obj: PyRef,
    name: &PyRef,
) -> PyResult<(PyRef, PyRef)> {
    if let Some(entry) = find(entry, obj.class()).filter(|e| e.kind.get() == METHOD) {
        let shadowed = obj.dict().is_some_and(|d| {
            d.downcast_ref::<PyDict>()
                .is_none_or(|d| d.get_str(vm, name).is_some())
        });
        if !shadowed {
            let descr = entry.descr.take();
            if let Some(f) = &descr {
                let f = f.clone();
                entry.descr.set(descr);
                return Ok((f, obj));
            }
        }
    }
    let ty = obj.class().clone();
    let (a, b) = super::eval_support::load_method(vm, obj, name)?;
    if !a.is(&vm.stack_null) && generic_getattro(as_type(&ty)) {
        fill(entry, &ty, METHOD, 0, Some(a.clone()));
    }
    Ok((a, b))
}
