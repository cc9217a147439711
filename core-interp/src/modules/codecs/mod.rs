//! The `_codecs` module: the codec registry (`register`, `lookup`, with the
//! `encodings` package's search function), `encode`/`decode`, the error
//! handler registry, and the codec functions the `encodings` package calls.
//! Also `encode_text`/`decode_bytes`, which `str.encode` and `bytes.decode`
//! use for the encodings and error handlers their own fast paths lack.

pub mod charmap;
pub mod errors;
pub mod escape;
pub mod utf;

use crate::objects::bytesobject::{new_bytes, PyBytes};
use crate::objects::dictobject::PyDict;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::{as_type, class_name};
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use errors::Handler;
use std::cell::RefCell;

struct Registry {
    search: Vec<PyRef>,
    cache: Option<PyRef>,
    initialised: bool,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const { RefCell::new(Registry { search: Vec::new(), cache: None, initialised: false }) };
}

fn cache(vm: &Vm) -> PyRef {
    REGISTRY.with(|r| {
        r.borrow_mut()
            .cache
            .get_or_insert_with(|| PyDict::new_ref(vm))
            .clone()
    })
}

/// Imports `encodings` once, which registers its search function (as
/// CPython does at start-up). A missing standard library is not an error
/// here: the built-in fast paths still work.
fn init_registry(vm: &Vm) -> PyResult<()> {
    let first = REGISTRY.with(|r| !std::mem::replace(&mut r.borrow_mut().initialised, true));
    if first {
        if let Err(e) = crate::vm::import::import_module(vm, "encodings") {
            if !e.matches(&vm.exceptions.import_error) {
                return Err(e);
            }
        }
    }
    Ok(())
}

/// The registry's key for an encoding name: lower case, spaces as underscores.
fn normalize_registry(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `_codecs.lookup(encoding)`.
pub fn lookup(vm: &Vm, encoding: &str) -> PyResult {
    init_registry(vm)?;
    let key = normalize_registry(encoding);
    let c = cache(vm);
    let cd = c.downcast_ref::<PyDict>().expect("dict");
    if let Some(v) = cd.get_rust_str(vm, &key) {
        return Ok(v);
    }
    let fns = REGISTRY.with(|r| r.borrow().search.clone());
    let keyobj = new_str_object(vm, &key);
    for f in fns {
        let r = vm.call_positional(&f, &[keyobj.clone()])?;
        if vm.is_none(&r) {
            continue;
        }
        if tuple_items(&r).map_or(true, |t| t.len() != 4) {
            return Err(vm.new_type_error("codec search functions must return 4-tuples"));
        }
        cd.set_str(vm, &key, r.clone());
        return Ok(r);
    }
    Err(vm.new_exception_msg(
        &vm.exceptions.lookup_error,
        format!("unknown encoding: {encoding}"),
    ))
}

fn str_arg(vm: &Vm, func: &str, n: usize, v: &PyRef) -> PyResult<String> {
    match v.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.to_string_lossy().into_owned()),
        None => Err(vm.new_type_error(format!(
            "{func}() argument {n} must be str, not {}",
            class_name(v)
        ))),
    }
}

fn errors_arg(vm: &Vm, func: &str, n: usize, v: Option<&PyRef>) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) => match v.downcast_ref::<PyStr>() {
            Some(s) => Ok(Some(s.to_string_lossy().into_owned())),
            None => Err(vm.new_type_error(format!(
                "{func}() argument {n} must be str or None, not {}",
                class_name(v)
            ))),
        },
    }
}

/// A bytes-like argument (or, when `accept_str`, a str taken as UTF-8).
fn data_arg(vm: &Vm, func: &str, n: usize, v: &PyRef, accept_str: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = v.downcast_ref::<PyBytes>() {
        return Ok(b.data.to_vec());
    }
    if let Some(s) = v.downcast_ref::<PyStr>() {
        if accept_str {
            return Ok(s.to_string_lossy().into_owned().into_bytes());
        }
        return Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            class_name(v)
        )));
    }
    if v.class().is(&vm.types.bytearray_type)
        || crate::objects::typeobject::is_subtype(v.class(), &vm.types.bytearray_type)
    {
        let b = vm.call_positional(&vm.types.bytes_type, &[v.clone()])?;
        return Ok(b
            .downcast_ref::<PyBytes>()
            .map(|b| b.data.to_vec())
            .unwrap_or_default());
    }
    let _ = (func, n);
    Err(vm.new_type_error(format!(
        "a bytes-like object is required, not '{}'",
        class_name(v)
    )))
}

