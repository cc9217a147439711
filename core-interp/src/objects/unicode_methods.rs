//! `str`'s methods and sequence behaviour: indexing, slicing, iteration,
//! searching, splitting, case mapping, padding, predicates, `str.format`
//! and printf-style `%` formatting.

use super::formatspec::{Align, FormatSpec};
use super::longobject::new_int;
use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use super::sequence::{slice_items, subscript, Subscript};
use super::typeobject::{as_type, class_name};
use super::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::Cell;

fn s_of(o: &PyRef) -> &PyStr {
    o.downcast_ref::<PyStr>().expect("str")
}

fn cps(o: &PyRef) -> Vec<u32> {
    s_of(o).to_code_points()
}

fn from_cps(vm: &Vm, v: &[u32]) -> PyRef {
    PyRef::new(PyStr::from_code_points(v), vm.types.str_type.clone())
}

fn from_string(vm: &Vm, s: &str) -> PyRef {
    new_str_object(vm, s)
}

fn arg_str<'a>(vm: &Vm, o: &'a PyRef, what: &str) -> PyResult<&'a PyStr> {
    let sep = if what.is_empty() { "" } else { " " };
    o.downcast_ref::<PyStr>()
        .ok_or_else(|| vm.new_type_error(format!("{what}{sep}must be str, not {}", class_name(o))))
}

fn getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let s = s_of(o);
    if super::longobject::as_int(key).is_none()
        && key.downcast_ref::<super::sliceobject::PySlice>().is_none()
        && as_type(key.class()).slots.index.get().is_none()
    {
        return Err(vm.new_type_error(format!(
            "string indices must be integers, not '{}'",
            class_name(key)
        )));
    }
    if key.downcast_ref::<super::sliceobject::PySlice>().is_none() {
        let i = vm.index_isize(key)?;
        let j = if i < 0 { i + s.len() as isize } else { i };
        if j < 0 || j >= s.len() as isize {
            return Err(vm.new_index_error("string index out of range"));
        }
        return Ok(from_cps(vm, &[s.char_at(j as usize)]));
    }
    match subscript(vm, key, s.len(), "string")? {
        Subscript::Index(i) => Ok(from_cps(vm, &[s.char_at(i)])),
        Subscript::Slice { step: 1, len, .. }
            if len == s.len() && o.class().is(&vm.types.str_type) =>
        {
            Ok(o.clone())
        }
        Subscript::Slice { start, step, len } => Ok(from_cps(
            vm,
            &slice_items(&s.to_code_points(), start, step, len),
        )),
    }
}

fn find_sub(hay: &[u32], needle: &[u32], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    (start..=end - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

fn rfind_sub(hay: &[u32], needle: &[u32], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    (start..=end - needle.len())
        .rev()
        .find(|&i| hay[i..i + needle.len()] == *needle)
}

fn contains(vm: &Vm, o: &PyRef, x: &PyRef) -> PyResult<bool> {
    let Some(n) = x.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            class_name(x)
        )));
    };
    if let (Some(h), Some(n)) = (s_of(o).as_ascii(), n.as_ascii()) {
        return Ok(h.contains(n));
    }
    let h = cps(o);
    Ok(find_sub(&h, &n.to_code_points(), 0, h.len()).is_some())
}

fn mul(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    // `3 * "ab"` reaches str's slot with the operands swapped.
    let (a, n) = super::bytesobject::repeat_args(a, b, |o| o.downcast_ref::<PyStr>().is_some());
    let Some(k) = super::sequence::repeat_count(vm, n)? else {
        return Ok(vm.not_implemented.clone());
    };
    let len = s_of(a).len();
    if len.checked_mul(k).is_none_or(|n| n > isize::MAX as usize) {
        return Err(vm.new_overflow_error("repeated string is too long"));
    }
    if let Some(s) = s_of(a).as_ascii() {
        let mut out = super::sequence::repeat_buffer(vm, s.len(), k)?;
        for _ in 0..k {
            out.extend_from_slice(s.as_bytes());
        }
        // SAFETY: copies of an ASCII string are ASCII, hence UTF-8.
        return Ok(from_string(vm, unsafe {
            std::str::from_utf8_unchecked(&out)
        }));
    }
    let c = cps(a);
    let mut v = super::sequence::repeat_buffer(vm, c.len(), k)?;
    for _ in 0..k {
        v.extend_from_slice(&c);
    }
    Ok(from_cps(vm, &v))
}

