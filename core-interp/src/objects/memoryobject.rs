//! `memoryview`: a view of another object's memory through the buffer
//! protocol (`buffer.rs`). Views of one exporter share a managed buffer (an
//! `Rc<PyBuffer>`) that releases the export when the last view is released
//! or freed, as CPython's `_PyManagedBufferObject` does. Each view carries
//! its own start, format, item size, shape and strides, so slicing (with
//! steps), `cast` (1-D ↔ N-D, byte ↔ typed formats) and `toreadonly` make
//! new views without copying. Items are read and written with the native
//! formats of `memory_format.rs`; `release()` and the context manager end a
//! view, after which every operation raises CPython's ValueError.

use super::buffer::{
    flags, for_each_item, get_buffer, has_buffer, is_c_contiguous, is_f_contiguous, PyBuffer,
};
use super::descrobject::GetSetDef;
use super::longobject::new_int;
use super::memory_format::{is_byte_format, native_format, pack, unpack};
use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use super::sliceobject::PySlice;
use super::typeobject::{as_type, class_name, class_type};
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The payload of memoryview objects.
pub struct PyMemoryView {
    /// The exporter's buffer, shared by every view of it; `None` once released.
    mbuf: RefCell<Option<Rc<PyBuffer>>>,
    /// Address of the first item of this view.
    buf: *mut u8,
    itemsize: usize,
    format: Cow<'static, str>,
    shape: Vec<usize>,
    strides: Vec<isize>,
    readonly: bool,
    /// Buffers this view exported itself (`bytes(view)` in progress, C users).
    exports: Cell<usize>,
    hash: Cell<isize>,
}

impl PyPayload for PyMemoryView {}

impl PyMemoryView {
    fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }

    fn c_contiguous(&self) -> bool {
        is_c_contiguous(&self.shape, &self.strides, self.itemsize)
    }

    fn f_contiguous(&self) -> bool {
        is_f_contiguous(&self.shape, &self.strides, self.itemsize)
    }

    /// The bytes of one item at `p`.
    fn read_item(&self, p: *mut u8) -> Vec<u8> {
        // SAFETY: `p` addresses an item of this view; the managed buffer keeps
        // the exporter's memory alive and in place while the view is unreleased.
        unsafe { std::slice::from_raw_parts(p, self.itemsize) }.to_vec()
    }

    /// The items' bytes in C (`fortran` false) or Fortran order.
    fn gather(&self, fortran: bool) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.nbytes());
        if fortran && self.shape.len() > 1 {
            let rshape: Vec<usize> = self.shape.iter().rev().copied().collect();
            let rstrides: Vec<isize> = self.strides.iter().rev().copied().collect();
            for_each_item(self.buf, &rshape, &rstrides, &mut |p| {
                out.extend_from_slice(&self.read_item(p))
            });
        } else {
            for_each_item(self.buf, &self.shape, &self.strides, &mut |p| {
                out.extend_from_slice(&self.read_item(p))
            });
        }
        out
    }
}

fn mv(o: &PyRef) -> &PyMemoryView {
    o.downcast_ref::<PyMemoryView>().expect("memoryview")
}

fn released_error(vm: &Vm) -> crate::vm::PyErr {
    vm.new_value_error("operation forbidden on released memoryview object")
}

/// The view, or ValueError if it was released.
fn live<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyMemoryView> {
    let m = mv(o);
    if m.mbuf.borrow().is_none() {
        return Err(released_error(vm));
    }
    Ok(m)
}

/// The view's format character, or NotImplementedError for formats
/// memoryview cannot unpack.
fn fmt_char(vm: &Vm, m: &PyMemoryView) -> PyResult<char> {
    native_format(&m.format).map(|(c, _)| c).ok_or_else(|| {
        vm.new_not_implemented_error(format!("memoryview: unsupported format {}", m.format))
    })
}

struct ViewDesc {
    buf: *mut u8,
    itemsize: usize,
    format: Cow<'static, str>,
    shape: Vec<usize>,
    strides: Vec<isize>,
    readonly: bool,
}

