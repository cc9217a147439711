//! The abstract I/O bases `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and
//! `_TextIOBase` (CPython's `Modules/_io/iobase.c`, `bufferedio.c`,
//! `textio.c` bases): the default methods written in terms of the virtual
//! ones (`readline` from `read`/`peek`, iteration, context management), the
//! closed flag kept in the instance dict as `__IOBase_closed`.

use super::{
    closed_error, finish_type, new_io_type, size_arg, split_self, unsupported, DEFAULT_BUFFER_SIZE,
};
use crate::objects::bytesobject::{as_bytes, new_bytes};
use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
use crate::objects::dictobject::PyDict;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::typeobject::as_type;
use crate::vm::{CallArgs, PyResult, Vm};
use std::sync::OnceLock;

static IOBASE: OnceLock<PyRef> = OnceLock::new();
static RAWIOBASE: OnceLock<PyRef> = OnceLock::new();
static BUFFEREDIOBASE: OnceLock<PyRef> = OnceLock::new();
static TEXTIOBASE: OnceLock<PyRef> = OnceLock::new();

const CLOSED_KEY: &str = "__IOBase_closed";

/// Whether `obj.closed` is true (any I/O object).
pub fn is_closed(vm: &Vm, obj: &PyRef) -> PyResult<bool> {
    let c = vm.getattr_str(obj, "closed")?;
    vm.is_true(&c)
}

/// Raises ValueError if `obj` is closed.
pub fn check_closed(vm: &Vm, obj: &PyRef) -> PyResult<()> {
    if is_closed(vm, obj)? {
        return Err(closed_error(vm));
    }
    Ok(())
}

fn base_closed(vm: &Vm, obj: &PyRef) -> bool {
    obj.dict()
        .and_then(|d| {
            d.downcast_ref::<PyDict>()
                .and_then(|d| d.get_rust_str(vm, CLOSED_KEY))
        })
        .is_some_and(|v| v.is(&vm.true_))
}

fn this<'a>(vm: &Vm, args: &CallArgs<'a>, name: &str) -> PyResult<&'a PyRef> {
    split_self(vm, args, name).map(|(s, _)| s)
}

fn m_seek(vm: &Vm, _args: CallArgs<'_>) -> PyResult {
    Err(unsupported(vm, "seek"))
}

fn m_tell(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let s = this(vm, &args, "tell")?;
    vm.call_method(s, "seek", &[new_int(vm, 0), new_int(vm, 1)])
}

fn m_truncate(vm: &Vm, _args: CallArgs<'_>) -> PyResult {
    Err(unsupported(vm, "truncate"))
}

fn m_flush(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let s = this(vm, &args, "flush")?;
    if base_closed(vm, s) {
        return Err(closed_error(vm));
    }
    Ok(vm.none.clone())
}

fn m_close(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let s = this(vm, &args, "close")?;
    if base_closed(vm, s) {
        return Ok(vm.none.clone());
    }
    let r = vm.call_method(s, "flush", &[]);
    let d = match s.dict() {
        Some(d) => d,
        None => {
            let d = PyDict::new_ref(vm);
            s.set_dict(Some(d.clone()));
            d
        }
    };
    d.downcast_ref::<PyDict>()
        .expect("dict")
        .set_str(vm, CLOSED_KEY, vm.true_.clone());
    r.map(|_| vm.none.clone())
}

fn m_false(vm: &Vm, _args: CallArgs<'_>) -> PyResult {
    Ok(vm.false_.clone())
}

fn m_check_closed(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    check_closed(vm, this(vm, &args, "_checkClosed")?)?;
    Ok(vm.none.clone())
}

fn check_flag(vm: &Vm, args: CallArgs<'_>, method: &str, msg: &str) -> PyResult {
    let s = this(vm, &args, method)?;
    let r = vm.call_method(s, method, &[])?;
    if !vm.is_true(&r)? {
        return Err(unsupported(vm, msg));
    }
    Ok(vm.true_.clone())
}

fn m_check_seekable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    check_flag(vm, args, "seekable", "File or stream is not seekable.")
}

fn m_check_readable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    check_flag(vm, args, "readable", "File or stream is not readable.")
}

fn m_check_writable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    check_flag(vm, args, "writable", "File or stream is not writable.")
}

fn m_enter(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let s = this(vm, &args, "__enter__")?;
    check_closed(vm, s)?;
    Ok(s.clone())
}

fn m_exit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let s = this(vm, &args, "__exit__")?;
    vm.call_method(s, "close", &[])
}

fn m_fileno(vm: &Vm, _args: CallArgs<'_>) -> PyResult {
    Err(unsupported(vm, "fileno"))
}