/// `str_ascii_iterator` / `str_iterator`.
pub struct PyStrIterator {
    s: PyRef,
    pos: Cell<usize>,
}

impl PyPayload for PyStrIterator {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.s);
    }
}

/// Normalizes optional `start`/`end` arguments against length `n` like
/// slice bounds; `None` when the range is empty (start past the end).
fn range_args(vm: &Vm, a: &[PyRef], first: usize, n: usize) -> PyResult<Option<(usize, usize)>> {
    let start = super::bytes_methods::slice_bound(vm, a.get(first), 0)?;
    let end = super::bytes_methods::slice_bound(vm, a.get(first + 1), i64::MAX)?;
    let (s, e) = super::bytes_methods::adjust_indices(start, end, n);
    if s > n as i64 || e < s {
        return Ok(None);
    }
    Ok(Some((s as usize, e as usize)))
}

/// The arguments of find/index/count: `(self, sub, start..end)`.
fn find_args(
    vm: &Vm,
    args: CallArgs<'_>,
    name: &str,
) -> PyResult<(Vec<u32>, Vec<u32>, Option<(usize, usize)>)> {
    args.no_kwargs(vm, &format!("str.{name}"))?;
    let a = args.positional();
    let n = a.len().saturating_sub(1);
    if n < 1 {
        return Err(vm.new_type_error(format!("{name}() takes at least 1 argument ({n} given)")));
    }
    if n > 3 {
        return Err(vm.new_type_error(format!("{name}() takes at most 3 arguments ({n} given)")));
    }
    let h = cps(&a[0]);
    let sub = arg_str(vm, &a[1], "")?.to_code_points();
    let range = range_args(vm, a, 2, h.len())?;
    Ok((h, sub, range))
}

fn find_impl(vm: &Vm, args: CallArgs<'_>, name: &str, rev: bool, raise: bool) -> PyResult {
    let (h, n, range) = find_args(vm, args, name)?;
    let r = range.and_then(|(start, end)| {
        if rev {
            rfind_sub(&h, &n, start, end)
        } else {
            find_sub(&h, &n, start, end)
        }
    });
    match r {
        Some(i) => Ok(new_int(vm, i as i64)),
        None if raise => Err(vm.new_value_error("substring not found")),
        None => Ok(new_int(vm, -1)),
    }
}

fn find(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    find_impl(vm, args, "find", false, false)
}
fn rfind(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    find_impl(vm, args, "rfind", true, false)
}
fn index(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    find_impl(vm, args, "index", false, true)
}
fn rindex(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    find_impl(vm, args, "rindex", true, true)
}

fn count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (h, n, range) = find_args(vm, args, "count")?;
    let Some((start, end)) = range else {
        return Ok(new_int(vm, 0));
    };
    if n.is_empty() {
        return Ok(new_int(vm, (end - start + 1) as i64));
    }
    let mut c = 0;
    let mut i = start;
    while let Some(p) = find_sub(&h, &n, i, end) {
        c += 1;
        i = p + n.len();
    }
    Ok(new_int(vm, c))
}

