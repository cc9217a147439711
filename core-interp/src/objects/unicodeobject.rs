//! `str`: immutable sequences of Unicode code points.
//!
//! Representation: all-ASCII strings are stored as a Rust `str` (fast paths,
//! valid UTF-8); any other string as its code points (`u32`, so lone
//! surrogates are representable and indexing is O(1)). The hash is cached.

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;
use std::borrow::Cow;
use std::cell::Cell;

/// How the code points are stored.
pub enum StrData {
    /// Only code points below 128.
    Ascii(Box<str>),
    /// At least one code point of 128 or more.
    Wide(Box<[u32]>),
}

/// The payload of str objects.
pub struct PyStr {
    pub data: StrData,
    /// Cached hash; -1 means not computed yet.
    pub hash: Cell<isize>,
    /// Whether this object is the interned instance of its value.
    pub interned: Cell<bool>,
}

impl PyPayload for PyStr {
    const GC: bool = false;
}

impl PyStr {
    pub fn from_str(s: &str) -> PyStr {
        let data = if s.is_ascii() {
            StrData::Ascii(s.into())
        } else {
            StrData::Wide(s.chars().map(|c| c as u32).collect())
        };
        PyStr {
            data,
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }

    /// From code points (which may include lone surrogates).
    pub fn from_code_points(cps: &[u32]) -> PyStr {
        let data = if cps.iter().all(|&c| c < 128) {
            StrData::Ascii(
                cps.iter()
                    .map(|&c| c as u8 as char)
                    .collect::<String>()
                    .into(),
            )
        } else {
            StrData::Wide(cps.into())
        };
        PyStr {
            data,
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }

    /// Number of code points (`len()`).
    pub fn len(&self) -> usize {
        match &self.data {
            StrData::Ascii(s) => s.len(),
            StrData::Wide(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn is_ascii(&self) -> bool {
        matches!(self.data, StrData::Ascii(_))
    }

    /// The string as `&str` when it is all ASCII.
    pub fn as_ascii(&self) -> Option<&str> {
        match &self.data {
            StrData::Ascii(s) => Some(s),
            StrData::Wide(_) => None,
        }
    }

    /// Code point at index `i` (no bounds adjustment).
    pub fn char_at(&self, i: usize) -> u32 {
        match &self.data {
            StrData::Ascii(s) => s.as_bytes()[i] as u32,
            StrData::Wide(v) => v[i],
        }
    }

    /// Iterates over the code points.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        let (a, w) = match &self.data {
            StrData::Ascii(s) => (Some(s.bytes().map(|b| b as u32)), None),
            StrData::Wide(v) => (None, Some(v.iter().copied())),
        };
        a.into_iter().flatten().chain(w.into_iter().flatten())
    }

    /// The code points as a vector.
    pub fn to_code_points(&self) -> Vec<u32> {
        self.code_points().collect()
    }

    /// Whether the string holds lone surrogates (not encodable as UTF-8).
    pub fn has_surrogates(&self) -> bool {
        match &self.data {
            StrData::Ascii(_) => false,
            StrData::Wide(v) => v.iter().any(|&c| (0xD800..0xE000).contains(&c)),
        }
    }

    /// The string as UTF-8; lone surrogates become U+FFFD.
    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        match &self.data {
            StrData::Ascii(s) => Cow::Borrowed(s),
            StrData::Wide(v) => Cow::Owned(
                v.iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                    .collect(),
            ),
        }
    }

    /// Equality of contents.
    pub fn eq_str(&self, other: &PyStr) -> bool {
        match (&self.data, &other.data) {
            (StrData::Ascii(a), StrData::Ascii(b)) => a == b,
            (StrData::Wide(a), StrData::Wide(b)) => a == b,
            _ => false,
        }
    }

    /// Equality with a Rust string.
    pub fn eq_rust(&self, other: &str) -> bool {
        match &self.data {
            StrData::Ascii(a) => &**a == other,
            StrData::Wide(v) => v.iter().copied().eq(other.chars().map(|c| c as u32)),
        }
    }

    /// The hash (SipHash-1-3 over the same bytes CPython hashes, keyed by the
    /// process's hash secret).
    pub fn hash(&self) -> isize {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = match &self.data {
            StrData::Ascii(s) => crate::objects::hashing::hash_bytes(s.as_bytes()),
            StrData::Wide(v) => crate::objects::hashing::hash_code_points(v),
        };
        self.hash.set(h);
        h
    }
}

/// A new str object.
pub fn new_str_object(vm: &Vm, s: &str) -> PyRef {
    if s.is_empty() {
        return vm.empty_str.clone();
    }
    PyRef::new(PyStr::from_str(s), vm.types.str_type.clone())
}

/// The str payload of `obj` (which must be a str or subclass instance).
pub fn as_str(obj: &PyRef) -> Option<&PyStr> {
    obj.downcast_ref::<PyStr>()
}

use super::typeobject::as_type;
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult};

/// `repr(str)` with CPython's quoting and escapes.
pub fn str_repr_string(s: &PyStr) -> String {
    let cps: Vec<u32> = s.code_points().collect();
    let has_single = cps.contains(&('\'' as u32));
    let has_double = cps.contains(&('"' as u32));
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(cps.len() + 2);
    out.push(quote);
    for c in cps {
        match c {
            0x5c => out.push_str("\\\\"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            _ if c == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            _ if c < 0x20 || c == 0x7f => out.push_str(&format!("\\x{c:02x}")),
            _ if c < 0x7f => out.push(c as u8 as char),
            _ => match char::from_u32(c) {
                Some(ch) if super::unicode_ctype::is_printable(c) => out.push(ch),
                _ if c <= 0xff => out.push_str(&format!("\\x{c:02x}")),
                _ if c <= 0xffff => out.push_str(&format!("\\u{c:04x}")),
                _ => out.push_str(&format!("\\U{c:08x}")),
            },
        }
    }
    out.push(quote);
    out
}

fn str_of(o: &PyRef) -> &PyStr {
    o.downcast_ref::<PyStr>().expect("str")
}

fn str_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast_ref::<PyStr>(), b.downcast_ref::<PyStr>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let ord = match (x.as_ascii(), y.as_ascii()) {
        (Some(p), Some(q)) => p.cmp(q),
        _ => x.code_points().cmp(y.code_points()),
    };
    Ok(vm.bool_obj(op.holds(ord)))
}

fn str_add(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (Some(_), Some(y)) = (a.downcast_ref::<PyStr>(), b.downcast_ref::<PyStr>()) else {
        if a.downcast_ref::<PyStr>().is_some() {
            return Err(vm.new_type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                super::typeobject::class_name(b)
            )));
        }
        return Ok(vm.not_implemented.clone());
    };
    let _ = y;
    Ok(crate::vm::eval_support::concat_strings(
        vm,
        &[a.clone(), b.clone()],
    ))
}

