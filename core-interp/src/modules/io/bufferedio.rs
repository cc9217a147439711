//! `BufferedReader`, `BufferedWriter`, `BufferedRandom` and
//! `BufferedRWPair` (CPython's `Modules/_io/bufferedio.c`): a read buffer
//! and a write buffer over a raw stream. Raw `FileIO` objects are driven
//! through their descriptor directly; other raw streams through their
//! methods. Pending writes are flushed when the object is freed.

use super::fileio::{as_fileio, fileio_type};
use super::{
    closed_error, finish_type, new_io_type, size_arg, split_self, unsupported, DEFAULT_BUFFER_SIZE,
};
use crate::modules::posixmodule::{buffer_bytes, read_fd, write_fd};
use crate::objects::bytesobject::{as_bytes, new_bytes};
use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::typeobject::as_type;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

/// The payload of the buffered classes.
pub struct Buffered {
    raw: RefCell<Option<PyRef>>,
    /// The descriptor, when `raw` is exactly a `FileIO` (fast path).
    fd: Cell<i32>,
    rbuf: RefCell<Vec<u8>>,
    rpos: Cell<usize>,
    pub wbuf: RefCell<Vec<u8>>,
    size: Cell<usize>,
    can_read: bool,
    can_write: bool,
}

impl PyPayload for Buffered {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(r) = self.raw.borrow().as_ref() {
            visit(r);
        }
    }
}

impl Drop for Buffered {
    fn drop(&mut self) {
        // Flush what is left when the raw stream is a plain file descriptor
        // (CPython does it in the finalizer that calls close()).
        let fd = self.fd.get();
        let data = std::mem::take(self.wbuf.get_mut());
        if fd >= 0 && !data.is_empty() {
            let mut rest = &data[..];
            while !rest.is_empty() {
                // SAFETY: `rest` is readable for its length.
                let n =
                    unsafe { libc::write(fd, rest.as_ptr() as *const libc::c_void, rest.len()) };
                if n <= 0 {
                    break;
                }
                rest = &rest[n as usize..];
            }
        }
    }
}

static READER: OnceLock<PyRef> = OnceLock::new();
static WRITER: OnceLock<PyRef> = OnceLock::new();
static RANDOM: OnceLock<PyRef> = OnceLock::new();
static RWPAIR: OnceLock<PyRef> = OnceLock::new();

/// Whether a buffered object over a raw `FileIO` is closed, answered
/// without attribute lookups (`None` when the raw stream is something else).
pub fn fast_closed(b: &Buffered) -> Option<bool> {
    if b.fd.get() < 0 {
        return None;
    }
    let raw = b.raw.borrow();
    raw.as_ref()
        .and_then(|r| as_fileio(r))
        .map(|f| f.fd.get() < 0)
}

/// The payload of a buffered object, if `o` is one.
pub fn as_buffered(o: &PyRef) -> Option<&Buffered> {
    o.downcast_ref::<Buffered>()
}

fn me(o: &PyRef) -> &Buffered {
    as_buffered(o).expect("buffered object")
}

fn raw_of(vm: &Vm, b: &Buffered) -> PyResult<PyRef> {
    b.raw
        .borrow()
        .clone()
        .ok_or_else(|| vm.new_value_error("raw stream has been detached"))
}

fn make(cls: &PyRef, can_read: bool, can_write: bool) -> PyRef {
    let b = Buffered {
        raw: RefCell::new(None),
        fd: Cell::new(-1),
        rbuf: RefCell::new(Vec::new()),
        rpos: Cell::new(0),
        wbuf: RefCell::new(Vec::new()),
        size: Cell::new(DEFAULT_BUFFER_SIZE),
        can_read,
        can_write,
    };
    PyRef::new(b, cls.clone())
}

fn new_reader(_vm: &Vm, cls: &PyRef, _a: CallArgs<'_>) -> PyResult {
    Ok(make(cls, true, false))
}

fn new_writer(_vm: &Vm, cls: &PyRef, _a: CallArgs<'_>) -> PyResult {
    Ok(make(cls, false, true))
}