fn affix(vm: &Vm, args: CallArgs<'_>, name: &str, end_side: bool) -> PyResult {
    let a = args.check_positional(vm, name, 2, 4)?;
    let h = cps(&a[0]);
    let range = range_args(vm, a, 2, h.len())?;
    let cands: Vec<PyRef> = match super::tupleobject::tuple_items(&a[1]) {
        Some(t) => t.to_vec(),
        None => vec![a[1].clone()],
    };
    for c in cands {
        let Some(cs) = c.downcast_ref::<PyStr>() else {
            return Err(vm.new_type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                class_name(&c)
            )));
        };
        let n = cs.to_code_points();
        let Some((start, end)) = range else { continue };
        if end - start < n.len() {
            continue;
        }
        let ok = if end_side {
            h[end - n.len()..end] == *n
        } else {
            h[start..start + n.len()] == *n
        };
        if ok {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn startswith(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    affix(vm, args, "startswith", false)
}
fn endswith(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    affix(vm, args, "endswith", true)
}

fn is_space(c: u32) -> bool {
    super::unicode_ctype::is_space(c)
}

static SPLIT_SIG: crate::vm::Signature = crate::vm::Signature {
    name: "split",
    params: &["sep", "maxsplit"],
    posonly: 0,
    positional: 2,
    required: 0,
};

fn split_impl(vm: &Vm, args: CallArgs<'_>, rev: bool) -> PyResult {
    let a = SPLIT_SIG.bind(vm, args.skip_first())?;
    let h = cps(&args.args[0]);
    let maxsplit = match &a[1] {
        Some(m) => vm.index_isize(m)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<Vec<u32>> = Vec::new();
    match a[0].as_ref().filter(|s| !vm.is_none(s)) {
        None => {
            let mut words: Vec<(usize, usize)> = Vec::new();
            let mut i = 0;
            while i < h.len() {
                while i < h.len() && is_space(h[i]) {
                    i += 1;
                }
                if i >= h.len() {
                    break;
                }
                let s = i;
                while i < h.len() && !is_space(h[i]) {
                    i += 1;
                }
                words.push((s, i));
            }
            if max < usize::MAX && words.len() > max {
                if rev {
                    let keep = words.len() - max;
                    let first_end = words[keep - 1].1;
                    parts.push(h[..first_end].to_vec());
                    for w in &words[keep..] {
                        parts.push(h[w.0..w.1].to_vec());
                    }
                } else {
                    for w in &words[..max] {
                        parts.push(h[w.0..w.1].to_vec());
                    }
                    parts.push(h[words[max].0..].to_vec());
                }
            } else {
                for w in words {
                    parts.push(h[w.0..w.1].to_vec());
                }
            }
        }
        Some(sep) => {
            let sep = arg_str(vm, sep, "")
                .map_err(|_| {
                    vm.new_type_error(format!("must be str or None, not {}", class_name(sep)))
                })?
                .to_code_points();
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator"));
            }
            if rev {
                let mut end = h.len();
                let mut n = 0;
                while n < max {
                    match rfind_sub(&h, &sep, 0, end) {
                        Some(p) => {
                            parts.push(h[p + sep.len()..end].to_vec());
                            end = p;
                            n += 1;
                        }
                        None => break,
                    }
                }
                parts.push(h[..end].to_vec());
                parts.reverse();
            } else {
                let mut start = 0;
                let mut n = 0;
                while n < max {
                    match find_sub(&h, &sep, start, h.len()) {
                        Some(p) => {
                            parts.push(h[start..p].to_vec());
                            start = p + sep.len();
                            n += 1;
                        }
                        None => break,
                    }
                }
                parts.push(h[start..].to_vec());
            }
        }
    }
    let items = parts.iter().map(|p| from_cps(vm, p)).collect();
    Ok(super::listobject::new_list(vm, items))
}

fn split(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    split_impl(vm, args, false)
}
fn rsplit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    split_impl(vm, args, true)
}

