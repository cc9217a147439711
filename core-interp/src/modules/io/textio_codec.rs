//! The encodings `TextIOWrapper` handles itself (UTF-8, Latin-1, ASCII with
//! the common error handlers), incrementally; any other encoding goes
//! through the `codecs` module's incremental encoder and decoder.

use crate::objects::bytesobject::{as_bytes, new_bytes};
use crate::objects::object::PyRef;
use crate::objects::unicodeobject::PyStr;
use crate::vm::{PyErr, PyResult, Vm};

/// A codec implemented here.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Native {
    Utf8,
    Latin1,
    Ascii,
}

/// The native codec for an encoding name, if there is one.
pub fn native_codec(name: &str) -> Option<Native> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "locale" => Some(Native::Utf8),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => {
            Some(Native::Latin1)
        }
        "ascii" | "us-ascii" | "646" => Some(Native::Ascii),
        _ => None,
    }
}

/// The codec's canonical name (for error messages).
pub fn codec_name(c: Native) -> &'static str {
    match c {
        Native::Utf8 => "utf-8",
        Native::Latin1 => "latin-1",
        Native::Ascii => "ascii",
    }
}

fn decode_error(vm: &Vm, enc: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![
        vm.intern(enc),
        new_bytes(vm, data.to_vec()),
        crate::objects::longobject::new_int(vm, start as i64),
        crate::objects::longobject::new_int(vm, end as i64),
        crate::objects::unicodeobject::new_str_object(vm, reason),
    ];
    match vm.call_positional(&vm.exceptions.unicode_decode_error, &args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

fn encode_error(vm: &Vm, enc: &str, text: &[u32], start: usize, end: usize, reason: &str) -> PyErr {
    let s = PyRef::new(PyStr::from_code_points(text), vm.types.str_type.clone());
    let args = vec![
        vm.intern(enc),
        s,
        crate::objects::longobject::new_int(vm, start as i64),
        crate::objects::longobject::new_int(vm, end as i64),
        crate::objects::unicodeobject::new_str_object(vm, reason),
    ];
    match vm.call_positional(&vm.exceptions.unicode_encode_error, &args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// How a malformed sequence is handled.
fn on_bad_bytes(
    vm: &Vm,
    codec: Native,
    errors: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u32>,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(
            vm,
            codec_name(codec),
            data,
            start,
            end,
            reason,
        )),
        "ignore" => Ok(()),
        "replace" => {
            out.push(0xFFFD);
            Ok(())
        }
        "surrogateescape" => {
            out.extend(
                data[start..end]
                    .iter()
                    .filter(|&&b| b >= 128)
                    .map(|&b| 0xDC00 + b as u32),
            );
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.extend(format!("\\x{b:02x}").chars().map(|c| c as u32));
            }
            Ok(())
        }
        other => Err(vm.new_exception_msg(
            &vm.exceptions.lookup_error,
            format!("unknown error handler name '{other}'"),
        )),
    }
}

/// Decodes `data`; with `final` false, an incomplete UTF-8 sequence at the
/// end is left unconsumed. Returns the text and the bytes consumed.
pub fn decode(
    vm: &Vm,
    codec: Native,
    errors: &str,
    data: &[u8],
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let mut out = Vec::with_capacity(data.len());
    match codec {
        Native::Latin1 => {
            out.extend(data.iter().map(|&b| b as u32));
            Ok((out, data.len()))
        }
        Native::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as u32);
                } else {
                    on_bad_bytes(
                        vm,
                        codec,
                        errors,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        &mut out,
                    )?;
                }
            }
            Ok((out, data.len()))
        }
        Native::Utf8 => {
            let mut i = 0;
            while i < data.len() {
                match std::str::from_utf8(&data[i..]) {
                    Ok(s) => {
                        out.extend(s.chars().map(|c| c as u32));
                        i = data.len();
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.extend(
                            std::str::from_utf8(&data[i..i + good])
                                .unwrap_or("")
                                .chars()
                                .map(|c| c as u32),
                        );
                        i += good;
                        match e.error_len() {
                            None => {
                                if !final_ {
                                    return Ok((out, i));
                                }
                                let reason = "unexpected end of data";
                                on_bad_bytes(
                                    vm,
                                    codec,
                                    errors,
                                    data,
                                    i,
                                    data.len(),
                                    reason,
                                    &mut out,
                                )?;
                                i = data.len();
                            }
                            Some(n) => {
                                let b = data[i];
                                let surrogate = errors == "surrogatepass"
                                    && b == 0xED
                                    && i + 2 < data.len()
                                    && (0xA0..=0xBF).contains(&data[i + 1]);
                                if surrogate {
                                    let cp = ((b as u32 & 0x0F) << 12)
                                        | ((data[i + 1] as u32 & 0x3F) << 6)
                                        | (data[i + 2] as u32 & 0x3F);
                                    out.push(cp);
                                    i += 3;
                                    continue;
                                }
                                let reason = if (0x80..0xC2).contains(&b) || b > 0xF4 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                let handler = if errors == "surrogatepass" {
                                    "strict"
                                } else {
                                    errors
                                };
                                on_bad_bytes(vm, codec, handler, data, i, i + n, reason, &mut out)?;
                                i += n;
                            }
                        }
                    }
                }
            }
            Ok((out, data.len()))
        }
    }
}