fn new_random(_vm: &Vm, cls: &PyRef, _a: CallArgs<'_>) -> PyResult {
    Ok(make(cls, true, true))
}

static INIT_SIG: Signature = Signature {
    name: "BufferedReader",
    params: &["raw", "buffer_size"],
    posonly: 0,
    positional: 2,
    required: 1,
};

fn init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let a = INIT_SIG.bind(vm, args)?;
    let raw = a[0].clone().expect("required");
    let b = me(obj);
    if b.can_read && !vm.is_true(&vm.call_method(&raw, "readable", &[])?)? {
        return Err(vm.new_exception_msg(
            &vm.exceptions.os_error,
            "\"raw\" argument must be readable.",
        ));
    }
    if b.can_write && !vm.is_true(&vm.call_method(&raw, "writable", &[])?)? {
        return Err(vm.new_exception_msg(
            &vm.exceptions.os_error,
            "\"raw\" argument must be writable.",
        ));
    }
    let size = match &a[1] {
        Some(s) => vm.index_isize(s)?,
        None => DEFAULT_BUFFER_SIZE as isize,
    };
    if size <= 0 {
        return Err(vm.new_value_error("buffer size must be strictly positive"));
    }
    b.size.set(size as usize);
    b.fd.set(if raw.class().is(fileio_type(vm)) {
        as_fileio(&raw).map_or(-1, |f| f.fd.get())
    } else {
        -1
    });
    *b.raw.borrow_mut() = Some(raw);
    b.rbuf.borrow_mut().clear();
    b.rpos.set(0);
    Ok(())
}

fn fast_fd(b: &Buffered) -> Option<i32> {
    let fd = b.fd.get();
    (fd >= 0).then_some(fd)
}

fn check_open(vm: &Vm, b: &Buffered) -> PyResult<PyRef> {
    let raw = raw_of(vm, b)?;
    if let Some(f) = as_fileio(&raw).filter(|_| b.fd.get() >= 0) {
        if f.fd.get() < 0 {
            return Err(closed_error(vm));
        }
        return Ok(raw);
    }
    if vm.is_true(&vm.getattr_str(&raw, "closed")?)? {
        return Err(closed_error(vm));
    }
    Ok(raw)
}

/// Writes the whole write buffer to the raw stream.
pub fn flush_writes(vm: &Vm, b: &Buffered) -> PyResult<()> {
    if b.wbuf.borrow().is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut *b.wbuf.borrow_mut());
    let mut off = 0;
    let raw = raw_of(vm, b)?;
    while off < data.len() {
        let n = match fast_fd(b) {
            Some(fd) => write_fd(vm, fd, &data[off..]),
            None => {
                let r = vm.call_method(&raw, "write", &[new_bytes(vm, data[off..].to_vec())]);
                r.and_then(|r| {
                    if vm.is_none(&r) {
                        Ok(0)
                    } else {
                        vm.index_isize(&r).map(|n| n as usize)
                    }
                })
            }
        };
        match n {
            Ok(n) => off += n,
            Err(e) => {
                b.wbuf
                    .borrow_mut()
                    .splice(0..0, data[off..].iter().copied());
                return Err(e);
            }
        }
    }
    Ok(())
}

/// Drops read-ahead data, moving the raw position back over it.
fn rewind_reads(vm: &Vm, b: &Buffered) -> PyResult<()> {
    let unread = b.rbuf.borrow().len() - b.rpos.get();
    b.rbuf.borrow_mut().clear();
    b.rpos.set(0);
    if unread > 0 {
        let raw = raw_of(vm, b)?;
        vm.call_method(
            &raw,
            "seek",
            &[new_int(vm, -(unread as i64)), new_int(vm, 1)],
        )?;
    }
    Ok(())
}

fn raw_read(vm: &Vm, b: &Buffered, n: usize) -> PyResult<Option<Vec<u8>>> {
    if let Some(fd) = fast_fd(b) {
        return read_fd(vm, fd, n).map(Some);
    }
    let raw = raw_of(vm, b)?;
    let r = vm.call_method(&raw, "read", &[new_int(vm, n as i64)])?;
    if vm.is_none(&r) {
        return Ok(None);
    }
    match as_bytes(&r) {
        Some(d) => Ok(Some(d.to_vec())),
        None => Err(vm.new_type_error(format!(
            "read() should return bytes, not {}",
            crate::objects::typeobject::class_name(&r)
        ))),
    }
}