fn splitlines(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let keep = match args
        .kwargs()
        .next()
        .map(|(_, v)| v)
        .or(args.positional().get(1))
    {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let h = cps(&args.args[0]);
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < h.len() {
        let c = h[i];
        let is_break = matches!(
            c,
            0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029
        );
        if is_break {
            let mut end = i + 1;
            if c == 0x0d && h.get(i + 1) == Some(&0x0a) {
                end += 1;
            }
            out.push(from_cps(vm, &h[start..if keep { end } else { i }]));
            i = end;
            start = end;
        } else {
            i += 1;
        }
    }
    if start < h.len() {
        out.push(from_cps(vm, &h[start..]));
    }
    Ok(super::listobject::new_list(vm, out))
}

fn join(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "str.join", 1, 1)?;
    let items = vm.collect(&a[1]).map_err(|e| {
        if e.matches(&vm.exceptions.type_error) && vm.get_iter(&a[1]).is_err() {
            vm.new_type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let sep = s_of(&a[0]);
    for (i, it) in items.iter().enumerate() {
        if it.downcast_ref::<PyStr>().is_none() {
            return Err(vm.new_type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                class_name(it)
            )));
        }
    }
    if let Some(sep_s) = sep.as_ascii() {
        if items.iter().all(|i| s_of(i).is_ascii()) {
            let parts: Vec<&str> = items.iter().map(|i| s_of(i).as_ascii().unwrap()).collect();
            return Ok(from_string(vm, &parts.join(sep_s)));
        }
    }
    let sepc = sep.to_code_points();
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sepc);
        }
        out.extend(s_of(it).code_points());
    }
    Ok(from_cps(vm, &out))
}

fn strip_impl(vm: &Vm, args: CallArgs<'_>, name: &str, left: bool, right: bool) -> PyResult {
    let a = args.check_positional(vm, name, 1, 2)?;
    let h = cps(&a[0]);
    let chars: Option<Vec<u32>> = match a.get(1).filter(|c| !vm.is_none(c)) {
        Some(c) => Some(
            arg_str(vm, c, "strip arg")
                .map_err(|_| vm.new_type_error(format!("{name} arg must be None or str")))?
                .to_code_points(),
        ),
        None => None,
    };
    let strip = |c: u32| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let mut s = 0;
    let mut e = h.len();
    if left {
        while s < e && strip(h[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(h[e - 1]) {
            e -= 1;
        }
    }
    Ok(from_cps(vm, &h[s..e]))
}

fn strip(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    strip_impl(vm, args, "strip", true, true)
}
fn lstrip(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    strip_impl(vm, args, "lstrip", true, false)
}
fn rstrip(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    strip_impl(vm, args, "rstrip", false, true)
}

fn replace(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "str.replace", 2, 3)?;
    let h = cps(&a[0]);
    let old = arg_str(vm, &a[1], "replace() argument 1")?.to_code_points();
    let new = arg_str(vm, &a[2], "replace() argument 2")?.to_code_points();
    let count = match a.get(3) {
        Some(c) => vm.index_isize(c)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(h.len());
    let mut n = 0;
    if old.is_empty() {
        for (i, c) in h.iter().enumerate() {
            if n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(*c);
            let _ = i;
        }
        if n < max {
            out.extend_from_slice(&new);
        }
        return Ok(from_cps(vm, &out));
    }
    let mut i = 0;
    while i < h.len() {
        if n < max && h.len() - i >= old.len() && h[i..i + old.len()] == *old {
            out.extend_from_slice(&new);
            i += old.len();
            n += 1;
        } else {
            out.push(h[i]);
            i += 1;
        }
    }
    Ok(from_cps(vm, &out))
}

fn predicate(
    vm: &Vm,
    args: CallArgs<'_>,
    name: &str,
    empty: bool,
    f: fn(&[u32]) -> bool,
) -> PyResult {
    let a = args.check_method(vm, &format!("str.{name}"), 0, 0)?;
    let s = cps(&a[0]);
    if s.is_empty() {
        return Ok(vm.bool_obj(empty));
    }
    Ok(vm.bool_obj(f(&s)))
}

fn pad(vm: &Vm, args: CallArgs<'_>, name: &str, align: Align) -> PyResult {
    let a = args.check_positional(vm, name, 2, 3)?;
    let width = vm.index_isize(&a[1])?;
    let fill = match a.get(2) {
        Some(f) => {
            let fs = arg_str(vm, f, "fill").map_err(|_| {
                vm.new_type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    class_name(f)
                ))
            })?;
            if fs.len() != 1 {
                return Err(
                    vm.new_type_error("The fill character must be exactly one character long")
                );
            }
            fs.char_at(0)
        }
        None => ' ' as u32,
    };
    let h = cps(&a[0]);
    if width <= h.len() as isize {
        return Ok(if a[0].class().is(&vm.types.str_type) {
            a[0].clone()
        } else {
            from_cps(vm, &h)
        });
    }
    let total = width as usize - h.len();
    let (l, r) = match align {
        Align::Left => (0, total),
        Align::Right => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&h);
    out.extend(std::iter::repeat(fill).take(r));
    Ok(from_cps(vm, &out))
}

