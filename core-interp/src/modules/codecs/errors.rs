//! Codec error handling: the standard handlers (strict, ignore, replace,
//! backslashreplace, xmlcharrefreplace, namereplace, surrogateescape,
//! surrogatepass) applied inline, the registry of named handlers
//! (`register_error`/`lookup_error`), and calls to user handlers with
//! CPython's result checks.

use crate::objects::bytesobject::{new_bytes, PyBytes};
use crate::objects::dictobject::PyDict;
use crate::objects::exceptions_unicode::{new_decode_error, new_encode_error};
use crate::objects::longobject::new_int;
use crate::objects::object::PyRef;
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::{class_name, is_subtype};
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyErr, PyResult, Vm};
use std::cell::RefCell;

thread_local! {
    /// Error handlers registered by name (`codecs.register_error`).
    static HANDLERS: RefCell<Option<PyRef>> = const { RefCell::new(None) };
}

/// An error handler, resolved from the `errors` argument.
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    /// A handler found in the registry by name (looked up at the first error).
    Named(String),
}

impl Handler {
    /// The handler for `errors` (None means strict).
    pub fn from_name(errors: Option<&str>) -> Handler {
        match errors.unwrap_or("strict") {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            other => Handler::Named(other.to_string()),
        }
    }
}

fn registry(vm: &Vm) -> PyRef {
    HANDLERS.with(|h| {
        if let Some(d) = h.borrow().as_ref() {
            return d.clone();
        }
        let d = PyDict::new_ref(vm);
        let dict = d.downcast_ref::<PyDict>().expect("dict");
        for (name, f) in STANDARD {
            let def = crate::objects::methodobject::MethodDef::new(f.0, f.1);
            dict.set_str(
                vm,
                name,
                crate::objects::methodobject::new_builtin_function(vm, def, None),
            );
        }
        *h.borrow_mut() = Some(d.clone());
        d
    })
}

/// `codecs.register_error(name, handler)`.
pub fn register_error(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "register_error", 2, 2)?;
    let name = a[0].downcast_ref::<PyStr>().ok_or_else(|| {
        vm.new_type_error(format!(
            "register_error() argument 1 must be str, not {}",
            class_name(&a[0])
        ))
    })?;
    if crate::objects::typeobject::as_type(a[1].class())
        .slots
        .call
        .get()
        .is_none()
    {
        return Err(vm.new_type_error("handler must be callable"));
    }
    let d = registry(vm);
    d.downcast_ref::<PyDict>()
        .expect("dict")
        .set_str(vm, &name.to_string_lossy(), a[1].clone());
    Ok(vm.none.clone())
}

/// The handler registered as `name`, or CPython's LookupError.
pub fn lookup(vm: &Vm, name: &str) -> PyResult {
    let d = registry(vm);
    match d
        .downcast_ref::<PyDict>()
        .expect("dict")
        .get_rust_str(vm, name)
    {
        Some(h) => Ok(h),
        None => Err(vm.new_exception_msg(
            &vm.exceptions.lookup_error,
            format!("unknown error handler name '{name}'"),
        )),
    }
}

/// `codecs.lookup_error(name)`.
pub fn lookup_error(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "lookup_error", 1, 1)?;
    let name = a[0].downcast_ref::<PyStr>().ok_or_else(|| {
        vm.new_type_error(format!(
            "lookup_error() argument must be str, not {}",
            class_name(&a[0])
        ))
    })?;
    lookup(vm, &name.to_string_lossy())
}

fn push_ascii(out: &mut Vec<u32>, s: &str) {
    out.extend(s.bytes().map(|b| b as u32));
}

