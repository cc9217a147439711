//! `_io.BytesIO` (CPython's `Modules/_io/bytesio.c`): an in-memory bytes
//! stream with a position; writing past the end pads with zero bytes.

use super::{closed_error, finish_type, new_io_type, size_arg, split_self};
use crate::modules::posixmodule::buffer_bytes;
use crate::objects::bytesobject::new_bytes;
use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::{as_type, class_name};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

/// The payload of `BytesIO` objects.
pub struct BytesIO {
    pub(super) buf: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    /// Live memoryviews from `getbuffer()`; the bytes may not move meanwhile.
    pub(super) exports: Cell<usize>,
}

impl PyPayload for BytesIO {}

static BYTESIO: OnceLock<PyRef> = OnceLock::new();

fn me(o: &PyRef) -> &BytesIO {
    o.downcast_ref::<BytesIO>().expect("BytesIO")
}

/// BufferError while `getbuffer()` views exist (the bytes may not move).
fn check_exports(vm: &Vm, b: &BytesIO) -> PyResult<()> {
    if b.exports.get() == 0 {
        return Ok(());
    }
    Err(vm.new_exception_msg(
        &vm.exceptions.buffer_error,
        "Existing exports of data: object cannot be re-sized",
    ))
}

fn open_self<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a PyRef, CallArgs<'a>)> {
    let (s, rest) = split_self(vm, args, name)?;
    if me(s).closed.get() {
        return Err(closed_error(vm));
    }
    Ok((s, rest))
}

fn new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    Ok(PyRef::new(
        BytesIO {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
            exports: Cell::new(0),
        },
        cls.clone(),
    ))
}

fn init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let sig = Signature {
        name: "BytesIO",
        params: &["initial_bytes"],
        posonly: 0,
        positional: 1,
        required: 0,
    };
    let a = sig.bind(vm, args)?;
    let data = match a[0].as_ref().filter(|v| !vm.is_none(v)) {
        Some(v) => buffer_bytes(vm, v)?,
        None => Vec::new(),
    };
    let b = me(obj);
    check_exports(vm, b)?;
    *b.buf.borrow_mut() = data;
    b.pos.set(0);
    Ok(())
}

fn take(b: &BytesIO, n: isize) -> Vec<u8> {
    let buf = b.buf.borrow();
    let pos = b.pos.get().min(buf.len());
    let end = if n < 0 {
        buf.len()
    } else {
        (pos + n as usize).min(buf.len())
    };
    b.pos.set(end.max(b.pos.get()));
    buf[pos..end].to_vec()
}

fn read(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = open_self(vm, &args, "read")?;
    let n = size_arg(vm, rest.positional().first())?;
    Ok(new_bytes(vm, take(me(s), n)))
}

fn readline_bytes(b: &BytesIO, limit: isize) -> Vec<u8> {
    let buf = b.buf.borrow();
    let pos = b.pos.get().min(buf.len());
    let rest = &buf[pos..];
    let mut end = match rest.iter().position(|&c| c == b'\n') {
        Some(i) => i + 1,
        None => rest.len(),
    };
    if limit >= 0 {
        end = end.min(limit as usize);
    }
    b.pos.set(pos + end);
    rest[..end].to_vec()
}

fn readline(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = open_self(vm, &args, "readline")?;
    let n = size_arg(vm, rest.positional().first())?;
    Ok(new_bytes(vm, readline_bytes(me(s), n)))
}

fn readlines(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = open_self(vm, &args, "readlines")?;
    let hint = size_arg(vm, rest.positional().first())?;
    let b = me(s);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let l = readline_bytes(b, -1);
        if l.is_empty() {
            break;
        }
        total += l.len();
        lines.push(new_bytes(vm, l));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(crate::objects::listobject::new_list(vm, lines))
}

fn readinto(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = open_self(vm, &args, "readinto")?;
    let a = rest.check_positional(vm, "readinto", 1, 1)?;
    let n = vm.len(&a[0])?;
    let data = take(me(s), n as isize);
    let got = data.len();
    let sl = vm.call_positional(
        &vm.types.slice_type,
        &[new_int(vm, 0), new_int(vm, got as i64)],
    )?;
    vm.setitem(&a[0], sl, new_bytes(vm, data))?;
    Ok(new_int(vm, got as i64))
}

fn write(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = open_self(vm, &args, "write")?;
    let a = rest.check_positional(vm, "write", 1, 1)?;
    let data = buffer_bytes(vm, &a[0])?;
    let b = me(s);
    check_exports(vm, b)?;
    let pos = b.pos.get();
    let mut buf = b.buf.borrow_mut();
    if pos > buf.len() {
        buf.resize(pos, 0);
    }
    let end = pos + data.len();
    if end > buf.len() {
        buf.resize(end, 0);
    }
    buf[pos..end].copy_from_slice(&data);
    b.pos.set(end);
    Ok(new_int(vm, data.len() as i64))
}

fn writelines(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = open_self(vm, &args, "writelines")?;
    let a = rest.check_positional(vm, "writelines", 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        write(vm, CallArgs::positional_only(&[s.clone(), x]))?;
    }
    Ok(vm.none.clone())
}