fn new_view(vm: &Vm, mbuf: Rc<PyBuffer>, d: ViewDesc) -> PyRef {
    PyRef::new(
        PyMemoryView {
            mbuf: RefCell::new(Some(mbuf)),
            buf: d.buf,
            itemsize: d.itemsize,
            format: d.format,
            shape: d.shape,
            strides: d.strides,
            readonly: d.readonly,
            exports: Cell::new(0),
            hash: Cell::new(-1),
        },
        vm.types.memoryview_type.clone(),
    )
}

fn desc_of(m: &PyMemoryView) -> ViewDesc {
    ViewDesc {
        buf: m.buf,
        itemsize: m.itemsize,
        format: m.format.clone(),
        shape: m.shape.clone(),
        strides: m.strides.clone(),
        readonly: m.readonly,
    }
}

/// `memoryview(obj)` from Rust (`PyMemoryView_FromObject`).
pub fn memoryview_from_object(vm: &Vm, obj: &PyRef) -> PyResult {
    if let Some(m) = obj.downcast_ref::<PyMemoryView>() {
        let mbuf = m.mbuf.borrow().clone().ok_or_else(|| released_error(vm))?;
        return Ok(new_view(vm, mbuf, desc_of(m)));
    }
    if !has_buffer(obj) {
        return Err(vm.new_type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            class_name(obj)
        )));
    }
    let b = get_buffer(vm, obj, flags::FULL_RO)?;
    let d = ViewDesc {
        buf: b.buf,
        itemsize: b.itemsize,
        format: b.format.clone(),
        shape: b.shape.clone(),
        strides: b.strides.clone(),
        readonly: b.readonly,
    };
    Ok(new_view(vm, Rc::new(b), d))
}

static NEW_SIG: Signature = Signature {
    name: "memoryview",
    params: &["object"],
    posonly: 0,
    positional: 1,
    required: 1,
};

fn mv_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = NEW_SIG.bind(vm, args)?;
    memoryview_from_object(vm, a[0].as_ref().expect("required"))
}

/// The address of item `i` along dimension `dim`, with CPython's IndexError.
fn lookup_dimension(
    vm: &Vm,
    m: &PyMemoryView,
    p: *mut u8,
    dim: usize,
    index: isize,
) -> PyResult<*mut u8> {
    let n = m.shape[dim] as isize;
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return Err(vm.new_index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(p.wrapping_offset(i * m.strides[dim]))
}

fn is_index(o: &PyRef) -> bool {
    super::longobject::as_int(o).is_some() || class_type(o).slots.index.get().is_some()
}

fn tuple_key(key: &PyRef) -> Option<&[PyRef]> {
    super::tupleobject::tuple_items(key)
}

/// The address of the item a tuple of indices names.
fn ptr_from_tuple(vm: &Vm, m: &PyMemoryView, key: &[PyRef]) -> PyResult<*mut u8> {
    if key.len() > m.shape.len() {
        return Err(vm.new_type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            m.shape.len(),
            key.len()
        )));
    }
    if key.len() < m.shape.len() {
        return Err(vm.new_not_implemented_error("sub-views are not implemented"));
    }
    let mut p = m.buf;
    for (dim, k) in key.iter().enumerate() {
        let i = vm.index_isize(k)?;
        p = lookup_dimension(vm, m, p, dim, i)?;
    }
    Ok(p)
}

fn mv_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let m = live(vm, o)?;
    if m.shape.is_empty() {
        if key.is(&vm.ellipsis) {
            return Ok(o.clone());
        }
        if tuple_key(key).is_some_and(|t| t.is_empty()) {
            let c = fmt_char(vm, m)?;
            return unpack(vm, c, &m.read_item(m.buf));
        }
        return Err(vm.new_type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(key) {
        let c = fmt_char(vm, m)?;
        if m.shape.len() != 1 {
            return Err(
                vm.new_not_implemented_error("multi-dimensional sub-views are not implemented")
            );
        }
        let i = vm.index_isize(key)?;
        let p = lookup_dimension(vm, m, m.buf, 0, i)?;
        return unpack(vm, c, &m.read_item(p));
    }
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, _stop, step, len) = s.indices(vm, m.shape[0] as isize)?;
        let mut d = desc_of(m);
        d.buf = m.buf.wrapping_offset(start * m.strides[0]);
        d.shape[0] = len;
        d.strides[0] = m.strides[0] * step;
        let mbuf = m.mbuf.borrow().clone().ok_or_else(|| released_error(vm))?;
        return Ok(new_view(vm, mbuf, d));
    }
    if let Some(t) = tuple_key(key) {
        if !t.is_empty() && t.iter().all(is_index) {
            let c = fmt_char(vm, m)?;
            let p = ptr_from_tuple(vm, m, t)?;
            return unpack(vm, c, &m.read_item(p));
        }
        if !t.is_empty() && t.iter().all(|k| k.downcast_ref::<PySlice>().is_some()) {
            return Err(
                vm.new_not_implemented_error("multi-dimensional slicing is not implemented")
            );
        }
    }
    Err(vm.new_type_error("memoryview: invalid slice key"))
}

