//! `_io.TextIOWrapper` and `_io.IncrementalNewlineDecoder` (CPython's
//! `Modules/_io/textio.c`): text over a binary buffer, with an encoding
//! (UTF-8/Latin-1/ASCII natively, others through `codecs`), error handler,
//! newline mode (universal with or without translation, or one fixed line
//! end), line buffering and write-through. Decoded text is kept as read
//! (untranslated) so `tell()` can count its bytes.

use super::bufferedio::{as_buffered, buffered_write};
use super::stringio::{line_len, str_from_cps};
use super::textio_codec::{
    decode, encode, lookup, native_codec, py_decode, py_encode, Native, PyCodec,
};
use super::{closed_error, finish_type, new_io_type, size_arg, split_self, unsupported};
use crate::objects::bytesobject::{as_bytes, new_bytes};
use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{as_type, class_name};
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

const CR: u32 = '\r' as u32;
const LF: u32 = '\n' as u32;

/// The payload of `TextIOWrapper` objects.
pub struct TextIO {
    buffer: RefCell<Option<PyRef>>,
    encoding: RefCell<String>,
    errors: RefCell<String>,
    native: Cell<Option<Native>>,
    codec: RefCell<Option<PyCodec>>,
    /// `None`: universal newlines, translated.
    newline: RefCell<Option<String>>,
    line_buffering: Cell<bool>,
    write_through: Cell<bool>,
    pending: RefCell<Vec<u8>>,
    decoded: RefCell<Vec<u32>>,
    dpos: Cell<usize>,
    undecoded: RefCell<Vec<u8>>,
    eof: Cell<bool>,
    seen: Cell<u8>,
    chunk_size: Cell<usize>,
}

impl PyPayload for TextIO {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(b) = self.buffer.borrow().as_ref() {
            visit(b);
        }
    }
}

impl Drop for TextIO {
    fn drop(&mut self) {
        // Hand unwritten text to a built-in buffered writer, which writes it
        // out when it is freed in turn.
        let pending = std::mem::take(self.pending.get_mut());
        if pending.is_empty() {
            return;
        }
        if let Some(b) = self.buffer.get_mut().as_ref().and_then(as_buffered) {
            b.wbuf.borrow_mut().extend_from_slice(&pending);
        }
    }
}

static TEXTIOWRAPPER: OnceLock<PyRef> = OnceLock::new();
static NEWLINE_DECODER: OnceLock<PyRef> = OnceLock::new();

fn me(o: &PyRef) -> &TextIO {
    o.downcast_ref::<TextIO>().expect("TextIOWrapper")
}

fn buffer_of(vm: &Vm, t: &TextIO) -> PyResult<PyRef> {
    t.buffer
        .borrow()
        .clone()
        .ok_or_else(|| vm.new_value_error("underlying buffer has been detached"))
}

fn new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    let t = TextIO {
        buffer: RefCell::new(None),
        encoding: RefCell::new(String::new()),
        errors: RefCell::new("strict".into()),
        native: Cell::new(Some(Native::Utf8)),
        codec: RefCell::new(None),
        newline: RefCell::new(None),
        line_buffering: Cell::new(false),
        write_through: Cell::new(false),
        pending: RefCell::new(Vec::new()),
        decoded: RefCell::new(Vec::new()),
        dpos: Cell::new(0),
        undecoded: RefCell::new(Vec::new()),
        eof: Cell::new(false),
        seen: Cell::new(0),
        chunk_size: Cell::new(8192),
    };
    Ok(PyRef::new(t, cls.clone()))
}

fn opt_str(vm: &Vm, v: &Option<PyRef>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) if v.downcast_ref::<PyStr>().is_some() => Ok(Some(vm.str_string(v)?)),
        Some(v) => Err(vm.new_type_error(format!(
            "TextIOWrapper() argument '{what}' must be str or None, not {}",
            class_name(v)
        ))),
    }
}

fn set_encoding(
    vm: &Vm,
    t: &TextIO,
    encoding: Option<String>,
    errors: Option<String>,
) -> PyResult<()> {
    let enc = match encoding.as_deref() {
        None | Some("locale") => "UTF-8".to_string(),
        Some(e) => e.to_string(),
    };
    if enc.contains('\0') {
        return Err(vm.new_value_error("embedded null character"));
    }
    let errors = errors.unwrap_or_else(|| "strict".into());
    let native = native_codec(&enc);
    *t.codec.borrow_mut() = match native {
        Some(_) => None,
        None => Some(lookup(vm, &enc, &errors)?),
    };
    t.native.set(native);
    *t.encoding.borrow_mut() = enc;
    *t.errors.borrow_mut() = errors;
    Ok(())
}

