//! `bytearray`: mutable byte strings — the payload, constructor, item and
//! slice assignment/deletion (extended slices included), the mutating
//! methods, in-place `+=`/`*=`, and buffer export. While a buffer is
//! exported (a live memoryview) the size is frozen: every resize checks the
//! export count and raises `BufferError` as CPython does. The allocation size
//! CPython would have (`__alloc__`, `__sizeof__`) is tracked with its
//! growth rule. Methods shared with `bytes` live in `bytes_methods.rs`.

use super::buffer::{bytes_like, PyBuffer};
use super::bytes_methods::{byte_value, self_data};
use super::bytesobject::{bytes_repr, source_bytes};
use super::longobject::new_int;
use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use super::sequence::{subscript, Subscript};
use super::typeobject::{as_type, class_name, class_type};
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};

/// The payload of bytearray objects.
#[derive(Default)]
pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
    /// Live buffer exports (memoryviews); resizing is refused while non-zero.
    pub exports: Cell<usize>,
    /// CPython's `ob_alloc`: what `__alloc__` reports.
    alloc: Cell<usize>,
    /// CPython's logical start offset inside its allocation.
    offset: Cell<usize>,
}

impl PyPayload for PyByteArray {}

impl PyByteArray {
    fn new(v: Vec<u8>) -> PyByteArray {
        let alloc = if v.is_empty() { 0 } else { v.len() + 1 };
        PyByteArray {
            data: RefCell::new(v),
            exports: Cell::new(0),
            alloc: Cell::new(alloc),
            offset: Cell::new(0),
        }
    }

    fn len(&self) -> usize {
        self.data.borrow().len()
    }

    /// CPython's `PyByteArray_Resize` bookkeeping for a new size `size`.
    fn note_resize(&self, size: usize) {
        let alloc = self.alloc.get();
        if size + self.offset.get() < alloc {
            if size < alloc / 2 {
                self.alloc.set(size + 1);
                self.offset.set(0);
            }
        } else {
            self.alloc.set(if size * 8 <= alloc * 9 {
                size + (size >> 3) + if size < 9 { 3 } else { 6 }
            } else {
                size + 1
            });
            self.offset.set(0);
        }
    }
}

pub fn new_bytearray(vm: &Vm, v: Vec<u8>) -> PyRef {
    PyRef::new(PyByteArray::new(v), vm.types.bytearray_type.clone())
}

fn ba(o: &PyRef) -> &PyByteArray {
    o.downcast_ref::<PyByteArray>().expect("bytearray")
}

fn resize_error(vm: &Vm) -> crate::vm::PyErr {
    vm.new_exception_msg(
        &vm.exceptions.buffer_error,
        "Existing exports of data: object cannot be re-sized",
    )
}

/// Raises BufferError if the size would change while a buffer is exported.
fn check_resize(vm: &Vm, b: &PyByteArray, new_len: usize) -> PyResult<()> {
    if new_len != b.len() && b.exports.get() > 0 {
        return Err(resize_error(vm));
    }
    Ok(())
}

/// Replaces `lo..hi` with `items` (CPython's `bytearray_setslice_linear`).
fn set_slice_linear(vm: &Vm, b: &PyByteArray, lo: usize, hi: usize, items: &[u8]) -> PyResult<()> {
    let len = b.len();
    let hi = hi.max(lo).min(len);
    let lo = lo.min(len);
    let new_len = len - (hi - lo) + items.len();
    check_resize(vm, b, new_len)?;
    if new_len == len {
        b.data.borrow_mut()[lo..hi].copy_from_slice(items);
        return Ok(());
    }
    if new_len < len && lo == 0 {
        b.offset.set(b.offset.get() + (len - new_len));
    }
    b.data.borrow_mut().splice(lo..hi, items.iter().copied());
    b.note_resize(new_len);
    Ok(())
}

fn ba_new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    Ok(PyRef::new(PyByteArray::default(), cls.clone()))
}

static INIT_SIG: Signature = Signature {
    name: "bytearray",
    params: &["source", "encoding", "errors"],
    posonly: 0,
    positional: 3,
    required: 0,
};

fn ba_init(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    for name in args.kwnames {
        let key = vm.str_string(name)?;
        if !INIT_SIG.params.contains(&key.as_str()) {
            return Err(vm.new_type_error(format!(
                "'{key}' is an invalid keyword argument for bytearray()"
            )));
        }
    }
    let a = INIT_SIG.bind(vm, args)?;
    let v = source_bytes(vm, a[0].as_ref(), a[1].as_ref(), a[2].as_ref(), "bytearray")?;
    let b = ba(o);
    check_resize(vm, b, v.len())?;
    if !b.data.borrow().is_empty() {
        b.note_resize(0);
    }
    let n = v.len();
    *b.data.borrow_mut() = v;
    if n > 0 {
        b.note_resize(n);
    }
    Ok(())
}

