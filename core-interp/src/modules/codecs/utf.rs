//! The UTF codecs: UTF-8, UTF-16 and UTF-32 (either byte order, with BOM
//! handling) and UTF-7, with CPython's error ranges and reasons and the
//! `final` flag of incremental decoding.

use super::errors::{decode_error, encode_error, DecodeCtx, EncodeCtx, Handler};
use crate::objects::object::PyRef;
use crate::vm::{PyResult, Vm};

/// Decodes UTF-8; returns the code points and how many bytes were consumed.
pub fn utf8_decode(vm: &Vm, data: &[u8], h: &Handler, final_: bool) -> PyResult<(Vec<u32>, usize)> {
    let mut out: Vec<u32> = Vec::with_capacity(data.len());
    let mut ctx = DecodeCtx {
        encoding: "utf-8",
        data,
        object: None,
    };
    let mut i = 0;
    while i < data.len() {
        match std::str::from_utf8(&data[i..]) {
            Ok(s) => {
                out.extend(s.chars().map(|c| c as u32));
                i = data.len();
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY: `from_utf8` reported these bytes as valid UTF-8.
                let s = unsafe { std::str::from_utf8_unchecked(&data[i..i + good]) };
                out.extend(s.chars().map(|c| c as u32));
                let start = i + good;
                let (end, reason) = match e.error_len() {
                    Some(n) => {
                        let invalid_start = matches!(data[start], 0x80..=0xC1 | 0xF5..=0xFF);
                        (
                            start + n,
                            if invalid_start {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            },
                        )
                    }
                    None => {
                        if !final_ {
                            return Ok((out, start));
                        }
                        (data.len(), "unexpected end of data")
                    }
                };
                i = decode_error(vm, h, &mut ctx, start, end, reason, &mut out)?;
            }
        }
    }
    Ok((out, data.len()))
}

/// Appends the UTF-8 form of code point `c` (surrogates included).
fn push_utf8(out: &mut Vec<u8>, c: u32) {
    if c < 0x80 {
        out.push(c as u8);
    } else if c < 0x800 {
        out.extend_from_slice(&[0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]);
    } else if c < 0x10000 {
        out.extend_from_slice(&[
            0xE0 | (c >> 12) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ]);
    } else {
        out.extend_from_slice(&[
            0xF0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3F) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ]);
    }
}

fn is_surrogate(c: u32) -> bool {
    (0xD800..0xE000).contains(&c)
}

/// Encodes code points as UTF-8 (lone surrogates go to the error handler).
pub fn utf8_encode(vm: &Vm, obj: &PyRef, cps: &[u32], h: &Handler) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(cps.len());
    let ctx = EncodeCtx {
        encoding: "utf-8",
        object: obj,
        cps,
    };
    let enc = |s: &[u32]| -> Option<Vec<u8>> {
        if s.iter().any(|&c| is_surrogate(c)) {
            return None;
        }
        let mut v = Vec::new();
        for &c in s {
            push_utf8(&mut v, c);
        }
        Some(v)
    };
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !is_surrogate(c) {
            push_utf8(&mut out, c);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len() && is_surrogate(cps[end]) {
            end += 1;
        }
        i = encode_error(
            vm,
            h,
            &ctx,
            i,
            end,
            "surrogates not allowed",
            &mut out,
            &enc,
        )?;
    }
    Ok(out)
}

fn unit16(b: &[u8], be: bool) -> u32 {
    if be {
        u16::from_be_bytes([b[0], b[1]]) as u32
    } else {
        u16::from_le_bytes([b[0], b[1]]) as u32
    }
}