fn check_newline(vm: &Vm, v: &Option<PyRef>) -> PyResult<Option<Option<String>>> {
    match v {
        None => Ok(None),
        Some(x) if vm.is_none(x) => Ok(Some(None)),
        Some(x) => match x.downcast_ref::<PyStr>() {
            Some(s) => {
                let n = s.to_string_lossy().into_owned();
                if !["", "\n", "\r", "\r\n"].contains(&n.as_str()) {
                    return Err(vm.new_value_error(format!(
                        "illegal newline value: {}",
                        vm.repr_string(x)?
                    )));
                }
                Ok(Some(Some(n)))
            }
            None => Err(vm.new_type_error(format!(
                "TextIOWrapper() argument 'newline' must be str or None, not {}",
                class_name(x)
            ))),
        },
    }
}

static INIT_SIG: Signature = Signature {
    name: "TextIOWrapper",
    params: &[
        "buffer",
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ],
    posonly: 0,
    positional: 6,
    required: 1,
};

fn init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let a = INIT_SIG.bind(vm, args)?;
    let t = me(obj);
    let encoding = opt_str(vm, &a[1], "encoding")?;
    let errors = opt_str(vm, &a[2], "errors")?;
    let newline = check_newline(vm, &a[3])?.unwrap_or(None);
    set_encoding(vm, t, encoding, errors)?;
    *t.newline.borrow_mut() = newline;
    t.line_buffering.set(match &a[4] {
        Some(v) => vm.is_true(v)?,
        None => false,
    });
    t.write_through.set(match &a[5] {
        Some(v) => vm.is_true(v)?,
        None => false,
    });
    *t.buffer.borrow_mut() = Some(a[0].clone().expect("required"));
    t.decoded.borrow_mut().clear();
    t.dpos.set(0);
    t.eof.set(false);
    Ok(())
}

fn encode_text(vm: &Vm, t: &TextIO, text: &[u32]) -> PyResult<Vec<u8>> {
    match t.native.get() {
        Some(n) => encode(vm, n, &t.errors.borrow(), text),
        None => py_encode(vm, t.codec.borrow().as_ref().expect("codec"), text),
    }
}

/// Passes the encoded text to the buffer.
fn flush_pending(vm: &Vm, t: &TextIO) -> PyResult<()> {
    if t.pending.borrow().is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut *t.pending.borrow_mut());
    let buffer = buffer_of(vm, t)?;
    // Built-in buffered objects take the bytes directly (a Python subclass
    // may override write()).
    let builtin = buffer
        .class()
        .is(super::bufferedio::buffered_writer_type(vm))
        || buffer
            .class()
            .is(super::bufferedio::buffered_random_type(vm));
    if let Some(b) = as_buffered(&buffer).filter(|_| builtin) {
        return buffered_write(vm, b, &data);
    }
    vm.call_method(&buffer, "write", &[new_bytes(vm, data)])?;
    Ok(())
}

fn check_open<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a PyRef, CallArgs<'a>)> {
    let (s, rest) = split_self(vm, args, name)?;
    let buffer = buffer_of(vm, me(s))?;
    let closed = match as_buffered(&buffer).and_then(super::bufferedio::fast_closed) {
        Some(c) => c,
        None => vm.is_true(&vm.getattr_str(&buffer, "closed")?)?,
    };
    if closed {
        return Err(closed_error(vm));
    }
    Ok((s, rest))
}