fn write_item(m: &PyMemoryView, p: *mut u8, bytes: &[u8]) {
    // SAFETY: `p` addresses a writable item of this view (the caller checked
    // `readonly`); the exporter keeps the memory in place while exported.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, m.itemsize) };
}

fn pack_at(vm: &Vm, m: &PyMemoryView, c: char, p: *mut u8, value: &PyRef) -> PyResult<()> {
    let mut item = vec![0u8; m.itemsize];
    pack(vm, c, &m.format, value, &mut item)?;
    write_item(m, p, &item);
    Ok(())
}

fn mv_setitem(vm: &Vm, o: &PyRef, key: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let m = live(vm, o)?;
    let c = fmt_char(vm, m)?;
    if m.readonly {
        return Err(vm.new_type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(vm.new_type_error("cannot delete memory"));
    };
    if m.shape.is_empty() {
        if key.is(&vm.ellipsis) || tuple_key(key).is_some_and(|t| t.is_empty()) {
            return pack_at(vm, m, c, m.buf, value);
        }
        return Err(vm.new_type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(key) {
        if m.shape.len() > 1 {
            return Err(vm.new_not_implemented_error("sub-views are not implemented"));
        }
        let i = vm.index_isize(key)?;
        let p = lookup_dimension(vm, m, m.buf, 0, i)?;
        return pack_at(vm, m, c, p, value);
    }
    if let Some(s) = key.downcast_ref::<PySlice>() {
        if m.shape.len() != 1 {
            return Err(vm.new_not_implemented_error(
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        let src = get_buffer(vm, value, flags::FULL_RO)?;
        let (start, _stop, step, len) = s.indices(vm, m.shape[0] as isize)?;
        let same_format = native_format(&src.format).map(|f| f.0)
            == native_format(&m.format).map(|f| f.0)
            && src.itemsize == m.itemsize;
        if !same_format || src.ndim() != 1 || src.shape[0] != len {
            return Err(vm.new_value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let data = src.to_vec();
        drop(src);
        for k in 0..len {
            let p = m
                .buf
                .wrapping_offset((start + k as isize * step) * m.strides[0]);
            write_item(m, p, &data[k * m.itemsize..(k + 1) * m.itemsize]);
        }
        return Ok(());
    }
    if let Some(t) = tuple_key(key) {
        if !t.is_empty() && t.iter().all(is_index) {
            let p = ptr_from_tuple(vm, m, t)?;
            return pack_at(vm, m, c, p, value);
        }
        if !t.is_empty() && t.iter().all(|k| k.downcast_ref::<PySlice>().is_some()) {
            return Err(vm.new_not_implemented_error(
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
    }
    Err(vm.new_type_error("memoryview: invalid slice key"))
}

fn mv_len(vm: &Vm, o: &PyRef) -> PyResult<usize> {
    let m = live(vm, o)?;
    Ok(if m.shape.is_empty() { 1 } else { m.shape[0] })
}

/// All items unpacked, in C order.
fn unpacked_items(vm: &Vm, m: &PyMemoryView, c: char) -> PyResult<Vec<PyRef>> {
    let raw = m.gather(false);
    raw.chunks(m.itemsize.max(1))
        .map(|ch| unpack(vm, c, ch))
        .collect()
}

fn mv_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    if !matches!(op, CompareOperator::Eq | CompareOperator::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let (me, other) = if a.downcast_ref::<PyMemoryView>().is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let result = |eq: bool| Ok(vm.bool_obj(if op == CompareOperator::Eq { eq } else { !eq }));
    if me.is(other) {
        return result(true);
    }
    let m = mv(me);
    if m.mbuf.borrow().is_none() {
        return result(false);
    }
    let other_view;
    let (o_shape, o_format, o_itemsize, o_bytes): (Vec<usize>, String, usize, Vec<u8>) =
        match other.downcast_ref::<PyMemoryView>() {
            Some(om) => {
                if om.mbuf.borrow().is_none() {
                    return result(false);
                }
                (
                    om.shape.clone(),
                    om.format.to_string(),
                    om.itemsize,
                    om.gather(false),
                )
            }
            None => {
                if !has_buffer(other) {
                    return Ok(vm.not_implemented.clone());
                }
                other_view = match get_buffer(vm, other, flags::FULL_RO) {
                    Ok(v) => v,
                    Err(_) => return Ok(vm.not_implemented.clone()),
                };
                (
                    other_view.shape.clone(),
                    other_view.format.to_string(),
                    other_view.itemsize,
                    other_view.to_vec(),
                )
            }
        };
    if o_shape != m.shape {
        return result(false);
    }
    let mine = native_format(&m.format).map(|f| f.0);
    let theirs = native_format(&o_format).map(|f| f.0);
    let (Some(c1), Some(c2)) = (mine, theirs) else {
        return Ok(vm.not_implemented.clone());
    };
    if c1 == c2 && !matches!(c1, 'f' | 'd' | 'e') {
        return result(m.gather(false) == o_bytes);
    }
    let xs = unpacked_items(vm, m, c1)?;
    let ys: Vec<PyRef> = o_bytes
        .chunks(o_itemsize.max(1))
        .map(|ch| unpack(vm, c2, ch))
        .collect::<PyResult<_>>()?;
    for (x, y) in xs.iter().zip(&ys) {
        if !vm.eq(x, y)? {
            return result(false);
        }
    }
    result(true)
}

fn mv_hash(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    let m = live(vm, o)?;
    if m.hash.get() != -1 {
        return Ok(m.hash.get());
    }
    if !m.readonly {
        return Err(vm.new_value_error("cannot hash writable memoryview object"));
    }
    if let Some(obj) = m.mbuf.borrow().as_ref().map(|b| b.obj.clone()) {
        vm.hash(&obj)?;
    }
    if !native_format(&m.format).is_some_and(|(c, _)| is_byte_format(c)) {
        return Err(
            vm.new_value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        );
    }
    let h = super::hashing::hash_bytes(&m.gather(false));
    m.hash.set(h);
    Ok(h)
}

fn mv_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let m = mv(o);
    let s = if m.mbuf.borrow().is_none() {
        format!("<released memory at {:#x}>", o.id())
    } else {
        format!("<memory at {:#x}>", o.id())
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

fn mv_getbuffer(vm: &Vm, o: &PyRef, request: u32) -> PyResult<PyBuffer> {
    let m = live(vm, o)?;
    if request & flags::WRITABLE != 0 && m.readonly {
        return Err(vm.new_exception_msg(
            &vm.exceptions.buffer_error,
            "memoryview: underlying buffer is not writable",
        ));
    }
    let wants_strides = request & flags::STRIDES == flags::STRIDES;
    if (request & flags::C_CONTIGUOUS == flags::C_CONTIGUOUS || !wants_strides) && !m.c_contiguous()
    {
        return Err(vm.new_exception_msg(
            &vm.exceptions.buffer_error,
            "memoryview: underlying buffer is not C-contiguous",
        ));
    }
    m.exports.set(m.exports.get() + 1);
    Ok(PyBuffer {
        obj: o.clone(),
        buf: m.buf,
        len: m.nbytes(),
        itemsize: m.itemsize,
        readonly: m.readonly,
        format: m.format.clone(),
        shape: m.shape.clone(),
        strides: m.strides.clone(),
        internal: 0,
    })
}

fn mv_releasebuffer(o: &PyRef, _buf: &PyBuffer) {
    if let Some(m) = o.downcast_ref::<PyMemoryView>() {
        m.exports.set(m.exports.get().saturating_sub(1));
    }
}

// ---------------------------------------------------------------- methods

fn release(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "memoryview.release", 0, 0)?;
    release_view(vm, &a[0])?;
    Ok(vm.none.clone())
}

fn release_view(vm: &Vm, o: &PyRef) -> PyResult<()> {
    let m = mv(o);
    if m.mbuf.borrow().is_none() {
        return Ok(());
    }
    let n = m.exports.get();
    if n > 0 {
        return Err(vm.new_exception_msg(
            &vm.exceptions.buffer_error,
            format!(
                "memoryview has {n} exported buffer{}",
                if n == 1 { "" } else { "s" }
            ),
        ));
    }
    let old = m.mbuf.borrow_mut().take();
    drop(old);
    Ok(())
}

fn enter(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "memoryview.__enter__", 0, 0)?;
    live(vm, &a[0])?;
    Ok(a[0].clone())
}

fn exit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.positional();
    release_view(vm, &a[0])?;
    Ok(vm.none.clone())
}

static TOBYTES_SIG: Signature = Signature {
    name: "tobytes",
    params: &["order"],
    posonly: 0,
    positional: 1,
    required: 0,
};

fn tobytes(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = args
        .positional()
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("tobytes() needs an argument"))?;
    let a = TOBYTES_SIG.bind(vm, args.skip_first())?;
    let m = live(vm, &me)?;
    let fortran = match a[0].as_ref().filter(|o| !vm.is_none(o)) {
        None => false,
        Some(o) => match vm.str_string(o)?.as_str() {
            "C" => false,
            "F" => true,
            "A" => !m.c_contiguous() && m.f_contiguous(),
            _ => return Err(vm.new_value_error("order must be 'C', 'F' or 'A'")),
        },
    };
    Ok(super::bytesobject::new_bytes(vm, m.gather(fortran)))
}

static HEX_SIG: Signature = Signature {
    name: "hex",
    params: &["sep", "bytes_per_sep"],
    posonly: 0,
    positional: 2,
    required: 0,
};

fn hex(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = args
        .positional()
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("hex() needs an argument"))?;
    let a = HEX_SIG.bind(vm, args.skip_first())?;
    let m = live(vm, &me)?;
    super::bytes_methods::hex_impl(vm, &m.gather(false), a[0].as_ref(), a[1].as_ref())
}

fn tolist(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "memoryview.tolist", 0, 0)?;
    let m = live(vm, &a[0])?;
    let c = fmt_char(vm, m)?;
    if m.shape.is_empty() {
        return unpack(vm, c, &m.read_item(m.buf));
    }
    fn level(vm: &Vm, m: &PyMemoryView, c: char, p: *mut u8, dim: usize) -> PyResult {
        let mut items = Vec::with_capacity(m.shape[dim]);
        for i in 0..m.shape[dim] {
            let q = p.wrapping_offset(i as isize * m.strides[dim]);
            items.push(if dim + 1 == m.shape.len() {
                unpack(vm, c, &m.read_item(q))?
            } else {
                level(vm, m, c, q, dim + 1)?
            });
        }
        Ok(super::listobject::new_list(vm, items))
    }
    level(vm, m, c, m.buf, 0)
}

fn toreadonly(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "memoryview.toreadonly", 0, 0)?;
    let m = live(vm, &a[0])?;
    let mut d = desc_of(m);
    d.readonly = true;
    let mbuf = m.mbuf.borrow().clone().ok_or_else(|| released_error(vm))?;
    Ok(new_view(vm, mbuf, d))
}

static CAST_SIG: Signature = Signature {
    name: "cast",
    params: &["format", "shape"],
    posonly: 0,
    positional: 2,
    required: 1,
};

fn cast(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let me = args
        .positional()
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("cast() needs an argument"))?;
    let a = CAST_SIG.bind(vm, args.skip_first())?;
    let m = live(vm, &me)?;
    let shape_arg = a[1].clone();
    if !m.c_contiguous() {
        return Err(vm.new_type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if (shape_arg.is_some() || m.shape.len() != 1) && m.shape.contains(&0) {
        return Err(
            vm.new_type_error("memoryview: cannot cast view with zeros in shape or strides")
        );
    }
    let shape: Option<Vec<PyRef>> = match &shape_arg {
        None => None,
        Some(s) => {
            let items = if let Some(t) = super::tupleobject::tuple_items(s) {
                t.to_vec()
            } else if let Some(l) = super::listobject::as_list(s) {
                l.items.borrow().clone()
            } else {
                return Err(vm.new_type_error("shape must be a list or a tuple"));
            };
            if items.len() > 64 {
                return Err(
                    vm.new_value_error("memoryview: number of dimensions must not exceed 64")
                );
            }
            if m.shape.len() != 1 && items.len() != 1 {
                return Err(vm.new_type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            Some(items)
        }
    };
    let fmt_obj = a[0].clone().expect("required");
    let Some(fs) = fmt_obj.downcast_ref::<super::unicodeobject::PyStr>() else {
        return Err(vm.new_type_error(format!(
            "cast() argument 'format' must be str, not {}",
            class_name(&fmt_obj)
        )));
    };
    let fmt = fs.to_string_lossy().into_owned();
    let Some((dest, itemsize)) = native_format(&fmt) else {
        return Err(vm.new_value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    let src_is_byte = native_format(&m.format).is_some_and(|(c, _)| is_byte_format(c));
    if !src_is_byte && !is_byte_format(dest) {
        return Err(vm.new_type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let len = m.nbytes();
    if len % itemsize != 0 {
        return Err(vm.new_type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut d = desc_of(m);
    d.itemsize = itemsize;
    d.format = Cow::Owned(fmt);
    d.shape = vec![len / itemsize];
    d.strides = vec![itemsize as isize];
    if let Some(items) = shape {
        let mut dims = Vec::with_capacity(items.len());
        let mut product: usize = 1;
        for it in &items {
            let bad =
                || vm.new_value_error("memoryview.cast(): elements of shape must be integers > 0");
            if super::longobject::as_int(it).is_none() {
                return Err(
                    vm.new_type_error("memoryview.cast(): elements of shape must be integers")
                );
            }
            let n = vm.index_isize(it).map_err(|_| bad())?;
            if n <= 0 {
                return Err(bad());
            }
            product = product.checked_mul(n as usize).ok_or_else(|| {
                vm.new_value_error("memoryview.cast(): product(shape) > SSIZE_MAX")
            })?;
            dims.push(n as usize);
        }
        if product * itemsize != len {
            return Err(vm.new_type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        let mut strides = vec![0isize; dims.len()];
        let mut step = itemsize as isize;
        for k in (0..dims.len()).rev() {
            strides[k] = step;
            step *= dims[k] as isize;
        }
        d.shape = dims;
        d.strides = strides;
    }
    let mbuf = m.mbuf.borrow().clone().ok_or_else(|| released_error(vm))?;
    Ok(new_view(vm, mbuf, d))
}

// ---------------------------------------------------------------- attributes

fn ints_tuple(vm: &Vm, v: impl Iterator<Item = i64>) -> PyRef {
    let items = v.map(|x| new_int(vm, x)).collect();
    super::tupleobject::new_tuple(vm, items)
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef::new("obj", |vm, o| {
        live(vm, o)?;
        Ok(mv(o)
            .mbuf
            .borrow()
            .as_ref()
            .map(|b| b.obj.clone())
            .unwrap_or_else(|| vm.none.clone()))
    }),
    GetSetDef::new("nbytes", |vm, o| {
        Ok(new_int(vm, live(vm, o)?.nbytes() as i64))
    }),
    GetSetDef::new("readonly", |vm, o| Ok(vm.bool_obj(live(vm, o)?.readonly))),
    GetSetDef::new("itemsize", |vm, o| {
        Ok(new_int(vm, live(vm, o)?.itemsize as i64))
    }),
    GetSetDef::new("format", |vm, o| {
        Ok(super::unicodeobject::new_str_object(
            vm,
            &live(vm, o)?.format,
        ))
    }),
    GetSetDef::new("ndim", |vm, o| {
        Ok(new_int(vm, live(vm, o)?.shape.len() as i64))
    }),
    GetSetDef::new("shape", |vm, o| {
        Ok(ints_tuple(vm, live(vm, o)?.shape.iter().map(|&x| x as i64)))
    }),
    GetSetDef::new("strides", |vm, o| {
        Ok(ints_tuple(
            vm,
            live(vm, o)?.strides.iter().map(|&x| x as i64),
        ))
    }),
    GetSetDef::new("suboffsets", |vm, o| {
        live(vm, o)?;
        Ok(vm.empty_tuple.clone())
    }),
    GetSetDef::new("c_contiguous", |vm, o| {
        Ok(vm.bool_obj(live(vm, o)?.c_contiguous()))
    }),
    GetSetDef::new("f_contiguous", |vm, o| {
        Ok(vm.bool_obj(live(vm, o)?.f_contiguous()))
    }),
    GetSetDef::new("contiguous", |vm, o| {
        let m = live(vm, o)?;
        Ok(vm.bool_obj(m.c_contiguous() || m.f_contiguous()))
    }),
];

// ---------------------------------------------------------------- iterator

/// `memory_iterator`: walks a one-dimensional view.
pub struct PyMemoryIterator {
    view: RefCell<Option<PyRef>>,
    index: Cell<usize>,
}

impl PyPayload for PyMemoryIterator {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(v) = self.view.borrow().as_ref() {
            visit(v);
        }
    }
}

fn mv_iter(vm: &Vm, o: &PyRef) -> PyResult {
    let m = live(vm, o)?;
    if m.shape.is_empty() {
        return Err(vm.new_type_error("invalid indexing of 0-dim memory"));
    }
    if m.shape.len() != 1 {
        return Err(vm.new_not_implemented_error("multi-dimensional sub-views are not implemented"));
    }
    fmt_char(vm, m)?;
    Ok(PyRef::new(
        PyMemoryIterator {
            view: RefCell::new(Some(o.clone())),
            index: Cell::new(0),
        },
        vm.types.memory_iterator_type.clone(),
    ))
}

fn iter_next(vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    let mi = it
        .downcast_ref::<PyMemoryIterator>()
        .expect("memory iterator");
    let Some(view) = mi.view.borrow().clone() else {
        return Ok(None);
    };
    let m = live(vm, &view)?;
    let i = mi.index.get();
    if i >= m.shape[0] {
        mi.view.borrow_mut().take();
        return Ok(None);
    }
    mi.index.set(i + 1);
    let c = fmt_char(vm, m)?;
    let p = m.buf.wrapping_offset(i as isize * m.strides[0]);
    Ok(Some(unpack(vm, c, &m.read_item(p))?))
}

/// Installs memoryview's slots, methods and attributes.
pub fn init(vm: &Vm) {
    let t = &vm.types.memoryview_type;
    let s = &as_type(t).slots;
    s.new.set(Some(mv_new));
    s.repr.set(Some(mv_repr));
    s.hash.set(Some(mv_hash));
    s.len.set(Some(mv_len));
    s.getitem.set(Some(mv_getitem));
    s.setitem.set(Some(mv_setitem));
    s.richcompare.set(Some(mv_richcompare));
    s.iter.set(Some(mv_iter));
    s.getbuffer.set(Some(mv_getbuffer));
    s.releasebuffer.set(Some(mv_releasebuffer));
    super::descrobject::add_methods(
        vm,
        t,
        &[
            MethodDef::new("release", release),
            MethodDef::new("tobytes", tobytes),
            MethodDef::new("hex", hex),
            MethodDef::new("tolist", tolist),
            MethodDef::new("toreadonly", toreadonly),
            MethodDef::new("cast", cast),
            MethodDef::new("__enter__", enter),
            MethodDef::new("__exit__", exit),
        ],
    );
    super::descrobject::add_getsets(vm, t, GETSETS);
    let it = &vm.types.memory_iterator_type;
    let s = &as_type(it).slots;
    s.iter.set(Some(|_, o| Ok(o.clone())));
    s.iternext.set(Some(iter_next));
}
