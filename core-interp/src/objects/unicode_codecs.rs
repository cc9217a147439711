//! The codecs every interpreter needs before any codec registry exists:
//! UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 encoding and decoding in Rust
//! (UTF-16/32 with or without a BOM, either byte order), with the error
//! handlers `strict`, `ignore`, `replace`, `backslashreplace`,
//! `surrogateescape`, `surrogatepass` (UTF-8) and `xmlcharrefreplace`
//! (encoding), raising `UnicodeDecodeError`/`UnicodeEncodeError` with
//! CPython's positions and reasons. Other encodings and registered error
//! handlers are delegated to the `_codecs` module.

use super::object::PyRef;
use super::unicodeobject::PyStr;
use crate::vm::{PyErr, PyResult, Vm};

/// The three codecs implemented here.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FastCodec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (`wide`), byte order given or (None) native with a BOM.
    Utf16 {
        big: Option<bool>,
    },
    Utf32 {
        big: Option<bool>,
    },
}

/// CPython's `_Py_normalize_encoding` followed by its fast-path name check.
pub fn fast_codec(encoding: &str) -> Option<FastCodec> {
    let norm: String = encoding
        .trim()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(FastCodec::Utf8),
        "ascii" | "us-ascii" | "646" => Some(FastCodec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "latin" | "8859" | "cp819"
        | "iso-ir-100" => Some(FastCodec::Latin1),
        "utf-16" | "utf16" | "u16" => Some(FastCodec::Utf16 { big: None }),
        "utf-16-le" | "utf-16le" | "unicodelittleunmarked" => {
            Some(FastCodec::Utf16 { big: Some(false) })
        }
        "utf-16-be" | "utf-16be" | "unicodebigunmarked" => {
            Some(FastCodec::Utf16 { big: Some(true) })
        }
        "utf-32" | "utf32" | "u32" => Some(FastCodec::Utf32 { big: None }),
        "utf-32-le" | "utf-32le" => Some(FastCodec::Utf32 { big: Some(false) }),
        "utf-32-be" | "utf-32be" => Some(FastCodec::Utf32 { big: Some(true) }),
        _ => None,
    }
}