fn center(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    pad(vm, args, "center", Align::Center)
}
fn ljust(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    pad(vm, args, "ljust", Align::Left)
}
fn rjust(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    pad(vm, args, "rjust", Align::Right)
}

fn zfill(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "str.zfill", 1, 1)?;
    let width = vm.index_isize(&a[1])?;
    let h = cps(&a[0]);
    if width <= h.len() as isize {
        return Ok(from_cps(vm, &h));
    }
    let fill = width as usize - h.len();
    let mut out = Vec::with_capacity(width as usize);
    let (sign, rest) = match h.first() {
        Some(&c) if c == '+' as u32 || c == '-' as u32 => (Some(c), &h[1..]),
        _ => (None, &h[..]),
    };
    out.extend(sign);
    out.extend(std::iter::repeat('0' as u32).take(fill));
    out.extend_from_slice(rest);
    Ok(from_cps(vm, &out))
}

fn partition_impl(vm: &Vm, args: CallArgs<'_>, rev: bool) -> PyResult {
    let a = args.check_positional(vm, if rev { "rpartition" } else { "partition" }, 2, 2)?;
    let h = cps(&a[0]);
    let sep = arg_str(vm, &a[1], "")?.to_code_points();
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let found = if rev {
        rfind_sub(&h, &sep, 0, h.len())
    } else {
        find_sub(&h, &sep, 0, h.len())
    };
    let parts = match found {
        Some(p) => vec![
            from_cps(vm, &h[..p]),
            a[1].clone(),
            from_cps(vm, &h[p + sep.len()..]),
        ],
        None if rev => vec![vm.empty_str.clone(), vm.empty_str.clone(), from_cps(vm, &h)],
        None => vec![from_cps(vm, &h), vm.empty_str.clone(), vm.empty_str.clone()],
    };
    Ok(super::tupleobject::new_tuple(vm, parts))
}

fn partition(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    partition_impl(vm, args, false)
}
fn rpartition(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    partition_impl(vm, args, true)
}

fn removeprefix(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "str.removeprefix", 1, 1)?;
    let h = cps(&a[0]);
    let p = arg_str(vm, &a[1], "removeprefix() argument")?.to_code_points();
    Ok(from_cps(
        vm,
        if h.starts_with(&p) { &h[p.len()..] } else { &h },
    ))
}

fn removesuffix(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "str.removesuffix", 1, 1)?;
    let h = cps(&a[0]);
    let p = arg_str(vm, &a[1], "removesuffix() argument")?.to_code_points();
    Ok(from_cps(
        vm,
        if !p.is_empty() && h.ends_with(&p) {
            &h[..h.len() - p.len()]
        } else {
            &h
        },
    ))
}

fn expandtabs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "str.expandtabs", 0, 1)?;
    let size = match a.get(1) {
        Some(t) => vm.index_isize(t)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0usize;
    for c in cps(&a[0]) {
        if c == '\t' as u32 {
            if size > 0 {
                let n = size as usize - col % size as usize;
                out.extend(std::iter::repeat(' ' as u32).take(n));
                col += n;
            }
        } else {
            out.push(c);
            col = if c == '\n' as u32 || c == '\r' as u32 {
                0
            } else {
                col + 1
            };
        }
    }
    Ok(from_cps(vm, &out))
}