fn m_isatty(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    check_closed(vm, this(vm, &args, "isatty")?)?;
    Ok(vm.false_.clone())
}

/// `IOBase.readline(size=-1)` in terms of `peek` (when present) and `read`.
fn m_readline(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "readline")?;
    let limit = size_arg(vm, rest.positional().first())?;
    let peek = vm.getattr_opt(s, &vm.intern("peek"))?;
    let mut out: Vec<u8> = Vec::new();
    while limit < 0 || (out.len() as isize) < limit {
        let mut nreadahead = 1usize;
        if let Some(p) = &peek {
            let ahead = vm.call_positional(p, &[new_int(vm, 1)])?;
            let Some(b) = as_bytes(&ahead) else {
                return Err(vm.new_exception_msg(
                    &vm.exceptions.os_error,
                    format!(
                        "peek() should have returned a bytes object, not '{}'",
                        crate::objects::typeobject::class_name(&ahead)
                    ),
                ));
            };
            if !b.is_empty() {
                let n = match b.iter().position(|&c| c == b'\n') {
                    Some(i) => i + 1,
                    None => b.len(),
                };
                nreadahead = if limit >= 0 {
                    n.min((limit as usize) - out.len())
                } else {
                    n
                };
            }
        }
        let chunk = vm.call_method(s, "read", &[new_int(vm, nreadahead as i64)])?;
        if vm.is_none(&chunk) {
            break;
        }
        let Some(b) = as_bytes(&chunk) else {
            return Err(vm.new_exception_msg(
                &vm.exceptions.os_error,
                format!(
                    "read() should have returned a bytes object, not '{}'",
                    crate::objects::typeobject::class_name(&chunk)
                ),
            ));
        };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(b);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(new_bytes(vm, out))
}

fn m_readlines(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "readlines")?;
    let hint = size_arg(vm, rest.positional().first())?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    let it = vm.get_iter(s)?;
    while let Some(line) = vm.next(&it)? {
        total += vm.len(&line)?;
        lines.push(line);
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(crate::objects::listobject::new_list(vm, lines))
}

fn m_writelines(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "writelines")?;
    let a = rest.check_positional(vm, "writelines", 1, 1)?;
    check_closed(vm, s)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(s, "write", &[line])?;
    }
    Ok(vm.none.clone())
}

fn m_iter(vm: &Vm, o: &PyRef) -> PyResult {
    check_closed(vm, o)?;
    Ok(o.clone())
}

fn m_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let line = vm.call_method(o, "readline", &[])?;
    if vm.len(&line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line))
}

fn m_dict_get(vm: &Vm, o: &PyRef) -> PyResult {
    match o.dict() {
        Some(d) => Ok(d),
        None => {
            let d = PyDict::new_ref(vm);
            o.set_dict(Some(d.clone()));
            Ok(d)
        }
    }
}

/// The `_IOBase` type.
pub fn iobase_type(vm: &Vm) -> &'static PyRef {
    IOBASE.get_or_init(|| {
        let t = new_io_type(
            vm,
            "_IOBase",
            &vm.types.object_type,
            Some("The abstract base class for all I/O classes."),
        );
        let s = &as_type(&t).slots;
        s.iter.set(Some(m_iter));
        s.iternext.set(Some(m_next));
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("seek", m_seek),
                MethodDef::new("tell", m_tell),
                MethodDef::new("truncate", m_truncate),
                MethodDef::new("flush", m_flush),
                MethodDef::new("close", m_close),
                MethodDef::new("seekable", m_false),
                MethodDef::new("readable", m_false),
                MethodDef::new("writable", m_false),
                MethodDef::new("_checkClosed", m_check_closed),
                MethodDef::new("_checkSeekable", m_check_seekable),
                MethodDef::new("_checkReadable", m_check_readable),
                MethodDef::new("_checkWritable", m_check_writable),
                MethodDef::new("fileno", m_fileno),
                MethodDef::new("isatty", m_isatty),
                MethodDef::new("__enter__", m_enter),
                MethodDef::new("__exit__", m_exit),
                MethodDef::new("readline", m_readline),
                MethodDef::new("readlines", m_readlines),
                MethodDef::new("writelines", m_writelines),
            ],
        );
        add_getsets(
            vm,
            &t,
            &[
                GetSetDef::new("closed", |vm, o| Ok(vm.bool_obj(base_closed(vm, o)))),
                GetSetDef::new("__dict__", m_dict_get),
            ],
        );
        finish_type(vm, &t);
        t
    })
}

