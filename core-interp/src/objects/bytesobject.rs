//! `bytes`: immutable byte strings — the payload, constructor, repr, hashing
//! (SipHash like CPython), comparisons, sequence operations, `%`
//! formatting, buffer export, and the iterator shared with `bytearray`.
//! The methods shared with `bytearray` live in `bytes_methods.rs`.

use super::buffer::{bytes_like, PyBuffer};
use super::longobject::new_int;
use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use super::sequence::{slice_items, subscript, Subscript};
use super::typeobject::{as_type, class_name, class_type};
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};

/// The payload of bytes objects.
pub struct PyBytes {
    pub data: Box<[u8]>,
    /// Cached hash; -1 means not computed yet.
    pub hash: Cell<isize>,
}

impl PyPayload for PyBytes {
    const GC: bool = false;
}

pub fn new_bytes(vm: &Vm, data: Vec<u8>) -> PyRef {
    PyRef::new(
        PyBytes {
            data: data.into_boxed_slice(),
            hash: Cell::new(-1),
        },
        vm.types.bytes_type.clone(),
    )
}

pub fn as_bytes(obj: &PyRef) -> Option<&[u8]> {
    obj.downcast_ref::<PyBytes>().map(|b| &*b.data)
}

/// `repr()` of a byte string with CPython's quoting and escapes.
pub fn bytes_repr(data: &[u8], prefix: &str) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("{prefix}{quote}");
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

fn data(o: &PyRef) -> &[u8] {
    as_bytes(o).unwrap_or(&[])
}

fn bytes_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let (Some(x), Some(y)) = (as_bytes(a), as_bytes(b)) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(vm.bool_obj(op.holds(x.cmp(y))))
}

fn bytes_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let d = data(o);
    if super::longobject::as_int(key).is_none()
        && key.downcast_ref::<super::sliceobject::PySlice>().is_none()
        && class_type(key).slots.index.get().is_none()
    {
        return Err(vm.new_type_error(format!(
            "byte indices must be integers or slices, not {}",
            class_name(key)
        )));
    }
    if key.downcast_ref::<super::sliceobject::PySlice>().is_none() {
        let i = vm.index_isize(key)?;
        let j = if i < 0 { i + d.len() as isize } else { i };
        if j < 0 || j >= d.len() as isize {
            return Err(vm.new_index_error("index out of range"));
        }
        return Ok(new_int(vm, d[j as usize] as i64));
    }
    match subscript(vm, key, d.len(), "bytes")? {
        Subscript::Index(i) => Ok(new_int(vm, d[i] as i64)),
        Subscript::Slice { start, step, len } => {
            if step == 1 && len == d.len() && o.class().is(&vm.types.bytes_type) {
                return Ok(o.clone());
            }
            Ok(new_bytes(vm, slice_items(d, start, step, len)))
        }
    }
}