fn write(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = check_open(vm, &args, "write")?;
    let a = rest.check_positional(vm, "write", 1, 1)?;
    let Some(st) = a[0].downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "write() argument must be str, not {}",
            class_name(&a[0])
        )));
    };
    let t = me(s);
    let n = st.len();
    // Fast path: ASCII text in an ASCII-compatible native codec needs no
    // translation or encoding work beyond a copy.
    if let (Some(a), Some(_)) = (st.as_ascii(), t.native.get()) {
        let nl_plain = t
            .newline
            .borrow()
            .as_deref()
            .map_or(true, |n| n.is_empty() || n == "\n");
        if nl_plain {
            let needs_flush = t.line_buffering.get() && (a.contains('\n') || a.contains('\r'));
            if t.dpos.get() < t.decoded.borrow().len() || !t.undecoded.borrow().is_empty() {
                t.decoded.borrow_mut().clear();
                t.dpos.set(0);
                t.undecoded.borrow_mut().clear();
            }
            t.pending.borrow_mut().extend_from_slice(a.as_bytes());
            if t.write_through.get()
                || needs_flush
                || t.pending.borrow().len() >= t.chunk_size.get()
            {
                flush_pending(vm, t)?;
            }
            if needs_flush {
                vm.call_method(&buffer_of(vm, t)?, "flush", &[])?;
            }
            return Ok(new_int(vm, n as i64));
        }
    }
    let mut text = st.to_code_points();
    let has_lf = text.contains(&LF);
    if has_lf {
        if let Some(nl) = t
            .newline
            .borrow()
            .as_deref()
            .filter(|n| *n == "\r" || *n == "\r\n")
        {
            let rep: Vec<u32> = nl.chars().map(|c| c as u32).collect();
            text = text
                .iter()
                .flat_map(|&c| if c == LF { rep.clone() } else { vec![c] })
                .collect();
        }
    }
    let needs_flush = t.line_buffering.get() && (has_lf || text.contains(&CR));
    let bytes = encode_text(vm, t, &text)?;
    if t.dpos.get() < t.decoded.borrow().len() || !t.undecoded.borrow().is_empty() {
        t.decoded.borrow_mut().clear();
        t.dpos.set(0);
        t.undecoded.borrow_mut().clear();
    }
    t.pending.borrow_mut().extend_from_slice(&bytes);
    if t.write_through.get() || needs_flush || t.pending.borrow().len() >= t.chunk_size.get() {
        flush_pending(vm, t)?;
    }
    if needs_flush {
        vm.call_method(&buffer_of(vm, t)?, "flush", &[])?;
    }
    Ok(new_int(vm, n as i64))
}

/// Reads and decodes one more chunk; false at end of file.
fn read_chunk(vm: &Vm, t: &TextIO) -> PyResult<bool> {
    if t.eof.get() {
        return Ok(false);
    }
    flush_pending(vm, t)?;
    let buffer = buffer_of(vm, t)?;
    let n = new_int(vm, t.chunk_size.get() as i64);
    let data = match vm.getattr_opt(&buffer, &vm.intern("read1"))? {
        Some(r1) => vm.call_positional(&r1, &[n])?,
        None => vm.call_method(&buffer, "read", &[n])?,
    };
    let data = if vm.is_none(&data) {
        Vec::new()
    } else {
        match as_bytes(&data) {
            Some(b) => b.to_vec(),
            None => {
                return Err(vm.new_type_error(format!(
                    "underlying read1() should have returned a bytes-like object, not '{}'",
                    class_name(&data)
                )))
            }
        }
    };
    let final_ = data.is_empty();
    let mut input = std::mem::take(&mut *t.undecoded.borrow_mut());
    input.extend_from_slice(&data);
    let text = match t.native.get() {
        Some(n) => {
            let (text, used) = decode(vm, n, &t.errors.borrow(), &input, final_)?;
            *t.undecoded.borrow_mut() = input[used..].to_vec();
            text
        }
        None => py_decode(
            vm,
            t.codec.borrow().as_ref().expect("codec"),
            &input,
            final_,
        )?,
    };
    {
        let mut d = t.decoded.borrow_mut();
        let pos = t.dpos.get();
        d.drain(..pos);
        t.dpos.set(0);
        d.extend_from_slice(&text);
    }
    if final_ {
        t.eof.set(true);
    }
    Ok(!final_)
}

fn record_seen(t: &TextIO, text: &[u32]) {
    let mut seen = t.seen.get();
    let mut i = 0;
    while i < text.len() {
        if text[i] == CR {
            if text.get(i + 1) == Some(&LF) {
                seen |= 4;
                i += 1;
            } else {
                seen |= 1;
            }
        } else if text[i] == LF {
            seen |= 2;
        }
        i += 1;
    }
    t.seen.set(seen);
}

/// The output form of raw decoded text under the newline mode.
fn translate_out(t: &TextIO, raw: &[u32]) -> Vec<u32> {
    let nl = t.newline.borrow();
    match nl.as_deref() {
        None => {
            record_seen(t, raw);
            let mut out = Vec::with_capacity(raw.len());
            let mut i = 0;
            while i < raw.len() {
                if raw[i] == CR {
                    out.push(LF);
                    if raw.get(i + 1) == Some(&LF) {
                        i += 1;
                    }
                } else {
                    out.push(raw[i]);
                }
                i += 1;
            }
            out
        }
        Some("") => {
            record_seen(t, raw);
            raw.to_vec()
        }
        _ => raw.to_vec(),
    }
}

fn take_raw(t: &TextIO, n: usize) -> Vec<u32> {
    let d = t.decoded.borrow();
    let pos = t.dpos.get();
    let n = n.min(d.len() - pos);
    t.dpos.set(pos + n);
    d[pos..pos + n].to_vec()
}