fn ba_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let name = as_type(o.class()).name();
    let d = ba(o).data.borrow().clone();
    Ok(super::unicodeobject::new_str_object(
        vm,
        &format!("{name}({})", bytes_repr(&d, "b")),
    ))
}

fn check_index_type(vm: &Vm, key: &PyRef) -> PyResult<()> {
    if super::longobject::as_int(key).is_none()
        && key.downcast_ref::<super::sliceobject::PySlice>().is_none()
        && class_type(key).slots.index.get().is_none()
    {
        return Err(vm.new_type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            class_name(key)
        )));
    }
    Ok(())
}

/// Resolves a subscript; integer indices beyond `isize` raise CPython's
/// "cannot fit 'int' into an index-sized integer".
fn resolve(vm: &Vm, key: &PyRef, len: usize) -> PyResult<Subscript> {
    check_index_type(vm, key)?;
    if key.downcast_ref::<super::sliceobject::PySlice>().is_none() {
        let i = vm.index_isize(key)?;
        let j = if i < 0 { i + len as isize } else { i };
        if j < 0 || j >= len as isize {
            return Err(vm.new_index_error("bytearray index out of range"));
        }
        return Ok(Subscript::Index(j as usize));
    }
    subscript(vm, key, len, "bytearray")
}

fn ba_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let len = ba(o).len();
    match resolve(vm, key, len)? {
        Subscript::Index(i) => Ok(new_int(vm, ba(o).data.borrow()[i] as i64)),
        Subscript::Slice { start, step, len } => {
            let d = ba(o).data.borrow();
            let v = super::sequence::slice_items(&d, start, step, len);
            drop(d);
            Ok(new_bytearray(vm, v))
        }
    }
}

/// The bytes a slice assignment inserts: any buffer, or an iterable of ints.
fn assigned_bytes(vm: &Vm, o: &PyRef, v: &PyRef) -> PyResult<Vec<u8>> {
    if v.is(o) {
        return Ok(ba(o).data.borrow().clone());
    }
    if let Some(b) = bytes_like(vm, v)? {
        return Ok(b.into_owned());
    }
    if v.downcast_ref::<super::unicodeobject::PyStr>().is_some()
        || class_type(v).slots.index.get().is_some()
    {
        return Err(vm.new_type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    source_bytes(vm, Some(v), None, None, "bytearray")
}

fn ba_setitem(vm: &Vm, o: &PyRef, key: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let b = ba(o);
    let len = b.len();
    let sub = resolve(vm, key, len)?;
    match (sub, value) {
        (Subscript::Index(i), Some(v)) => {
            let byte = byte_value(vm, v)?;
            b.data.borrow_mut()[i] = byte;
        }
        (Subscript::Index(i), None) => {
            check_resize(vm, b, len - 1)?;
            b.data.borrow_mut().remove(i);
            b.note_resize(len - 1);
        }
        (
            Subscript::Slice {
                start,
                step,
                len: n,
            },
            Some(v),
        ) => {
            let items = assigned_bytes(vm, o, v)?;
            if step == 1 {
                let lo = start.max(0) as usize;
                set_slice_linear(vm, b, lo, lo + n, &items)?;
            } else if items.len() != n {
                return Err(vm.new_value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {n}",
                    items.len()
                )));
            } else {
                let mut d = b.data.borrow_mut();
                for (k, byte) in items.into_iter().enumerate() {
                    d[(start + k as isize * step) as usize] = byte;
                }
            }
        }
        (
            Subscript::Slice {
                start,
                step,
                len: n,
            },
            None,
        ) => {
            if step == 1 {
                let lo = start.max(0) as usize;
                set_slice_linear(vm, b, lo, lo + n, &[])?;
            } else if n > 0 {
                check_resize(vm, b, len - n)?;
                let mut drop_idx: Vec<usize> = (0..n)
                    .map(|k| (start + k as isize * step) as usize)
                    .collect();
                drop_idx.sort_unstable();
                let mut d = b.data.borrow_mut();
                let mut k = 0;
                let mut keep = Vec::with_capacity(len - n);
                for (i, &byte) in d.iter().enumerate() {
                    if k < drop_idx.len() && drop_idx[k] == i {
                        k += 1;
                    } else {
                        keep.push(byte);
                    }
                }
                *d = keep;
                drop(d);
                b.note_resize(len - n);
            }
        }
    }
    Ok(())
}

fn ba_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let (Some(x), Some(y)) = (
        bytes_like(vm, a).ok().flatten(),
        bytes_like(vm, b).ok().flatten(),
    ) else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(vm.bool_obj(op.holds(x.as_ref().cmp(y.as_ref()))))
}