/// Decodes UTF-16. `byteorder` is -1 (little), 1 (big) or 0 (detect a BOM,
/// else little-endian); it is updated to the order found. Returns the code
/// points and the bytes consumed.
pub fn utf16_decode(
    vm: &Vm,
    data: &[u8],
    h: &Handler,
    byteorder: &mut i32,
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let mut i = 0;
    if *byteorder == 0 && data.len() >= 2 {
        match (data[0], data[1]) {
            (0xFF, 0xFE) => {
                *byteorder = -1;
                i = 2;
            }
            (0xFE, 0xFF) => {
                *byteorder = 1;
                i = 2;
            }
            _ => {}
        }
    }
    let be = *byteorder > 0;
    let mut ctx = DecodeCtx {
        encoding: if be { "utf-16-be" } else { "utf-16-le" },
        data,
        object: None,
    };
    let mut out = Vec::with_capacity(data.len() / 2);
    while i < data.len() {
        if data.len() - i < 2 {
            if !final_ {
                return Ok((out, i));
            }
            i = decode_error(vm, h, &mut ctx, i, data.len(), "truncated data", &mut out)?;
            continue;
        }
        let u = unit16(&data[i..], be);
        if !is_surrogate(u) {
            out.push(u);
            i += 2;
        } else if u >= 0xDC00 {
            i = decode_error(vm, h, &mut ctx, i, i + 2, "illegal encoding", &mut out)?;
        } else if data.len() - i < 4 {
            if !final_ {
                return Ok((out, i));
            }
            i = decode_error(
                vm,
                h,
                &mut ctx,
                i,
                data.len(),
                "unexpected end of data",
                &mut out,
            )?;
        } else {
            let u2 = unit16(&data[i + 2..], be);
            if (0xDC00..0xE000).contains(&u2) {
                out.push(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                i += 4;
            } else {
                i = decode_error(
                    vm,
                    h,
                    &mut ctx,
                    i,
                    i + 2,
                    "illegal UTF-16 surrogate",
                    &mut out,
                )?;
            }
        }
    }
    Ok((out, data.len()))
}

/// Encodes UTF-16; `byteorder` 0 writes a BOM and little-endian units.
pub fn utf16_encode(
    vm: &Vm,
    obj: &PyRef,
    cps: &[u32],
    h: &Handler,
    byteorder: i32,
) -> PyResult<Vec<u8>> {
    let be = byteorder > 0;
    let mut out = Vec::with_capacity(cps.len() * 2 + 2);
    let push = |out: &mut Vec<u8>, u: u16| {
        if be {
            out.extend_from_slice(&u.to_be_bytes())
        } else {
            out.extend_from_slice(&u.to_le_bytes())
        }
    };
    if byteorder == 0 {
        push(&mut out, 0xFEFF);
    }
    let name = match byteorder {
        0 => "utf-16",
        b if b > 0 => "utf-16-be",
        _ => "utf-16-le",
    };
    let ctx = EncodeCtx {
        encoding: name,
        object: obj,
        cps,
    };
    let enc = |s: &[u32]| -> Option<Vec<u8>> {
        let mut v = Vec::new();
        for &c in s {
            if is_surrogate(c) {
                return None;
            }
            encode_unit16(&mut v, c, be);
        }
        Some(v)
    };
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !is_surrogate(c) {
            encode_unit16(&mut out, c, be);
            i += 1;
            continue;
        }
        // UTF-16 reports one unencodable character at a time.
        i = encode_error(
            vm,
            h,
            &ctx,
            i,
            i + 1,
            "surrogates not allowed",
            &mut out,
            &enc,
        )?;
    }
    Ok(out)
}

fn encode_unit16(out: &mut Vec<u8>, c: u32, be: bool) {
    let mut put = |u: u16| {
        if be {
            out.extend_from_slice(&u.to_be_bytes())
        } else {
            out.extend_from_slice(&u.to_le_bytes())
        }
    };
    if c >= 0x10000 {
        let v = c - 0x10000;
        put(0xD800 + (v >> 10) as u16);
        put(0xDC00 + (v & 0x3FF) as u16);
    } else {
        put(c as u16);
    }
}

