//! The methods `bytes` and `bytearray` share (CPython's `bytes_methods.c`
//! plus the stringlib parts both use): searching, splitting, stripping,
//! padding, ASCII case mapping and predicates, translate/maketrans, hex and
//! fromhex, join, and decode with Rust fast paths for UTF-8, ASCII and
//! Latin-1. Each method serves both types: it reads the receiver's bytes
//! with [`self_data`] and builds results of the receiver's kind with
//! [`new_like`].

use super::buffer::{bytes_like, require_bytes_like};
use super::bytearrayobject::PyByteArray;
use super::bytesobject::{new_bytes, PyBytes};
use super::longobject::new_int;
use super::methodobject::MethodDef;
use super::object::PyRef;
use super::tupleobject::new_tuple;
use super::typeobject::class_name;
use super::unicodeobject::PyStr;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::borrow::Cow;

/// The receiver's bytes: borrowed from a `bytes`, copied from a `bytearray`
/// (Python code run while a method works may resize the bytearray).
pub fn self_data(o: &PyRef) -> Cow<'_, [u8]> {
    if let Some(b) = o.downcast_ref::<PyBytes>() {
        return Cow::Borrowed(&b.data);
    }
    match o.downcast_ref::<PyByteArray>() {
        Some(ba) => Cow::Owned(ba.data.borrow().clone()),
        None => Cow::Borrowed(&[]),
    }
}

fn is_bytearray(o: &PyRef) -> bool {
    o.downcast_ref::<PyByteArray>().is_some()
}

/// The receiver's base type name, for messages.
fn kind(o: &PyRef) -> &'static str {
    if is_bytearray(o) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A new exact `bytearray` if `o` is one (or a subclass), else a new exact `bytes`.
pub fn new_like(vm: &Vm, o: &PyRef, v: Vec<u8>) -> PyRef {
    if is_bytearray(o) {
        super::bytearrayobject::new_bytearray(vm, v)
    } else {
        new_bytes(vm, v)
    }
}

/// Checks a method's positional-only arguments with CPython's messages
/// (`bytes.upper() takes no arguments (1 given)`, `center expected at least 1 argument, got 0`).
fn margs<'a>(
    vm: &Vm,
    args: CallArgs<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    let qual = match args.positional().first() {
        Some(o) => format!("{}.{name}", kind(o)),
        None => name.to_string(),
    };
    if min == max && max <= 1 {
        return args.check_method(vm, &qual, min, max);
    }
    args.check_method(vm, name, min, max)
}

fn bind(vm: &Vm, args: CallArgs<'_>, sig: &Signature) -> PyResult<(PyRef, Vec<Option<PyRef>>)> {
    let Some(me) = args.positional().first().cloned() else {
        return Err(vm.new_type_error(format!("descriptor '{}' needs an argument", sig.name)));
    };
    for name in args.kwnames {
        let key = vm.str_string(name)?;
        if !sig.params.contains(&key.as_str()) {
            return Err(vm.new_type_error(format!(
                "'{key}' is an invalid keyword argument for {}()",
                sig.name
            )));
        }
    }
    Ok((me, sig.bind(vm, args.skip_first())?))
}

// ---------------------------------------------------------------- searching

/// `start`/`end` arguments of find-like methods, normalized like slice bounds
/// (CPython's ADJUST_INDICES); `None` when the range is empty beyond repair.
pub fn slice_bound(vm: &Vm, v: Option<&PyRef>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) if vm.is_none(v) => Ok(default),
        Some(v) => {
            if super::longobject::as_int(v).is_none()
                && super::typeobject::class_type(v).slots.index.get().is_none()
            {
                return Err(vm.new_type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            let i = vm.index(v)?;
            Ok(super::longobject::int_to_i64(&i).unwrap_or_else(|| {
                if super::longobject::as_int(&i)
                    .is_some_and(|x| x.value.to_big().sign() == num_bigint::Sign::Minus)
                {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }
            }))
        }
    }
}

