//! `_io.StringIO` (CPython's `Modules/_io/stringio.c`): an in-memory text
//! stream of code points, with the `newline` translation modes of
//! `TextIOWrapper` (`None` translates on write, `''` splits on any line end).

use super::{finish_type, new_io_type, size_arg, split_self};
use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::{as_type, class_name};
use crate::objects::unicodeobject::PyStr;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

/// The payload of `StringIO` objects.
pub struct StringIO {
    buf: RefCell<Vec<u32>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    /// The `newline` argument (`None` when it was None).
    newline: RefCell<Option<String>>,
    /// Which line endings were seen (bit 1 `\r`, 2 `\n`, 4 `\r\n`), for `newlines`.
    seen: Cell<u8>,
}

impl PyPayload for StringIO {}

static STRINGIO: OnceLock<PyRef> = OnceLock::new();

fn me(o: &PyRef) -> &StringIO {
    o.downcast_ref::<StringIO>().expect("StringIO")
}

/// A str object from code points.
pub fn str_from_cps(vm: &Vm, cps: &[u32]) -> PyRef {
    PyRef::new(PyStr::from_code_points(cps), vm.types.str_type.clone())
}

/// StringIO's own wording (no final period, unlike the other classes).
fn closed(vm: &Vm) -> crate::vm::PyErr {
    vm.new_value_error("I/O operation on closed file")
}

fn open_self<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<(&'a PyRef, CallArgs<'a>)> {
    let (s, rest) = split_self(vm, args, name)?;
    if me(s).closed.get() {
        return Err(closed(vm));
    }
    Ok((s, rest))
}

fn new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    let s = StringIO {
        buf: RefCell::new(Vec::new()),
        pos: Cell::new(0),
        closed: Cell::new(false),
        newline: RefCell::new(Some("\n".into())),
        seen: Cell::new(0),
    };
    Ok(PyRef::new(s, cls.clone()))
}

/// Translates written text for the newline mode, recording line ends seen.
fn translate_in(s: &StringIO, text: Vec<u32>) -> Vec<u32> {
    let nl = s.newline.borrow().clone();
    let mut seen = s.seen.get();
    let out = match nl.as_deref() {
        None => {
            let mut out = Vec::with_capacity(text.len());
            let mut i = 0;
            while i < text.len() {
                let c = text[i];
                if c == '\r' as u32 {
                    if text.get(i + 1) == Some(&('\n' as u32)) {
                        seen |= 4;
                        i += 1;
                    } else {
                        seen |= 1;
                    }
                    out.push('\n' as u32);
                } else {
                    if c == '\n' as u32 {
                        seen |= 2;
                    }
                    out.push(c);
                }
                i += 1;
            }
            out
        }
        Some("\r") | Some("\r\n") => {
            let rep: Vec<u32> = nl
                .as_deref()
                .unwrap_or("\n")
                .chars()
                .map(|c| c as u32)
                .collect();
            let mut out = Vec::with_capacity(text.len());
            for c in text {
                if c == '\n' as u32 {
                    out.extend_from_slice(&rep);
                } else {
                    out.push(c);
                }
            }
            out
        }
        _ => text,
    };
    s.seen.set(seen);
    out
}

fn write_cps(s: &StringIO, text: Vec<u32>) -> usize {
    let n = text.len();
    let text = translate_in(s, text);
    let pos = s.pos.get();
    let mut buf = s.buf.borrow_mut();
    if pos > buf.len() {
        buf.resize(pos, 0);
    }
    let end = pos + text.len();
    if end > buf.len() {
        buf.resize(end, 0);
    }
    buf[pos..end].copy_from_slice(&text);
    s.pos.set(end);
    n
}

fn init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let sig = Signature {
        name: "StringIO",
        params: &["initial_value", "newline"],
        posonly: 0,
        positional: 2,
        required: 0,
    };
    let a = sig.bind(vm, args)?;
    let newline = match &a[1] {
        None => Some("\n".to_string()),
        Some(v) if vm.is_none(v) => None,
        Some(v) => match v.downcast_ref::<PyStr>() {
            Some(s) => {
                let n = s.to_string_lossy().into_owned();
                if !["", "\n", "\r", "\r\n"].contains(&n.as_str()) {
                    return Err(vm.new_value_error(format!(
                        "illegal newline value: {}",
                        vm.repr_string(v)?
                    )));
                }
                Some(n)
            }
            None => {
                return Err(vm.new_type_error(format!(
                    "newline must be str or None, not {}",
                    class_name(v)
                )))
            }
        },
    };
    let s = me(obj);
    *s.newline.borrow_mut() = newline;
    s.buf.borrow_mut().clear();
    s.pos.set(0);
    s.seen.set(0);
    if let Some(v) = a[0].as_ref().filter(|v| !vm.is_none(v)) {
        let Some(st) = v.downcast_ref::<PyStr>() else {
            return Err(vm.new_type_error(format!(
                "initial_value must be str or None, not {}",
                class_name(v)
            )));
        };
        write_cps(s, st.to_code_points());
        s.pos.set(0);
    }
    Ok(())
}

