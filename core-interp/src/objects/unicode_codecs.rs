//! The codecs every interpreter needs before any codec registry exists:
//! UTF-8, ASCII and Latin-1 encoding and decoding in Rust, with the error
//! handlers `strict`, `ignore`, `replace`, `backslashreplace`,
//! `surrogateescape`, `surrogatepass` (UTF-8) and `xmlcharrefreplace`
//! (encoding), raising `UnicodeDecodeError`/`UnicodeEncodeError` with
//! CPython's positions and reasons. Other encodings raise LookupError until
//! the `_codecs` module provides them.

use super::object::PyRef;
use super::unicodeobject::PyStr;
use crate::vm::{PyErr, PyResult, Vm};

/// The three codecs implemented here.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FastCodec {
    Utf8,
    Ascii,
    Latin1,
}

/// CPython's `_Py_normalize_encoding` followed by its fast-path name check.
pub fn fast_codec(encoding: &str) -> Option<FastCodec> {
    let norm: String = encoding.trim().chars().map(|c| if c == '_' || c == ' ' { '-' } else { c.to_ascii_lowercase() }).collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(FastCodec::Utf8),
        "ascii" | "us-ascii" | "646" => Some(FastCodec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "latin" | "8859" | "cp819" | "iso-ir-100" => Some(FastCodec::Latin1),
        _ => None,
    }
}

fn codec_name(c: FastCodec) -> &'static str {
    match c {
        FastCodec::Utf8 => "utf-8",
        FastCodec::Ascii => "ascii",
        FastCodec::Latin1 => "latin-1",
    }
}

fn unknown_encoding(vm: &Vm, encoding: &str) -> PyErr {
    vm.new_exception_msg(&vm.exceptions.lookup_error, format!("unknown encoding: {encoding}"))
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_exception_msg(&vm.exceptions.lookup_error, format!("unknown error handler name '{errors}'"))
}