fn codec_name(c: FastCodec) -> &'static str {
    match c {
        FastCodec::Utf8 => "utf-8",
        FastCodec::Ascii => "ascii",
        FastCodec::Latin1 => "latin-1",
        FastCodec::Utf16 { big: None } => "utf-16",
        FastCodec::Utf16 { big: Some(false) } => "utf-16-le",
        FastCodec::Utf16 { big: Some(true) } => "utf-16-be",
        FastCodec::Utf32 { big: None } => "utf-32",
        FastCodec::Utf32 { big: Some(false) } => "utf-32-le",
        FastCodec::Utf32 { big: Some(true) } => "utf-32-be",
    }
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_exception_msg(
        &vm.exceptions.lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

/// A `UnicodeDecodeError(encoding, object, start, end, reason)`.
pub fn decode_error(
    vm: &Vm,
    encoding: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
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
pub fn encode_error(
    vm: &Vm,
    encoding: &str,
    s: &PyRef,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
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
        let Some(&c) = d.get(i + k) else {
            return (d.len(), "unexpected end of data");
        };
        let ok = if k == 1 {
            (lo..=hi).contains(&c)
        } else {
            (0x80..=0xBF).contains(&c)
        };
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

/// The error handlers the fast paths here implement themselves.
fn handled_here(errors: &str) -> bool {
    matches!(
        errors,
        "strict"
            | "ignore"
            | "replace"
            | "backslashreplace"
            | "surrogateescape"
            | "surrogatepass"
            | "xmlcharrefreplace"
    )
}

/// Decodes `data`; the result is a new str object.
pub fn decode(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult {
    let Some(codec) = fast_codec(encoding).filter(|_| handled_here(errors)) else {
        // Other codecs and registered error handlers: the `_codecs` module.
        let obj = super::bytesobject::new_bytes(vm, data.to_vec());
        return crate::modules::codecs::decode_bytes(vm, &obj, data, encoding, Some(errors));
    };
    let name = codec_name(codec);
    if let FastCodec::Utf16 { big } | FastCodec::Utf32 { big } = codec {
        return decode_wide(vm, data, codec, big, errors);
    }
    if codec == FastCodec::Utf8 {
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(super::unicodeobject::new_str_object(vm, s));
        }
    }
    if codec == FastCodec::Ascii && data.is_ascii() {
        return Ok(super::unicodeobject::new_str_object(
            vm,
            std::str::from_utf8(data).unwrap_or_default(),
        ));
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
            FastCodec::Utf16 { .. } | FastCodec::Utf32 { .. } => break,
            FastCodec::Utf8 => match std::str::from_utf8(&data[i..]) {
                Ok(s) => {
                    push_str(&mut out, s);
                    break;
                }
                Err(e) => {
                    let good = i + e.valid_up_to();
                    // SAFETY-free: the prefix was just validated.
                    push_str(
                        &mut out,
                        std::str::from_utf8(&data[i..good]).unwrap_or_default(),
                    );
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
                if data.len() >= start + 3
                    && data[start] == 0xED
                    && (0xA0..=0xBF).contains(&data[start + 1])
                    && (0x80..=0xBF).contains(&data[start + 2])
                {
                    let cp = 0xD000
                        | ((data[start + 1] as u32 & 0x3F) << 6)
                        | (data[start + 2] as u32 & 0x3F);
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
    Ok(PyRef::new(
        PyStr::from_code_points(&out),
        vm.types.str_type.clone(),
    ))
}

/// Encodes `s` (a str object); returns the bytes.
pub fn encode(vm: &Vm, s: &PyRef, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = fast_codec(encoding).filter(|_| handled_here(errors)) else {
        // Other codecs and registered error handlers: the `_codecs` module.
        let b = crate::modules::codecs::encode_text(vm, s, encoding, Some(errors))?;
        return Ok(super::bytesobject::as_bytes(&b)
            .map(|d| d.to_vec())
            .unwrap_or_default());
    };
    let st = s.downcast_ref::<PyStr>().expect("str");
    if let FastCodec::Utf16 { big } | FastCodec::Utf32 { big } = codec {
        return encode_wide(vm, s, codec, big, errors);
    }
    if !st.has_surrogates() {
        if codec == FastCodec::Utf8 || st.is_ascii() {
            return Ok(st.to_string_lossy().into_owned().into_bytes());
        }
    }
    let name = codec_name(codec);
    let cps = st.to_code_points();
    let (limit, reason) = match codec {
        FastCodec::Utf8 | FastCodec::Utf16 { .. } | FastCodec::Utf32 { .. } => {
            (0x110000, "surrogates not allowed")
        }
        FastCodec::Ascii => (0x80, "ordinal not in range(128)"),
        FastCodec::Latin1 => (0x100, "ordinal not in range(256)"),
    };
    let bad = |c: u32| {
        if codec == FastCodec::Utf8 {
            (0xD800..0xE000).contains(&c)
        } else {
            c >= limit
        }
    };
    let mut out = Vec::with_capacity(cps.len());
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !bad(c) {
            match codec {
                FastCodec::Utf8 => {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(
                        char::from_u32(c)
                            .unwrap_or('\u{FFFD}')
                            .encode_utf8(&mut buf)
                            .as_bytes(),
                    );
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
                    out.extend_from_slice(&[
                        0xE0 | (c >> 12) as u8,
                        0x80 | ((c >> 6) & 0x3F) as u8,
                        0x80 | (c & 0x3F) as u8,
                    ]);
                }
            }
            "surrogatepass" | "namereplace" => {
                return Err(encode_error(vm, name, s, i, end, reason))
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}

fn push_unit(out: &mut Vec<u8>, v: u32, wide: bool, big: bool) {
    match (wide, big) {
        (true, true) => out.extend_from_slice(&v.to_be_bytes()),
        (true, false) => out.extend_from_slice(&v.to_le_bytes()),
        (false, true) => out.extend_from_slice(&(v as u16).to_be_bytes()),
        (false, false) => out.extend_from_slice(&(v as u16).to_le_bytes()),
    }
}

fn push_wide_char(out: &mut Vec<u8>, c: u32, wide: bool, big: bool) {
    if !wide && c >= 0x10000 {
        let v = c - 0x10000;
        push_unit(out, 0xD800 | (v >> 10), false, big);
        push_unit(out, 0xDC00 | (v & 0x3FF), false, big);
    } else {
        push_unit(out, c, wide, big);
    }
}

/// UTF-16/UTF-32 encoding; without a byte order, native order after a BOM.
fn encode_wide(
    vm: &Vm,
    s: &PyRef,
    codec: FastCodec,
    big: Option<bool>,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let wide = matches!(codec, FastCodec::Utf32 { .. });
    let be = big.unwrap_or(cfg!(target_endian = "big"));
    let cps = s.downcast_ref::<PyStr>().expect("str").to_code_points();
    let mut out = Vec::with_capacity(cps.len() * if wide { 4 } else { 2 } + 4);
    if big.is_none() {
        push_unit(&mut out, 0xFEFF, wide, be);
    }
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !(0xD800..0xE000).contains(&c) {
            push_wide_char(&mut out, c, wide, be);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len() && (0xD800..0xE000).contains(&cps[end]) {
            end += 1;
        }
        match errors {
            "strict" | "surrogateescape" => {
                return Err(encode_error(
                    vm,
                    codec_name(codec),
                    s,
                    i,
                    end,
                    "surrogates not allowed",
                ))
            }
            "ignore" => {}
            "replace" => (i..end).for_each(|_| push_wide_char(&mut out, '?' as u32, wide, be)),
            "backslashreplace" | "xmlcharrefreplace" => {
                for &c in &cps[i..end] {
                    let text = if errors == "xmlcharrefreplace" {
                        format!("&#{c};")
                    } else {
                        format!("\\u{c:04x}")
                    };
                    text.chars()
                        .for_each(|ch| push_wide_char(&mut out, ch as u32, wide, be));
                }
            }
            "surrogatepass" => (i..end).for_each(|k| push_unit(&mut out, cps[k], wide, be)),
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}

/// UTF-16/UTF-32 decoding; without a byte order, a leading BOM picks it.
fn decode_wide(
    vm: &Vm,
    data: &[u8],
    codec: FastCodec,
    big: Option<bool>,
    errors: &str,
) -> PyResult {
    let wide = matches!(codec, FastCodec::Utf32 { .. });
    let unit = if wide { 4 } else { 2 };
    let mut be = big.unwrap_or(cfg!(target_endian = "big"));
    let mut i = 0;
    if big.is_none() && data.len() >= unit {
        let read = |b: bool| -> u32 {
            let chunk = &data[..unit];
            match (wide, b) {
                (true, true) => u32::from_be_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]),
                (true, false) => u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]),
                (false, true) => u16::from_be_bytes([chunk[0], chunk[1]]) as u32,
                (false, false) => u16::from_le_bytes([chunk[0], chunk[1]]) as u32,
            }
        };
        if read(false) == 0xFEFF {
            be = false;
            i = unit;
        } else if read(true) == 0xFEFF {
            be = true;
            i = unit;
        }
    }
    let get = |k: usize| -> u32 {
        let c = &data[k..k + unit];
        match (wide, be) {
            (true, true) => u32::from_be_bytes([c[0], c[1], c[2], c[3]]),
            (true, false) => u32::from_le_bytes([c[0], c[1], c[2], c[3]]),
            (false, true) => u16::from_be_bytes([c[0], c[1]]) as u32,
            (false, false) => u16::from_le_bytes([c[0], c[1]]) as u32,
        }
    };
    // Errors name the byte order actually used ("utf-16-le").
    let name = codec_name(if wide {
        FastCodec::Utf32 { big: Some(be) }
    } else {
        FastCodec::Utf16 { big: Some(be) }
    });
    let mut out: Vec<u32> = Vec::with_capacity(data.len() / unit);
    while i < data.len() {
        let (start, end, reason) = if i + unit > data.len() {
            (i, data.len(), "truncated data")
        } else {
            let c = get(i);
            if wide {
                if c < 0x110000 && !(0xD800..0xE000).contains(&c) {
                    out.push(c);
                    i += unit;
                    continue;
                }
                (
                    i,
                    i + unit,
                    if c >= 0x110000 {
                        "code point not in range(0x110000)"
                    } else {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    },
                )
            } else if !(0xD800..0xE000).contains(&c) {
                out.push(c);
                i += unit;
                continue;
            } else if c >= 0xDC00 {
                (i, i + unit, "illegal encoding")
            } else if i + 2 * unit > data.len() {
                (i, data.len(), "unexpected end of data")
            } else {
                let d = get(i + unit);
                if (0xDC00..0xE000).contains(&d) {
                    out.push(0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00));
                    i += 2 * unit;
                    continue;
                }
                (i, i + unit, "illegal UTF-16 surrogate")
            }
        };
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(decode_error(vm, name, data, start, end, reason))
            }
            "ignore" => {}
            "replace" => out.push(0xFFFD),
            "backslashreplace" => {
                for &b in &data[start..end] {
                    push_str(&mut out, &format!("\\x{b:02x}"));
                }
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(PyRef::new(
        PyStr::from_code_points(&out),
        vm.types.str_type.clone(),
    ))
}
