//! `except*` support: splitting an exception group by type and combining
//! what the handlers re-raised (CPython's `_PyExc_PrepReraiseStar`).

use super::object::PyRef;
use crate::vm::{PyResult, Vm};

/// `except* T` on `exc`: returns `(rest, matched)`; `matched` is None when nothing matched.
pub fn exception_group_match(vm: &Vm, exc: PyRef, ty: &PyRef) -> PyResult<(PyRef, PyRef)> {
    if vm.isinstance(&exc, ty)? && !vm.isinstance(&exc, &vm.exceptions.base_exception_group)? {
        // A naked exception matches by being wrapped in a new group.
        let excs = super::tupleobject::new_tuple(vm, vec![exc.clone()]);
        let msg = vm.intern("");
        let group = vm.call_positional(&vm.exceptions.exception_group, &[msg, excs])?;
        return Ok((vm.none.clone(), group));
    }
    if vm.isinstance(&exc, &vm.exceptions.base_exception_group)? {
        let pair = vm.call_method(&exc, "split", &[ty.clone()])?;
        let items = super::tupleobject::tuple_items(&pair).map(|t| t.to_vec()).unwrap_or_default();
        if items.len() == 2 {
            let rest = items[1].clone();
            return Ok((rest, items[0].clone()));
        }
    }
    Ok((exc, vm.none.clone()))
}

/// Combines the exceptions raised by `except*` handlers with the unhandled rest of `orig`.
pub fn prep_reraise_star(vm: &Vm, orig: PyRef, raised: PyRef) -> PyResult {
    let items = vm.collect(&raised)?;
    let live: Vec<PyRef> = items.into_iter().filter(|e| !vm.is_none(e)).collect();
    if live.is_empty() {
        return Ok(vm.none.clone());
    }
    if live.len() == 1 {
        return Ok(live[0].clone());
    }
    let _ = orig;
    Err(vm.new_not_implemented_error("oxpy: combining several exceptions re-raised from except* handlers is not implemented yet"))
}