/// The text `backslashreplace` gives a code point.
pub fn backslash_escape(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// The Unicode name of a code point, if it has one.
pub fn char_name(c: u32) -> Option<String> {
    let ch = char::from_u32(c)?;
    unicode_names2::name(ch).map(|n| n.to_string())
}

/// Calls a registered handler with `exc`; returns (replacement, new position).
fn call_handler(
    vm: &Vm,
    name: &str,
    exc: &PyRef,
    input_len: usize,
    decoding: bool,
) -> PyResult<(PyRef, usize)> {
    let h = lookup(vm, name)?;
    let r = vm.call_positional(&h, &[exc.clone()])?;
    let bad = || {
        vm.new_type_error(if decoding {
            "decoding error handler must return (str, int) tuple"
        } else {
            "encoding error handler must return (str/bytes, int) tuple"
        })
    };
    let items = tuple_items(&r).ok_or_else(bad)?;
    if items.len() != 2 {
        return Err(bad());
    }
    let ok_kind = items[0].downcast_ref::<PyStr>().is_some()
        || (!decoding && items[0].downcast_ref::<PyBytes>().is_some());
    if !ok_kind || crate::objects::longobject::as_int(&items[1]).is_none() {
        return Err(bad());
    }
    let mut pos = vm.index_isize(&items[1])?;
    if pos < 0 {
        pos += input_len as isize;
    }
    if pos < 0 || pos as usize > input_len {
        return Err(vm.new_index_error(format!(
            "position {} from error handler out of bounds",
            vm.index_isize(&items[1])?
        )));
    }
    Ok((items[0].clone(), pos as usize))
}

/// What a decoder needs to report an error.
pub struct DecodeCtx<'a> {
    pub encoding: &'a str,
    pub data: &'a [u8],
    /// The input as a bytes object, created at the first error.
    pub object: Option<PyRef>,
}

impl DecodeCtx<'_> {
    fn object(&mut self, vm: &Vm) -> PyRef {
        self.object
            .get_or_insert_with(|| new_bytes(vm, self.data.to_vec()))
            .clone()
    }

    /// The exception for bytes `start..end`.
    pub fn exception(&mut self, vm: &Vm, start: usize, end: usize, reason: &str) -> PyErr {
        let obj = self.object(vm);
        match new_decode_error(vm, self.encoding, &obj, start, end, reason) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }
}

/// Handles undecodable bytes `start..end`: appends the replacement to
/// `out` and returns where decoding resumes.
pub fn decode_error(
    vm: &Vm,
    h: &Handler,
    ctx: &mut DecodeCtx<'_>,
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u32>,
) -> PyResult<usize> {
    match h {
        Handler::Strict => Err(ctx.exception(vm, start, end, reason)),
        Handler::Ignore => Ok(end),
        Handler::Replace => {
            out.push(0xFFFD);
            Ok(end)
        }
        Handler::BackslashReplace => {
            for &b in &ctx.data[start..end] {
                push_ascii(out, &format!("\\x{b:02x}"));
            }
            Ok(end)
        }
        Handler::SurrogateEscape => {
            let bytes = &ctx.data[start..end];
            if bytes.iter().any(|&b| b < 128) {
                return Err(ctx.exception(vm, start, end, reason));
            }
            out.extend(bytes.iter().map(|&b| 0xDC00 + b as u32));
            Ok(end)
        }
        Handler::SurrogatePass => match surrogatepass_decode(ctx.encoding, &ctx.data[start..]) {
            Some((c, n)) => {
                out.push(c);
                Ok(start + n)
            }
            None => Err(ctx.exception(vm, start, end, reason)),
        },
        Handler::XmlCharRefReplace | Handler::NameReplace => {
            let e = ctx.exception(vm, start, end, reason);
            Err(vm.new_type_error(format!(
                "don't know how to handle {} in error callback",
                class_name(e.value())
            )))
        }
        Handler::Named(name) => {
            let e = ctx.exception(vm, start, end, reason);
            let (rep, pos) = call_handler(vm, name, e.value(), ctx.data.len(), true)?;
            out.extend(rep.downcast_ref::<PyStr>().expect("checked").code_points());
            Ok(pos)
        }
    }
}

/// The width in bytes of one code unit of a UTF encoding name, and whether it is big-endian.
fn utf_kind(encoding: &str) -> Option<(usize, bool)> {
    match encoding {
        "utf-8" | "utf8" => Some((1, false)),
        "utf-16-le" | "utf-16" => Some((2, false)),
        "utf-16-be" => Some((2, true)),
        "utf-32-le" | "utf-32" => Some((4, false)),
        "utf-32-be" => Some((4, true)),
        _ => None,
    }
}

/// `surrogatepass` when decoding: a surrogate encoded in the UTF at the start of `data`.
fn surrogatepass_decode(encoding: &str, data: &[u8]) -> Option<(u32, usize)> {
    let (width, be) = utf_kind(encoding)?;
    let c = match width {
        1 => {
            if data.len() < 3
                || data[0] & 0xF0 != 0xE0
                || data[1] & 0xC0 != 0x80
                || data[2] & 0xC0 != 0x80
            {
                return None;
            }
            ((data[0] as u32 & 0x0F) << 12)
                | ((data[1] as u32 & 0x3F) << 6)
                | (data[2] as u32 & 0x3F)
        }
        2 if data.len() >= 2 => {
            if be {
                u16::from_be_bytes([data[0], data[1]]) as u32
            } else {
                u16::from_le_bytes([data[0], data[1]]) as u32
            }
        }
        4 if data.len() >= 4 => {
            let w = [data[0], data[1], data[2], data[3]];
            if be {
                u32::from_be_bytes(w)
            } else {
                u32::from_le_bytes(w)
            }
        }
        _ => return None,
    };
    (0xD800..0xE000)
        .contains(&c)
        .then_some((c, width.max(if width == 1 { 3 } else { width })))
}