/// Normalized `(start, end)` for a sequence of `len` items.
pub fn adjust_indices(start: i64, end: i64, len: usize) -> (i64, i64) {
    let n = len as i64;
    let end = if end > n {
        n
    } else if end < 0 {
        (end + n).max(0)
    } else {
        end
    };
    let start = if start < 0 { (start + n).max(0) } else { start };
    (start, end)
}

pub fn find_bytes(h: &[u8], n: &[u8], start: i64, end: i64) -> Option<usize> {
    let (s, e) = adjust_indices(start, end, h.len());
    if s > h.len() as i64 || e < s || ((e - s) as usize) < n.len() {
        return None;
    }
    let (s, e) = (s as usize, e as usize);
    if n.is_empty() {
        return Some(s);
    }
    memchr::memmem::find(&h[s..e], n).map(|i| i + s)
}

pub fn rfind_bytes(h: &[u8], n: &[u8], start: i64, end: i64) -> Option<usize> {
    let (s, e) = adjust_indices(start, end, h.len());
    if s > h.len() as i64 || e < s || ((e - s) as usize) < n.len() {
        return None;
    }
    let (s, e) = (s as usize, e as usize);
    if n.is_empty() {
        return Some(e);
    }
    memchr::memmem::rfind(&h[s..e], n).map(|i| i + s)
}

pub fn count_bytes(h: &[u8], n: &[u8], start: i64, end: i64) -> usize {
    let (s, e) = adjust_indices(start, end, h.len());
    if s > h.len() as i64 || e < s {
        return 0;
    }
    let (s, e) = (s as usize, e as usize);
    if n.is_empty() {
        return e - s + 1;
    }
    memchr::memmem::find_iter(&h[s..e], n)
        .fold((0usize, 0usize), |(c, next), i| {
            if i >= next {
                (c + 1, i + n.len())
            } else {
                (c, next)
            }
        })
        .0
}

/// The needle of find-like methods: a bytes-like object or an int in range(256).
fn needle(vm: &Vm, sub: &PyRef) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(vm, sub)? {
        return Ok(b.into_owned());
    }
    if super::typeobject::class_type(sub)
        .slots
        .index
        .get()
        .is_none()
    {
        return Err(vm.new_type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            class_name(sub)
        )));
    }
    Ok(vec![byte_value(vm, sub)?])
}

/// An int in range(256) (`ValueError: byte must be in range(0, 256)`).
pub fn byte_value(vm: &Vm, v: &PyRef) -> PyResult<u8> {
    let i = vm.index(v)?;
    match super::longobject::int_to_i64(&i) {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(vm.new_value_error("byte must be in range(0, 256)")),
    }
}

fn find_args(vm: &Vm, args: CallArgs<'_>, name: &str) -> PyResult<(PyRef, Vec<u8>, i64, i64)> {
    if let Some(me) = args.positional().first() {
        args.no_kwargs(vm, &format!("{}.{name}", kind(me)))?;
    }
    let pos = args.positional();
    let n = pos.len().saturating_sub(1);
    if n < 1 {
        return Err(vm.new_type_error(format!("{name}() takes at least 1 argument ({n} given)")));
    }
    if n > 3 {
        return Err(vm.new_type_error(format!("{name}() takes at most 3 arguments ({n} given)")));
    }
    let sub = needle(vm, &pos[1])?;
    let start = slice_bound(vm, pos.get(2), 0)?;
    let end = slice_bound(vm, pos.get(3), i64::MAX)?;
    Ok((pos[0].clone(), sub, start, end))
}

fn find(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (me, sub, s, e) = find_args(vm, args, "find")?;
    Ok(new_int(
        vm,
        find_bytes(&self_data(&me), &sub, s, e).map_or(-1, |i| i as i64),
    ))
}

fn rfind(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (me, sub, s, e) = find_args(vm, args, "rfind")?;
    Ok(new_int(
        vm,
        rfind_bytes(&self_data(&me), &sub, s, e).map_or(-1, |i| i as i64),
    ))
}