/// Encodes code points with a native codec.
pub fn encode(vm: &Vm, codec: Native, errors: &str, text: &[u32]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let limit = match codec {
        Native::Utf8 => 0x110000,
        Native::Latin1 => 0x100,
        Native::Ascii => 0x80,
    };
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        let surrogate = (0xD800..0xE000).contains(&c);
        if c < limit && !(surrogate && codec == Native::Utf8) {
            match codec {
                Native::Utf8 => {
                    let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
                    let mut b = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut b).as_bytes());
                }
                _ => out.push(c as u8),
            }
            i += 1;
            continue;
        }
        match errors {
            "surrogateescape" if (0xDC80..0xDD00).contains(&c) => out.push((c - 0xDC00) as u8),
            "surrogatepass" if surrogate && codec == Native::Utf8 => {
                out.extend_from_slice(&[
                    0xE0 | (c >> 12) as u8,
                    0x80 | ((c >> 6) & 0x3F) as u8,
                    0x80 | (c & 0x3F) as u8,
                ]);
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let s = if c < 0x100 {
                    format!("\\x{c:02x}")
                } else if c < 0x10000 {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                out.extend_from_slice(s.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{c};").as_bytes()),
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = if surrogate && codec == Native::Utf8 {
                    "surrogates not allowed".to_string()
                } else {
                    format!("ordinal not in range({limit})")
                };
                let mut end = i + 1;
                while end < text.len()
                    && (text[end] >= limit
                        || (codec == Native::Utf8 && (0xD800..0xE000).contains(&text[end])))
                {
                    end += 1;
                }
                return Err(encode_error(vm, codec_name(codec), text, i, end, &reason));
            }
            other => {
                return Err(vm.new_exception_msg(
                    &vm.exceptions.lookup_error,
                    format!("unknown error handler name '{other}'"),
                ))
            }
        }
        i += 1;
    }
    Ok(out)
}

/// An incremental codec of the `codecs` module (for the other encodings).
pub struct PyCodec {
    pub encoder: PyRef,
    pub decoder: PyRef,
}

/// Looks up `codecs.getincrementalencoder/decoder(encoding)(errors)`.
pub fn lookup(vm: &Vm, encoding: &str, errors: &str) -> PyResult<PyCodec> {
    let codecs = crate::vm::import::import_module(vm, "codecs")?;
    let enc = vm.intern(encoding);
    let err = vm.intern(errors);
    let e = vm.call_method(&codecs, "getincrementalencoder", &[enc.clone()])?;
    let d = vm.call_method(&codecs, "getincrementaldecoder", &[enc])?;
    Ok(PyCodec {
        encoder: vm.call_positional(&e, &[err.clone()])?,
        decoder: vm.call_positional(&d, &[err])?,
    })
}

/// Decodes through a `codecs` incremental decoder.
pub fn py_decode(vm: &Vm, c: &PyCodec, data: &[u8], final_: bool) -> PyResult<Vec<u32>> {
    let r = vm.call_method(
        &c.decoder,
        "decode",
        &[new_bytes(vm, data.to_vec()), vm.bool_obj(final_)],
    )?;
    match r.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.to_code_points()),
        None => Err(vm.new_type_error(format!(
            "decoder should return a string result, not '{}'",
            crate::objects::typeobject::class_name(&r)
        ))),
    }
}

/// Encodes through a `codecs` incremental encoder.
pub fn py_encode(vm: &Vm, c: &PyCodec, text: &[u32]) -> PyResult<Vec<u8>> {
    let s = PyRef::new(PyStr::from_code_points(text), vm.types.str_type.clone());
    let r = vm.call_method(&c.encoder, "encode", &[s])?;
    match as_bytes(&r) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.new_type_error(format!(
            "encoder should return a bytes object, not '{}'",
            crate::objects::typeobject::class_name(&r)
        ))),
    }
}