fn ba_add(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    if a.downcast_ref::<PyByteArray>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let Some(y) = bytes_like(vm, b)? else {
        return Ok(vm.not_implemented.clone());
    };
    let mut v = ba(a).data.borrow().clone();
    v.extend_from_slice(&y);
    Ok(new_bytearray(vm, v))
}

fn ba_iadd(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let Some(y) = bytes_like(vm, b)? else {
        return Err(vm.new_type_error(format!(
            "can't concat {} to {}",
            class_name(b),
            class_name(a)
        )));
    };
    let x = ba(a);
    let len = x.len();
    set_slice_linear(vm, x, len, len, &y)?;
    Ok(a.clone())
}

fn ba_mul(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (s, n) =
        super::bytesobject::repeat_args(a, b, |o| o.downcast_ref::<PyByteArray>().is_some());
    let Some(k) = super::sequence::repeat_count(vm, n)? else {
        return Ok(vm.not_implemented.clone());
    };
    let d = ba(s).data.borrow().clone();
    let mut v = super::sequence::repeat_buffer(vm, d.len(), k)?;
    for _ in 0..k {
        v.extend_from_slice(&d);
    }
    Ok(new_bytearray(vm, v))
}

fn ba_imul(vm: &Vm, a: &PyRef, n: &PyRef) -> PyResult {
    let Some(k) = super::sequence::repeat_count(vm, n)? else {
        return Ok(vm.not_implemented.clone());
    };
    let x = ba(a);
    let len = x.len();
    let new_len = len.checked_mul(k).ok_or_else(|| vm.new_memory_error())?;
    check_resize(vm, x, new_len)?;
    if new_len != len {
        let mut v = super::sequence::repeat_buffer(vm, len, k)?;
        for _ in 0..k {
            v.extend_from_slice(&x.data.borrow());
        }
        *x.data.borrow_mut() = v;
        x.note_resize(new_len);
    }
    Ok(a.clone())
}

fn ba_mod(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    if a.downcast_ref::<PyByteArray>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let fmt = ba(a).data.borrow().clone();
    let out = super::percent_format::bytes_percent_format(vm, &fmt, b)?;
    Ok(new_bytearray(vm, out))
}

fn ba_getbuffer(vm: &Vm, o: &PyRef, request: u32) -> PyResult<PyBuffer> {
    let b = ba(o);
    // The pointer comes from the RefCell's raw contents without creating a
    // reference; the exports counter below keeps the Vec from reallocating.
    let v = b.data.as_ptr();
    // SAFETY: `v` points to the live Vec inside this object's RefCell; only
    // its length and element pointer are read, no borrow is held.
    let (ptr, len) = unsafe { ((*v).as_mut_ptr(), (*v).len()) };
    let buf = PyBuffer::simple(vm, o, ptr, len, false, request)?;
    b.exports.set(b.exports.get() + 1);
    Ok(buf)
}

fn ba_releasebuffer(o: &PyRef, _buf: &PyBuffer) {
    if let Some(b) = o.downcast_ref::<PyByteArray>() {
        b.exports.set(b.exports.get().saturating_sub(1));
    }
}

// ---------------------------------------------------------------- methods

fn append(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "bytearray.append", 1, 1)?;
    let byte = byte_value(vm, &a[1])?;
    let b = ba(&a[0]);
    let len = b.len();
    check_resize(vm, b, len + 1)?;
    b.data.borrow_mut().push(byte);
    b.note_resize(len + 1);
    Ok(vm.none.clone())
}

fn extend(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "bytearray.extend", 1, 1)?;
    let items: Vec<u8> = if let Some(d) = bytes_like(vm, &a[1])? {
        d.into_owned()
    } else {
        let it = vm.get_iter(&a[1]).map_err(|e| {
            if e.matches(&vm.exceptions.type_error) {
                vm.new_type_error(format!("can't extend bytearray with {}", class_name(&a[1])))
            } else {
                e
            }
        })?;
        let mut v = Vec::new();
        while let Some(x) = vm.next(&it)? {
            v.push(byte_value(vm, &x)?);
        }
        v
    };
    let b = ba(&a[0]);
    let len = b.len();
    set_slice_linear(vm, b, len, len, &items)?;
    Ok(vm.none.clone())
}

fn insert(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "insert", 2, 2)?;
    let i = vm.index_isize(&a[1])?;
    let byte = byte_value(vm, &a[2])?;
    let b = ba(&a[0]);
    let n = b.len() as isize;
    check_resize(vm, b, n as usize + 1)?;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.data.borrow_mut().insert(j as usize, byte);
    b.note_resize(n as usize + 1);
    Ok(vm.none.clone())
}