fn str_of(v: &PyRef) -> Option<&PyStr> {
    v.downcast_ref::<PyStr>()
}

fn new_str_cps(vm: &Vm, cps: &[u32]) -> PyRef {
    if cps.is_empty() {
        return vm.empty_str.clone();
    }
    PyRef::new(PyStr::from_code_points(cps), vm.types.str_type.clone())
}

fn pair(vm: &Vm, a: PyRef, n: usize) -> PyRef {
    new_tuple(vm, vec![a, new_int(vm, n as i64)])
}

fn to_bool(vm: &Vm, v: Option<&PyRef>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.is_true(v),
        None => Ok(default),
    }
}

/// Positional-only `(str, errors=None, extra...)` for an encoder.
fn enc_args<'a>(
    vm: &Vm,
    args: &CallArgs<'a>,
    func: &str,
    max: usize,
) -> PyResult<(&'a [PyRef], Option<String>)> {
    let a = args.check_positional(vm, func, 1, max)?;
    if str_of(&a[0]).is_none() {
        return Err(vm.new_type_error(format!(
            "{func}() argument 1 must be str, not {}",
            class_name(&a[0])
        )));
    }
    let e = errors_arg(vm, func, 2, a.get(1))?;
    Ok((a, e))
}

fn dec_args<'a>(
    vm: &Vm,
    args: &CallArgs<'a>,
    func: &str,
    max: usize,
    accept_str: bool,
) -> PyResult<(&'a [PyRef], Vec<u8>, Option<String>)> {
    let a = args.check_positional(vm, func, 1, max)?;
    let d = data_arg(vm, func, 1, &a[0], accept_str)?;
    let e = errors_arg(vm, func, 2, a.get(1))?;
    Ok((a, d, e))
}

macro_rules! simple_encoder {
    ($name:ident, $pyname:literal, |$vm:ident, $obj:ident, $cps:ident, $h:ident, $a:ident| $body:expr) => {
        fn $name($vm: &Vm, args: CallArgs<'_>) -> PyResult {
            let ($a, e) = enc_args($vm, &args, $pyname, 3)?;
            let $obj = &$a[0];
            let s = str_of($obj).expect("checked");
            let $cps = s.to_code_points();
            let $h = Handler::from_name(e.as_deref());
            let bytes: Vec<u8> = $body;
            Ok(pair($vm, new_bytes($vm, bytes), s.len()))
        }
    };
}

fn byteorder_arg(vm: &Vm, v: Option<&PyRef>) -> PyResult<i32> {
    Ok(match v {
        Some(v) => vm.index_isize(v)? as i32,
        None => 0,
    })
}

simple_encoder!(utf_8_encode, "utf_8_encode", |vm, obj, cps, h, _a| {
    utf::utf8_encode(vm, obj, &cps, &h)?
});
simple_encoder!(utf_7_encode, "utf_7_encode", |vm, obj, cps, h, _a| {
    let _ = (vm, obj, &h);
    utf::utf7_encode(&cps)
});
simple_encoder!(utf_16_encode, "utf_16_encode", |vm, obj, cps, h, a| {
    utf::utf16_encode(vm, obj, &cps, &h, byteorder_arg(vm, a.get(2))?)?
});
simple_encoder!(
    utf_16_le_encode,
    "utf_16_le_encode",
    |vm, obj, cps, h, _a| utf::utf16_encode(vm, obj, &cps, &h, -1)?
);
simple_encoder!(
    utf_16_be_encode,
    "utf_16_be_encode",
    |vm, obj, cps, h, _a| utf::utf16_encode(vm, obj, &cps, &h, 1)?
);
simple_encoder!(utf_32_encode, "utf_32_encode", |vm, obj, cps, h, a| {
    utf::utf32_encode(vm, obj, &cps, &h, byteorder_arg(vm, a.get(2))?)?
});
simple_encoder!(
    utf_32_le_encode,
    "utf_32_le_encode",
    |vm, obj, cps, h, _a| utf::utf32_encode(vm, obj, &cps, &h, -1)?
);
simple_encoder!(
    utf_32_be_encode,
    "utf_32_be_encode",
    |vm, obj, cps, h, _a| utf::utf32_encode(vm, obj, &cps, &h, 1)?
);
simple_encoder!(latin_1_encode, "latin_1_encode", |vm, obj, cps, h, _a| {
    charmap::encode_limited(vm, obj, &cps, &h, false)?
});
simple_encoder!(ascii_encode, "ascii_encode", |vm, obj, cps, h, _a| {
    charmap::encode_limited(vm, obj, &cps, &h, true)?
});
simple_encoder!(
    unicode_escape_encode,
    "unicode_escape_encode",
    |vm, obj, cps, h, _a| {
        let _ = (vm, obj, &h);
        escape::unicode_escape_encode(&cps)
    }
);
simple_encoder!(
    raw_unicode_escape_encode,
    "raw_unicode_escape_encode",
    |vm, obj, cps, h, _a| {
        let _ = (vm, obj, &h);
        escape::raw_unicode_escape_encode(&cps)
    }
);
simple_encoder!(
    charmap_encode,
    "charmap_encode",
    |vm, obj, cps, h, a| match a.get(2).filter(|m| !vm.is_none(m)) {
        None => charmap::encode_limited(vm, obj, &cps, &h, false)?,
        Some(m) => charmap::charmap_encode(vm, obj, &cps, &h, m)?,
    }
);