/// Reads into the read buffer; false at end of file.
fn fill(vm: &Vm, b: &Buffered) -> PyResult<bool> {
    flush_writes(vm, b)?;
    {
        let mut rb = b.rbuf.borrow_mut();
        let pos = b.rpos.get();
        rb.drain(..pos);
        b.rpos.set(0);
    }
    match raw_read(vm, b, b.size.get())? {
        Some(d) if !d.is_empty() => {
            b.rbuf.borrow_mut().extend_from_slice(&d);
            Ok(true)
        }
        _ => Ok(false),
    }
}

fn available(b: &Buffered) -> usize {
    b.rbuf.borrow().len() - b.rpos.get()
}

fn take(b: &Buffered, n: usize) -> Vec<u8> {
    let pos = b.rpos.get();
    let rb = b.rbuf.borrow();
    let n = n.min(rb.len() - pos);
    b.rpos.set(pos + n);
    rb[pos..pos + n].to_vec()
}

fn readable_check(vm: &Vm, b: &Buffered) -> PyResult<()> {
    if !b.can_read {
        return Err(unsupported(vm, "read"));
    }
    Ok(())
}

fn read(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "read")?;
    let b = me(s);
    readable_check(vm, b)?;
    let n = size_arg(vm, rest.positional().first())?;
    if n < -1 {
        return Err(vm.new_value_error("read length must be non-negative or -1"));
    }
    check_open(vm, b)?;
    if n < 0 {
        flush_writes(vm, b)?;
        let mut out = take(b, usize::MAX);
        loop {
            match raw_read(vm, b, 65536.max(out.len()))? {
                Some(d) if !d.is_empty() => out.extend_from_slice(&d),
                Some(_) => break,
                None => {
                    if out.is_empty() {
                        return Ok(vm.none.clone());
                    }
                    break;
                }
            }
        }
        return Ok(new_bytes(vm, out));
    }
    let n = n as usize;
    while available(b) < n {
        if !fill(vm, b)? {
            break;
        }
    }
    Ok(new_bytes(vm, take(b, n)))
}

fn read1(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "read1")?;
    let b = me(s);
    readable_check(vm, b)?;
    let n = size_arg(vm, rest.positional().first())?;
    check_open(vm, b)?;
    let n = if n < 0 { b.size.get() } else { n as usize };
    if n == 0 {
        return Ok(new_bytes(vm, Vec::new()));
    }
    if available(b) == 0 {
        fill(vm, b)?;
    }
    Ok(new_bytes(vm, take(b, n)))
}

fn peek(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "peek")?;
    let b = me(s);
    readable_check(vm, b)?;
    check_open(vm, b)?;
    if available(b) == 0 {
        fill(vm, b)?;
    }
    let rb = b.rbuf.borrow();
    Ok(new_bytes(vm, rb[b.rpos.get()..].to_vec()))
}

fn readline(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "readline")?;
    let b = me(s);
    readable_check(vm, b)?;
    let limit = size_arg(vm, rest.positional().first())?;
    check_open(vm, b)?;
    let mut out = Vec::new();
    loop {
        let want = if limit >= 0 {
            (limit as usize).saturating_sub(out.len())
        } else {
            usize::MAX
        };
        if want == 0 {
            break;
        }
        let (found, n) = {
            let rb = b.rbuf.borrow();
            let avail = &rb[b.rpos.get()..];
            let avail = &avail[..avail.len().min(want)];
            match avail.iter().position(|&c| c == b'\n') {
                Some(i) => (true, i + 1),
                None => (false, avail.len()),
            }
        };
        out.extend(take(b, n));
        if found || (limit >= 0 && out.len() >= limit as usize) {
            break;
        }
        if !fill(vm, b)? {
            break;
        }
    }
    Ok(new_bytes(vm, out))
}