fn read(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = check_open(vm, &args, "read")?;
    let t = me(s);
    let n = size_arg(vm, rest.positional().first())?;
    let buffer = buffer_of(vm, t)?;
    if !vm.is_true(&vm.call_method(&buffer, "readable", &[])?)? {
        return Err(unsupported(vm, "not readable"));
    }
    if n < 0 {
        // Like CPython, the rest of the buffer is decoded in one call (so
        // decoding errors report positions within it).
        flush_pending(vm, t)?;
        let data = vm.call_method(&buffer, "read", &[])?;
        let data = if vm.is_none(&data) {
            Vec::new()
        } else {
            crate::modules::posixmodule::buffer_bytes(vm, &data)?
        };
        let mut input = std::mem::take(&mut *t.undecoded.borrow_mut());
        input.extend_from_slice(&data);
        let text = match t.native.get() {
            Some(nc) => decode(vm, nc, &t.errors.borrow(), &input, true)?.0,
            None => py_decode(vm, t.codec.borrow().as_ref().expect("codec"), &input, true)?,
        };
        t.decoded.borrow_mut().extend_from_slice(&text);
        t.eof.set(true);
        let raw = take_raw(t, usize::MAX);
        return Ok(str_from_cps(vm, &translate_out(t, &raw)));
    }
    let n = n as usize;
    let universal = t.newline.borrow().is_none();
    loop {
        let avail = t.decoded.borrow().len() - t.dpos.get();
        // One character of lookahead decides whether a trailing \r starts
        // \r\n; otherwise n characters are enough (reading on would block
        // on a pipe that has them).
        let ends_in_cr = || t.decoded.borrow().last() == Some(&CR);
        if avail > n || (avail == n && !(universal && ends_in_cr())) || t.eof.get() {
            break;
        }
        if !read_chunk(vm, t)? && t.eof.get() {
            break;
        }
    }
    if !universal {
        let raw = take_raw(t, n);
        return Ok(str_from_cps(vm, &translate_out(t, &raw)));
    }
    let (raw_len, out) = {
        let d = t.decoded.borrow();
        let text = &d[t.dpos.get()..];
        let mut i = 0;
        let mut count = 0;
        while i < text.len() && count < n {
            if text[i] == CR && text.get(i + 1) == Some(&LF) {
                i += 1;
            }
            i += 1;
            count += 1;
        }
        (i, text[..i].to_vec())
    };
    t.dpos.set(t.dpos.get() + raw_len);
    Ok(str_from_cps(vm, &translate_out(t, &out)))
}

/// The end of the first line of `text` under the newline mode, if its
/// terminator is there (`None` mode and `''` both end lines at \r, \n, \r\n).
fn find_line_end(text: &[u32], nl: Option<&str>) -> Option<usize> {
    let mode = match nl {
        None | Some("") => Some(""),
        other => other,
    };
    let n = line_len(text, mode, -1);
    let found = match mode {
        Some("") => n > 0 && (text[n - 1] == LF || text[n - 1] == CR),
        Some("\r") => n > 0 && text[n - 1] == CR,
        Some("\r\n") => n > 1 && text[n - 2] == CR && text[n - 1] == LF,
        _ => n > 0 && text[n - 1] == LF,
    };
    found.then_some(n)
}

/// Reads one line (at most `limit` characters when non-negative).
fn readline_impl(vm: &Vm, t: &TextIO, limit: isize) -> PyResult<Vec<u32>> {
    let nl = t.newline.borrow().clone();
    let universal = nl.as_deref().map_or(true, |n| n.is_empty());
    loop {
        let take = {
            let d = t.decoded.borrow();
            let text = &d[t.dpos.get()..];
            let end = find_line_end(text, nl.as_deref());
            // A line ending in a lone \r at the end of the buffer may continue with \n.
            let ambiguous =
                universal && end == Some(text.len()) && text.last() == Some(&CR) && !t.eof.get();
            let n = end.unwrap_or(text.len());
            let out_len = if nl.is_none() {
                translate_len(&text[..n])
            } else {
                n
            };
            if limit >= 0 && out_len >= limit as usize {
                Some(raw_prefix_for(&text[..n], limit as usize, nl.is_none()))
            } else if (end.is_some() && !ambiguous) || t.eof.get() {
                Some(n)
            } else {
                None
            }
        };
        if let Some(n) = take {
            let raw = take_raw(t, n);
            return Ok(translate_out(t, &raw));
        }
        read_chunk(vm, t)?;
    }
}