/// A decoder taking `(data, errors=None, final=False)`.
macro_rules! final_decoder {
    ($name:ident, $pyname:literal, $default_final:expr, $accept_str:expr, |$vm:ident, $d:ident, $h:ident, $fin:ident| $body:expr) => {
        fn $name($vm: &Vm, args: CallArgs<'_>) -> PyResult {
            let (a, $d, e) = dec_args($vm, &args, $pyname, 3, $accept_str)?;
            let $fin = to_bool($vm, a.get(2), $default_final)?;
            let $h = Handler::from_name(e.as_deref());
            let (cps, consumed): (Vec<u32>, usize) = $body;
            Ok(pair($vm, new_str_cps($vm, &cps), consumed))
        }
    };
}

final_decoder!(
    utf_8_decode,
    "utf_8_decode",
    false,
    false,
    |vm, d, h, fin| utf::utf8_decode(vm, &d, &h, fin)?
);
final_decoder!(
    utf_7_decode,
    "utf_7_decode",
    false,
    false,
    |vm, d, h, fin| utf::utf7_decode(vm, &d, &h, fin)?
);
final_decoder!(
    utf_16_decode,
    "utf_16_decode",
    false,
    false,
    |vm, d, h, fin| utf::utf16_decode(vm, &d, &h, &mut 0, fin)?
);
final_decoder!(
    utf_16_le_decode,
    "utf_16_le_decode",
    false,
    false,
    |vm, d, h, fin| utf::utf16_decode(vm, &d, &h, &mut -1, fin)?
);
final_decoder!(
    utf_16_be_decode,
    "utf_16_be_decode",
    false,
    false,
    |vm, d, h, fin| utf::utf16_decode(vm, &d, &h, &mut 1, fin)?
);
final_decoder!(
    utf_32_decode,
    "utf_32_decode",
    false,
    false,
    |vm, d, h, fin| utf::utf32_decode(vm, &d, &h, &mut 0, fin)?
);
final_decoder!(
    utf_32_le_decode,
    "utf_32_le_decode",
    false,
    false,
    |vm, d, h, fin| utf::utf32_decode(vm, &d, &h, &mut -1, fin)?
);
final_decoder!(
    utf_32_be_decode,
    "utf_32_be_decode",
    false,
    false,
    |vm, d, h, fin| utf::utf32_decode(vm, &d, &h, &mut 1, fin)?
);
final_decoder!(
    unicode_escape_decode,
    "unicode_escape_decode",
    true,
    true,
    |vm, d, h, fin| escape::unicode_escape_decode(vm, &d, &h, fin)?
);
final_decoder!(
    raw_unicode_escape_decode,
    "raw_unicode_escape_decode",
    true,
    true,
    |vm, d, h, fin| escape::raw_unicode_escape_decode(vm, &d, &h, fin)?
);

fn latin_1_decode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (_, d, e) = dec_args(vm, &args, "latin_1_decode", 2, false)?;
    let cps = charmap::decode_limited(vm, &d, &Handler::from_name(e.as_deref()), false)?;
    Ok(pair(vm, new_str_cps(vm, &cps), d.len()))
}

fn ascii_decode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (_, d, e) = dec_args(vm, &args, "ascii_decode", 2, false)?;
    let cps = charmap::decode_limited(vm, &d, &Handler::from_name(e.as_deref()), true)?;
    Ok(pair(vm, new_str_cps(vm, &cps), d.len()))
}