/// Decodes UTF-32 (byte order as for `utf16_decode`).
pub fn utf32_decode(
    vm: &Vm,
    data: &[u8],
    h: &Handler,
    byteorder: &mut i32,
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let mut i = 0;
    if *byteorder == 0 && data.len() >= 4 {
        match (data[0], data[1], data[2], data[3]) {
            (0xFF, 0xFE, 0, 0) => {
                *byteorder = -1;
                i = 4;
            }
            (0, 0, 0xFE, 0xFF) => {
                *byteorder = 1;
                i = 4;
            }
            _ => {}
        }
    }
    let be = *byteorder > 0;
    let mut ctx = DecodeCtx {
        encoding: if be { "utf-32-be" } else { "utf-32-le" },
        data,
        object: None,
    };
    let mut out = Vec::with_capacity(data.len() / 4);
    while i < data.len() {
        if data.len() - i < 4 {
            if !final_ {
                return Ok((out, i));
            }
            i = decode_error(vm, h, &mut ctx, i, data.len(), "truncated data", &mut out)?;
            continue;
        }
        let w = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let c = if be {
            u32::from_be_bytes(w)
        } else {
            u32::from_le_bytes(w)
        };
        if c >= 0x110000 {
            i = decode_error(
                vm,
                h,
                &mut ctx,
                i,
                i + 4,
                "code point not in range(0x110000)",
                &mut out,
            )?;
        } else if is_surrogate(c) {
            i = decode_error(
                vm,
                h,
                &mut ctx,
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
                &mut out,
            )?;
        } else {
            out.push(c);
            i += 4;
        }
    }
    Ok((out, data.len()))
}

