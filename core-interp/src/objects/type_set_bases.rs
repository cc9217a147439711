//! Assigning `cls.__bases__`, with CPython's checks (`type_set_bases`): a
//! non-empty tuple of classes, no inheritance cycle, a new solid base whose
//! instances are laid out as the old one's (same deallocator, same added
//! slots). The MRO of the class and of every subclass is recomputed (all
//! restored if one fails), the subclass lists of old and new bases are
//! updated and the slots rederived.

use super::object::PyRef;
use super::tupleobject::tuple_items;
use super::type_new::{best_base, solid_base};
use super::typeobject::{as_type, class_name, compute_mro, is_subtype, PyType};
use crate::vm::{PyResult, Vm};

/// Whether CPython frees instances with the GC's deallocator: every class
/// statement's type, and the built-in containers.
fn gc_freed(vm: &Vm, ty: &PyRef) -> bool {
    let t = &vm.types;
    as_type(ty).is_heap()
        || ![
            &t.object_type,
            &t.int_type,
            &t.bool_type,
            &t.float_type,
            &t.complex_type,
            &t.str_type,
            &t.bytes_type,
            &t.bytearray_type,
            &t.range_type,
        ]
        .iter()
        .any(|b| ty.is(b))
}

/// CPython's `same_slots_added`: two classes extending the same base with
/// the same `__slots__`.
fn same_slots_added(vm: &Vm, a: &PyRef, b: &PyRef) -> bool {
    let (ta, tb) = (as_type(a), as_type(b));
    let base_of = |t: &PyType| t.base.borrow().clone().map(|b| solid_base(vm, &b));
    match (base_of(ta), base_of(tb)) {
        (Some(x), Some(y)) if x.is(&y) => {}
        _ => return false,
    }
    let (sa, sb) = (ta.slot_names.borrow(), tb.slot_names.borrow());
    let same = |x: &PyRef, y: &PyRef| {
        super::unicodeobject::as_str(x)
            .zip(super::unicodeobject::as_str(y))
            .is_some_and(|(a, b)| a.eq_str(b))
    };
    sa.len() == sb.len() && sa.iter().zip(sb.iter()).all(|(x, y)| same(x, y))
}

/// CPython's `compatible_for_assignment(oldto, newto, "__bases__")`.
fn check_layout(vm: &Vm, old: &PyRef, new: &PyRef) -> PyResult<()> {
    let name = |t: &PyRef| as_type(t).name();
    if gc_freed(vm, old) != gc_freed(vm, new) {
        return Err(vm.new_type_error(format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            name(new),
            name(old)
        )));
    }
    let (o, n) = (solid_base(vm, old), solid_base(vm, new));
    if !o.is(&n) && !same_slots_added(vm, &n, &o) {
        return Err(vm.new_type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            name(new),
            name(old)
        )));
    }
    Ok(())
}

/// The live direct subclasses of `t`.
fn subclasses(t: &PyType) -> Vec<PyRef> {
    t.subclasses
        .borrow()
        .iter()
        .filter_map(|&p| {
            // SAFETY: subclasses unregister themselves when freed, so every
            // stored pointer is a live PyType payload.
            let st = unsafe { &*(p as *const PyType) };
            st.mro.borrow().first().cloned()
        })
        .collect()
}

/// Recomputes the MRO of `ty` and its subclasses, saving the old ones.
fn remro(vm: &Vm, ty: &PyRef, saved: &mut Vec<(PyRef, Vec<PyRef>)>) -> PyResult<()> {
    let t = as_type(ty);
    let bases = t.bases.borrow().clone();
    let mro = compute_mro(vm, ty, &bases)?;
    saved.push((ty.clone(), std::mem::replace(&mut *t.mro.borrow_mut(), mro)));
    for sub in subclasses(t) {
        remro(vm, &sub, saved)?;
    }
    Ok(())
}

/// Rederives the slots of `ty` and its subclasses from their new MROs.
fn reslot(vm: &Vm, ty: &PyRef) {
    let t = as_type(ty);
    if let Some(base) = t.base.borrow().clone() {
        t.slots.inherit_from(&as_type(&base).slots);
    }
    super::typeslots::update_slots(vm, ty);
    for sub in subclasses(t) {
        reslot(vm, &sub);
    }
}

/// `cls.__bases__ = value`.
pub fn set_bases(vm: &Vm, ty: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let t = ty
        .downcast_ref::<PyType>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a type"))?;
    let name = t.name();
    let Some(value) = value.filter(|_| t.is_heap()) else {
        return Err(vm.new_type_error(format!(
            "cannot {} '__bases__' attribute of immutable type '{name}'",
            if value.is_some() { "set" } else { "delete" }
        )));
    };
    let Some(new_bases) = tuple_items(value) else {
        return Err(vm.new_type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            class_name(value)
        )));
    };
    if new_bases.is_empty() {
        return Err(vm.new_type_error(format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        )));
    }
    for b in new_bases {
        if b.downcast_ref::<PyType>().is_none() {
            return Err(vm.new_type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                class_name(b)
            )));
        }
        let mut chain = Some(b.clone());
        while let Some(c) = chain {
            if c.is(ty) {
                return Err(vm.new_type_error("a __bases__ item causes an inheritance cycle"));
            }
            chain = as_type(&c).base.borrow().clone();
        }
        if is_subtype(b, ty) {
            return Err(vm.new_type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    let new_base = best_base(vm, new_bases)?;
    let old_base = t
        .base
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.types.object_type.clone());
    check_layout(vm, &old_base, &new_base)?;

    let new_bases = new_bases.to_vec();
    let old_bases = std::mem::replace(&mut *t.bases.borrow_mut(), new_bases.clone());
    let old_base = t.base.replace(Some(new_base));
    let mut saved = Vec::new();
    if let Err(e) = remro(vm, ty, &mut saved) {
        for (c, mro) in saved.into_iter().rev() {
            *as_type(&c).mro.borrow_mut() = mro;
        }
        *t.bases.borrow_mut() = old_bases;
        *t.base.borrow_mut() = old_base;
        return Err(e);
    }
    let me = t as *const PyType as usize;
    for b in &old_bases {
        as_type(b).subclasses.borrow_mut().retain(|&p| p != me);
    }
    for b in &new_bases {
        as_type(b).subclasses.borrow_mut().push(me);
    }
    reslot(vm, ty);
    super::typeobject::modified(ty);
    // The old MROs and bases are dropped last: nothing borrows them now.
    drop((saved, old_bases));
    Ok(())
}