fn raw_read(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest) = split_self(vm, &args, "read")?;
    let n = size_arg(vm, rest.positional().first())?;
    if n < 0 {
        return vm.call_method(s, "readall", &[]);
    }
    let b = vm.call_positional(&vm.types.bytearray_type, &[new_int(vm, n as i64)])?;
    let got = vm.call_method(s, "readinto", &[b.clone()])?;
    if vm.is_none(&got) {
        return Ok(got);
    }
    let got = vm.index_isize(&got)?;
    let all = vm.call_positional(&vm.types.bytes_type, &[b])?;
    let data = as_bytes(&all).unwrap_or(&[]);
    Ok(new_bytes(
        vm,
        data[..(got.max(0) as usize).min(data.len())].to_vec(),
    ))
}

fn raw_readall(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let s = this(vm, &args, "readall")?;
    let mut out = Vec::new();
    loop {
        let chunk = vm.call_method(s, "read", &[new_int(vm, DEFAULT_BUFFER_SIZE as i64)])?;
        if vm.is_none(&chunk) {
            if out.is_empty() {
                return Ok(chunk);
            }
            break;
        }
        let b = as_bytes(&chunk).ok_or_else(|| vm.new_type_error("read() should return bytes"))?;
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(b);
    }
    Ok(new_bytes(vm, out))
}

fn not_impl(vm: &Vm, _args: CallArgs<'_>) -> PyResult {
    Err(vm.new_not_implemented_error(""))
}

/// The `_RawIOBase` type.
pub fn rawiobase_type(vm: &Vm) -> &'static PyRef {
    RAWIOBASE.get_or_init(|| {
        let t = new_io_type(
            vm,
            "_RawIOBase",
            iobase_type(vm),
            Some("Base class for raw binary I/O."),
        );
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("read", raw_read),
                MethodDef::new("readall", raw_readall),
                MethodDef::new("readinto", not_impl),
                MethodDef::new("write", not_impl),
            ],
        );
        finish_type(vm, &t);
        t
    })
}

fn unsupported_method(vm: &Vm, args: CallArgs<'_>, name: &str) -> PyResult {
    let _ = args;
    Err(unsupported(vm, name))
}

fn b_read(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    unsupported_method(vm, args, "read")
}

fn b_read1(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    unsupported_method(vm, args, "read1")
}

fn b_write(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    unsupported_method(vm, args, "write")
}

fn b_detach(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    unsupported_method(vm, args, "detach")
}

/// `readinto(b)` through `read(len(b))` (or `read1`), assigning into `b`.
fn readinto_via(vm: &Vm, args: CallArgs<'_>, method: &str) -> PyResult {
    let (s, rest) = split_self(vm, &args, "readinto")?;
    let a = rest.check_positional(vm, "readinto", 1, 1)?;
    let n = vm.len(&a[0])?;
    let data = vm.call_method(s, method, &[new_int(vm, n as i64)])?;
    let got = vm.len(&data)?;
    let sl = vm.call_positional(
        &vm.types.slice_type,
        &[new_int(vm, 0), new_int(vm, got as i64)],
    )?;
    vm.setitem(&a[0], sl, data)?;
    Ok(new_int(vm, got as i64))
}

fn b_readinto(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    readinto_via(vm, args, "read")
}

fn b_readinto1(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    readinto_via(vm, args, "read1")
}

/// The `_BufferedIOBase` type.
pub fn bufferediobase_type(vm: &Vm) -> &'static PyRef {
    BUFFEREDIOBASE.get_or_init(|| {
        let t = new_io_type(
            vm,
            "_BufferedIOBase",
            iobase_type(vm),
            Some("Base class for buffered IO objects."),
        );
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("read", b_read),
                MethodDef::new("read1", b_read1),
                MethodDef::new("write", b_write),
                MethodDef::new("detach", b_detach),
                MethodDef::new("readinto", b_readinto),
                MethodDef::new("readinto1", b_readinto1),
            ],
        );
        finish_type(vm, &t);
        t
    })
}

fn t_readline(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    unsupported_method(vm, args, "readline")
}

/// The `_TextIOBase` type.
pub fn textiobase_type(vm: &Vm) -> &'static PyRef {
    TEXTIOBASE.get_or_init(|| {
        let t = new_io_type(
            vm,
            "_TextIOBase",
            iobase_type(vm),
            Some("Base class for text I/O."),
        );
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("read", b_read),
                MethodDef::new("readline", t_readline),
                MethodDef::new("write", b_write),
                MethodDef::new("detach", b_detach),
            ],
        );
        add_getsets(
            vm,
            &t,
            &[
                GetSetDef::new("encoding", |vm, _| Ok(vm.none.clone())),
                GetSetDef::new("newlines", |vm, _| Ok(vm.none.clone())),
                GetSetDef::new("errors", |vm, _| Ok(vm.none.clone())),
            ],
        );
        finish_type(vm, &t);
        t
    })
}