fn index(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (me, sub, s, e) = find_args(vm, args, "index")?;
    match find_bytes(&self_data(&me), &sub, s, e) {
        Some(i) => Ok(new_int(vm, i as i64)),
        None => Err(vm.new_value_error("subsection not found")),
    }
}

fn rindex(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (me, sub, s, e) = find_args(vm, args, "rindex")?;
    match rfind_bytes(&self_data(&me), &sub, s, e) {
        Some(i) => Ok(new_int(vm, i as i64)),
        None => Err(vm.new_value_error("subsection not found")),
    }
}

fn count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (me, sub, s, e) = find_args(vm, args, "count")?;
    Ok(new_int(vm, count_bytes(&self_data(&me), &sub, s, e) as i64))
}

fn tailmatch(h: &[u8], sub: &[u8], start: i64, end: i64, at_end: bool) -> bool {
    let (s, e) = adjust_indices(start, end, h.len());
    let len = h.len() as i64;
    let slen = sub.len() as i64;
    if s > len || e - s < slen {
        return false;
    }
    let at = if at_end { e - slen } else { s };
    h[at as usize..(at + slen) as usize] == *sub
}

fn starts_ends(vm: &Vm, args: CallArgs<'_>, name: &str, at_end: bool) -> PyResult {
    let a = args.check_method(vm, name, 1, 3)?;
    let h = self_data(&a[0]);
    let s = slice_bound(vm, a.get(2), 0)?;
    let e = slice_bound(vm, a.get(3), i64::MAX)?;
    let bad = |o: &PyRef| {
        vm.new_type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            class_name(o)
        ))
    };
    if let Some(items) = super::tupleobject::tuple_items(&a[1]) {
        for it in items {
            let sub = super::buffer::require_bytes_like(vm, it)?;
            if tailmatch(&h, &sub, s, e, at_end) {
                return Ok(vm.true_.clone());
            }
        }
        return Ok(vm.false_.clone());
    }
    let sub = bytes_like(vm, &a[1])?.ok_or_else(|| bad(&a[1]))?;
    Ok(vm.bool_obj(tailmatch(&h, &sub, s, e, at_end)))
}

fn startswith(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    starts_ends(vm, args, "startswith", false)
}

fn endswith(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    starts_ends(vm, args, "endswith", true)
}

// ---------------------------------------------------------------- replace / split

pub fn replace_bytes(h: &[u8], old: &[u8], new: &[u8], count: Option<usize>) -> Vec<u8> {
    let max = count.unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(h.len());
    if old.is_empty() {
        let mut n = 0;
        for (i, &b) in h.iter().enumerate() {
            if n < max {
                out.extend_from_slice(new);
                n += 1;
            }
            out.push(b);
            let _ = i;
        }
        if n < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut last = 0;
    let mut n = 0;
    for i in memchr::memmem::find_iter(h, old) {
        if n >= max {
            break;
        }
        if i < last {
            continue;
        }
        out.extend_from_slice(&h[last..i]);
        out.extend_from_slice(new);
        last = i + old.len();
        n += 1;
    }
    out.extend_from_slice(&h[last..]);
    out
}

fn replace(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = margs(vm, args, "replace", 2, 3)?;
    let old = require_bytes_like(vm, &a[1])?;
    let new = require_bytes_like(vm, &a[2])?;
    let count = match a.get(3) {
        Some(c) => {
            let n = vm.index_isize(c)?;
            if n < 0 {
                None
            } else {
                Some(n as usize)
            }
        }
        None => None,
    };
    let r = replace_bytes(&self_data(&a[0]), &old, &new, count);
    Ok(new_like(vm, &a[0], r))
}

/// ASCII whitespace as `bytes.isspace` and `split()` see it.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_whitespace(h: &[u8], maxsplit: usize, rev: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    if !rev {
        let mut i = 0;
        let n = h.len();
        while out.len() < maxsplit {
            while i < n && is_space(h[i]) {
                i += 1;
            }
            if i == n {
                return out;
            }
            let j = i;
            while i < n && !is_space(h[i]) {
                i += 1;
            }
            out.push(&h[j..i]);
        }
        while i < n && is_space(h[i]) {
            i += 1;
        }
        if i < n {
            out.push(&h[i..]);
        }
    } else {
        let mut i = h.len();
        while out.len() < maxsplit {
            while i > 0 && is_space(h[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                out.reverse();
                return out;
            }
            let j = i;
            while i > 0 && !is_space(h[i - 1]) {
                i -= 1;
            }
            out.push(&h[i..j]);
        }
        while i > 0 && is_space(h[i - 1]) {
            i -= 1;
        }
        if i > 0 {
            out.push(&h[..i]);
        }
        out.reverse();
    }
    out
}