fn readinto_impl(vm: &Vm, args: CallArgs<'_>, one: bool) -> PyResult {
    let (s, rest) = split_self(vm, &args, "readinto")?;
    let a = rest.check_positional(vm, "readinto", 1, 1)?;
    let n = vm.len(&a[0])?;
    let m = if one { "read1" } else { "read" };
    let data = vm.call_method(s, m, &[new_int(vm, n as i64)])?;
    let got = vm.len(&data)?;
    let sl = vm.call_positional(
        &vm.types.slice_type,
        &[new_int(vm, 0), new_int(vm, got as i64)],
    )?;
    vm.setitem(&a[0], sl, data)?;
    Ok(new_int(vm, got as i64))
}

fn readinto(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    readinto_impl(vm, args, false)
}

fn readinto1(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    readinto_impl(vm, args, true)
}

/// Appends `data` to the write buffer, flushing when it is full.
pub fn buffered_write(vm: &Vm, b: &Buffered, data: &[u8]) -> PyResult<()> {
    if b.rpos.get() < b.rbuf.borrow().len() {
        rewind_reads(vm, b)?;
    }
    b.wbuf.borrow_mut().extend_from_slice(data);
    if b.wbuf.borrow().len() >= b.size.get() {
        flush_writes(vm, b)?;
    }
    Ok(())
}

fn write(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "write")?;
    let b = me(s);
    if !b.can_write {
        return Err(unsupported(vm, "write"));
    }
    let a = rest.check_positional(vm, "write", 1, 1)?;
    let raw = raw_of(vm, b)?;
    if as_fileio(&raw).is_some_and(|f| f.fd.get() < 0)
        || (b.fd.get() < 0 && vm.is_true(&vm.getattr_str(&raw, "closed")?)?)
    {
        return Err(vm.new_value_error("write to closed file"));
    }
    let data = buffer_bytes(vm, &a[0])?;
    buffered_write(vm, b, &data)?;
    Ok(new_int(vm, data.len() as i64))
}

fn flush(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "flush")?;
    let b = me(s);
    let raw = raw_of(vm, b)?;
    if as_fileio(&raw).is_some_and(|f| f.fd.get() < 0)
        || (b.fd.get() < 0 && vm.is_true(&vm.getattr_str(&raw, "closed")?)?)
    {
        return Err(vm.new_value_error(if b.can_write {
            "flush of closed file"
        } else {
            "I/O operation on closed file."
        }));
    }
    flush_writes(vm, b)?;
    if b.fd.get() < 0 {
        vm.call_method(&raw, "flush", &[])?;
    }
    Ok(vm.none.clone())
}

fn tell(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "tell")?;
    let b = me(s);
    let raw = raw_of(vm, b)?;
    let pos = vm.index_isize(&vm.call_method(&raw, "tell", &[])?)?;
    let pos = pos - available(b) as isize + b.wbuf.borrow().len() as isize;
    Ok(new_int(vm, pos.max(0) as i64))
}

fn seek(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "seek")?;
    let b = me(s);
    let a = rest.check_positional(vm, "seek", 1, 2)?;
    let whence = match a.get(1) {
        Some(w) => vm.index_isize(w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(vm.new_value_error(format!("whence value {whence} unsupported")));
    }
    let raw = check_open(vm, b)?;
    if crate::objects::floatobject::as_float(&a[0]).is_some() {
        return Err(vm.new_type_error("an integer is required"));
    }
    let mut target = vm.index_isize(&a[0])?;
    flush_writes(vm, b)?;
    if whence == 1 {
        target -= available(b) as isize;
    }
    b.rbuf.borrow_mut().clear();
    b.rpos.set(0);
    vm.call_method(
        &raw,
        "seek",
        &[new_int(vm, target as i64), new_int(vm, whence as i64)],
    )
}

fn truncate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "truncate")?;
    let b = me(s);
    if !b.can_write {
        return Err(unsupported(vm, "truncate"));
    }
    let raw = check_open(vm, b)?;
    flush_writes(vm, b)?;
    let pos = match rest.positional().first().filter(|p| !vm.is_none(p)) {
        Some(p) => p.clone(),
        None => tell(vm, CallArgs::positional_only(std::slice::from_ref(s)))?,
    };
    rewind_reads(vm, b)?;
    vm.call_method(&raw, "truncate", &[pos])
}