fn translate_len(raw: &[u32]) -> usize {
    raw.len() - raw.windows(2).filter(|w| w[0] == CR && w[1] == LF).count()
}

fn raw_prefix_for(raw: &[u32], out_chars: usize, crlf_is_one: bool) -> usize {
    if !crlf_is_one {
        return out_chars.min(raw.len());
    }
    let (mut i, mut count) = (0, 0);
    while i < raw.len() && count < out_chars {
        if raw[i] == CR && raw.get(i + 1) == Some(&LF) {
            i += 1;
        }
        i += 1;
        count += 1;
    }
    i
}

fn readline(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = check_open(vm, &args, "readline")?;
    let limit = size_arg(vm, rest.positional().first())?;
    Ok(str_from_cps(vm, &readline_impl(vm, me(s), limit)?))
}

fn next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let t = me(o);
    let buffer = buffer_of(vm, t)?;
    if vm.is_true(&vm.getattr_str(&buffer, "closed")?)? {
        return Err(closed_error(vm));
    }
    let line = readline_impl(vm, t, -1)?;
    Ok(if line.is_empty() {
        None
    } else {
        Some(str_from_cps(vm, &line))
    })
}

fn flush(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = check_open(vm, &args, "flush")?;
    let t = me(s);
    flush_pending(vm, t)?;
    vm.call_method(&buffer_of(vm, t)?, "flush", &[])
}

fn close(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "close")?;
    let t = me(s);
    let buffer = buffer_of(vm, t)?;
    if vm.is_true(&vm.getattr_str(&buffer, "closed")?)? {
        return Ok(vm.none.clone());
    }
    let r = flush_pending(vm, t).and_then(|_| vm.call_method(&buffer, "flush", &[]));
    let c = vm.call_method(&buffer, "close", &[]);
    r?;
    c
}

fn encoded_len(t: &TextIO, text: &[u32]) -> Option<usize> {
    match t.native.get()? {
        Native::Utf8 => Some(
            text.iter()
                .map(|&c| {
                    if (0xDC80..0xDD00).contains(&c) && *t.errors.borrow() == "surrogateescape" {
                        1
                    } else if c < 0x80 {
                        1
                    } else if c < 0x800 {
                        2
                    } else if c < 0x10000 {
                        3
                    } else {
                        4
                    }
                })
                .sum(),
        ),
        _ => Some(text.len()),
    }
}

fn tell(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = check_open(vm, &args, "tell")?;
    let t = me(s);
    flush_pending(vm, t)?;
    let buffer = buffer_of(vm, t)?;
    if !vm.is_true(&vm.call_method(&buffer, "seekable", &[])?)? {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let pos = vm.index_isize(&vm.call_method(&buffer, "tell", &[])?)?;
    let rest: Vec<u32> = t.decoded.borrow()[t.dpos.get()..].to_vec();
    let Some(n) = encoded_len(t, &rest) else {
        if rest.is_empty() {
            return Ok(new_int(vm, pos as i64));
        }
        return Err(vm.new_exception_msg(
            &vm.exceptions.os_error,
            "can't reconstruct logical file position",
        ));
    };
    Ok(new_int(
        vm,
        (pos - n as isize - t.undecoded.borrow().len() as isize) as i64,
    ))
}

fn reset_decoder(vm: &Vm, t: &TextIO) -> PyResult<()> {
    t.decoded.borrow_mut().clear();
    t.dpos.set(0);
    t.undecoded.borrow_mut().clear();
    t.eof.set(false);
    if let Some(c) = t.codec.borrow().as_ref() {
        vm.call_method(&c.decoder, "reset", &[])?;
    }
    Ok(())
}

fn seek(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = check_open(vm, &args, "seek")?;
    let a = rest.check_positional(vm, "seek", 1, 2)?;
    let t = me(s);
    let whence = match a.get(1) {
        Some(w) => vm.index_isize(w)?,
        None => 0,
    };
    let buffer = buffer_of(vm, t)?;
    if !vm.is_true(&vm.call_method(&buffer, "seekable", &[])?)? {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let cookie = vm.index_isize(&a[0])?;
    match whence {
        1 => {
            if cookie != 0 {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            return tell(vm, CallArgs::positional_only(std::slice::from_ref(s)));
        }
        2 => {
            if cookie != 0 {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            flush_pending(vm, t)?;
            vm.call_method(&buffer, "flush", &[])?;
            reset_decoder(vm, t)?;
            return vm.call_method(&buffer, "seek", &[new_int(vm, 0), new_int(vm, 2)]);
        }
        0 => {}
        _ => {
            return Err(
                vm.new_value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
            )
        }
    }
    if cookie < 0 {
        return Err(vm.new_value_error(format!("negative seek position {cookie}")));
    }
    flush_pending(vm, t)?;
    vm.call_method(&buffer, "flush", &[])?;
    reset_decoder(vm, t)?;
    vm.call_method(&buffer, "seek", &[new_int(vm, cookie as i64)])?;
    Ok(new_int(vm, cookie as i64))
}

fn truncate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = check_open(vm, &args, "truncate")?;
    let t = me(s);
    flush_pending(vm, t)?;
    let buffer = buffer_of(vm, t)?;
    vm.call_method(&buffer, "flush", &[])?;
    let pos = rest
        .positional()
        .first()
        .cloned()
        .unwrap_or_else(|| vm.none.clone());
    vm.call_method(&buffer, "truncate", &[pos])
}

fn detach(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "detach")?;
    let t = me(s);
    flush_pending(vm, t)?;
    let b = buffer_of(vm, t)?;
    vm.call_method(&b, "flush", &[])?;
    *t.buffer.borrow_mut() = None;
    Ok(b)
}

fn forward(vm: &Vm, args: CallArgs<'_>, name: &str) -> PyResult {
    let (s, _) = split_self(vm, &args, name)?;
    let b = buffer_of(vm, me(s))?;
    vm.call_method(&b, name, &[])
}

fn fileno(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    forward(vm, args, "fileno")
}

fn isatty(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    forward(vm, args, "isatty")
}

fn seekable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    forward(vm, args, "seekable")
}

fn readable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    forward(vm, args, "readable")
}