fn read(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, rest) = open_self(vm, &args, "read")?;
    let n = size_arg(vm, rest.positional().first())?;
    let s = me(o);
    let buf = s.buf.borrow();
    let pos = s.pos.get().min(buf.len());
    let end = if n < 0 {
        buf.len()
    } else {
        (pos + n as usize).min(buf.len())
    };
    s.pos.set(end.max(s.pos.get()));
    Ok(str_from_cps(vm, &buf[pos..end]))
}

/// The length of the line starting at `text[0]` under newline mode `nl`.
pub fn line_len(text: &[u32], nl: Option<&str>, limit: isize) -> usize {
    let cr = '\r' as u32;
    let lf = '\n' as u32;
    let mut end = text.len();
    match nl {
        Some("") => {
            for (i, &c) in text.iter().enumerate() {
                if c == lf {
                    end = i + 1;
                    break;
                }
                if c == cr {
                    end = if text.get(i + 1) == Some(&lf) {
                        i + 2
                    } else {
                        i + 1
                    };
                    break;
                }
            }
        }
        Some("\r") => {
            if let Some(i) = text.iter().position(|&c| c == cr) {
                end = i + 1;
            }
        }
        Some("\r\n") => {
            if let Some(i) = text.windows(2).position(|w| w[0] == cr && w[1] == lf) {
                end = i + 2;
            }
        }
        _ => {
            if let Some(i) = text.iter().position(|&c| c == lf) {
                end = i + 1;
            }
        }
    }
    if limit >= 0 {
        end = end.min(limit as usize);
    }
    end
}

fn readline_cps(s: &StringIO, limit: isize) -> Vec<u32> {
    let buf = s.buf.borrow();
    let pos = s.pos.get().min(buf.len());
    let n = line_len(&buf[pos..], s.newline.borrow().as_deref(), limit);
    s.pos.set(pos + n);
    buf[pos..pos + n].to_vec()
}

fn readline(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, rest) = open_self(vm, &args, "readline")?;
    let n = size_arg(vm, rest.positional().first())?;
    Ok(str_from_cps(vm, &readline_cps(me(o), n)))
}

fn write(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, rest) = open_self(vm, &args, "write")?;
    let a = rest.check_positional(vm, "write", 1, 1)?;
    let Some(st) = a[0].downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "string argument expected, got '{}'",
            class_name(&a[0])
        )));
    };
    Ok(new_int(vm, write_cps(me(o), st.to_code_points()) as i64))
}

fn getvalue(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, _) = open_self(vm, &args, "getvalue")?;
    Ok(str_from_cps(vm, &me(o).buf.borrow()))
}

fn seek(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, rest) = open_self(vm, &args, "seek")?;
    let a = rest.check_positional(vm, "seek", 1, 2)?;
    let pos = vm.index_isize(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => vm.index_isize(w)?,
        None => 0,
    };
    let s = me(o);
    match whence {
        0 if pos < 0 => return Err(vm.new_value_error(format!("Negative seek position {pos}"))),
        0 => s.pos.set(pos as usize),
        1 | 2 if pos != 0 => {
            return Err(vm.new_exception_msg(
                &vm.exceptions.os_error,
                "Can't do nonzero cur-relative seeks",
            ))
        }
        1 => {}
        2 => s.pos.set(s.buf.borrow().len()),
        _ => {
            return Err(
                vm.new_value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))
            )
        }
    }
    Ok(new_int(vm, s.pos.get() as i64))
}

fn tell(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, _) = open_self(vm, &args, "tell")?;
    Ok(new_int(vm, me(o).pos.get() as i64))
}

