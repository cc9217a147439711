//! "Did you mean" suggestions that the exception printer appends to an
//! uncaught AttributeError or NameError, as CPython 3.11's
//! `_Py_Offer_Suggestions`: the candidate closest to the missing name by a
//! Levenshtein distance over UTF-8 bytes (a case flip costs 1, any other
//! edit 2), taken from `dir(obj)` for an AttributeError and from the
//! failing frame's locals, then its globals, then its builtins for a
//! NameError. Only exact instances of the two types get suggestions.

use super::Vm;
use crate::objects::dictobject::PyDict;
use crate::objects::object::PyRef;
use crate::objects::tracebackobject::PyTraceback;
use crate::objects::unicodeobject::PyStr;
use crate::vm::frame::Frame;

/// Candidate lists this long or longer are not searched.
const MAX_CANDIDATE_ITEMS: usize = 750;
/// Names longer than this (in bytes, after trimming common affixes) never match.
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b`, or `max_cost + 1` as soon as it
/// is known to exceed `max_cost`.
fn levenshtein_distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place: row[i] is the cost from
    // the prefix of `b` seen so far to a[..=i].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough: at most a third
/// of the characters involved may change; earlier candidates win ties.
fn calculate_suggestion(vm: &Vm, candidates: &[PyRef], name: &str) -> Option<PyRef> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(PyRef, usize)> = None;
    for item in candidates {
        let text = vm.str_string(item).ok()?;
        if text == name {
            continue;
        }
        let mut max_distance = (name.len() + text.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = &best {
            max_distance = max_distance.min(d - 1);
        }
        let distance = levenshtein_distance(name.as_bytes(), text.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.as_ref().is_none_or(|(_, d)| distance < *d) {
            best = Some((item.clone(), distance));
        }
    }
    best.map(|(s, _)| s)
}

/// The keyword-set `name` of the exception, if it is an exact str.
fn exception_name(vm: &Vm, exc: &PyRef) -> Option<String> {
    let name = vm.getattr_opt(exc, &vm.intern("name")).ok()??;
    if !name.class().is(&vm.types.str_type) {
        return None;
    }
    Some(name.downcast_ref::<PyStr>()?.to_string_lossy().into_owned())
}

fn for_attribute_error(vm: &Vm, exc: &PyRef) -> Option<PyRef> {
    let name = exception_name(vm, exc)?;
    let obj = vm.getattr_opt(exc, &vm.intern("obj")).ok()??;
    let dir = crate::modules::bltin_functions::dir_of(vm, &obj).ok()?;
    calculate_suggestion(vm, &dir, &name)
}

fn dict_keys(vm: &Vm, d: &PyRef) -> Option<Vec<PyRef>> {
    match d.downcast_ref::<PyDict>() {
        Some(dict) => Some(dict.keys()),
        None => vm.collect(d).ok(),
    }
}

fn for_name_error(vm: &Vm, exc: &PyRef) -> Option<PyRef> {
    let name = exception_name(vm, exc)?;
    let mut tb = crate::objects::exceptions::as_exception(exc)?
        .traceback
        .borrow()
        .clone()?;
    loop {
        let next = tb.downcast_ref::<PyTraceback>()?.next.borrow().clone();
        match next {
            Some(n) if n.downcast_ref::<PyTraceback>().is_some() => tb = n,
            _ => break,
        }
    }
    let frame_ref = tb.downcast_ref::<PyTraceback>()?.frame.clone();
    let frame = frame_ref.downcast_ref::<Frame>()?;
    let locals = frame.pycode().varnames.clone();
    if let Some(s) = calculate_suggestion(vm, &locals, &name) {
        return Some(s);
    }
    if let Some(s) = calculate_suggestion(vm, &dict_keys(vm, frame.globals())?, &name) {
        return Some(s);
    }
    calculate_suggestion(vm, &dict_keys(vm, frame.builtins())?, &name)
}

/// The text to append to the message line of `exc` (". Did you mean:
/// 'x'?"), if there is a suggestion; errors while looking are ignored.
pub fn offer_suggestions(vm: &Vm, exc: &PyRef) -> Option<String> {
    let ty = exc.class();
    let found = if ty.is(&vm.exceptions.attribute_error) {
        for_attribute_error(vm, exc)
    } else if ty.is(&vm.exceptions.name_error) {
        for_name_error(vm, exc)
    } else {
        None
    }?;
    let repr = vm.repr_string(&found).ok()?;
    Some(format!(". Did you mean: {repr}?"))
}

#[cfg(test)]
mod tests {
    use super::levenshtein_distance;

    #[test]
    fn distances_use_cpython_costs() {
        assert_eq!(levenshtein_distance(b"timeuot", b"timeout", 100), 4);
        assert_eq!(levenshtein_distance(b"Print", b"print", 100), 1);
        assert_eq!(levenshtein_distance(b"abc", b"abcd", 100), 2);
        assert_eq!(levenshtein_distance(b"abc", b"xyz", 3), 4);
    }
}