/// What an encoder needs to report an error.
pub struct EncodeCtx<'a> {
    pub encoding: &'a str,
    /// The str being encoded.
    pub object: &'a PyRef,
    pub cps: &'a [u32],
}

impl EncodeCtx<'_> {
    pub fn exception(&self, vm: &Vm, start: usize, end: usize, reason: &str) -> PyErr {
        match new_encode_error(vm, self.encoding, self.object, start, end, reason) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    }
}

/// Handles unencodable characters `start..end`: appends bytes to `out`
/// and returns where encoding resumes. `encode_str` encodes a str
/// replacement with the codec itself (None if it cannot).
pub fn encode_error(
    vm: &Vm,
    h: &Handler,
    ctx: &EncodeCtx<'_>,
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u8>,
    encode_str: &dyn Fn(&[u32]) -> Option<Vec<u8>>,
) -> PyResult<usize> {
    let chars = &ctx.cps[start..end];
    match h {
        Handler::Strict => Err(ctx.exception(vm, start, end, reason)),
        Handler::Ignore => Ok(end),
        Handler::Replace => {
            let q = encode_str(&['?' as u32]).unwrap_or_else(|| b"?".to_vec());
            for _ in chars {
                out.extend_from_slice(&q);
            }
            Ok(end)
        }
        Handler::BackslashReplace | Handler::XmlCharRefReplace | Handler::NameReplace => {
            let mut text = String::new();
            for &c in chars {
                match h {
                    Handler::BackslashReplace => text.push_str(&backslash_escape(c)),
                    Handler::XmlCharRefReplace => text.push_str(&format!("&#{c};")),
                    _ => match char_name(c) {
                        Some(n) => text.push_str(&format!("\\N{{{n}}}")),
                        None => text.push_str(&backslash_escape(c)),
                    },
                }
            }
            let cps: Vec<u32> = text.bytes().map(|b| b as u32).collect();
            out.extend(encode_str(&cps).unwrap_or_else(|| text.into_bytes()));
            Ok(end)
        }
        Handler::SurrogateEscape => {
            // Escapes the leading run it can; the rest is an error.
            let k = chars
                .iter()
                .position(|c| !(0xDC80..=0xDCFF).contains(c))
                .unwrap_or(chars.len());
            out.extend(chars[..k].iter().map(|&c| (c - 0xDC00) as u8));
            if k < chars.len() {
                return Err(ctx.exception(vm, start + k, end, reason));
            }
            Ok(end)
        }
        Handler::SurrogatePass => {
            let Some((width, be)) = utf_kind(ctx.encoding) else {
                return Err(ctx.exception(vm, start, end, reason));
            };
            let k = chars
                .iter()
                .position(|c| !(0xD800..0xE000).contains(c))
                .unwrap_or(chars.len());
            if k < chars.len() {
                return Err(ctx.exception(vm, start + k, end, reason));
            }
            for &c in chars {
                match (width, be) {
                    (1, _) => out.extend_from_slice(&[
                        0xE0 | (c >> 12) as u8,
                        0x80 | ((c >> 6) & 0x3F) as u8,
                        0x80 | (c & 0x3F) as u8,
                    ]),
                    (2, false) => out.extend_from_slice(&(c as u16).to_le_bytes()),
                    (2, true) => out.extend_from_slice(&(c as u16).to_be_bytes()),
                    (_, false) => out.extend_from_slice(&c.to_le_bytes()),
                    (_, true) => out.extend_from_slice(&c.to_be_bytes()),
                }
            }
            Ok(end)
        }
        Handler::Named(name) => {
            let e = ctx.exception(vm, start, end, reason);
            let (rep, pos) = call_handler(vm, name, e.value(), ctx.cps.len(), false)?;
            if let Some(b) = rep.downcast_ref::<PyBytes>() {
                out.extend_from_slice(&b.data);
            } else {
                let cps = rep
                    .downcast_ref::<PyStr>()
                    .expect("checked")
                    .to_code_points();
                match encode_str(&cps) {
                    Some(b) => out.extend(b),
                    None => return Err(ctx.exception(vm, start, end, reason)),
                }
            }
            Ok(pos)
        }
    }
}