fn bytes_add(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let Some(x) = as_bytes(a) else {
        return Ok(vm.not_implemented.clone());
    };
    match bytes_like(vm, b)? {
        Some(y) => Ok(new_bytes(vm, [x, &y].concat())),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// CPython's `sq_concat` message when neither operand's `+` applied:
/// "can't concat int to bytes" (also for bytearray).
pub fn concat_error(vm: &Vm, a: &PyRef, b: &PyRef) -> Option<crate::vm::PyErr> {
    let base = if a.downcast_ref::<PyBytes>().is_some() {
        "bytes"
    } else if a
        .downcast_ref::<super::bytearrayobject::PyByteArray>()
        .is_some()
    {
        "bytearray"
    } else {
        return None;
    };
    Some(vm.new_type_error(format!("can't concat {} to {base}", class_name(b))))
}

/// The count of `seq * n` with either operand order: `(sequence, count)`.
pub fn repeat_args<'a>(
    a: &'a PyRef,
    b: &'a PyRef,
    is_seq: fn(&PyRef) -> bool,
) -> (&'a PyRef, &'a PyRef) {
    if is_seq(a) {
        (a, b)
    } else {
        (b, a)
    }
}

fn bytes_mul(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (s, n) = repeat_args(a, b, |o| o.downcast_ref::<PyBytes>().is_some());
    let Some(k) = super::sequence::repeat_count(vm, n)? else {
        return Ok(vm.not_implemented.clone());
    };
    if k == 1 && s.class().is(&vm.types.bytes_type) {
        return Ok(s.clone());
    }
    let d = data(s);
    if d.len()
        .checked_mul(k)
        .is_none_or(|n| n > isize::MAX as usize)
    {
        return Err(vm.new_overflow_error("repeated bytes are too long"));
    }
    let mut v = super::sequence::repeat_buffer(vm, d.len(), k)?;
    for _ in 0..k {
        v.extend_from_slice(d);
    }
    Ok(new_bytes(vm, v))
}

fn bytes_mod(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let Some(fmt) = as_bytes(a) else {
        return Ok(vm.not_implemented.clone());
    };
    let out = super::percent_format::bytes_percent_format(vm, fmt, b)?;
    Ok(new_bytes(vm, out))
}

fn bytes_contains(vm: &Vm, o: &PyRef, x: &PyRef) -> PyResult<bool> {
    contains_in(vm, data(o), x)
}

/// `x in <bytes-like>`: an int in range(256) or a bytes-like object.
pub fn contains_in(vm: &Vm, d: &[u8], x: &PyRef) -> PyResult<bool> {
    if let Some(sub) = bytes_like(vm, x)? {
        return Ok(sub.is_empty() || memchr::memmem::find(d, &sub).is_some());
    }
    if class_type(x).slots.index.get().is_some() {
        let b = super::bytes_methods::byte_value(vm, x)?;
        return Ok(d.contains(&b));
    }
    Err(vm.new_type_error(format!(
        "a bytes-like object is required, not '{}'",
        class_name(x)
    )))
}

/// Items of an iterable of ints in range(256), for the constructors; `what`
/// names the type in "cannot convert 'float' object to bytes".
fn bytes_from_iterable(vm: &Vm, x: &PyRef, what: &str, range_msg: &str) -> PyResult<Vec<u8>> {
    let it = vm.get_iter(x).map_err(|e| {
        if e.matches(&vm.exceptions.type_error) {
            vm.new_type_error(format!(
                "cannot convert '{}' object to {what}",
                class_name(x)
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        let n = vm.index(&item)?;
        match super::longobject::int_to_i64(&n) {
            Some(v) if (0..256).contains(&v) => out.push(v as u8),
            _ => return Err(vm.new_value_error(range_msg)),
        }
    }
    Ok(out)
}

/// The shared part of `bytes(...)` and `bytearray(...)`: converts the
/// `source`/`encoding`/`errors` arguments to the new object's bytes.
pub fn source_bytes(
    vm: &Vm,
    source: Option<&PyRef>,
    encoding: Option<&PyRef>,
    errors: Option<&PyRef>,
    what: &str,
) -> PyResult<Vec<u8>> {
    let func = what;
    let enc = encoding
        .map(|e| super::bytes_methods::str_arg(vm, e, func, "encoding"))
        .transpose()?;
    let errs = errors
        .map(|e| super::bytes_methods::str_arg(vm, e, func, "errors"))
        .transpose()?;
    let is_str = source.is_some_and(|s| s.downcast_ref::<super::unicodeobject::PyStr>().is_some());
    let Some(x) = source else {
        if enc.is_some() {
            return Err(vm.new_type_error("encoding without a string argument"));
        }
        if errs.is_some() {
            return Err(vm.new_type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(enc) = enc {
        if !is_str {
            return Err(vm.new_type_error("encoding without a string argument"));
        }
        return super::unicode_codecs::encode(vm, x, &enc, errs.as_deref().unwrap_or("strict"));
    }
    if errs.is_some() {
        return Err(vm.new_type_error(if is_str {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    if what == "bytes" {
        if let Some(r) = vm.call_special(x, "__bytes__", &[])? {
            return match as_bytes(&r) {
                Some(b) => Ok(b.to_vec()),
                None => Err(vm.new_type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    class_name(&r)
                ))),
            };
        }
    }
    if is_str {
        return Err(vm.new_type_error("string argument without an encoding"));
    }
    if class_type(x).slots.index.get().is_some() {
        match vm.index_isize(x) {
            Ok(n) if n < 0 => return Err(vm.new_value_error("negative count")),
            Ok(n) => return Ok(vec![0; n as usize]),
            Err(e) if e.matches(&vm.exceptions.index_error) => {
                return Err(vm.new_overflow_error(format!(
                    "cannot fit '{}' into an index-sized integer",
                    class_name(x)
                )))
            }
            Err(e) if !e.matches(&vm.exceptions.type_error) => return Err(e),
            Err(_) => {}
        }
    }
    if let Some(b) = super::buffer::bytes_like_any(vm, x)? {
        return Ok(b.into_owned());
    }
    let range_msg = if what == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    bytes_from_iterable(vm, x, what, range_msg)
}

static BYTES_SIG: Signature = Signature {
    name: "bytes",
    params: &["source", "encoding", "errors"],
    posonly: 0,
    positional: 3,
    required: 0,
};

fn bytes_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    for name in args.kwnames {
        let key = vm.str_string(name)?;
        if !BYTES_SIG.params.contains(&key.as_str()) {
            return Err(vm.new_type_error(format!(
                "'{key}' is an invalid keyword argument for bytes()"
            )));
        }
    }
    let a = BYTES_SIG.bind(vm, args)?;
    let v = source_bytes(vm, a[0].as_ref(), a[1].as_ref(), a[2].as_ref(), "bytes")?;
    if cls.is(&vm.types.bytes_type) {
        if let Some(x) = &a[0] {
            if x.class().is(&vm.types.bytes_type) {
                return Ok(x.clone());
            }
        }
        return Ok(new_bytes(vm, v));
    }
    Ok(PyRef::new(
        PyBytes {
            data: v.into_boxed_slice(),
            hash: Cell::new(-1),
        },
        cls.clone(),
    ))
}

fn bytes_getbuffer(vm: &Vm, o: &PyRef, request: u32) -> PyResult<PyBuffer> {
    let d = data(o);
    PyBuffer::simple(vm, o, d.as_ptr() as *mut u8, d.len(), true, request)
}

fn dunder_bytes(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "bytes.__bytes__", 0, 0)?;
    if a[0].class().is(&vm.types.bytes_type) {
        return Ok(a[0].clone());
    }
    Ok(new_bytes(vm, data(&a[0]).to_vec()))
}

/// `bytes_iterator` / `bytearray_iterator`: walks the sequence by index, so a
/// bytearray resized meanwhile is seen as it is now.
pub struct PyBytesIterator {
    pub seq: RefCell<Option<PyRef>>,
    pub index: Cell<usize>,
}

impl PyPayload for PyBytesIterator {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(s) = self.seq.borrow().as_ref() {
            visit(s);
        }
    }
}

/// The byte at `i` of a bytes or bytearray object.
fn byte_at(seq: &PyRef, i: usize) -> Option<u8> {
    if let Some(b) = as_bytes(seq) {
        return b.get(i).copied();
    }
    seq.downcast_ref::<super::bytearrayobject::PyByteArray>()
        .and_then(|b| b.data.borrow().get(i).copied())
}

fn seq_len(seq: &PyRef) -> usize {
    if let Some(b) = as_bytes(seq) {
        return b.len();
    }
    seq.downcast_ref::<super::bytearrayobject::PyByteArray>()
        .map_or(0, |b| b.data.borrow().len())
}

pub fn new_bytes_iterator(seq: &PyRef, ty: &PyRef) -> PyRef {
    PyRef::new(
        PyBytesIterator {
            seq: RefCell::new(Some(seq.clone())),
            index: Cell::new(0),
        },
        ty.clone(),
    )
}

fn iter_next(vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    let bi = it
        .downcast_ref::<PyBytesIterator>()
        .expect("bytes iterator");
    let Some(seq) = bi.seq.borrow().clone() else {
        return Ok(None);
    };
    let i = bi.index.get();
    match byte_at(&seq, i) {
        Some(b) => {
            bi.index.set(i + 1);
            Ok(Some(new_int(vm, b as i64)))
        }
        None => {
            bi.seq.borrow_mut().take();
            Ok(None)
        }
    }
}

fn iter_length_hint(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__length_hint__", 0, 0)?;
    let bi = a[0]
        .downcast_ref::<PyBytesIterator>()
        .expect("bytes iterator");
    let n = bi
        .seq
        .borrow()
        .as_ref()
        .map_or(0, |s| seq_len(s).saturating_sub(bi.index.get()));
    Ok(new_int(vm, n as i64))
}

/// Installs the iterator type's slots (bytes and bytearray iterators).
pub fn init_iterator(vm: &Vm, ty: &PyRef) {
    let s = &as_type(ty).slots;
    s.iter.set(Some(|_, o| Ok(o.clone())));
    s.iternext.set(Some(iter_next));
    super::descrobject::add_methods(
        vm,
        ty,
        &[MethodDef::new("__length_hint__", iter_length_hint)],
    );
}

/// Installs bytes' slots and methods.
pub fn init(vm: &Vm) {
    let t = &vm.types.bytes_type;
    let s = &as_type(t).slots;
    s.new.set(Some(bytes_new));
    s.repr.set(Some(|vm, o| {
        Ok(super::unicodeobject::new_str_object(
            vm,
            &bytes_repr(data(o), "b"),
        ))
    }));
    s.str.set(Some(|vm, o| {
        Ok(super::unicodeobject::new_str_object(
            vm,
            &bytes_repr(data(o), "b"),
        ))
    }));
    s.hash.set(Some(|_, o| {
        let b = o.downcast_ref::<PyBytes>().expect("bytes");
        if b.hash.get() == -1 {
            b.hash.set(super::hashing::hash_bytes(&b.data));
        }
        Ok(b.hash.get())
    }));
    s.len.set(Some(|_, o| Ok(data(o).len())));
    s.richcompare.set(Some(bytes_richcompare));
    s.getitem.set(Some(bytes_getitem));
    s.add.set(Some(bytes_add));
    s.multiply.set(Some(bytes_mul));
    s.remainder.set(Some(bytes_mod));
    s.contains.set(Some(bytes_contains));
    s.iter.set(Some(|vm, o| {
        Ok(new_bytes_iterator(o, &vm.types.bytes_iterator_type))
    }));
    s.getbuffer.set(Some(bytes_getbuffer));
    super::descrobject::add_methods(vm, t, super::bytes_methods::SHARED_METHODS);
    super::descrobject::add_methods(vm, t, super::bytes_methods::BYTES_ONLY_METHODS);
    super::descrobject::add_methods(vm, t, &[MethodDef::new("__bytes__", dunder_bytes)]);
    init_iterator(vm, &vm.types.bytes_iterator_type);
}