fn split_sep<'a>(h: &'a [u8], sep: &[u8], maxsplit: usize, rev: bool) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    if !rev {
        let mut last = 0;
        for i in memchr::memmem::find_iter(h, sep) {
            if out.len() >= maxsplit {
                break;
            }
            if i < last {
                continue;
            }
            out.push(&h[last..i]);
            last = i + sep.len();
        }
        out.push(&h[last..]);
    } else {
        let mut end = h.len();
        for i in memchr::memmem::rfind_iter(h, sep) {
            if out.len() >= maxsplit {
                break;
            }
            if i + sep.len() > end {
                continue;
            }
            out.push(&h[i + sep.len()..end]);
            end = i;
        }
        out.push(&h[..end]);
        out.reverse();
    }
    out
}

static SPLIT_SIG: Signature = Signature {
    name: "split",
    params: &["sep", "maxsplit"],
    posonly: 0,
    positional: 2,
    required: 0,
};
static RSPLIT_SIG: Signature = Signature {
    name: "rsplit",
    params: &["sep", "maxsplit"],
    posonly: 0,
    positional: 2,
    required: 0,
};

fn split_impl(vm: &Vm, args: CallArgs<'_>, rev: bool) -> PyResult {
    let (me, a) = bind(vm, args, if rev { &RSPLIT_SIG } else { &SPLIT_SIG })?;
    let maxsplit = match &a[1] {
        Some(m) => vm.index_isize(m)?,
        None => -1,
    };
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let h = self_data(&me);
    let parts = match a[0].as_ref().filter(|s| !vm.is_none(s)) {
        None => split_whitespace(&h, maxsplit, rev),
        Some(s) => {
            let sep = require_bytes_like(vm, s)?;
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator"));
            }
            split_sep(&h, &sep, maxsplit, rev).into_iter().collect()
        }
    };
    let items = parts
        .into_iter()
        .map(|p| new_like(vm, &me, p.to_vec()))
        .collect();
    Ok(super::listobject::new_list(vm, items))
}

fn split(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    split_impl(vm, args, false)
}

fn rsplit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    split_impl(vm, args, true)
}

static SPLITLINES_SIG: Signature = Signature {
    name: "splitlines",
    params: &["keepends"],
    posonly: 0,
    positional: 1,
    required: 0,
};