/// A `UnicodeDecodeError(encoding, object, start, end, reason)`.
pub fn decode_error(vm: &Vm, encoding: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let args = [
        super::unicodeobject::new_str_object(vm, encoding),
        super::bytesobject::new_bytes(vm, data.to_vec()),
        super::longobject::new_int(vm, start as i64),
        super::longobject::new_int(vm, end as i64),
        super::unicodeobject::new_str_object(vm, reason),
    ];
    match vm.call_positional(&vm.exceptions.unicode_decode_error, &args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// A `UnicodeEncodeError(encoding, object, start, end, reason)`.
pub fn encode_error(vm: &Vm, encoding: &str, s: &PyRef, start: usize, end: usize, reason: &str) -> PyErr {
    let args = [
        super::unicodeobject::new_str_object(vm, encoding),
        s.clone(),
        super::longobject::new_int(vm, start as i64),
        super::longobject::new_int(vm, end as i64),
        super::unicodeobject::new_str_object(vm, reason),
    ];
    match vm.call_positional(&vm.exceptions.unicode_encode_error, &args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// One malformed UTF-8 sequence at `i`: (end of the bad range, reason).
fn utf8_error_at(d: &[u8], i: usize) -> (usize, &'static str) {
    let b = d[i];
    let (need, lo, hi) = match b {
        0xC2..=0xDF => (1, 0x80, 0xBF),
        0xE0 => (2, 0xA0, 0xBF),
        0xED => (2, 0x80, 0x9F),
        0xE1..=0xEF => (2, 0x80, 0xBF),
        0xF0 => (3, 0x90, 0xBF),
        0xF4 => (3, 0x80, 0x8F),
        0xF1..=0xF3 => (3, 0x80, 0xBF),
        _ => return (i + 1, "invalid start byte"),
    };
    for k in 1..=need {
        let Some(&c) = d.get(i + k) else { return (d.len(), "unexpected end of data") };
        let ok = if k == 1 { (lo..=hi).contains(&c) } else { (0x80..=0xBF).contains(&c) };
        if !ok {
            return (i + k, "invalid continuation byte");
        }
    }
    unreachable_valid()
}

/// `utf8_error_at` is only called where `str::from_utf8` found an error, so
/// a fully valid sequence cannot occur; treat it as a one-byte error anyway.
fn unreachable_valid() -> (usize, &'static str) {
    (0, "invalid start byte")
}

fn push_str(out: &mut Vec<u32>, s: &str) {
    out.extend(s.chars().map(|c| c as u32));
}

/// Decodes `data`; the result is a new str object.
pub fn decode(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult {
    let Some(codec) = fast_codec(encoding) else { return Err(unknown_encoding(vm, encoding)) };
    let name = codec_name(codec);
    if codec == FastCodec::Utf8 {
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(super::unicodeobject::new_str_object(vm, s));
        }
    }
    if codec == FastCodec::Ascii && data.is_ascii() {
        return Ok(super::unicodeobject::new_str_object(vm, std::str::from_utf8(data).unwrap_or_default()));
    }
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let (start, end, reason) = match codec {
            FastCodec::Latin1 => {
                out.extend(data[i..].iter().map(|&b| b as u32));
                break;
            }
            FastCodec::Ascii => match data[i..].iter().position(|&b| b >= 0x80) {
                None => {
                    out.extend(data[i..].iter().map(|&b| b as u32));
                    break;
                }
                Some(p) => {
                    out.extend(data[i..i + p].iter().map(|&b| b as u32));
                    (i + p, i + p + 1, "ordinal not in range(128)")
                }
            },
            FastCodec::Utf8 => match std::str::from_utf8(&data[i..]) {
                Ok(s) => {
                    push_str(&mut out, s);
                    break;
                }
                Err(e) => {
                    let good = i + e.valid_up_to();
                    // SAFETY-free: the prefix was just validated.
                    push_str(&mut out, std::str::from_utf8(&data[i..good]).unwrap_or_default());
                    let (end, reason) = utf8_error_at(data, good);
                    (good, end.max(good + 1), reason)
                }
            },
        };
        match errors {
            "strict" => return Err(decode_error(vm, name, data, start, end, reason)),
            "ignore" => {}
            "replace" => out.push(0xFFFD),
            "backslashreplace" => {
                for &b in &data[start..end] {
                    push_str(&mut out, &format!("\\x{b:02x}"));
                }
            }
            "surrogateescape" => {
                let mut ok = true;
                for &b in &data[start..end] {
                    if b < 128 {
                        ok = false;
                        break;
                    }
                    out.push(0xDC00 + b as u32);
                }
                if !ok {
                    return Err(decode_error(vm, name, data, start, end, reason));
                }
            }
            "surrogatepass" if codec == FastCodec::Utf8 => {
                // A UTF-8 encoded surrogate (ED A0..BF 80..BF) decodes to itself.
                if data.len() >= start + 3 && data[start] == 0xED && (0xA0..=0xBF).contains(&data[start + 1]) && (0x80..=0xBF).contains(&data[start + 2]) {
                    let cp = 0xD000 | ((data[start + 1] as u32 & 0x3F) << 6) | (data[start + 2] as u32 & 0x3F);
                    out.push(cp);
                    i = start + 3;
                    continue;
                }
                return Err(decode_error(vm, name, data, start, end, reason));
            }
            "surrogatepass" | "xmlcharrefreplace" | "namereplace" => {
                return Err(decode_error(vm, name, data, start, end, reason));
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(PyRef::new(PyStr::from_code_points(&out), vm.types.str_type.clone()))
}

/// Encodes `s` (a str object); returns the bytes.
pub fn encode(vm: &Vm, s: &PyRef, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = fast_codec(encoding) else { return Err(unknown_encoding(vm, encoding)) };
    let st = s.downcast_ref::<PyStr>().expect("str");
    if !st.has_surrogates() {
        if codec == FastCodec::Utf8 || st.is_ascii() {
            return Ok(st.to_string_lossy().into_owned().into_bytes());
        }
    }
    let name = codec_name(codec);
    let cps = st.to_code_points();
    let (limit, reason) = match codec {
        FastCodec::Utf8 => (0x110000, "surrogates not allowed"),
        FastCodec::Ascii => (0x80, "ordinal not in range(128)"),
        FastCodec::Latin1 => (0x100, "ordinal not in range(256)"),
    };
    let bad = |c: u32| if codec == FastCodec::Utf8 { (0xD800..0xE000).contains(&c) } else { c >= limit };
    let mut out = Vec::with_capacity(cps.len());
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !bad(c) {
            match codec {
                FastCodec::Utf8 => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(char::from_u32(c).unwrap_or('\u{FFFD}').encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(c as u8),
            }
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len() && bad(cps[end]) {
            end += 1;
        }
        match errors {
            "strict" => return Err(encode_error(vm, name, s, i, end, reason)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(end - i)),
            "backslashreplace" => {
                for &c in &cps[i..end] {
                    let e = if c <= 0xFF {
                        format!("\\x{c:02x}")
                    } else if c <= 0xFFFF {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\U{c:08x}")
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &cps[i..end] {
                    out.extend_from_slice(format!("&#{c};").as_bytes());
                }
            }
            "surrogateescape" => {
                for (k, &c) in cps[i..end].iter().enumerate() {
                    if !(0xDC80..=0xDCFF).contains(&c) {
                        return Err(encode_error(vm, name, s, i + k, i + k + 1, reason));
                    }
                    out.push((c - 0xDC00) as u8);
                }
            }
            "surrogatepass" if codec == FastCodec::Utf8 => {
                for &c in &cps[i..end] {
                    out.extend_from_slice(&[0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8]);
                }
            }
            "surrogatepass" | "namereplace" => return Err(encode_error(vm, name, s, i, end, reason)),
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}