fn getvalue(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = open_self(vm, &args, "getvalue")?;
    Ok(new_bytes(vm, me(s).buf.borrow().clone()))
}

fn getbuffer(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = open_self(vm, &args, "getbuffer")?;
    rest.check_positional(vm, "getbuffer", 0, 0)?;
    super::bytesio_buffer::getbuffer(vm, s)
}

fn seek(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = open_self(vm, &args, "seek")?;
    let a = rest.check_positional(vm, "seek", 1, 2)?;
    let pos = vm.index_isize(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => vm.index_isize(w)?,
        None => 0,
    };
    let b = me(s);
    let new = match whence {
        0 => {
            if pos < 0 {
                return Err(vm.new_value_error(format!("negative seek value {pos}")));
            }
            pos
        }
        1 => (b.pos.get() as isize + pos).max(0),
        2 => (b.buf.borrow().len() as isize + pos).max(0),
        _ => {
            return Err(
                vm.new_value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
            )
        }
    };
    b.pos.set(new as usize);
    Ok(new_int(vm, new as i64))
}

fn tell(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = open_self(vm, &args, "tell")?;
    Ok(new_int(vm, me(s).pos.get() as i64))
}

fn truncate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = open_self(vm, &args, "truncate")?;
    let b = me(s);
    check_exports(vm, b)?;
    let size = match rest.positional().first().filter(|v| !vm.is_none(v)) {
        Some(v) => vm.index_isize(v)?,
        None => b.pos.get() as isize,
    };
    if size < 0 {
        return Err(vm.new_value_error(format!("negative size value {size}")));
    }
    b.buf.borrow_mut().truncate(size as usize);
    Ok(new_int(vm, size as i64))
}

fn true_if_open(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    open_self(vm, &args, "readable")?;
    Ok(vm.true_.clone())
}

fn false_if_open(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    open_self(vm, &args, "isatty")?;
    Ok(vm.false_.clone())
}

fn flush(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    open_self(vm, &args, "flush")?;
    Ok(vm.none.clone())
}

fn close(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "close")?;
    let b = me(s);
    check_exports(vm, b)?;
    b.closed.set(true);
    b.buf.borrow_mut().clear();
    Ok(vm.none.clone())
}

fn getstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = open_self(vm, &args, "__getstate__")?;
    let b = me(s);
    let d = s.dict().unwrap_or_else(|| vm.none.clone());
    Ok(new_tuple(
        vm,
        vec![
            new_bytes(vm, b.buf.borrow().clone()),
            new_int(vm, b.pos.get() as i64),
            d,
        ],
    ))
}

fn setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = open_self(vm, &args, "__setstate__")?;
    let a = rest.check_positional(vm, "__setstate__", 1, 1)?;
    let Some(items) = tuple_items(&a[0]).filter(|t| t.len() >= 3) else {
        return Err(vm.new_type_error(format!(
            "{}.__setstate__ argument should be 3-tuple, got {}",
            class_name(s),
            class_name(&a[0])
        )));
    };
    let b = me(s);
    check_exports(vm, b)?;
    *b.buf.borrow_mut() = buffer_bytes(vm, &items[0])?;
    b.pos.set(vm.index_isize(&items[1])?.max(0) as usize);
    if !vm.is_none(&items[2]) {
        s.set_dict(Some(
            vm.call_positional(&vm.types.dict_type, &[items[2].clone()])?,
        ));
    }
    Ok(vm.none.clone())
}

fn next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let b = me(o);
    if b.closed.get() {
        return Err(closed_error(vm));
    }
    let l = readline_bytes(b, -1);
    Ok(if l.is_empty() {
        None
    } else {
        Some(new_bytes(vm, l))
    })
}

/// The `BytesIO` type.
pub fn bytesio_type(vm: &Vm) -> &'static PyRef {
    BYTESIO.get_or_init(|| {
        let t = new_io_type(
            vm,
            "BytesIO",
            super::iobase::bufferediobase_type(vm),
            Some("Buffered I/O implementation using an in-memory bytes buffer."),
        );
        let s = &as_type(&t).slots;
        s.new.set(Some(new));
        s.init.set(Some(init));
        s.iternext.set(Some(next));
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("read", read),
                MethodDef::new("read1", read),
                MethodDef::new("readline", readline),
                MethodDef::new("readlines", readlines),
                MethodDef::new("readinto", readinto),
                MethodDef::new("write", write),
                MethodDef::new("writelines", writelines),
                MethodDef::new("getvalue", getvalue),
                MethodDef::new("getbuffer", getbuffer),
                MethodDef::new("seek", seek),
                MethodDef::new("tell", tell),
                MethodDef::new("truncate", truncate),
                MethodDef::new("readable", true_if_open),
                MethodDef::new("writable", true_if_open),
                MethodDef::new("seekable", true_if_open),
                MethodDef::new("isatty", false_if_open),
                MethodDef::new("flush", flush),
                MethodDef::new("close", close),
                MethodDef::new("__getstate__", getstate),
                MethodDef::new("__setstate__", setstate),
            ],
        );
        add_getsets(
            vm,
            &t,
            &[GetSetDef::new("closed", |vm, o| {
                Ok(vm.bool_obj(me(o).closed.get()))
            })],
        );
        finish_type(vm, &t);
        t
    })
}