fn writable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    forward(vm, args, "writable")
}

fn reconfigure(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "reconfigure")?;
    let sig = Signature {
        name: "reconfigure",
        params: &[
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        posonly: 0,
        positional: 0,
        required: 0,
    };
    let a = sig.bind(vm, rest)?;
    let t = me(s);
    flush_pending(vm, t)?;
    let encoding = opt_str(vm, &a[0], "encoding")?;
    let errors = opt_str(vm, &a[1], "errors")?;
    if encoding.is_some() || errors.is_some() {
        let enc = encoding.or_else(|| Some(t.encoding.borrow().clone()));
        let errs = errors.or_else(|| {
            if a[0].is_some() {
                None
            } else {
                Some(t.errors.borrow().clone())
            }
        });
        set_encoding(vm, t, enc, errs)?;
    }
    if let Some(nl) = check_newline(vm, &a[2])? {
        *t.newline.borrow_mut() = nl;
    }
    if let Some(v) = &a[3] {
        if !vm.is_none(v) {
            t.line_buffering.set(vm.is_true(v)?);
        }
    }
    if let Some(v) = &a[4] {
        if !vm.is_none(v) {
            t.write_through.set(vm.is_true(v)?);
        }
    }
    Ok(vm.none.clone())
}

fn repr(vm: &Vm, o: &PyRef) -> PyResult {
    let t = me(o);
    let cls = format!(
        "{}.{}",
        vm.str_string(&vm.getattr_str(o.class(), "__module__")?)?,
        as_type(o.class()).name()
    );
    let mut s = format!("<{cls}");
    if let Ok(Some(n)) = vm.getattr_opt(o, &vm.intern("name")) {
        s.push_str(&format!(" name={}", vm.repr_string(&n)?));
    }
    if let Some(m) = o.dict().and_then(|d| {
        d.downcast_ref::<crate::objects::dictobject::PyDict>()
            .and_then(|d| d.get_rust_str(vm, "mode"))
    }) {
        s.push_str(&format!(" mode={}", vm.repr_string(&m)?));
    }
    s.push_str(&format!(" encoding='{}'>", t.encoding.borrow()));
    Ok(new_str_object(vm, &s))
}

fn getstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "__getstate__")?;
    Err(vm.new_type_error(format!(
        "cannot pickle '{}' instances",
        as_type(s.class()).name()
    )))
}

fn newlines_value(vm: &Vm, seen: u8) -> PyRef {
    let names: Vec<&str> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
        .iter()
        .filter(|(b, _)| seen & b != 0)
        .map(|(_, n)| *n)
        .collect();
    match names.len() {
        0 => vm.none.clone(),
        1 => vm.intern(names[0]),
        _ => new_tuple(vm, names.iter().map(|n| vm.intern(n)).collect()),
    }
}

fn buffer_attr(vm: &Vm, o: &PyRef, name: &str) -> PyResult {
    let b = buffer_of(vm, me(o))?;
    vm.getattr_str(&b, name)
}