static STR_SIG: crate::vm::Signature = crate::vm::Signature {
    name: "str",
    params: &["object", "encoding", "errors"],
    posonly: 0,
    positional: 3,
    required: 0,
};

fn str_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = STR_SIG.bind(vm, args)?;
    let s = match (&a[0], &a[1], &a[2]) {
        (None, _, _) => vm.empty_str.clone(),
        (Some(o), None, None) => vm.str(o)?,
        (Some(o), enc, errors) => {
            let enc = enc
                .as_ref()
                .map(|e| super::bytes_methods::str_arg(vm, e, "str", "encoding"))
                .transpose()?;
            let errors = errors
                .as_ref()
                .map(|e| super::bytes_methods::str_arg(vm, e, "str", "errors"))
                .transpose()?;
            let Some(data) = super::buffer::bytes_like(vm, o)? else {
                let what = if o.downcast_ref::<PyStr>().is_some() {
                    "decoding str is not supported".to_string()
                } else {
                    format!(
                        "decoding to str: need a bytes-like object, {} found",
                        super::typeobject::class_name(o)
                    )
                };
                return Err(vm.new_type_error(what));
            };
            super::unicode_codecs::decode(
                vm,
                &data,
                enc.as_deref().unwrap_or("utf-8"),
                errors.as_deref().unwrap_or("strict"),
            )?
        }
    };
    if cls.is(&vm.types.str_type) {
        return Ok(s);
    }
    let st = str_of(&s);
    Ok(PyRef::new(
        PyStr::from_code_points(&st.to_code_points()),
        cls.clone(),
    ))
}

/// Installs str's slots.
pub fn init(vm: &Vm) {
    let s = &as_type(&vm.types.str_type).slots;
    s.repr.set(Some(|vm, o| {
        Ok(new_str_object(vm, &str_repr_string(str_of(o))))
    }));
    s.str.set(Some(|vm, o| {
        if o.class().is(&vm.types.str_type) {
            Ok(o.clone())
        } else {
            Ok(PyRef::new(
                PyStr::from_code_points(&str_of(o).to_code_points()),
                vm.types.str_type.clone(),
            ))
        }
    }));
    s.hash.set(Some(|_, o| Ok(str_of(o).hash())));
    s.richcompare.set(Some(str_richcompare));
    s.len.set(Some(|_, o| Ok(str_of(o).len())));
    s.add.set(Some(str_add));
    s.new.set(Some(str_new));
}