static ENCODE_SIG: crate::vm::Signature = crate::vm::Signature {
    name: "encode",
    params: &["encoding", "errors"],
    posonly: 0,
    positional: 2,
    required: 0,
};

fn encode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = args
        .positional()
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("encode() needs an argument"))?;
    let a = ENCODE_SIG.bind(vm, args.skip_first())?;
    let enc = a[0]
        .as_ref()
        .map(|e| super::bytes_methods::str_arg(vm, e, "encode", "encoding"))
        .transpose()?;
    let errors = a[1]
        .as_ref()
        .map(|e| super::bytes_methods::str_arg(vm, e, "encode", "errors"))
        .transpose()?;
    let bytes = super::unicode_codecs::encode(
        vm,
        &me,
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(super::bytesobject::new_bytes(vm, bytes))
}

fn translate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "str.translate", 1, 1)?;
    let mut out = Vec::new();
    for c in cps(&a[0]) {
        match vm.getitem(&a[1], &new_int(vm, c as i64)) {
            Ok(v) if vm.is_none(&v) => {}
            Ok(v) => {
                if let Some(s) = v.downcast_ref::<PyStr>() {
                    out.extend(s.code_points());
                } else if super::longobject::as_int(&v).is_some() {
                    let i = vm.index_isize(&v)?;
                    if !(0..0x110000).contains(&i) {
                        return Err(
                            vm.new_value_error("character mapping must be in range(0x110000)")
                        );
                    }
                    out.push(i as u32);
                } else {
                    return Err(
                        vm.new_type_error("character mapping must return integer, None or str")
                    );
                }
            }
            Err(e) if e.matches(&vm.exceptions.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(from_cps(vm, &out))
}

fn maketrans(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "maketrans", 1, 3)?;
    let d = super::dictobject::PyDict::new_ref(vm);
    let dd = d.downcast_ref::<super::dictobject::PyDict>().unwrap();
    if a.len() == 1 {
        if a[0].downcast_ref::<super::dictobject::PyDict>().is_none() {
            return Err(
                vm.new_type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in vm
            .collect(&vm.call_method(&a[0], "items", &[])?)?
            .iter()
            .map(|p| {
                let t = super::tupleobject::tuple_items(p).unwrap();
                (t[0].clone(), t[1].clone())
            })
        {
            let key =
                match k.downcast_ref::<PyStr>() {
                    Some(s) if s.len() == 1 => new_int(vm, s.char_at(0) as i64),
                    Some(_) => {
                        return Err(vm
                            .new_value_error("string keys in translate table must be of length 1"))
                    }
                    None if super::longobject::as_int(&k).is_some() => k,
                    None => {
                        return Err(vm
                            .new_type_error("keys in translate table must be strings or integers"))
                    }
                };
            dd.set_item(vm, key, v)?;
        }
        return Ok(d);
    }
    let x = arg_str(vm, &a[0], "maketrans() argument 1")?.to_code_points();
    let y = arg_str(vm, &a[1], "maketrans() argument 2")?.to_code_points();
    if x.len() != y.len() {
        return Err(vm.new_value_error("the first two maketrans arguments must have equal length"));
    }
    for (p, q) in x.iter().zip(&y) {
        dd.set_item(vm, new_int(vm, *p as i64), new_int(vm, *q as i64))?;
    }
    if let Some(z) = a.get(2) {
        for c in arg_str(vm, z, "maketrans() argument 3")?.to_code_points() {
            dd.set_item(vm, new_int(vm, c as i64), vm.none.clone())?;
        }
    }
    Ok(d)
}

fn str_format_spec(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "str.__format__", 1, 1)?;
    let spec_text = arg_str(vm, &a[1], "format spec")?
        .to_string_lossy()
        .into_owned();
    let s = s_of(&a[0]);
    if spec_text.is_empty() {
        return vm.str(&a[0]);
    }
    let mut spec = FormatSpec::parse_for(&spec_text, "str").map_err(|m| vm.new_value_error(m))?;
    if let Some(t) = spec.ty.filter(|t| *t != 's') {
        return Err(vm.new_value_error(format!(
            "Unknown format code '{t}' for object of type 'str'"
        )));
    }
    if let Some(g) = spec.grouping {
        return Err(vm.new_value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    if spec.no_neg_zero {
        return Err(
            vm.new_value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if spec.zero_implied_align {
        spec.align = None;
    }
    if spec.sign.is_some() {
        return Err(vm.new_value_error("Sign not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(vm.new_value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(vm.new_value_error("'=' alignment not allowed in string format specifier"));
    }
    let mut text: String = s.to_string_lossy().into_owned();
    if let Some(p) = spec.precision {
        text = text.chars().take(p).collect();
    }
    Ok(from_string(vm, &spec.pad(&text, 0, Align::Left)))
}

fn format(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let template = s_of(&args.args[0]).to_string_lossy().into_owned();
    let pos = &args.positional()[1..];
    let r = super::unicode_format::format_template(vm, &template, pos, &|vm, name| {
        for (k, v) in args.kwargs() {
            if s_of(k).eq_rust(name) {
                return Ok(Some(v.clone()));
            }
        }
        let _ = vm;
        Ok(None)
    })?;
    Ok(from_string(vm, &r))
}

fn format_map(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "str.format_map", 1, 1)?;
    let template = s_of(&a[0]).to_string_lossy().into_owned();
    let mapping = a[1].clone();
    let r = super::unicode_format::format_template(vm, &template, &[], &|vm, name| match vm
        .getitem(&mapping, &from_string(vm, name))
    {
        Ok(v) => Ok(Some(v)),
        Err(e) => Err(e),
    })?;
    Ok(from_string(vm, &r))
}

fn getnewargs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "str.__getnewargs__", 0, 0)?;
    Ok(super::tupleobject::new_tuple(
        vm,
        vec![from_cps(vm, &cps(&a[0]))],
    ))
}

fn modulo(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    if a.downcast_ref::<PyStr>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let r = super::percent_format::str_percent_format(vm, &cps(a), b)?;
    Ok(from_cps(vm, &r))
}

macro_rules! str_pred {
    ($name:ident, $py:literal, $empty:expr, $f:expr) => {
        fn $name(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            predicate(vm, args, $py, $empty, $f)
        }
    };
}

use super::unicode_ctype as uc;

str_pred!(isdigit, "isdigit", false, |s| s
    .iter()
    .all(|&c| uc::is_digit(c)));
str_pred!(isdecimal, "isdecimal", false, |s| s
    .iter()
    .all(|&c| uc::is_decimal(c)));
str_pred!(isnumeric, "isnumeric", false, |s| s
    .iter()
    .all(|&c| uc::is_numeric(c)));
str_pred!(isalpha, "isalpha", false, |s| s
    .iter()
    .all(|&c| uc::is_alpha(c)));
str_pred!(isalnum, "isalnum", false, |s| s
    .iter()
    .all(|&c| uc::is_alnum(c)));
str_pred!(isspace, "isspace", false, |s| s
    .iter()
    .all(|&c| uc::is_space(c)));
str_pred!(isupper, "isupper", false, uc::str_isupper);
str_pred!(islower, "islower", false, uc::str_islower);
str_pred!(istitle, "istitle", false, uc::str_istitle);
str_pred!(isascii, "isascii", true, |s| s.iter().all(|&c| c < 128));
str_pred!(isidentifier, "isidentifier", false, uc::str_isidentifier);
str_pred!(isprintable, "isprintable", true, |s| s
    .iter()
    .all(|&c| uc::is_printable(c)));

fn map_case(vm: &Vm, args: CallArgs<'_>, name: &str, f: fn(&[u32]) -> Vec<u32>) -> PyResult {
    let a = args.check_method(vm, &format!("str.{name}"), 0, 0)?;
    if let Some(ascii) = s_of(&a[0]).as_ascii() {
        let r = match name {
            "upper" => ascii.to_ascii_uppercase(),
            "lower" | "casefold" => ascii.to_ascii_lowercase(),
            _ => return Ok(from_cps(vm, &f(&cps(&a[0])))),
        };
        return Ok(from_string(vm, &r));
    }
    Ok(from_cps(vm, &f(&cps(&a[0]))))
}

fn upper(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "upper", uc::upper)
}
fn lower(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "lower", uc::lower)
}
fn casefold(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "casefold", uc::casefold)
}
fn capitalize(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "capitalize", uc::capitalize)
}
fn title(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "title", uc::title)
}
fn swapcase(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "swapcase", uc::swapcase)
}