// The standard handlers as callables (what `lookup_error` returns).

fn exc_arg<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a PyRef> {
    let a = args.check_positional(vm, name, 1, 1)?;
    if !is_subtype(a[0].class(), &vm.exceptions.base_exception) {
        return Err(vm.new_type_error(format!(
            "{name}() argument must be UnicodeError, not {}",
            class_name(&a[0])
        )));
    }
    Ok(&a[0])
}

fn int_attr(vm: &Vm, e: &PyRef, n: &str) -> PyResult<usize> {
    let v = vm.index_isize(&vm.getattr_str(e, n)?)?;
    Ok(v.max(0) as usize)
}

fn wrong(vm: &Vm, e: &PyRef) -> PyErr {
    vm.new_type_error(format!(
        "don't know how to handle {} in error callback",
        class_name(e)
    ))
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum ErrKind {
    Encode,
    Decode,
    Translate,
}

fn kind(vm: &Vm, e: &PyRef) -> Option<ErrKind> {
    if is_subtype(e.class(), &vm.exceptions.unicode_encode_error) {
        Some(ErrKind::Encode)
    } else if is_subtype(e.class(), &vm.exceptions.unicode_decode_error) {
        Some(ErrKind::Decode)
    } else if is_subtype(e.class(), &vm.exceptions.unicode_translate_error) {
        Some(ErrKind::Translate)
    } else {
        None
    }
}

fn result(vm: &Vm, s: PyRef, end: usize) -> PyResult {
    Ok(new_tuple(vm, vec![s, new_int(vm, end as i64)]))
}

fn cps_of_object(vm: &Vm, e: &PyRef) -> PyResult<Vec<u32>> {
    let o = vm.getattr_str(e, "object")?;
    Ok(o.downcast_ref::<PyStr>()
        .map(|s| s.to_code_points())
        .unwrap_or_default())
}

fn strict_errors(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let e = exc_arg(vm, &args, "strict_errors")?;
    Err(PyErr(e.clone()))
}

fn ignore_errors(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let e = exc_arg(vm, &args, "ignore_errors")?;
    if kind(vm, e).is_none() {
        return Err(wrong(vm, e));
    }
    result(vm, vm.empty_str.clone(), int_attr(vm, e, "end")?)
}

fn replace_errors(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let e = exc_arg(vm, &args, "replace_errors")?;
    let k = kind(vm, e).ok_or_else(|| wrong(vm, e))?;
    let (start, end) = (int_attr(vm, e, "start")?, int_attr(vm, e, "end")?);
    let n = end.saturating_sub(start);
    let s = match k {
        ErrKind::Encode => "?".repeat(n),
        ErrKind::Decode => "\u{FFFD}".to_string(),
        ErrKind::Translate => "\u{FFFD}".repeat(n),
    };
    result(vm, new_str_object(vm, &s), end)
}

fn text_errors(
    vm: &Vm,
    args: CallArgs<'_>,
    name: &str,
    f: fn(u32) -> String,
    allow_decode: bool,
) -> PyResult {
    let e = exc_arg(vm, &args, name)?;
    let k = kind(vm, e).ok_or_else(|| wrong(vm, e))?;
    let (start, end) = (int_attr(vm, e, "start")?, int_attr(vm, e, "end")?);
    let mut s = String::new();
    if k == ErrKind::Decode {
        if !allow_decode {
            return Err(wrong(vm, e));
        }
        let o = vm.getattr_str(e, "object")?;
        let data = crate::objects::bytesobject::as_bytes(&o)
            .unwrap_or(&[])
            .to_vec();
        for &b in data.get(start..end.min(data.len())).unwrap_or(&[]) {
            s.push_str(&format!("\\x{b:02x}"));
        }
    } else {
        if k == ErrKind::Translate && !allow_decode {
            return Err(wrong(vm, e));
        }
        let cps = cps_of_object(vm, e)?;
        for &c in cps.get(start..end.min(cps.len())).unwrap_or(&[]) {
            s.push_str(&f(c));
        }
    }
    result(vm, new_str_object(vm, &s), end)
}

fn backslashreplace_errors(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    text_errors(vm, args, "backslashreplace_errors", backslash_escape, true)
}

fn xmlcharrefreplace_errors(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    text_errors(
        vm,
        args,
        "xmlcharrefreplace_errors",
        |c| format!("&#{c};"),
        false,
    )
}

fn namereplace_errors(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    text_errors(
        vm,
        args,
        "namereplace_errors",
        |c| match char_name(c) {
            Some(n) => format!("\\N{{{n}}}"),
            None => backslash_escape(c),
        },
        false,
    )
}

fn surrogate_errors(vm: &Vm, args: CallArgs<'_>, name: &str, escape: bool) -> PyResult {
    let e = exc_arg(vm, &args, name)?;
    let k = kind(vm, e).ok_or_else(|| wrong(vm, e))?;
    let (start, end) = (int_attr(vm, e, "start")?, int_attr(vm, e, "end")?);
    let encoding = vm
        .str_string(&vm.getattr_str(e, "encoding")?)
        .unwrap_or_default();
    let reraise = || Err(PyErr(e.clone()));
    match k {
        ErrKind::Encode => {
            let cps = cps_of_object(vm, e)?;
            let chars = cps.get(start..end.min(cps.len())).unwrap_or(&[]);
            let mut out = Vec::new();
            if escape {
                if chars.iter().any(|c| !(0xDC80..=0xDCFF).contains(c)) {
                    return reraise();
                }
                out.extend(chars.iter().map(|&c| (c - 0xDC00) as u8));
            } else {
                let Some((width, be)) = utf_kind(&encoding.to_lowercase().replace('_', "-")) else {
                    return reraise();
                };
                if chars.iter().any(|c| !(0xD800..0xE000).contains(c)) {
                    return reraise();
                }
                for &c in chars {
                    match (width, be) {
                        (1, _) => out.extend_from_slice(&[
                            0xE0 | (c >> 12) as u8,
                            0x80 | ((c >> 6) & 0x3F) as u8,
                            0x80 | (c & 0x3F) as u8,
                        ]),
                        (2, false) => out.extend_from_slice(&(c as u16).to_le_bytes()),
                        (2, true) => out.extend_from_slice(&(c as u16).to_be_bytes()),
                        (_, false) => out.extend_from_slice(&c.to_le_bytes()),
                        (_, true) => out.extend_from_slice(&c.to_be_bytes()),
                    }
                }
            }
            result(vm, new_bytes(vm, out), end)
        }
        ErrKind::Decode => {
            let o = vm.getattr_str(e, "object")?;
            let data = crate::objects::bytesobject::as_bytes(&o)
                .unwrap_or(&[])
                .to_vec();
            if escape {
                let mut out = Vec::new();
                let mut i = start;
                while i < end.min(data.len()) && out.len() < 4 {
                    if data[i] < 128 {
                        break;
                    }
                    out.push(0xDC00 + data[i] as u32);
                    i += 1;
                }
                if out.is_empty() {
                    return reraise();
                }
                result(
                    vm,
                    PyRef::new(PyStr::from_code_points(&out), vm.types.str_type.clone()),
                    i,
                )
            } else {
                match surrogatepass_decode(
                    &encoding.to_lowercase().replace('_', "-"),
                    data.get(start..).unwrap_or(&[]),
                ) {
                    Some((c, n)) => result(
                        vm,
                        PyRef::new(PyStr::from_code_points(&[c]), vm.types.str_type.clone()),
                        start + n,
                    ),
                    None => reraise(),
                }
            }
        }
        ErrKind::Translate => Err(wrong(vm, e)),
    }
}

fn surrogateescape_errors(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    surrogate_errors(vm, args, "surrogateescape", true)
}

fn surrogatepass_errors(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    surrogate_errors(vm, args, "surrogatepass", false)
}

type Builtin = (&'static str, crate::objects::methodobject::BuiltinFn);

const STANDARD: [(&str, Builtin); 8] = [
    ("strict", ("strict_errors", strict_errors)),
    ("ignore", ("ignore_errors", ignore_errors)),
    ("replace", ("replace_errors", replace_errors)),
    (
        "xmlcharrefreplace",
        ("xmlcharrefreplace_errors", xmlcharrefreplace_errors),
    ),
    (
        "backslashreplace",
        ("backslashreplace_errors", backslashreplace_errors),
    ),
    ("namereplace", ("namereplace_errors", namereplace_errors)),
    (
        "surrogateescape",
        ("surrogateescape", surrogateescape_errors),
    ),
    ("surrogatepass", ("surrogatepass", surrogatepass_errors)),
];