fn close(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "close")?;
    let b = me(s);
    let raw = raw_of(vm, b)?;
    if vm.is_true(&vm.getattr_str(&raw, "closed")?)? {
        return Ok(vm.none.clone());
    }
    let r = if b.can_write {
        flush_writes(vm, b)
    } else {
        Ok(())
    };
    let c = vm.call_method(&raw, "close", &[]);
    r?;
    c.map(|_| vm.none.clone())
}

fn detach(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "detach")?;
    let b = me(s);
    flush_writes(vm, b)?;
    let raw = raw_of(vm, b)?;
    b.fd.set(-1);
    *b.raw.borrow_mut() = None;
    Ok(raw)
}

fn forward(vm: &Vm, args: CallArgs<'_>, name: &str) -> PyResult {
    let (s, _) = split_self(vm, &args, name)?;
    let raw = raw_of(vm, me(s))?;
    vm.call_method(&raw, name, &[])
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
    let (s, _) = split_self(vm, &args, "readable")?;
    if !me(s).can_read {
        return Ok(vm.false_.clone());
    }
    forward(vm, args, "readable")
}

fn writable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "writable")?;
    if !me(s).can_write {
        return Ok(vm.false_.clone());
    }
    forward(vm, args, "writable")
}

fn repr(vm: &Vm, o: &PyRef) -> PyResult {
    let cls = format!(
        "{}.{}",
        vm.str_string(&vm.getattr_str(o.class(), "__module__")?)?,
        as_type(o.class()).name()
    );
    let s = match vm.getattr_opt(o, &vm.intern("name")) {
        Ok(Some(n)) => format!("<{cls} name={}>", vm.repr_string(&n)?),
        _ => format!("<{cls}>"),
    };
    Ok(new_str_object(vm, &s))
}

fn getstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "__getstate__")?;
    Err(vm.new_type_error(format!(
        "cannot pickle '{}' instances",
        as_type(s.class()).name()
    )))
}

fn raw_attr(vm: &Vm, o: &PyRef, name: &str) -> PyResult {
    let raw = raw_of(vm, me(o))?;
    vm.getattr_str(&raw, name)
}

fn make_type(
    vm: &Vm,
    name: &str,
    new: crate::objects::typeslots::NewFn,
    doc: &'static str,
) -> PyRef {
    let t = new_io_type(vm, name, super::iobase::bufferediobase_type(vm), Some(doc));
    let s = &as_type(&t).slots;
    s.new.set(Some(new));
    s.init.set(Some(init));
    s.repr.set(Some(repr));
    add_methods(
        vm,
        &t,
        &[
            MethodDef::new("read", read),
            MethodDef::new("read1", read1),
            MethodDef::new("peek", peek),
            MethodDef::new("readline", readline),
            MethodDef::new("readinto", readinto),
            MethodDef::new("readinto1", readinto1),
            MethodDef::new("write", write),
            MethodDef::new("flush", flush),
            MethodDef::new("tell", tell),
            MethodDef::new("seek", seek),
            MethodDef::new("truncate", truncate),
            MethodDef::new("close", close),
            MethodDef::new("detach", detach),
            MethodDef::new("fileno", fileno),
            MethodDef::new("isatty", isatty),
            MethodDef::new("seekable", seekable),
            MethodDef::new("readable", readable),
            MethodDef::new("writable", writable),
            MethodDef::new("__getstate__", getstate),
        ],
    );
    add_getsets(
        vm,
        &t,
        &[
            GetSetDef::new("raw", |vm, o| raw_of(vm, me(o))),
            GetSetDef::new("closed", |vm, o| raw_attr(vm, o, "closed")),
            GetSetDef::new("name", |vm, o| raw_attr(vm, o, "name")),
            GetSetDef::new("mode", |vm, o| raw_attr(vm, o, "mode")),
        ],
    );
    finish_type(vm, &t);
    t
}

