//! Sorting for `list.sort` and `sorted`: a stable sort that computes the
//! order as a permutation of indices, so no reference counts are touched
//! while sorting.
//!
//! When every key is of one kind whose `<` is a total order that runs no
//! Python code (exact machine-word ints, exact floats without NaN, exact
//! strs, or exact tuples whose items are exact machine-word ints or exact
//! strs, the same kind at each position in every key), the keys are compared
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
        return tuple_order_sort(vm, keys, reverse);
    }
    None
}

/// An item of a tuple key that `total_order_sort` compares in Rust.
#[derive(Clone, Copy)]
enum TupleItem<'a> {
    Int(i64),
    Str(&'a PyRef),
}

/// Sorts exact tuples whose items are exact machine-word ints or exact
/// strs, with the same kind at each position in every key: they compare
/// lexicographically (a shorter prefix first) and never mix kinds, so the
/// order is total and runs no Python code. `None` for other keys.
fn tuple_order_sort(vm: &Vm, keys: &[PyRef], reverse: bool) -> Option<Vec<usize>> {
    let str_type = &vm.types.str_type;
    // Whether each position holds strs (else ints), as the first key with
    // that position says.
    let mut str_at: Vec<bool> = Vec::new();
    let mut flat: Vec<TupleItem<'_>> = Vec::new();
    let mut spans: Vec<(usize, usize, usize)> = Vec::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        if !k.class().is(&vm.types.tuple_type) {
            return None;
        }
        let start = flat.len();
        for (pos, e) in tuple_items(k)?.iter().enumerate() {
            let item = match word_int(vm, e) {
                Some(v) => TupleItem::Int(v),
                None if e.class().is(str_type) => TupleItem::Str(e),
                None => return None,
            };
            let is_str = matches!(item, TupleItem::Str(_));
            match str_at.get(pos) {
                Some(&kind) if kind != is_str => return None,
                Some(_) => {}
                None => str_at.push(is_str),
            }
            flat.push(item);
        }
        spans.push((start, flat.len(), i));
    }
    let item_cmp = |a: &TupleItem<'_>, b: &TupleItem<'_>| match (a, b) {
        (TupleItem::Int(x), TupleItem::Int(y)) => x.cmp(y),
        (TupleItem::Str(x), TupleItem::Str(y)) => {
            crate::vm::fastpath::fast_ordering(vm, x, y).unwrap_or(Ordering::Equal)
        }
        // Kinds agree at every position (checked above).
        _ => Ordering::Equal,
    };
    let tuple_cmp = |a: &[TupleItem<'_>], b: &[TupleItem<'_>]| {
        a.iter()
            .zip(b)
            .map(|(x, y)| item_cmp(x, y))
            .find(|o| o.is_ne())
            .unwrap_or_else(|| a.len().cmp(&b.len()))
    };
    let dir = |o: Ordering| if reverse { o.reverse() } else { o };
    spans.sort_by(|a, b| dir(tuple_cmp(&flat[a.0..a.1], &flat[b.0..b.1])));
    Some(spans.into_iter().map(|s| s.2).collect())
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