fn pop(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "pop", 0, 1)?;
    let i = match a.get(1) {
        Some(k) => vm.index_isize(k)?,
        None => -1,
    };
    let b = ba(&a[0]);
    let n = b.len() as isize;
    if n == 0 {
        return Err(vm.new_index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("pop index out of range"));
    }
    check_resize(vm, b, n as usize - 1)?;
    let v = b.data.borrow_mut().remove(j as usize);
    b.note_resize(n as usize - 1);
    Ok(new_int(vm, v as i64))
}

fn remove(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "bytearray.remove", 1, 1)?;
    let byte = byte_value(vm, &a[1])?;
    let b = ba(&a[0]);
    let Some(i) = b.data.borrow().iter().position(|&x| x == byte) else {
        return Err(vm.new_value_error("value not found in bytearray"));
    };
    let n = b.len();
    check_resize(vm, b, n - 1)?;
    b.data.borrow_mut().remove(i);
    b.note_resize(n - 1);
    Ok(vm.none.clone())
}

fn clear(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "bytearray.clear", 0, 0)?;
    let b = ba(&a[0]);
    check_resize(vm, b, 0)?;
    b.data.borrow_mut().clear();
    b.note_resize(0);
    Ok(vm.none.clone())
}

fn copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "bytearray.copy", 0, 0)?;
    Ok(new_bytearray(vm, self_data(&a[0]).into_owned()))
}

fn reverse(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "bytearray.reverse", 0, 0)?;
    ba(&a[0]).data.borrow_mut().reverse();
    Ok(vm.none.clone())
}

fn alloc(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "bytearray.__alloc__", 0, 0)?;
    Ok(new_int(vm, ba(&a[0]).alloc.get() as i64))
}

fn sizeof(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "bytearray.__sizeof__", 0, 0)?;
    // sizeof(PyByteArrayObject) on 64-bit CPython plus the allocation.
    Ok(new_int(vm, 56 + ba(&a[0]).alloc.get() as i64))
}

fn reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.positional();
    let me = a
        .first()
        .ok_or_else(|| vm.new_type_error("__reduce__ needs an argument"))?;
    let d = ba(me).data.borrow().clone();
    let cps: Vec<u32> = d.iter().map(|&b| b as u32).collect();
    let text = PyRef::new(
        super::unicodeobject::PyStr::from_code_points(&cps),
        vm.types.str_type.clone(),
    );
    let state = match me.dict() {
        Some(dct) if vm.len(&dct)? > 0 => dct,
        _ => vm.none.clone(),
    };
    let latin = super::unicodeobject::new_str_object(vm, "latin-1");
    let inner = super::tupleobject::new_tuple(vm, vec![text, latin]);
    Ok(super::tupleobject::new_tuple(
        vm,
        vec![me.class().clone(), inner, state],
    ))
}

/// Installs bytearray's slots and methods.
pub fn init(vm: &Vm) {
    let t = &vm.types.bytearray_type;
    let s = &as_type(t).slots;
    s.new.set(Some(ba_new));
    s.init.set(Some(ba_init));
    s.repr.set(Some(ba_repr));
    s.str.set(Some(ba_repr));
    s.hash.set(Some(super::slotfuncs::hash_not_implemented));
    s.len.set(Some(|_, o| Ok(ba(o).len())));
    s.getitem.set(Some(ba_getitem));
    s.setitem.set(Some(ba_setitem));
    s.contains.set(Some(|vm, o, x| {
        let d = self_data(o);
        super::bytesobject::contains_in(vm, &d, x)
    }));
    s.iter.set(Some(|vm, o| {
        Ok(super::bytesobject::new_bytes_iterator(
            o,
            &vm.types.bytearray_iterator_type,
        ))
    }));
    s.richcompare.set(Some(ba_richcompare));
    s.add.set(Some(ba_add));
    s.inplace_add.set(Some(ba_iadd));
    s.multiply.set(Some(ba_mul));
    s.inplace_multiply.set(Some(ba_imul));
    s.remainder.set(Some(ba_mod));
    s.getbuffer.set(Some(ba_getbuffer));
    s.releasebuffer.set(Some(ba_releasebuffer));
    super::descrobject::add_methods(vm, t, super::bytes_methods::SHARED_METHODS);
    super::descrobject::add_methods(
        vm,
        t,
        &[
            MethodDef::new("append", append),
            MethodDef::new("extend", extend),
            MethodDef::new("insert", insert),
            MethodDef::new("pop", pop),
            MethodDef::new("remove", remove),
            MethodDef::new("clear", clear),
            MethodDef::new("copy", copy),
            MethodDef::new("reverse", reverse),
            MethodDef::new("__alloc__", alloc),
            MethodDef::new("__sizeof__", sizeof),
            MethodDef::new("__reduce__", reduce),
            MethodDef::new("__reduce_ex__", reduce),
        ],
    );
    super::bytesobject::init_iterator(vm, &vm.types.bytearray_iterator_type);
}