/// The `BufferedReader` type.
pub fn buffered_reader_type(vm: &Vm) -> &'static PyRef {
    READER.get_or_init(|| {
        make_type(
            vm,
            "BufferedReader",
            new_reader,
            "Create a new buffered reader using the given readable raw IO object.",
        )
    })
}

/// The `BufferedWriter` type.
pub fn buffered_writer_type(vm: &Vm) -> &'static PyRef {
    WRITER.get_or_init(|| {
        make_type(
            vm,
            "BufferedWriter",
            new_writer,
            "A buffer for a writeable sequential RawIO object.",
        )
    })
}

/// The `BufferedRandom` type.
pub fn buffered_random_type(vm: &Vm) -> &'static PyRef {
    RANDOM.get_or_init(|| {
        make_type(
            vm,
            "BufferedRandom",
            new_random,
            "A buffered interface to random access streams.",
        )
    })
}

/// The payload of `BufferedRWPair`: a reader and a writer.
pub struct RwPair {
    reader: PyRef,
    writer: PyRef,
}

impl PyPayload for RwPair {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.reader);
        visit(&self.writer);
    }
}

fn pair_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let sig = Signature {
        name: "BufferedRWPair",
        params: &["reader", "writer", "buffer_size"],
        posonly: 0,
        positional: 3,
        required: 2,
    };
    let a = sig.bind(vm, args)?;
    let size = a[2]
        .clone()
        .unwrap_or_else(|| new_int(vm, DEFAULT_BUFFER_SIZE as i64));
    let reader = vm.call_positional(
        buffered_reader_type(vm),
        &[a[0].clone().expect("required"), size.clone()],
    )?;
    let writer = vm.call_positional(
        buffered_writer_type(vm),
        &[a[1].clone().expect("required"), size],
    )?;
    Ok(PyRef::new(RwPair { reader, writer }, cls.clone()))
}

fn pair(o: &PyRef) -> &RwPair {
    o.downcast_ref::<RwPair>().expect("BufferedRWPair")
}

macro_rules! pair_forward {
    ($($name:ident => $side:ident),* $(,)?) => {
        $(pub fn $name(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            let (s, rest) = split_self(vm, &args, stringify!($name))?;
            let target = vm.getattr_str(&pair(s).$side, stringify!($name))?;
            vm.call(&target, rest)
        })*
    };
}

mod pair_methods {
    use super::*;
    pair_forward!(read => reader, read1 => reader, peek => reader, readinto => reader, readinto1 => reader, readable => reader, write => writer, flush => writer, writable => writer);
}

fn pair_close(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "close")?;
    let p = pair(s);
    let w = vm.call_method(&p.writer, "close", &[]);
    let r = vm.call_method(&p.reader, "close", &[]);
    w?;
    r
}

fn pair_isatty(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "isatty")?;
    let p = pair(s);
    if vm.is_true(&vm.call_method(&p.writer, "isatty", &[])?)? {
        return Ok(vm.true_.clone());
    }
    vm.call_method(&p.reader, "isatty", &[])
}

/// The `BufferedRWPair` type.
pub fn buffered_rwpair_type(vm: &Vm) -> &'static PyRef {
    RWPAIR.get_or_init(|| {
        let t = new_io_type(
            vm,
            "BufferedRWPair",
            super::iobase::bufferediobase_type(vm),
            Some("A buffered reader and writer object together."),
        );
        as_type(&t).slots.new.set(Some(pair_new));
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("read", pair_methods::read),
                MethodDef::new("read1", pair_methods::read1),
                MethodDef::new("peek", pair_methods::peek),
                MethodDef::new("readinto", pair_methods::readinto),
                MethodDef::new("readinto1", pair_methods::readinto1),
                MethodDef::new("readable", pair_methods::readable),
                MethodDef::new("write", pair_methods::write),
                MethodDef::new("flush", pair_methods::flush),
                MethodDef::new("writable", pair_methods::writable),
                MethodDef::new("close", pair_close),
                MethodDef::new("isatty", pair_isatty),
            ],
        );
        add_getsets(
            vm,
            &t,
            &[GetSetDef::new("closed", |vm, o| {
                vm.getattr_str(&pair(o).writer, "closed")
            })],
        );
        finish_type(vm, &t);
        t
    })
}