fn charmap_decode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (a, d, e) = dec_args(vm, &args, "charmap_decode", 3, false)?;
    let h = Handler::from_name(e.as_deref());
    let cps = match a.get(2).filter(|m| !vm.is_none(m)) {
        None => charmap::decode_limited(vm, &d, &h, false)?,
        Some(m) => charmap::charmap_decode(vm, &d, &h, m)?,
    };
    Ok(pair(vm, new_str_cps(vm, &cps), d.len()))
}

fn ex_decode(vm: &Vm, args: CallArgs<'_>, name: &str, utf32: bool) -> PyResult {
    let (a, d, e) = dec_args(vm, &args, name, 4, false)?;
    let mut bo = byteorder_arg(vm, a.get(2))?;
    let fin = to_bool(vm, a.get(3), false)?;
    let h = Handler::from_name(e.as_deref());
    let (cps, n) = if utf32 {
        utf::utf32_decode(vm, &d, &h, &mut bo, fin)?
    } else {
        utf::utf16_decode(vm, &d, &h, &mut bo, fin)?
    };
    Ok(new_tuple(
        vm,
        vec![
            new_str_cps(vm, &cps),
            new_int(vm, n as i64),
            new_int(vm, bo as i64),
        ],
    ))
}

fn utf_16_ex_decode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    ex_decode(vm, args, "utf_16_ex_decode", false)
}

fn utf_32_ex_decode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    ex_decode(vm, args, "utf_32_ex_decode", true)
}

fn escape_decode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (_, d, e) = dec_args(vm, &args, "escape_decode", 2, true)?;
    let out = escape::escape_decode(vm, &d, e.as_deref())?;
    Ok(pair(vm, new_bytes(vm, out), d.len()))
}

fn escape_encode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "escape_encode", 1, 2)?;
    let Some(b) = a[0].downcast_ref::<PyBytes>() else {
        return Err(vm.new_type_error(format!(
            "escape_encode() argument 1 must be bytes, not {}",
            class_name(&a[0])
        )));
    };
    errors_arg(vm, "escape_encode", 2, a.get(1))?;
    Ok(pair(
        vm,
        new_bytes(vm, escape::escape_encode(&b.data)),
        b.data.len(),
    ))
}

fn readbuffer_encode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (_, d, _) = dec_args(vm, &args, "readbuffer_encode", 2, true)?;
    let n = d.len();
    Ok(pair(vm, new_bytes(vm, d), n))
}

fn charmap_build(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "charmap_build", 1, 1)?;
    let s = str_of(&a[0]).ok_or_else(|| {
        vm.new_type_error(format!(
            "charmap_build() argument must be str, not {}",
            class_name(&a[0])
        ))
    })?;
    let d = PyDict::new_ref(vm);
    let dict = d.downcast_ref::<PyDict>().expect("dict");
    for (i, c) in s.code_points().enumerate() {
        dict.set_item(vm, new_int(vm, c as i64), new_int(vm, i as i64))?;
    }
    Ok(d)
}

fn register(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "register", 1, 1)?;
    if as_type(a[0].class()).slots.call.get().is_none() {
        return Err(vm.new_type_error("argument must be callable"));
    }
    REGISTRY.with(|r| r.borrow_mut().search.push(a[0].clone()));
    Ok(vm.none.clone())
}

fn unregister(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "unregister", 1, 1)?;
    let removed = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        match r.search.iter().position(|f| f.is(&a[0])) {
            Some(i) => {
                r.search.remove(i);
                true
            }
            None => false,
        }
    });
    if removed {
        let c = cache(vm);
        c.downcast_ref::<PyDict>().expect("dict").clear_all();
    }
    Ok(vm.none.clone())
}

fn lookup_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "lookup", 1, 1)?;
    let name = str_arg(vm, "lookup", 1, &a[0])?;
    lookup(vm, &name)
}

fn forget_codec(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "_forget_codec", 1, 1)?;
    let name = str_arg(vm, "_forget_codec", 1, &a[0])?;
    let c = cache(vm);
    let key = new_str_object(vm, &normalize_registry(&name));
    c.downcast_ref::<PyDict>()
        .expect("dict")
        .pop_item(vm, &key)?;
    Ok(vm.none.clone())
}