/// Installs str's sequence slots and methods.
pub fn init(vm: &Vm) {
    let t = &vm.types.str_type;
    let s = &as_type(t).slots;
    s.getitem.set(Some(getitem));
    s.contains.set(Some(contains));
    s.multiply.set(Some(mul));
    s.remainder.set(Some(modulo));
    s.iter.set(Some(|vm, o| {
        Ok(PyRef::new(
            PyStrIterator {
                s: o.clone(),
                pos: Cell::new(0),
            },
            vm.types.str_iterator_type.clone(),
        ))
    }));
    let it = &as_type(&vm.types.str_iterator_type).slots;
    it.iter.set(Some(|_, o| Ok(o.clone())));
    it.iternext.set(Some(|vm, o| {
        let si = o.downcast_ref::<PyStrIterator>().expect("str iterator");
        let st = s_of(&si.s);
        let p = si.pos.get();
        if p >= st.len() {
            return Ok(None);
        }
        si.pos.set(p + 1);
        Ok(Some(from_cps(vm, &[st.char_at(p)])))
    }));
    super::descrobject::add_methods(
        vm,
        t,
        &[
            MethodDef::new("find", find),
            MethodDef::new("rfind", rfind),
            MethodDef::new("index", index),
            MethodDef::new("rindex", rindex),
            MethodDef::new("count", count),
            MethodDef::new("startswith", startswith),
            MethodDef::new("endswith", endswith),
            MethodDef::new("split", split),
            MethodDef::new("rsplit", rsplit),
            MethodDef::new("splitlines", splitlines),
            MethodDef::new("join", join),
            MethodDef::new("strip", strip),
            MethodDef::new("lstrip", lstrip),
            MethodDef::new("rstrip", rstrip),
            MethodDef::new("replace", replace),
            MethodDef::new("upper", upper),
            MethodDef::new("lower", lower),
            MethodDef::new("casefold", casefold),
            MethodDef::new("capitalize", capitalize),
            MethodDef::new("title", title),
            MethodDef::new("swapcase", swapcase),
            MethodDef::new("isdigit", isdigit),
            MethodDef::new("isdecimal", isdecimal),
            MethodDef::new("isnumeric", isnumeric),
            MethodDef::new("isalpha", isalpha),
            MethodDef::new("isalnum", isalnum),
            MethodDef::new("isspace", isspace),
            MethodDef::new("isupper", isupper),
            MethodDef::new("islower", islower),
            MethodDef::new("istitle", istitle),
            MethodDef::new("isascii", isascii),
            MethodDef::new("isidentifier", isidentifier),
            MethodDef::new("isprintable", isprintable),
            MethodDef::new("center", center),
            MethodDef::new("ljust", ljust),
            MethodDef::new("rjust", rjust),
            MethodDef::new("zfill", zfill),
            MethodDef::new("partition", partition),
            MethodDef::new("rpartition", rpartition),
            MethodDef::new("removeprefix", removeprefix),
            MethodDef::new("removesuffix", removesuffix),
            MethodDef::new("expandtabs", expandtabs),
            MethodDef::new("encode", encode),
            MethodDef::new("translate", translate),
            MethodDef::static_("maketrans", maketrans),
            MethodDef::new("format", format),
            MethodDef::new("format_map", format_map),
            MethodDef::new("__format__", str_format_spec),
            MethodDef::new("__getnewargs__", getnewargs),
        ],
    );
}