fn truncate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, rest) = open_self(vm, &args, "truncate")?;
    let s = me(o);
    let size = match rest.positional().first().filter(|v| !vm.is_none(v)) {
        Some(v) => vm.index_isize(v)?,
        None => s.pos.get() as isize,
    };
    if size < 0 {
        return Err(vm.new_value_error(format!("Negative size value {size}")));
    }
    s.buf.borrow_mut().truncate(size as usize);
    Ok(new_int(vm, size as i64))
}

fn true_if_open(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    open_self(vm, &args, "readable")?;
    Ok(vm.true_.clone())
}

fn close(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, _) = split_self(vm, &args, "close")?;
    me(o).closed.set(true);
    me(o).buf.borrow_mut().clear();
    Ok(vm.none.clone())
}

fn next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let s = me(o);
    if s.closed.get() {
        return Err(closed(vm));
    }
    if !o.class().is(stringio_type(vm)) {
        let line = vm.call_method(o, "readline", &[])?;
        return Ok(if vm.len(&line)? == 0 {
            None
        } else {
            Some(line)
        });
    }
    let l = readline_cps(s, -1);
    Ok(if l.is_empty() {
        None
    } else {
        Some(str_from_cps(vm, &l))
    })
}

fn newlines(vm: &Vm, o: &PyRef) -> PyResult {
    let s = me(o);
    if s.closed.get() {
        return Err(closed(vm));
    }
    let names: Vec<&str> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
        .iter()
        .filter(|(b, _)| s.seen.get() & b != 0)
        .map(|(_, n)| *n)
        .collect();
    Ok(match names.len() {
        0 => vm.none.clone(),
        1 => vm.intern(names[0]),
        _ => new_tuple(vm, names.iter().map(|n| vm.intern(n)).collect()),
    })
}

fn getstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, _) = open_self(vm, &args, "__getstate__")?;
    let s = me(o);
    let nl = match s.newline.borrow().as_deref() {
        Some(n) => vm.intern(n),
        None => vm.none.clone(),
    };
    let d = o.dict().unwrap_or_else(|| vm.none.clone());
    Ok(new_tuple(
        vm,
        vec![
            str_from_cps(vm, &s.buf.borrow()),
            nl,
            new_int(vm, s.pos.get() as i64),
            d,
        ],
    ))
}

fn setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, rest) = open_self(vm, &args, "__setstate__")?;
    let a = rest.check_positional(vm, "__setstate__", 1, 1)?;
    let Some(items) = tuple_items(&a[0]).filter(|t| t.len() >= 4) else {
        return Err(vm.new_type_error(format!(
            "{}.__setstate__ argument should be 4-tuple, got {}",
            class_name(o),
            class_name(&a[0])
        )));
    };
    init(
        vm,
        o,
        CallArgs::positional_only(&[vm.none.clone(), items[1].clone()]),
    )?;
    let s = me(o);
    *s.buf.borrow_mut() = items[0]
        .downcast_ref::<PyStr>()
        .map(|x| x.to_code_points())
        .unwrap_or_default();
    s.pos.set(vm.index_isize(&items[2])?.max(0) as usize);
    if !vm.is_none(&items[3]) {
        o.set_dict(Some(
            vm.call_positional(&vm.types.dict_type, &[items[3].clone()])?,
        ));
    }
    Ok(vm.none.clone())
}

/// The `StringIO` type.
pub fn stringio_type(vm: &Vm) -> &'static PyRef {
    STRINGIO.get_or_init(|| {
        let t = new_io_type(
            vm,
            "StringIO",
            super::iobase::textiobase_type(vm),
            Some("Text I/O implementation using an in-memory buffer."),
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
                MethodDef::new("readline", readline),
                MethodDef::new("write", write),
                MethodDef::new("getvalue", getvalue),
                MethodDef::new("seek", seek),
                MethodDef::new("tell", tell),
                MethodDef::new("truncate", truncate),
                MethodDef::new("readable", true_if_open),
                MethodDef::new("writable", true_if_open),
                MethodDef::new("seekable", true_if_open),
                MethodDef::new("close", close),
                MethodDef::new("__getstate__", getstate),
                MethodDef::new("__setstate__", setstate),
            ],
        );
        add_getsets(
            vm,
            &t,
            &[
                GetSetDef::new("closed", |vm, o| Ok(vm.bool_obj(me(o).closed.get()))),
                GetSetDef::new("newlines", newlines),
                GetSetDef::new("line_buffering", |vm, o| {
                    if me(o).closed.get() {
                        return Err(closed(vm));
                    }
                    Ok(vm.false_.clone())
                }),
            ],
        );
        finish_type(vm, &t);
        t
    })
}
