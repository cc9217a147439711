//! Sorting for `list.sort` and `sorted`: a stable sort that computes the
//! order as a permutation of indices, so no reference counts are touched
//! while sorting.
//!
//! When every key is of one kind whose `<` is a total order that runs no
//! Python code (exact machine-word ints, exact floats without NaN, exact
//! strs, or exact tuples of exact machine-word ints), the keys are compared
//! in Rust with a standard stable sort; any stable sort gives the same
//! result for a total order, so this is exactly CPython's outcome. Other
//! keys go through a merge sort calling `<` (which may raise, run user code
//! or be inconsistent), stopping at the first error.

use super::floatobject::PyFloat;
use super::longobject::{IntValue, PyInt};
use super::object::PyRef;
use super::tupleobject::tuple_items;
use crate::compile::bytecode::CompareOperator;
use crate::vm::{PyResult, Vm};
use std::cmp::Ordering;

/// Sorts `items` by `key` (None: the items themselves), stably.
pub fn sort_items(
    vm: &Vm,
    items: Vec<PyRef>,
    key: Option<&PyRef>,
    reverse: bool,
) -> PyResult<Vec<PyRef>> {
    let order = sorted_order(vm, &items, key, reverse)?;
    Ok(permute(items, &order))
}

/// Rearranges `items` so that position `k` holds `items[order[k]]`.
pub fn permute(items: Vec<PyRef>, order: &[usize]) -> Vec<PyRef> {
    let mut slots: Vec<Option<PyRef>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .map(|&i| slots[i].take().expect("sort order is a permutation"))
        .collect()
}

/// The stable sorted order of `items` (by `key`) as indices into `items`.
pub fn sorted_order(
    vm: &Vm,
    items: &[PyRef],
    key: Option<&PyRef>,
    reverse: bool,
) -> PyResult<Vec<usize>> {
    let computed;
    let keys: &[PyRef] = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items {
                ks.push(vm.call_positional(f, std::slice::from_ref(it))?);
            }
            computed = ks;
            &computed
        }
        None => items,
    };
    if let Some(order) = total_order_sort(vm, keys, reverse) {
        return Ok(order);
    }
    // reverse=True keeps equal items in their original order, as CPython:
    // reverse, sort ascending (stable), reverse back.
    let mut order: Vec<usize> = (0..keys.len()).collect();
    if reverse {
        order.reverse();
    }
    merge_sort(vm, keys, &mut order)?;
    if reverse {
        order.reverse();
    }
    Ok(order)
}

/// An exact int (not a subclass) that fits a machine word.
fn word_int(vm: &Vm, o: &PyRef) -> Option<i64> {
    if !o.class().is(&vm.types.int_type) {
        return None;
    }
    match o.downcast_ref::<PyInt>()?.value {
        IntValue::Small(v) => Some(v),
        IntValue::Big(_) => None,
    }
}

/// An exact float that is not NaN.
fn ordered_float(vm: &Vm, o: &PyRef) -> Option<f64> {
    if !o.class().is(&vm.types.float_type) {
        return None;
    }
    let v = o.downcast_ref::<PyFloat>()?.value();
    (!v.is_nan()).then_some(v)
}

/// Sorts by a Rust comparison when all keys share a totally ordered kind;
/// `None` when they do not. A descending stable sort equals CPython's
/// reverse-sort-reverse for a total order.
fn total_order_sort(vm: &Vm, keys: &[PyRef], reverse: bool) -> Option<Vec<usize>> {
    let first = keys.first()?;
    let dir = |o: Ordering| if reverse { o.reverse() } else { o };
    if word_int(vm, first).is_some() {
        let mut v = keys
            .iter()
            .enumerate()
            .map(|(i, k)| Some((word_int(vm, k)?, i)))
            .collect::<Option<Vec<(i64, usize)>>>()?;
        v.sort_by(|a, b| dir(a.0.cmp(&b.0)));
        return Some(v.into_iter().map(|p| p.1).collect());
    }
    if ordered_float(vm, first).is_some() {
        let mut v = keys
            .iter()
            .enumerate()
            .map(|(i, k)| Some((ordered_float(vm, k)?, i)))
            .collect::<Option<Vec<(f64, usize)>>>()?;
        // No NaN: partial_cmp always answers.
        v.sort_by(|a, b| dir(a.0.partial_cmp(&b.0).unwrap_or(Ordering::Equal)));
        return Some(v.into_iter().map(|p| p.1).collect());
    }
    let str_type = &vm.types.str_type;
    if first.class().is(str_type) {
        if !keys.iter().all(|k| k.class().is(str_type)) {
            return None;
        }
        let mut order: Vec<usize> = (0..keys.len()).collect();
        // Exact strs always compare (by code point).
        order.sort_by(|&a, &b| {
            dir(crate::vm::fastpath::fast_ordering(vm, &keys[a], &keys[b])
                .unwrap_or(Ordering::Equal))
        });
        return Some(order);
    }
    if first.class().is(&vm.types.tuple_type) {
        // Tuples of word ints compare lexicographically (shorter prefix first).
        let mut flat: Vec<i64> = Vec::new();
        let mut spans: Vec<(usize, usize, usize)> = Vec::with_capacity(keys.len());
        for (i, k) in keys.iter().enumerate() {
            if !k.class().is(&vm.types.tuple_type) {
                return None;
            }
            let start = flat.len();
            for e in tuple_items(k)? {
                flat.push(word_int(vm, e)?);
            }
            spans.push((start, flat.len(), i));
        }
        spans.sort_by(|a, b| dir(flat[a.0..a.1].cmp(&flat[b.0..b.1])));
        return Some(spans.into_iter().map(|s| s.2).collect());
    }
    None
}

/// `a < b` for sorting.
fn less(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if let Some(r) = crate::vm::fastpath::fast_compare_bool(vm, a, b, CompareOperator::Lt) {
        return Ok(r);
    }
    let r = vm.richcompare(a, b, CompareOperator::Lt)?;
    vm.is_true(&r)
}

/// A stable merge sort of the indices `v` by `keys[i] < keys[j]` that
/// tolerates inconsistent orderings and stops at the first comparison error.
fn merge_sort(vm: &Vm, keys: &[PyRef], v: &mut [usize]) -> PyResult<()> {
    let lt = |a: usize, b: usize| less(vm, &keys[a], &keys[b]);
    let n = v.len();
    // Binary insertion sort for runs of 32, then bottom-up merges.
    const RUN: usize = 32;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(v[i], v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if lt(v[j], v[i])? {
                        buf.push(v[j]);
                        j += 1;
                    } else {
                        buf.push(v[i]);
                        i += 1;
                    }
                }
                buf.extend_from_slice(&v[i..mid]);
                buf.extend_from_slice(&v[j..hi]);
                v[lo..hi].copy_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}