fn splitlines(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (me, a) = bind(vm, args, &SPLITLINES_SIG)?;
    let keep = match &a[0] {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let h = self_data(&me);
    let mut out = Vec::new();
    let mut i = 0;
    let n = h.len();
    while i < n {
        let start = i;
        while i < n && h[i] != b'\n' && h[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if h[i] == b'\r' && i + 1 < n && h[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        out.push(new_like(vm, &me, h[start..eol].to_vec()));
    }
    Ok(super::listobject::new_list(vm, out))
}

fn partition_impl(vm: &Vm, args: CallArgs<'_>, name: &str, rev: bool) -> PyResult {
    let a = margs(vm, args, name, 1, 1)?;
    let sep = require_bytes_like(vm, &a[1])?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let h = self_data(&a[0]);
    let me = &a[0];
    let found = if rev {
        memchr::memmem::rfind(&h, &sep)
    } else {
        memchr::memmem::find(&h, &sep)
    };
    let parts: [Vec<u8>; 3] = match found {
        Some(i) => [h[..i].to_vec(), sep.to_vec(), h[i + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), h.to_vec()],
        None => [h.to_vec(), Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| new_like(vm, me, p)).collect();
    Ok(new_tuple(vm, items))
}

fn partition(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    partition_impl(vm, args, "rpartition", true)
}

// ---------------------------------------------------------------- strip, prefix, join

fn strip_impl(vm: &Vm, args: CallArgs<'_>, name: &str, left: bool, right: bool) -> PyResult {
    let a = margs(vm, args, name, 0, 1)?;
    let chars: Option<Cow<'_, [u8]>> = match a.get(1).filter(|c| !vm.is_none(c)) {
        Some(c) => Some(require_bytes_like(vm, c)?),
        None => None,
    };
    let strip_it = |b: u8| match &chars {
        Some(c) => c.contains(&b),
        None => is_space(b),
    };
    let h = self_data(&a[0]);
    let mut s = 0;
    let mut e = h.len();
    if left {
        while s < e && strip_it(h[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(h[e - 1]) {
            e -= 1;
        }
    }
    Ok(new_like(vm, &a[0], h[s..e].to_vec()))
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

fn removeprefix(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = margs(vm, args, "removeprefix", 1, 1)?;
    let p = require_bytes_like(vm, &a[1])?;
    let h = self_data(&a[0]);
    let r = if h.starts_with(&p) {
        h[p.len()..].to_vec()
    } else {
        h.to_vec()
    };
    Ok(new_like(vm, &a[0], r))
}

fn removesuffix(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = margs(vm, args, "removesuffix", 1, 1)?;
    let p = require_bytes_like(vm, &a[1])?;
    let h = self_data(&a[0]);
    let r = if !p.is_empty() && h.ends_with(&p) {
        h[..h.len() - p.len()].to_vec()
    } else {
        h.to_vec()
    };
    Ok(new_like(vm, &a[0], r))
}

fn join(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = margs(vm, args, "join", 1, 1)?;
    let sep = self_data(&a[0]).into_owned();
    let it = vm.get_iter(&a[1]).map_err(|e| {
        if e.matches(&vm.exceptions.type_error) {
            vm.new_type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let got = match bytes_like(vm, &item) {
            Err(e) if e.matches(&vm.exceptions.buffer_error) => None,
            r => r?,
        };
        let Some(b) = got else {
            return Err(vm.new_type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                class_name(&item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
        i += 1;
    }
    Ok(new_like(vm, &a[0], out))
}

// ---------------------------------------------------------------- padding

fn fill_arg(vm: &Vm, v: Option<&PyRef>, name: &str) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match bytes_like(vm, v)? {
        Some(b) if b.len() == 1 && (v.downcast_ref::<PyBytes>().is_some() || is_bytearray(v)) => {
            Ok(b[0])
        }
        _ => Err(vm.new_type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            class_name(v)
        ))),
    }
}

fn pad_impl(vm: &Vm, args: CallArgs<'_>, name: &str) -> PyResult {
    let a = margs(vm, args, name, 1, 2)?;
    let width = vm.index_isize(&a[1])?;
    let fill = fill_arg(vm, a.get(2), name)?;
    let h = self_data(&a[0]);
    let n = h.len() as isize;
    if width <= n {
        return Ok(new_like(vm, &a[0], h.to_vec()));
    }
    let marg = (width - n) as usize;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width as usize & 1);
            (left, marg - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&h);
    out.extend(std::iter::repeat(fill).take(right));
    Ok(new_like(vm, &a[0], out))
}

fn center(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    pad_impl(vm, args, "center")
}

fn ljust(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    pad_impl(vm, args, "ljust")
}

fn rjust(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    pad_impl(vm, args, "rjust")
}

fn zfill(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = margs(vm, args, "zfill", 1, 1)?;
    let width = vm.index_isize(&a[1])?;
    let h = self_data(&a[0]);
    if width <= h.len() as isize {
        return Ok(new_like(vm, &a[0], h.to_vec()));
    }
    let fill = width as usize - h.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&h);
    if !h.is_empty() && (h[0] == b'+' || h[0] == b'-') {
        out[0] = h[0];
        out[fill] = b'0';
    }
    Ok(new_like(vm, &a[0], out))
}

static EXPANDTABS_SIG: Signature = Signature {
    name: "expandtabs",
    params: &["tabsize"],
    posonly: 0,
    positional: 1,
    required: 0,
};

fn expandtabs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (me, a) = bind(vm, args, &EXPANDTABS_SIG)?;
    let tab = match &a[0] {
        Some(t) => vm.index_isize(t)?,
        None => 8,
    };
    let h = self_data(&me);
    let mut out = Vec::with_capacity(h.len());
    let mut col = 0usize;
    for &b in h.iter() {
        match b {
            b'\t' => {
                if tab > 0 {
                    let n = tab as usize - col % tab as usize;
                    out.extend(std::iter::repeat(b' ').take(n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(new_like(vm, &me, out))
}

// ---------------------------------------------------------------- case mapping and predicates

fn map_case(vm: &Vm, args: CallArgs<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    let a = margs(vm, args, name, 0, 0)?;
    let r = f(&self_data(&a[0]));
    Ok(new_like(vm, &a[0], r))
}

pub fn title_bytes(h: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    h.iter()
        .map(|&b| {
            let r = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_bytes(h: &[u8]) -> Vec<u8> {
    h.iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(h: &[u8]) -> Vec<u8> {
    h.iter()
        .map(|&b| {
            if b.is_ascii_lowercase() {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn upper(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "upper", |h| h.to_ascii_uppercase())
}
fn lower(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "lower", |h| h.to_ascii_lowercase())
}
fn title(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "title", title_bytes)
}
fn capitalize(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "capitalize", capitalize_bytes)
}
fn swapcase(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    map_case(vm, args, "swapcase", swapcase_bytes)
}

fn predicate(vm: &Vm, args: CallArgs<'_>, name: &str, f: fn(&[u8]) -> bool) -> PyResult {
    let a = margs(vm, args, name, 0, 0)?;
    Ok(vm.bool_obj(f(&self_data(&a[0]))))
}

fn istitle_bytes(h: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &b in h {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn isalnum(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    predicate(vm, args, "isalnum", |h| {
        !h.is_empty() && h.iter().all(|b| b.is_ascii_alphanumeric())
    })
}
fn isalpha(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    predicate(vm, args, "isalpha", |h| {
        !h.is_empty() && h.iter().all(|b| b.is_ascii_alphabetic())
    })
}
fn isascii(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    predicate(vm, args, "isascii", |h| h.is_ascii())
}
fn isdigit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    predicate(vm, args, "isdigit", |h| {
        !h.is_empty() && h.iter().all(|b| b.is_ascii_digit())
    })
}
fn isspace(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    predicate(vm, args, "isspace", |h| {
        !h.is_empty() && h.iter().all(|&b| is_space(b))
    })
}
fn islower(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    predicate(vm, args, "islower", |h| {
        h.iter().any(|b| b.is_ascii_lowercase()) && !h.iter().any(|b| b.is_ascii_uppercase())
    })
}
fn isupper(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    predicate(vm, args, "isupper", |h| {
        h.iter().any(|b| b.is_ascii_uppercase()) && !h.iter().any(|b| b.is_ascii_lowercase())
    })
}
fn istitle(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    predicate(vm, args, "istitle", istitle_bytes)
}

// ---------------------------------------------------------------- translate

static TRANSLATE_SIG: Signature = Signature {
    name: "translate",
    params: &["table", "delete"],
    posonly: 1,
    positional: 2,
    required: 1,
};

fn translate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (me, a) = bind(vm, args, &TRANSLATE_SIG)?;
    let table_obj = a[0].clone().expect("required");
    let table: Option<Cow<'_, [u8]>> = if vm.is_none(&table_obj) {
        None
    } else {
        Some(require_bytes_like(vm, &table_obj)?)
    };
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(vm.new_value_error("translation table must be 256 characters long"));
    }
    let delete: Vec<u8> = match &a[1] {
        Some(d) => require_bytes_like(vm, d)?.into_owned(),
        None => Vec::new(),
    };
    let h = self_data(&me);
    let out: Vec<u8> = h
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(t) => t[b as usize],
            None => b,
        })
        .collect();
    Ok(new_like(vm, &me, out))
}

fn maketrans(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "maketrans", 2, 2).map_err(|_| {
        vm.new_type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.positional().len()
        ))
    })?;
    let frm = require_bytes_like(vm, &a[0])?;
    let to = require_bytes_like(vm, &a[1])?;
    if frm.len() != to.len() {
        return Err(vm.new_value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&f, &x) in frm.iter().zip(to.iter()) {
        t[f as usize] = x;
    }
    Ok(new_bytes(vm, t))
}

// ---------------------------------------------------------------- hex / fromhex

/// `bytes.hex(sep, bytes_per_sep)`'s formatting, shared with memoryview.
pub fn hex_impl(vm: &Vm, data: &[u8], sep: Option<&PyRef>, per: Option<&PyRef>) -> PyResult {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let sep_byte = match sep {
        None => None,
        Some(s) => {
            let chars: Vec<u32> = if let Some(st) = s.downcast_ref::<PyStr>() {
                st.to_code_points()
            } else if let Some(b) = bytes_like(vm, s)? {
                b.iter().map(|&c| c as u32).collect()
            } else {
                return Err(
                    vm.new_type_error(format!("object of type '{}' has no len()", class_name(s)))
                );
            };
            if chars.len() != 1 {
                return Err(vm.new_value_error("sep must be length 1."));
            }
            if chars[0] > 127 {
                return Err(vm.new_value_error("sep must be ASCII."));
            }
            Some(chars[0] as u8)
        }
    };
    let per = match per {
        Some(p) => vm.index_isize(p)?,
        None => 1,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    match sep_byte {
        Some(sb) if per != 0 && !data.is_empty() => {
            let group = per.unsigned_abs();
            let n = data.len();
            for (i, &b) in data.iter().enumerate() {
                let boundary = if per > 0 {
                    i > 0 && (n - i) % group == 0
                } else {
                    i > 0 && i % group == 0
                };
                if boundary {
                    out.push(sb);
                }
                out.push(DIGITS[(b >> 4) as usize]);
                out.push(DIGITS[(b & 15) as usize]);
            }
        }
        _ => {
            for &b in data {
                out.push(DIGITS[(b >> 4) as usize]);
                out.push(DIGITS[(b & 15) as usize]);
            }
        }
    }
    Ok(super::unicodeobject::new_str_object(
        vm,
        std::str::from_utf8(&out).unwrap_or(""),
    ))
}

static HEX_SIG: Signature = Signature {
    name: "hex",
    params: &["sep", "bytes_per_sep"],
    posonly: 0,
    positional: 2,
    required: 0,
};

fn hex(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (me, a) = bind(vm, args, &HEX_SIG)?;
    hex_impl(vm, &self_data(&me), a[0].as_ref(), a[1].as_ref())
}

/// Parses `fromhex`'s argument; ValueError names the first bad position.
pub fn parse_hex(vm: &Vm, s: &PyRef) -> PyResult<Vec<u8>> {
    let Some(st) = s.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "fromhex() argument must be str, not {}",
            class_name(s)
        )));
    };
    let cps = st.to_code_points();
    let digit = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(16));
    let bad = |p: usize| {
        vm.new_value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {p}"
        ))
    };
    let mut out = Vec::with_capacity(cps.len() / 2);
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if c < 128 && is_space(c as u8) {
            i += 1;
            continue;
        }
        let hi = digit(c).ok_or_else(|| bad(i))?;
        let lo = cps
            .get(i + 1)
            .and_then(|&c| digit(c))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn fromhex(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "fromhex", 1, 1)?;
    let cls = &a[0];
    let data = parse_hex(vm, &a[1])?;
    let base = if super::typeobject::is_subtype(cls, &vm.types.bytearray_type) {
        &vm.types.bytearray_type
    } else {
        &vm.types.bytes_type
    };
    let obj = if base.is(&vm.types.bytearray_type) {
        super::bytearrayobject::new_bytearray(vm, data)
    } else {
        new_bytes(vm, data)
    };
    if cls.is(base) {
        return Ok(obj);
    }
    vm.call_positional(cls, &[obj])
}

// ---------------------------------------------------------------- decode

static DECODE_SIG: Signature = Signature {
    name: "decode",
    params: &["encoding", "errors"],
    posonly: 0,
    positional: 2,
    required: 0,
};

fn decode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (me, a) = bind(vm, args, &DECODE_SIG)?;
    let enc = match &a[0] {
        Some(e) => Some(str_arg(vm, e, "decode", "encoding")?),
        None => None,
    };
    let errors = match &a[1] {
        Some(e) => Some(str_arg(vm, e, "decode", "errors")?),
        None => None,
    };
    let data = self_data(&me);
    super::unicode_codecs::decode(
        vm,
        &data,
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )
}

/// A str argument as Rust text, or CPython's "decode() argument 'encoding' must be str, not int".
pub fn str_arg(vm: &Vm, v: &PyRef, func: &str, param: &str) -> PyResult<String> {
    match v.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.to_string_lossy().into_owned()),
        None => Err(vm.new_type_error(format!(
            "{func}() argument '{param}' must be str, not {}",
            class_name(v)
        ))),
    }
}

