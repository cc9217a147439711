//! The escape codecs: `unicode_escape` and `raw_unicode_escape` (text as
//! Python string-literal escapes) and `escape_encode`/`escape_decode`
//! (bytes-literal escapes, used by `pickle` and the `string_escape` codec).

use super::errors::{decode_error, DecodeCtx, Handler};
use crate::vm::{PyResult, Vm};

fn hex_digits(data: &[u8], at: usize, count: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut n = 0;
    while n < count && at + n < data.len() {
        match (data[at + n] as char).to_digit(16) {
            Some(d) => v = (v << 4) | d,
            None => break,
        }
        n += 1;
    }
    (v, n)
}

/// Decodes `unicode_escape`; returns the code points and bytes consumed.
pub fn unicode_escape_decode(
    vm: &Vm,
    data: &[u8],
    h: &Handler,
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let mut ctx = DecodeCtx {
        encoding: "unicodeescape",
        data,
        object: None,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b as u32);
            i += 1;
            continue;
        }
        let start = i;
        if i + 1 >= data.len() {
            if !final_ {
                return Ok((out, start));
            }
            i = decode_error(
                vm,
                h,
                &mut ctx,
                start,
                data.len(),
                "\\ at end of string",
                &mut out,
            )?;
            continue;
        }
        let c = data[i + 1];
        i += 2;
        let simple = match c {
            b'\n' => Some(None),
            b'\\' => Some(Some(b'\\' as u32)),
            b'\'' => Some(Some(b'\'' as u32)),
            b'"' => Some(Some(b'"' as u32)),
            b'b' => Some(Some(8)),
            b'f' => Some(Some(12)),
            b't' => Some(Some(9)),
            b'n' => Some(Some(10)),
            b'r' => Some(Some(13)),
            b'v' => Some(Some(11)),
            b'a' => Some(Some(7)),
            _ => None,
        };
        if let Some(v) = simple {
            out.extend(v);
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < data.len() && (b'0'..=b'7').contains(&data[i]) {
                    v = v * 8 + (data[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(v);
            }
            b'x' | b'u' | b'U' => {
                let (count, msg) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, n) = hex_digits(data, i, count);
                if n < count {
                    if !final_ && i + n >= data.len() {
                        return Ok((out, start));
                    }
                    i = decode_error(vm, h, &mut ctx, start, i + n, msg, &mut out)?;
                    continue;
                }
                i += n;
                if v > 0x10FFFF {
                    i = decode_error(
                        vm,
                        h,
                        &mut ctx,
                        start,
                        i,
                        "illegal Unicode character",
                        &mut out,
                    )?;
                    continue;
                }
                out.push(v);
            }
            b'N' => {
                let close = if i < data.len() && data[i] == b'{' {
                    data[i + 1..]
                        .iter()
                        .position(|&x| x == b'}')
                        .map(|p| i + 1 + p)
                } else {
                    None
                };
                let Some(close) = close.filter(|&c| c > i + 1) else {
                    if !final_ && !data[i..].contains(&b'}') {
                        return Ok((out, start));
                    }
                    let end = if i < data.len() && data[i] == b'{' {
                        (i + 1).min(data.len())
                    } else {
                        i
                    };
                    i = decode_error(
                        vm,
                        h,
                        &mut ctx,
                        start,
                        end,
                        "malformed \\N character escape",
                        &mut out,
                    )?;
                    continue;
                };
                let name = String::from_utf8_lossy(&data[i + 1..close]).to_string();
                i = close + 1;
                match unicode_names2::character(&name) {
                    Some(ch) => out.push(ch as u32),
                    None => {
                        i = decode_error(
                            vm,
                            h,
                            &mut ctx,
                            start,
                            i,
                            "unknown Unicode character name",
                            &mut out,
                        )?
                    }
                }
            }
            other => {
                out.push(b'\\' as u32);
                out.push(other as u32);
            }
        }
    }
    Ok((out, data.len()))
}

/// Encodes `unicode_escape`.
pub fn unicode_escape_encode(cps: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cps.len());
    for &c in cps {
        match c {
            0x5C => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0A => out.extend_from_slice(b"\\n"),
            0x0D => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(c as u8),
            _ => out.extend(super::errors::backslash_escape(c).bytes()),
        }
    }
    out
}

/// Decodes `raw_unicode_escape`; returns the code points and bytes consumed.
pub fn raw_unicode_escape_decode(
    vm: &Vm,
    data: &[u8],
    h: &Handler,
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let mut ctx = DecodeCtx {
        encoding: "rawunicodeescape",
        data,
        object: None,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b as u32);
            i += 1;
            continue;
        }
        let start = i;
        if i + 1 >= data.len() {
            if !final_ {
                return Ok((out, start));
            }
            out.push(b'\\' as u32);
            i += 1;
            continue;
        }
        let c = data[i + 1];
        i += 2;
        let (count, msg) = match c {
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            _ => {
                out.push(b'\\' as u32);
                out.push(c as u32);
                continue;
            }
        };
        let (v, n) = hex_digits(data, i, count);
        if n < count {
            if !final_ && i + n >= data.len() {
                return Ok((out, start));
            }
            i = decode_error(vm, h, &mut ctx, start, i + n, msg, &mut out)?;
            continue;
        }
        i += n;
        if v > 0x10FFFF {
            i = decode_error(
                vm,
                h,
                &mut ctx,
                start,
                i,
                "\\Uxxxxxxxx out of range",
                &mut out,
            )?;
            continue;
        }
        out.push(v);
    }
    Ok((out, data.len()))
}

/// Encodes `raw_unicode_escape`.
pub fn raw_unicode_escape_encode(cps: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(cps.len());
    for &c in cps {
        if c < 0x100 {
            out.push(c as u8);
        } else if c < 0x10000 {
            out.extend(format!("\\u{c:04x}").bytes());
        } else {
            out.extend(format!("\\U{c:08x}").bytes());
        }
    }
    out
}

/// `escape_decode`: bytes-literal escapes; errors are ValueError as in CPython.
pub fn escape_decode(vm: &Vm, data: &[u8], errors: Option<&str>) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        i += 1;
        if i >= data.len() {
            return Err(vm.new_value_error("Trailing \\ in string"));
        }
        let c = data[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(9),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < data.len() && (b'0'..=b'7').contains(&data[i]) {
                    v = v * 8 + (data[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(v as u8);
            }
            b'x' => {
                let (v, n) = hex_digits(data, i, 2);
                if n == 2 {
                    out.push(v as u8);
                    i += 2;
                } else {
                    match errors.unwrap_or("strict") {
                        "strict" => {
                            return Err(vm.new_value_error(format!(
                                "invalid \\x escape at position {}",
                                i - 2
                            )))
                        }
                        "replace" => out.push(b'?'),
                        "ignore" => {}
                        other => {
                            return Err(vm.new_value_error(format!(
                                "decoding error; unknown error handling code: {other}"
                            )))
                        }
                    }
                    i += n;
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// `escape_encode`: bytes as in a bytes literal, without the quotes.
pub fn escape_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    for &b in data {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(b),
            _ => out.extend(format!("\\x{b:02x}").bytes()),
        }
    }
    out
}
