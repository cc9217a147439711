//! `bytes`: immutable byte strings.

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;
use std::cell::Cell;

/// The payload of bytes objects.
pub struct PyBytes {
    pub data: Box<[u8]>,
    /// Cached hash; -1 means not computed yet.
    pub hash: Cell<isize>,
}

impl PyPayload for PyBytes {}

pub fn new_bytes(vm: &Vm, data: Vec<u8>) -> PyRef {
    PyRef::new(PyBytes { data: data.into_boxed_slice(), hash: Cell::new(-1) }, vm.types.bytes_type.clone())
}

pub fn as_bytes(obj: &PyRef) -> Option<&[u8]> {
    obj.downcast_ref::<PyBytes>().map(|b| &*b.data)
}

/// `repr()` of a byte string with CPython's quoting and escapes.
pub fn bytes_repr(data: &[u8], prefix: &str) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
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
    as_bytes(o).expect("bytes")
}

fn bytes_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: crate::compile::bytecode::CompareOperator) -> crate::vm::PyResult {
    let Some(y) = as_bytes(b) else { return Ok(vm.not_implemented.clone()) };
    let ord = data(a).cmp(y);
    Ok(vm.bool_obj(op.holds(ord)))
}

fn bytes_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> crate::vm::PyResult {
    let d = data(o);
    match super::sequence::subscript(vm, key, d.len(), "index")? {
        super::sequence::Subscript::Index(i) => Ok(super::longobject::new_int(vm, d[i] as i64)),
        super::sequence::Subscript::Slice { start, step, len } => Ok(new_bytes(vm, super::sequence::slice_items(d, start, step, len))),
    }
}

fn bytes_add(vm: &Vm, a: &PyRef, b: &PyRef) -> crate::vm::PyResult {
    match (as_bytes(a), as_bytes(b)) {
        (Some(x), Some(y)) => Ok(new_bytes(vm, [x, y].concat())),
        (Some(_), None) => Err(vm.new_type_error(format!("can't concat {} to bytes", super::typeobject::class_name(b)))),
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn decode(vm: &Vm, args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult {
    let a = args.check_positional(vm, "decode", 1, 3)?;
    let d = data(&a[0]);
    let enc = match a.get(1) {
        Some(e) => vm.str_string(e)?.to_lowercase().replace('_', "-"),
        None => "utf-8".into(),
    };
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(d) {
            Ok(s) => Ok(super::unicodeobject::new_str_object(vm, s)),
            Err(e) => Err(vm.new_exception_msg(
                &vm.exceptions.unicode_decode_error,
                format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte", d[e.valid_up_to()], e.valid_up_to()),
            )),
        },
        "latin-1" | "latin1" | "iso-8859-1" => {
            let cps: Vec<u32> = d.iter().map(|&b| b as u32).collect();
            Ok(PyRef::new(super::unicodeobject::PyStr::from_code_points(&cps), vm.types.str_type.clone()))
        }
        "ascii" => match d.iter().position(|&b| b >= 128) {
            None => Ok(super::unicodeobject::new_str_object(vm, std::str::from_utf8(d).unwrap_or(""))),
            Some(p) => Err(vm.new_exception_msg(
                &vm.exceptions.unicode_decode_error,
                format!("'ascii' codec can't decode byte 0x{:02x} in position {p}: ordinal not in range(128)", d[p]),
            )),
        },
        other => Err(vm.new_exception_msg(&vm.exceptions.lookup_error, format!("unknown encoding: {other}"))),
    }
}

fn bytes_new(vm: &Vm, cls: &PyRef, args: crate::vm::CallArgs<'_>) -> crate::vm::PyResult {
    let a = args.check_positional(vm, "bytes", 0, 3)?;
    let v: Vec<u8> = match a.first() {
        None => Vec::new(),
        Some(x) => {
            if let Some(s) = x.downcast_ref::<super::unicodeobject::PyStr>() {
                let Some(enc) = a.get(1) else { return Err(vm.new_type_error("string argument without an encoding")) };
                let _ = s;
                let e = vm.call_method(x, "encode", &[enc.clone()])?;
                data(&e).to_vec()
            } else if let Some(b) = as_bytes(x) {
                b.to_vec()
            } else if let Some(n) = super::longobject::int_to_i64(x) {
                if n < 0 {
                    return Err(vm.new_value_error("negative count"));
                }
                vec![0; n as usize]
            } else {
                let items = vm.collect(x)?;
                let mut out = Vec::with_capacity(items.len());
                for it in items {
                    let n = vm.index_isize(&it)?;
                    if !(0..256).contains(&n) {
                        return Err(vm.new_value_error("bytes must be in range(0, 256)"));
                    }
                    out.push(n as u8);
                }
                out
            }
        }
    };
    if cls.is(&vm.types.bytes_type) {
        return Ok(new_bytes(vm, v));
    }
    Ok(PyRef::new(PyBytes { data: v.into_boxed_slice(), hash: Cell::new(-1) }, cls.clone()))
}

/// Installs bytes' slots (the full method set is still to come).
pub fn init(vm: &Vm) {
    let t = &vm.types.bytes_type;
    let s = &super::typeobject::as_type(t).slots;
    s.new.set(Some(bytes_new));
    s.repr.set(Some(|vm, o| Ok(super::unicodeobject::new_str_object(vm, &bytes_repr(data(o), "b")))));
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
    s.contains.set(Some(|vm, o, x| {
        let d = data(o);
        if let Some(n) = super::longobject::int_to_i64(x) {
            return Ok(d.contains(&(n as u8)));
        }
        match as_bytes(x) {
            Some(sub) => Ok(sub.is_empty() || d.windows(sub.len()).any(|w| w == sub)),
            None => Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", super::typeobject::class_name(x)))),
        }
    }));
    s.iter.set(Some(|vm, o| {
        let items: Vec<PyRef> = data(o).iter().map(|&b| super::longobject::new_int(vm, b as i64)).collect();
        vm.get_iter(&super::tupleobject::new_tuple(vm, items))
    }));
    super::descrobject::add_methods(vm, t, &[super::methodobject::MethodDef::new("decode", decode)]);
}