/// The `TextIOWrapper` type.
pub fn textiowrapper_type(vm: &Vm) -> &'static PyRef {
    TEXTIOWRAPPER.get_or_init(|| {
        let t = new_io_type(
            vm,
            "TextIOWrapper",
            super::iobase::textiobase_type(vm),
            Some("Character and line based layer over a BufferedIOBase object, buffer."),
        );
        let s = &as_type(&t).slots;
        s.new.set(Some(new));
        s.init.set(Some(init));
        s.repr.set(Some(repr));
        s.iternext.set(Some(next));
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("write", write),
                MethodDef::new("read", read),
                MethodDef::new("readline", readline),
                MethodDef::new("flush", flush),
                MethodDef::new("close", close),
                MethodDef::new("tell", tell),
                MethodDef::new("seek", seek),
                MethodDef::new("truncate", truncate),
                MethodDef::new("detach", detach),
                MethodDef::new("fileno", fileno),
                MethodDef::new("isatty", isatty),
                MethodDef::new("seekable", seekable),
                MethodDef::new("readable", readable),
                MethodDef::new("writable", writable),
                MethodDef::new("reconfigure", reconfigure),
                MethodDef::new("__getstate__", getstate),
            ],
        );
        add_getsets(
            vm,
            &t,
            &[
                GetSetDef::new("buffer", |vm, o| buffer_of(vm, me(o))),
                GetSetDef::new("encoding", |vm, o| {
                    Ok(new_str_object(vm, &me(o).encoding.borrow()))
                }),
                GetSetDef::new("errors", |vm, o| {
                    Ok(new_str_object(vm, &me(o).errors.borrow()))
                }),
                GetSetDef::new("line_buffering", |vm, o| {
                    Ok(vm.bool_obj(me(o).line_buffering.get()))
                }),
                GetSetDef::new("write_through", |vm, o| {
                    Ok(vm.bool_obj(me(o).write_through.get()))
                }),
                GetSetDef::new("newlines", |vm, o| Ok(newlines_value(vm, me(o).seen.get()))),
                GetSetDef::new("name", |vm, o| buffer_attr(vm, o, "name")),
                GetSetDef::new("closed", |vm, o| buffer_attr(vm, o, "closed")),
                GetSetDef::new("_CHUNK_SIZE", |vm, o| {
                    Ok(new_int(vm, me(o).chunk_size.get() as i64))
                })
                .with_setter(|vm, o, v| {
                    let n = vm.index_isize(
                        v.ok_or_else(|| vm.new_attribute_error("cannot delete attribute"))?,
                    )?;
                    if n <= 0 {
                        return Err(vm.new_value_error("a strictly positive integer is required"));
                    }
                    me(o).chunk_size.set(n as usize);
                    Ok(())
                }),
            ],
        );
        finish_type(vm, &t);
        t
    })
}

/// Builds a TextIOWrapper from Rust (the standard streams).
pub fn new_textio(
    vm: &Vm,
    buffer: PyRef,
    encoding: &str,
    errors: &str,
    line_buffering: bool,
    write_through: bool,
) -> PyResult {
    let o = new(vm, textiowrapper_type(vm), CallArgs::positional_only(&[]))?;
    let t = me(&o);
    set_encoding(vm, t, Some(encoding.to_string()), Some(errors.to_string()))?;
    t.line_buffering.set(line_buffering);
    t.write_through.set(write_through);
    *t.buffer.borrow_mut() = Some(buffer);
    Ok(o)
}

// ---- IncrementalNewlineDecoder ----

/// The payload of `IncrementalNewlineDecoder` objects.
pub struct NewlineDecoder {
    decoder: RefCell<Option<PyRef>>,
    translate: Cell<bool>,
    pendingcr: Cell<bool>,
    seen: Cell<u8>,
}

impl PyPayload for NewlineDecoder {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(d) = self.decoder.borrow().as_ref() {
            visit(d);
        }
    }
}

fn nd(o: &PyRef) -> &NewlineDecoder {
    o.downcast_ref::<NewlineDecoder>()
        .expect("IncrementalNewlineDecoder")
}

fn nd_new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    Ok(PyRef::new(
        NewlineDecoder {
            decoder: RefCell::new(None),
            translate: Cell::new(false),
            pendingcr: Cell::new(false),
            seen: Cell::new(0),
        },
        cls.clone(),
    ))
}

fn nd_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let sig = Signature {
        name: "IncrementalNewlineDecoder",
        params: &["decoder", "translate", "errors"],
        posonly: 0,
        positional: 3,
        required: 2,
    };
    let a = sig.bind(vm, args)?;
    let d = nd(obj);
    *d.decoder.borrow_mut() = a[0].clone().filter(|x| !vm.is_none(x));
    d.translate
        .set(vm.is_true(a[1].as_ref().expect("required"))?);
    d.pendingcr.set(false);
    d.seen.set(0);
    Ok(())
}