/// Encodes UTF-32; `byteorder` 0 writes a BOM and little-endian units.
pub fn utf32_encode(
    vm: &Vm,
    obj: &PyRef,
    cps: &[u32],
    h: &Handler,
    byteorder: i32,
) -> PyResult<Vec<u8>> {
    let be = byteorder > 0;
    let put = |out: &mut Vec<u8>, c: u32| {
        if be {
            out.extend_from_slice(&c.to_be_bytes())
        } else {
            out.extend_from_slice(&c.to_le_bytes())
        }
    };
    let mut out = Vec::with_capacity(cps.len() * 4 + 4);
    if byteorder == 0 {
        put(&mut out, 0xFEFF);
    }
    let name = match byteorder {
        0 => "utf-32",
        b if b > 0 => "utf-32-be",
        _ => "utf-32-le",
    };
    let ctx = EncodeCtx {
        encoding: name,
        object: obj,
        cps,
    };
    let enc = |s: &[u32]| -> Option<Vec<u8>> {
        let mut v = Vec::new();
        for &c in s {
            if is_surrogate(c) {
                return None;
            }
            put(&mut v, c);
        }
        Some(v)
    };
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if !is_surrogate(c) {
            put(&mut out, c);
            i += 1;
            continue;
        }
        // UTF-32 reports one unencodable character at a time.
        i = encode_error(
            vm,
            h,
            &ctx,
            i,
            i + 1,
            "surrogates not allowed",
            &mut out,
            &enc,
        )?;
    }
    Ok(out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(b: u8) -> Option<u32> {
    B64.iter().position(|&x| x == b).map(|p| p as u32)
}

/// Characters UTF-7 writes directly (RFC 2152 sets D and O, plus space, tab, CR, LF).
fn utf7_direct(c: u32) -> bool {
    c < 128 && (c as u8 as char).is_ascii_alphanumeric()
        || b"'(),-./:? \t\r\n!\"#$%&*;<=>@[]^_`{|}".contains(&(c as u8)) && c < 128
}

/// Encodes UTF-7 as CPython does (base64 for non-direct characters, `+-` for `+`).
pub fn utf7_encode(cps: &[u32]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut in_shift = false;
    let (mut bits, mut nbits) = (0u32, 0u32);
    let mut units: Vec<u32> = Vec::new();
    for (idx, &c) in cps.iter().enumerate() {
        if in_shift {
            if utf7_direct(c) {
                // Close the base64 run.
                if nbits > 0 {
                    out.push(B64[((bits << (6 - nbits)) & 0x3F) as usize]);
                    bits = 0;
                    nbits = 0;
                }
                in_shift = false;
                if b64_value(c as u8).is_some() || c == b'-' as u32 {
                    out.push(b'-');
                }
                out.push(c as u8);
                continue;
            }
        } else if c == b'+' as u32 {
            out.extend_from_slice(b"+-");
            continue;
        } else if utf7_direct(c) {
            out.push(c as u8);
            continue;
        } else {
            out.push(b'+');
            in_shift = true;
        }
        units.clear();
        if c >= 0x10000 {
            let v = c - 0x10000;
            units.push(0xD800 + (v >> 10));
            units.push(0xDC00 + (v & 0x3FF));
        } else {
            units.push(c);
        }
        for &u in &units {
            bits = (bits << 16) | u;
            nbits += 16;
            while nbits >= 6 {
                nbits -= 6;
                out.push(B64[((bits >> nbits) & 0x3F) as usize]);
            }
            bits &= (1 << nbits) - 1;
        }
        let _ = idx;
    }
    if in_shift {
        if nbits > 0 {
            out.push(B64[((bits << (6 - nbits)) & 0x3F) as usize]);
        }
        out.push(b'-');
    }
    out
}

/// Decodes UTF-7; returns the code points and the bytes consumed.
pub fn utf7_decode(vm: &Vm, data: &[u8], h: &Handler, final_: bool) -> PyResult<(Vec<u32>, usize)> {
    let mut ctx = DecodeCtx {
        encoding: "utf-7",
        data,
        object: None,
    };
    let mut out = Vec::new();
    let mut i = 0;
    // State of a base64 run.
    let mut in_shift = false;
    let mut shift_start = 0;
    let mut out_at_shift = 0;
    let (mut bits, mut nbits) = (0u32, 0u32);
    let mut surrogate: u32 = 0;
    while i < data.len() {
        let b = data[i];
        if in_shift {
            if let Some(v) = b64_value(b) {
                bits = (bits << 6) | v;
                nbits += 6;
                i += 1;
                if nbits >= 16 {
                    nbits -= 16;
                    let u = (bits >> nbits) & 0xFFFF;
                    bits &= (1 << nbits) - 1;
                    if surrogate != 0 {
                        if (0xDC00..0xE000).contains(&u) {
                            out.push(0x10000 + ((surrogate - 0xD800) << 10) + (u - 0xDC00));
                            surrogate = 0;
                            continue;
                        }
                        out.push(surrogate);
                        surrogate = 0;
                    }
                    if (0xD800..0xDC00).contains(&u) {
                        surrogate = u;
                    } else {
                        out.push(u);
                    }
                }
                continue;
            }
            // End of the base64 run.
            in_shift = false;
            if surrogate != 0 {
                out.push(surrogate);
                surrogate = 0;
            }
            if nbits >= 6 || (bits & ((1 << nbits) - 1)) != 0 {
                let start = shift_start;
                let reason = if nbits >= 6 {
                    "partial character in shift sequence"
                } else {
                    "non-zero padding bits in shift sequence"
                };
                i = decode_error(vm, h, &mut ctx, start, i, reason, &mut out)?;
                bits = 0;
                nbits = 0;
                continue;
            }
            bits = 0;
            nbits = 0;
            if b == b'-' {
                i += 1;
            }
            continue;
        }
        if b == b'+' {
            shift_start = i;
            out_at_shift = out.len();
            i += 1;
            if i < data.len() && data[i] == b'-' {
                out.push(b'+' as u32);
                i += 1;
            } else if i < data.len() && b64_value(data[i]).is_none() {
                i = decode_error(
                    vm,
                    h,
                    &mut ctx,
                    shift_start,
                    i,
                    "ill-formed sequence",
                    &mut out,
                )?;
            } else {
                in_shift = true;
            }
        } else if b < 128 {
            out.push(b as u32);
            i += 1;
        } else {
            i = decode_error(
                vm,
                h,
                &mut ctx,
                i,
                i + 1,
                "unexpected special character",
                &mut out,
            )?;
        }
    }
    if in_shift {
        if !final_ {
            out.truncate(out_at_shift);
            return Ok((out, shift_start));
        }
        if surrogate != 0 || nbits >= 6 || (bits & ((1u32 << nbits) - 1)) != 0 {
            let n = decode_error(
                vm,
                h,
                &mut ctx,
                shift_start,
                data.len(),
                "unterminated shift sequence",
                &mut out,
            )?;
            let _ = n;
        }
    }
    Ok((out, data.len()))
}