fn getnewargs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = margs(vm, args, "__getnewargs__", 0, 0)?;
    let copy = new_like(vm, &a[0], self_data(&a[0]).into_owned());
    Ok(new_tuple(vm, vec![copy]))
}

/// The methods both `bytes` and `bytearray` have.
pub static SHARED_METHODS: &[MethodDef] = &[
    MethodDef::new("capitalize", capitalize),
    MethodDef::new("center", center),
    MethodDef::new("count", count),
    MethodDef::new("decode", decode),
    MethodDef::new("endswith", endswith),
    MethodDef::new("expandtabs", expandtabs),
    MethodDef::new("find", find),
    MethodDef::class("fromhex", fromhex),
    MethodDef::new("hex", hex),
    MethodDef::new("index", index),
    MethodDef::new("isalnum", isalnum),
    MethodDef::new("isalpha", isalpha),
    MethodDef::new("isascii", isascii),
    MethodDef::new("isdigit", isdigit),
    MethodDef::new("islower", islower),
    MethodDef::new("isspace", isspace),
    MethodDef::new("istitle", istitle),
    MethodDef::new("isupper", isupper),
    MethodDef::new("join", join),
    MethodDef::new("ljust", ljust),
    MethodDef::new("lower", lower),
    MethodDef::new("lstrip", lstrip),
    MethodDef::static_("maketrans", maketrans),
    MethodDef::new("partition", partition),
    MethodDef::new("removeprefix", removeprefix),
    MethodDef::new("removesuffix", removesuffix),
    MethodDef::new("replace", replace),
    MethodDef::new("rfind", rfind),
    MethodDef::new("rindex", rindex),
    MethodDef::new("rjust", rjust),
    MethodDef::new("rpartition", rpartition),
    MethodDef::new("rsplit", rsplit),
    MethodDef::new("rstrip", rstrip),
    MethodDef::new("split", split),
    MethodDef::new("splitlines", splitlines),
    MethodDef::new("startswith", startswith),
    MethodDef::new("strip", strip),
    MethodDef::new("swapcase", swapcase),
    MethodDef::new("title", title),
    MethodDef::new("translate", translate),
    MethodDef::new("upper", upper),
    MethodDef::new("zfill", zfill),
];

/// `bytes.__getnewargs__` (bytearray pickles through `__reduce__` instead).
pub static BYTES_ONLY_METHODS: &[MethodDef] = &[MethodDef::new("__getnewargs__", getnewargs)];