/// Calls the registry's coder `index` (0 encode, 1 decode) of `encoding` on `obj`.
fn registry_code(
    vm: &Vm,
    obj: &PyRef,
    encoding: &str,
    errors: Option<&str>,
    index: usize,
    text_only: bool,
) -> PyResult {
    let info = lookup(vm, encoding)?;
    if text_only && !info.class().is(&vm.types.tuple_type) {
        if let Some(v) = vm.getattr_opt(&info, &vm.intern("_is_text_encoding"))? {
            if !vm.is_true(&v)? {
                let how = if index == 0 {
                    "codecs.encode()"
                } else {
                    "codecs.decode()"
                };
                return Err(vm.new_exception_msg(
                    &vm.exceptions.lookup_error,
                    format!(
                        "'{encoding}' is not a text encoding; use {how} to handle arbitrary codecs"
                    ),
                ));
            }
        }
    }
    let coder = tuple_items(&info).expect("4-tuple")[index].clone();
    let mut cargs = vec![obj.clone()];
    if let Some(e) = errors {
        cargs.push(new_str_object(vm, e));
    }
    let r = vm.call_positional(&coder, &cargs)?;
    match tuple_items(&r) {
        Some(t) if t.len() == 2 => Ok(t[0].clone()),
        _ => Err(vm.new_type_error(if index == 0 {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object,integer)"
        })),
    }
}

static CODE_SIG: [Signature; 2] = [
    Signature {
        name: "encode",
        params: &["obj", "encoding", "errors"],
        posonly: 0,
        positional: 3,
        required: 1,
    },
    Signature {
        name: "decode",
        params: &["obj", "encoding", "errors"],
        posonly: 0,
        positional: 3,
        required: 1,
    },
];

fn code_fn(vm: &Vm, args: CallArgs<'_>, index: usize) -> PyResult {
    let sig = &CODE_SIG[index];
    let a = sig.bind(vm, args)?;
    let encoding = match &a[1] {
        Some(v) => str_arg(vm, sig.name, 2, v)?,
        None => "utf-8".to_string(),
    };
    let errors = match &a[2] {
        Some(v) => Some(str_arg(vm, sig.name, 3, v)?),
        None => None,
    };
    registry_code(
        vm,
        a[0].as_ref().expect("required"),
        &encoding,
        errors.as_deref(),
        index,
        false,
    )
}

fn encode_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    code_fn(vm, args, 0)
}

fn decode_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    code_fn(vm, args, 1)
}

