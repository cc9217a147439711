//! The `_io` module (CPython's `Modules/_io/`): the abstract bases
//! (`iobase.rs`), `FileIO`, the buffered classes, `BytesIO`, `StringIO`,
//! `TextIOWrapper` with `IncrementalNewlineDecoder`, `open()`, and the
//! standard streams `sys.stdin`/`stdout`/`stderr` are built from them.

pub mod bufferedio;
pub mod bytesio;
mod bytesio_buffer;
pub mod fileio;
pub mod iobase;
pub mod stdio;
pub mod stringio;
pub mod textio;
pub mod textio_codec;

use crate::objects::dictobject::PyDict;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::objects::typeobject::{as_type, class_name, new_builtin_type, tpflags};
use crate::objects::unicodeobject::PyStr;
use crate::vm::{CallArgs, PyErr, PyResult, Signature, Vm};
use std::sync::OnceLock;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

static UNSUPPORTED: OnceLock<PyRef> = OnceLock::new();

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError).
pub fn unsupported_type(vm: &Vm) -> &'static PyRef {
    UNSUPPORTED.get_or_init(|| {
        let ns = PyDict::new_ref(vm);
        ns.downcast_ref::<PyDict>()
            .expect("dict")
            .set_str(vm, "__module__", vm.intern("io"));
        let bases = crate::objects::tupleobject::new_tuple(
            vm,
            vec![
                vm.exceptions.os_error.clone(),
                vm.exceptions.value_error.clone(),
            ],
        );
        let t = vm
            .call_positional(
                &vm.types.type_type,
                &[vm.intern("UnsupportedOperation"), bases, ns],
            )
            .expect("UnsupportedOperation");
        t.make_immortal();
        t
    })
}

/// Raises `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    vm.new_exception_msg(unsupported_type(vm), msg)
}

/// `ValueError: I/O operation on closed file.`
pub fn closed_error(vm: &Vm) -> PyErr {
    vm.new_value_error("I/O operation on closed file.")
}

/// A size argument: `None` or absent is -1, else an int.
pub fn size_arg(vm: &Vm, o: Option<&PyRef>) -> PyResult<isize> {
    match o {
        None => Ok(-1),
        Some(v) if vm.is_none(v) => Ok(-1),
        Some(v) => {
            if crate::objects::longobject::as_int(v).is_none()
                && vm.lookup_special(v, "__index__")?.is_none()
            {
                return Err(vm.new_type_error(format!(
                    "argument should be integer or None, not '{}'",
                    class_name(v)
                )));
            }
            vm.index_isize(v)
        }
    }
}

/// A new `_io` type deriving from `base`.
pub fn new_io_type(vm: &Vm, name: &str, base: &PyRef, doc: Option<&'static str>) -> PyRef {
    let t = new_builtin_type(vm, name, base, tpflags::BASETYPE | tpflags::HAS_DICT, doc);
    as_type(&t)
        .namespace()
        .set_str(vm, "__module__", vm.intern("_io"));
    t
}

/// Finishes a type once its slots and methods are set.
pub fn finish_type(vm: &Vm, t: &PyRef) {
    crate::objects::typeslots::add_slot_wrappers(vm, t);
    crate::objects::typeobject_new::add_new_wrapper(vm, t);
}

/// The `self` argument and the rest of a method call.
pub fn split_self<'a>(
    vm: &Vm,
    args: &CallArgs<'a>,
    name: &str,
) -> PyResult<(&'a PyRef, CallArgs<'a>)> {
    match args.positional().first() {
        Some(s) => Ok((s, args.skip_first())),
        None => Err(vm.new_type_error(format!("{name}() needs an argument"))),
    }
}

static OPEN_SIG: Signature = Signature {
    name: "open",
    params: &[
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ],
    posonly: 0,
    positional: 8,
    required: 1,
};

