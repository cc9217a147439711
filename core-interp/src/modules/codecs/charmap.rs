//! The one-byte codecs: ASCII, Latin-1 and the mapping-driven `charmap`
//! codec the `encodings` package builds the code pages on.

use super::errors::{decode_error, encode_error, DecodeCtx, EncodeCtx, Handler};
use crate::objects::bytesobject::PyBytes;
use crate::objects::longobject::new_int;
use crate::objects::object::PyRef;
use crate::objects::typeobject::class_name;
use crate::objects::unicodeobject::PyStr;
use crate::vm::{PyResult, Vm};

/// Decodes ASCII (limit 128) or Latin-1 (limit 256).
pub fn decode_limited(vm: &Vm, data: &[u8], h: &Handler, ascii: bool) -> PyResult<Vec<u32>> {
    if !ascii {
        return Ok(data.iter().map(|&b| b as u32).collect());
    }
    let mut out = Vec::with_capacity(data.len());
    let mut ctx = DecodeCtx {
        encoding: "ascii",
        data,
        object: None,
    };
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b < 128 {
            out.push(b as u32);
            i += 1;
        } else {
            i = decode_error(
                vm,
                h,
                &mut ctx,
                i,
                i + 1,
                "ordinal not in range(128)",
                &mut out,
            )?;
        }
    }
    Ok(out)
}

/// Encodes to ASCII or Latin-1; runs of unencodable characters are reported together.
pub fn encode_limited(
    vm: &Vm,
    obj: &PyRef,
    cps: &[u32],
    h: &Handler,
    ascii: bool,
) -> PyResult<Vec<u8>> {
    let (limit, name, reason) = if ascii {
        (128, "ascii", "ordinal not in range(128)")
    } else {
        (256, "latin-1", "ordinal not in range(256)")
    };
    let mut out = Vec::with_capacity(cps.len());
    let ctx = EncodeCtx {
        encoding: name,
        object: obj,
        cps,
    };
    let enc = |s: &[u32]| -> Option<Vec<u8>> {
        s.iter()
            .map(|&c| if c < limit { Some(c as u8) } else { None })
            .collect()
    };
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len() && cps[end] >= limit {
            end += 1;
        }
        i = encode_error(vm, h, &ctx, i, end, reason, &mut out, &enc)?;
    }
    Ok(out)
}

/// What `mapping[key]` gives a charmap codec: None for "undefined".
fn lookup(vm: &Vm, mapping: &PyRef, key: u32) -> PyResult<Option<PyRef>> {
    match vm.getitem(mapping, &new_int(vm, key as i64)) {
        Ok(v) if vm.is_none(&v) => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&vm.exceptions.lookup_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `charmap_decode` with a mapping (a decoding-table str or a mapping object).
pub fn charmap_decode(vm: &Vm, data: &[u8], h: &Handler, mapping: &PyRef) -> PyResult<Vec<u32>> {
    let mut out = Vec::with_capacity(data.len());
    let mut ctx = DecodeCtx {
        encoding: "charmap",
        data,
        object: None,
    };
    let table = mapping.downcast_ref::<PyStr>().map(|s| s.to_code_points());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let got: Option<Vec<u32>> = match &table {
            Some(t) => t
                .get(b as usize)
                .copied()
                .filter(|&c| c != 0xFFFE)
                .map(|c| vec![c]),
            None => match lookup(vm, mapping, b as u32)? {
                None => None,
                Some(v) => {
                    if let Some(s) = v.downcast_ref::<PyStr>() {
                        let cps = s.to_code_points();
                        if cps == [0xFFFE] {
                            None
                        } else {
                            Some(cps)
                        }
                    } else if crate::objects::longobject::as_int(&v).is_some() {
                        let n = vm.index_isize(&v)?;
                        if !(0..=0x10FFFF).contains(&n) {
                            return Err(
                                vm.new_type_error("character mapping must be in range(0x110000)")
                            );
                        }
                        if n == 0xFFFE {
                            None
                        } else {
                            Some(vec![n as u32])
                        }
                    } else {
                        return Err(
                            vm.new_type_error("character mapping must return integer, None or str")
                        );
                    }
                }
            },
        };
        match got {
            Some(cps) => {
                out.extend(cps);
                i += 1;
            }
            None => {
                i = decode_error(
                    vm,
                    h,
                    &mut ctx,
                    i,
                    i + 1,
                    "character maps to <undefined>",
                    &mut out,
                )?
            }
        }
    }
    Ok(out)
}

/// The bytes `mapping` gives one character, None if undefined.
fn encode_char(vm: &Vm, mapping: &PyRef, c: u32) -> PyResult<Option<Vec<u8>>> {
    let Some(v) = lookup(vm, mapping, c)? else {
        return Ok(None);
    };
    if let Some(b) = v.downcast_ref::<PyBytes>() {
        return Ok(Some(b.data.to_vec()));
    }
    if crate::objects::longobject::as_int(&v).is_some() {
        let n = vm.index_isize(&v)?;
        if !(0..256).contains(&n) {
            return Err(vm.new_type_error("character mapping must be in range(256)"));
        }
        return Ok(Some(vec![n as u8]));
    }
    Err(vm.new_type_error(format!(
        "character mapping must return integer, bytes or None, not {}",
        class_name(&v)
    )))
}

/// `charmap_encode` with a mapping object.
pub fn charmap_encode(
    vm: &Vm,
    obj: &PyRef,
    cps: &[u32],
    h: &Handler,
    mapping: &PyRef,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(cps.len());
    let ctx = EncodeCtx {
        encoding: "charmap",
        object: obj,
        cps,
    };
    let mut i = 0;
    while i < cps.len() {
        if let Some(b) = encode_char(vm, mapping, cps[i])? {
            out.extend(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < cps.len() && encode_char(vm, mapping, cps[end])?.is_none() {
            end += 1;
        }
        // Replacements must themselves be encodable through the mapping.
        let enc = |s: &[u32]| -> Option<Vec<u8>> {
            let mut v = Vec::new();
            for &c in s {
                v.extend(encode_char(vm, mapping, c).ok().flatten()?);
            }
            Some(v)
        };
        i = encode_error(
            vm,
            h,
            &ctx,
            i,
            end,
            "character maps to <undefined>",
            &mut out,
            &enc,
        )?;
    }
    Ok(out)
}