fn nd_decode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "decode")?;
    let sig = Signature {
        name: "decode",
        params: &["input", "final"],
        posonly: 0,
        positional: 2,
        required: 1,
    };
    let a = sig.bind(vm, rest)?;
    let final_ = match &a[1] {
        Some(f) => vm.is_true(f)?,
        None => false,
    };
    let d = nd(s);
    let input = a[0].clone().expect("required");
    let out = match d.decoder.borrow().clone() {
        Some(dec) => vm.call_method(&dec, "decode", &[input, vm.bool_obj(final_)])?,
        None => input,
    };
    let Some(st) = out.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "decoder should return a string result, not '{}'",
            class_name(&out)
        )));
    };
    let mut text = st.to_code_points();
    if d.pendingcr.get() && (!text.is_empty() || final_) {
        text.insert(0, CR);
        d.pendingcr.set(false);
    }
    if !final_ && text.last() == Some(&CR) {
        text.pop();
        d.pendingcr.set(true);
    }
    let mut seen = d.seen.get();
    let mut i = 0;
    while i < text.len() {
        if text[i] == CR {
            if text.get(i + 1) == Some(&LF) {
                seen |= 4;
                i += 1;
            } else {
                seen |= 1;
            }
        } else if text[i] == LF {
            seen |= 2;
        }
        i += 1;
    }
    d.seen.set(seen);
    if d.translate.get() {
        let mut outv = Vec::with_capacity(text.len());
        let mut i = 0;
        while i < text.len() {
            if text[i] == CR {
                outv.push(LF);
                if text.get(i + 1) == Some(&LF) {
                    i += 1;
                }
            } else {
                outv.push(text[i]);
            }
            i += 1;
        }
        text = outv;
    }
    Ok(str_from_cps(vm, &text))
}

fn nd_getstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "getstate")?;
    let d = nd(s);
    let (buf, flag) = match d.decoder.borrow().clone() {
        Some(dec) => {
            let st = vm.call_method(&dec, "getstate", &[])?;
            let items = vm.collect(&st)?;
            if items.len() != 2 {
                return Err(vm.new_type_error("illegal decoder state"));
            }
            (items[0].clone(), vm.index_isize(&items[1])? as i64)
        }
        None => (new_bytes(vm, Vec::new()), 0),
    };
    Ok(new_tuple(
        vm,
        vec![buf, new_int(vm, (flag << 1) | d.pendingcr.get() as i64)],
    ))
}

fn nd_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "setstate")?;
    let a = rest.check_positional(vm, "setstate", 1, 1)?;
    let items = vm.collect(&a[0])?;
    if items.len() != 2 {
        return Err(vm.new_type_error("state argument must be a tuple"));
    }
    let flag = vm.index_isize(&items[1])? as i64;
    let d = nd(s);
    d.pendingcr.set(flag & 1 != 0);
    if let Some(dec) = d.decoder.borrow().clone() {
        vm.call_method(
            &dec,
            "setstate",
            &[new_tuple(
                vm,
                vec![items[0].clone(), new_int(vm, flag >> 1)],
            )],
        )?;
    }
    Ok(vm.none.clone())
}

fn nd_reset(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "reset")?;
    let d = nd(s);
    d.seen.set(0);
    d.pendingcr.set(false);
    if let Some(dec) = d.decoder.borrow().clone() {
        vm.call_method(&dec, "reset", &[])?;
    }
    Ok(vm.none.clone())
}

/// The `IncrementalNewlineDecoder` type.
pub fn newline_decoder_type(vm: &Vm) -> &'static PyRef {
    NEWLINE_DECODER.get_or_init(|| {
        let t = new_io_type(
            vm,
            "IncrementalNewlineDecoder",
            &vm.types.object_type,
            Some("Codec used when reading a file in universal newlines mode."),
        );
        let s = &as_type(&t).slots;
        s.new.set(Some(nd_new));
        s.init.set(Some(nd_init));
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("decode", nd_decode),
                MethodDef::new("getstate", nd_getstate),
                MethodDef::new("setstate", nd_setstate),
                MethodDef::new("reset", nd_reset),
            ],
        );
        add_getsets(
            vm,
            &t,
            &[GetSetDef::new("newlines", |vm, o| {
                Ok(newlines_value(vm, nd(o).seen.get()))
            })],
        );
        finish_type(vm, &t);
        t
    })
}