fn str_opt(vm: &Vm, o: &Option<PyRef>, what: &str) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(v) if vm.is_none(v) => Ok(None),
        Some(v) if v.downcast_ref::<PyStr>().is_some() => Ok(Some(vm.str_string(v)?)),
        Some(v) => Err(vm.new_type_error(format!(
            "open() argument '{what}' must be str or None, not {}",
            class_name(v)
        ))),
    }
}

/// `io.open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = OPEN_SIG.bind(vm, args)?;
    let file = a[0].clone().expect("required");
    let mode = match &a[1] {
        Some(m) if m.downcast_ref::<PyStr>().is_some() => vm.str_string(m)?,
        Some(m) => {
            return Err(vm.new_type_error(format!(
                "open() argument 'mode' must be str, not {}",
                class_name(m)
            )))
        }
        None => "r".to_string(),
    };
    let mut buffering = match &a[2] {
        Some(b) => vm.index_isize(b)?,
        None => -1,
    };
    let encoding = str_opt(vm, &a[3], "encoding")?;
    let errors = str_opt(vm, &a[4], "errors")?;
    let newline = str_opt(vm, &a[5], "newline")?;
    let closefd = match &a[6] {
        Some(c) => vm.is_true(c)?,
        None => true,
    };
    let opener = a[7].clone().filter(|o| !vm.is_none(o));
    if crate::objects::longobject::as_int(&file).is_none() {
        super::posixmodule::fspath(vm, &file).map_err(|_| {
            vm.new_type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                class_name(&file)
            ))
        })?;
    }
    let mut seen = std::collections::HashSet::new();
    let (mut creating, mut reading, mut writing, mut appending, mut updating, mut text, mut binary) =
        (false, false, false, false, false, false, false);
    for c in mode.chars() {
        if !"xrwabt+".contains(c) || !seen.insert(c) {
            return Err(vm.new_value_error(format!("invalid mode: '{mode}'")));
        }
        match c {
            'x' => creating = true,
            'r' => reading = true,
            'w' => writing = true,
            'a' => appending = true,
            '+' => updating = true,
            't' => text = true,
            _ => binary = true,
        }
    }
    if text && binary {
        return Err(vm.new_value_error("can't have text and binary mode at once"));
    }
    if creating as u8 + reading as u8 + writing as u8 + appending as u8 > 1 {
        return Err(vm.new_value_error("must have exactly one of create/read/write/append mode"));
    }
    if !(creating || reading || writing || appending) {
        return Err(vm.new_value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if binary && encoding.is_some() {
        return Err(vm.new_value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(vm.new_value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline.is_some() {
        return Err(vm.new_value_error("binary mode doesn't take a newline argument"));
    }
    if binary && buffering == 1 {
        crate::modules::warningsmodule::warn(vm, &vm.exceptions.runtime_warning, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", 1)?;
    }
    let mut rawmode = String::new();
    if creating {
        rawmode.push('x');
    }
    if reading {
        rawmode.push('r');
    }
    if writing {
        rawmode.push('w');
    }
    if appending {
        rawmode.push('a');
    }
    if updating {
        rawmode.push('+');
    }
    let mut kw_vals = vec![
        file.clone(),
        crate::objects::unicodeobject::new_str_object(vm, &rawmode),
        vm.bool_obj(closefd),
    ];
    let mut kw_names = vec![];
    if let Some(o) = &opener {
        kw_vals.push(o.clone());
        kw_names.push(vm.intern("opener"));
    }
    let raw = vm.call(fileio::fileio_type(vm), CallArgs::new(&kw_vals, &kw_names))?;
    let result = (|| -> PyResult {
        let mut line_buffering = false;
        if buffering == 1
            || (buffering < 0 && vm.is_true(&vm.call_method(&raw, "isatty", &[])?)?)
        {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            buffering = DEFAULT_BUFFER_SIZE as isize;
            if let Ok(st) = vm
                .call_method(&raw, "fileno", &[])
                .and_then(|fd| super::posixmodule::do_stat(vm, "fstat", &fd, true))
            {
                if let Some(b) = vm.getattr_opt(&st, &vm.intern("st_blksize"))? {
                    let b = vm.index_isize(&b)?;
                    if b > 1 {
                        buffering = b;
                    }
                }
            }
        }
        if buffering == 0 {
            if binary {
                return Ok(raw.clone());
            }
            return Err(vm.new_value_error("can't have unbuffered text I/O"));
        }
        let bsize = new_int(vm, buffering as i64);
        let bty = if updating {
            bufferedio::buffered_random_type(vm)
        } else if creating || writing || appending {
            bufferedio::buffered_writer_type(vm)
        } else {
            bufferedio::buffered_reader_type(vm)
        };
        let buffer = vm.call_positional(bty, &[raw.clone(), bsize])?;
        if binary {
            return Ok(buffer);
        }
        let opt = |v: &Option<String>| {
            v.as_ref()
                .map(|s| crate::objects::unicodeobject::new_str_object(vm, s))
                .unwrap_or_else(|| vm.none.clone())
        };
        let w = vm.call_positional(
            textio::textiowrapper_type(vm),
            &[
                buffer,
                opt(&encoding),
                opt(&errors),
                opt(&newline),
                vm.bool_obj(line_buffering),
            ],
        )?;
        vm.setattr_str(
            &w,
            "mode",
            crate::objects::unicodeobject::new_str_object(vm, &mode),
        )?;
        Ok(w)
    })();
    if result.is_err() {
        let _ = vm.call_method(&raw, "close", &[]);
    }
    result
}

fn open_code(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let sig = Signature {
        name: "open_code",
        params: &["path"],
        posonly: 0,
        positional: 1,
        required: 1,
    };
    let a = sig.bind(vm, args)?;
    let p = a[0].clone().expect("required");
    if p.downcast_ref::<PyStr>().is_none() {
        return Err(vm.new_type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            class_name(&p)
        )));
    }
    open(vm, CallArgs::positional_only(&[p, vm.intern("rb")]))
}

fn text_encoding(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "text_encoding", 1, 2)?;
    if !vm.is_none(&a[0]) {
        return Ok(a[0].clone());
    }
    Ok(vm.intern("locale"))
}

/// Creates the `_io` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let m = new_module(vm, "_io");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    for f in [
        MethodDef::new("open", open),
        MethodDef::new("open_code", open_code),
        MethodDef::new("text_encoding", text_encoding),
    ] {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    d.set_str(
        vm,
        "DEFAULT_BUFFER_SIZE",
        new_int(vm, DEFAULT_BUFFER_SIZE as i64),
    );
    d.set_str(vm, "UnsupportedOperation", unsupported_type(vm).clone());
    d.set_str(
        vm,
        "BlockingIOError",
        vm.exceptions.blocking_io_error.clone(),
    );
    let types = [
        ("_IOBase", iobase::iobase_type(vm)),
        ("_RawIOBase", iobase::rawiobase_type(vm)),
        ("_BufferedIOBase", iobase::bufferediobase_type(vm)),
        ("_TextIOBase", iobase::textiobase_type(vm)),
        ("FileIO", fileio::fileio_type(vm)),
        ("BytesIO", bytesio::bytesio_type(vm)),
        ("StringIO", stringio::stringio_type(vm)),
        ("BufferedReader", bufferedio::buffered_reader_type(vm)),
        ("BufferedWriter", bufferedio::buffered_writer_type(vm)),
        ("BufferedRandom", bufferedio::buffered_random_type(vm)),
        ("BufferedRWPair", bufferedio::buffered_rwpair_type(vm)),
        ("TextIOWrapper", textio::textiowrapper_type(vm)),
        (
            "IncrementalNewlineDecoder",
            textio::newline_decoder_type(vm),
        ),
    ];
    for (n, t) in types {
        d.set_str(vm, n, t.clone());
    }
    Ok(m)
}