/// `_Py_normalize_encoding`: lower case, runs of other characters than
/// letters, digits and '.' become one '_'.
fn normalize_fast(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The built-in codec a name selects without the registry.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fast {
    Utf8,
    Utf16,
    Utf32,
    Ascii,
    Latin1,
}

fn fast_codec(name: &str) -> Option<Fast> {
    let n = normalize_fast(name);
    if let Some(rest) = n.strip_prefix("utf") {
        let rest = rest.strip_prefix('_').unwrap_or(rest);
        return match rest {
            "8" => Some(Fast::Utf8),
            "16" => Some(Fast::Utf16),
            "32" => Some(Fast::Utf32),
            _ => None,
        };
    }
    match n.as_str() {
        "ascii" | "us_ascii" => Some(Fast::Ascii),
        "latin1" | "latin_1" | "iso_8859_1" | "iso8859_1" => Some(Fast::Latin1),
        _ => None,
    }
}

/// `str.encode(encoding, errors)` for a str object: bytes.
pub fn encode_text(vm: &Vm, s: &PyRef, encoding: &str, errors: Option<&str>) -> PyResult {
    let st = str_of(s).expect("str");
    if let Some(f) = fast_codec(encoding) {
        if let (Fast::Utf8 | Fast::Ascii | Fast::Latin1, Some(a)) = (f, st.as_ascii()) {
            return Ok(new_bytes(vm, a.as_bytes().to_vec()));
        }
        let cps = st.to_code_points();
        let h = Handler::from_name(errors);
        let out = match f {
            Fast::Utf8 => utf::utf8_encode(vm, s, &cps, &h)?,
            Fast::Utf16 => utf::utf16_encode(vm, s, &cps, &h, 0)?,
            Fast::Utf32 => utf::utf32_encode(vm, s, &cps, &h, 0)?,
            Fast::Ascii => charmap::encode_limited(vm, s, &cps, &h, true)?,
            Fast::Latin1 => charmap::encode_limited(vm, s, &cps, &h, false)?,
        };
        return Ok(new_bytes(vm, out));
    }
    let r = registry_code(vm, s, encoding, errors, 0, true)?;
    if r.downcast_ref::<PyBytes>().is_some() {
        return Ok(r);
    }
    Err(vm.new_type_error(format!(
        "'{encoding}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
        class_name(&r)
    )))
}

/// `bytes.decode(encoding, errors)`: `data` are the bytes of `obj`
/// (which the registry's decoder receives); returns a str.
pub fn decode_bytes(
    vm: &Vm,
    obj: &PyRef,
    data: &[u8],
    encoding: &str,
    errors: Option<&str>,
) -> PyResult {
    if let Some(f) = fast_codec(encoding) {
        if f != Fast::Utf16 && f != Fast::Utf32 && data.is_ascii() {
            // SAFETY: ASCII bytes are valid UTF-8.
            return Ok(new_str_object(vm, unsafe {
                std::str::from_utf8_unchecked(data)
            }));
        }
        let h = Handler::from_name(errors);
        let cps = match f {
            Fast::Utf8 => {
                if let Ok(s) = std::str::from_utf8(data) {
                    return Ok(new_str_object(vm, s));
                }
                utf::utf8_decode(vm, data, &h, true)?.0
            }
            Fast::Utf16 => utf::utf16_decode(vm, data, &h, &mut 0, true)?.0,
            Fast::Utf32 => utf::utf32_decode(vm, data, &h, &mut 0, true)?.0,
            Fast::Ascii => charmap::decode_limited(vm, data, &h, true)?,
            Fast::Latin1 => charmap::decode_limited(vm, data, &h, false)?,
        };
        return Ok(new_str_cps(vm, &cps));
    }
    let r = registry_code(vm, obj, encoding, errors, 1, true)?;
    if r.downcast_ref::<PyStr>().is_some() {
        return Ok(r);
    }
    Err(vm.new_type_error(format!(
        "'{encoding}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
        class_name(&r)
    )))
}

/// Creates the `_codecs` module.
pub fn create(vm: &Vm) -> PyResult<PyRef> {
    let m = new_module(vm, "_codecs");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().expect("module dict");
    let fns = [
        MethodDef::new("register", register),
        MethodDef::new("unregister", unregister),
        MethodDef::new("lookup", lookup_fn),
        MethodDef::new("_forget_codec", forget_codec),
        MethodDef::new("encode", encode_fn),
        MethodDef::new("decode", decode_fn),
        MethodDef::new("register_error", errors::register_error),
        MethodDef::new("lookup_error", errors::lookup_error),
        MethodDef::new("utf_8_encode", utf_8_encode),
        MethodDef::new("utf_8_decode", utf_8_decode),
        MethodDef::new("utf_7_encode", utf_7_encode),
        MethodDef::new("utf_7_decode", utf_7_decode),
        MethodDef::new("utf_16_encode", utf_16_encode),
        MethodDef::new("utf_16_decode", utf_16_decode),
        MethodDef::new("utf_16_le_encode", utf_16_le_encode),
        MethodDef::new("utf_16_le_decode", utf_16_le_decode),
        MethodDef::new("utf_16_be_encode", utf_16_be_encode),
        MethodDef::new("utf_16_be_decode", utf_16_be_decode),
        MethodDef::new("utf_16_ex_decode", utf_16_ex_decode),
        MethodDef::new("utf_32_encode", utf_32_encode),
        MethodDef::new("utf_32_decode", utf_32_decode),
        MethodDef::new("utf_32_le_encode", utf_32_le_encode),
        MethodDef::new("utf_32_le_decode", utf_32_le_decode),
        MethodDef::new("utf_32_be_encode", utf_32_be_encode),
        MethodDef::new("utf_32_be_decode", utf_32_be_decode),
        MethodDef::new("utf_32_ex_decode", utf_32_ex_decode),
        MethodDef::new("latin_1_encode", latin_1_encode),
        MethodDef::new("latin_1_decode", latin_1_decode),
        MethodDef::new("ascii_encode", ascii_encode),
        MethodDef::new("ascii_decode", ascii_decode),
        MethodDef::new("charmap_encode", charmap_encode),
        MethodDef::new("charmap_decode", charmap_decode),
        MethodDef::new("charmap_build", charmap_build),
        MethodDef::new("unicode_escape_encode", unicode_escape_encode),
        MethodDef::new("unicode_escape_decode", unicode_escape_decode),
        MethodDef::new("raw_unicode_escape_encode", raw_unicode_escape_encode),
        MethodDef::new("raw_unicode_escape_decode", raw_unicode_escape_decode),
        MethodDef::new("escape_encode", escape_encode),
        MethodDef::new("escape_decode", escape_decode),
        MethodDef::new("readbuffer_encode", readbuffer_encode),
    ];
    for f in fns {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    Ok(m)
}
