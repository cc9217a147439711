//! `_io.FileIO` (CPython's `Modules/_io/fileio.c`): raw unbuffered I/O on
//! an OS file descriptor, opened from a path (mode `r`/`w`/`x`/`a`, `+`)
//! or given as an int, with an optional opener.

use super::{closed_error, finish_type, new_io_type, size_arg, split_self, unsupported};
use crate::modules::posixmodule::{buffer_bytes, last_error, path_arg, read_fd, write_fd};
use crate::objects::bytesobject::new_bytes;
use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::typeobject::as_type;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::Cell;
use std::sync::OnceLock;

/// The payload of `FileIO` objects.
pub struct FileIO {
    pub fd: Cell<i32>,
    readable: Cell<bool>,
    writable: Cell<bool>,
    appending: Cell<bool>,
    created: Cell<bool>,
    closefd: Cell<bool>,
    /// -1 unknown, 0 no, 1 yes.
    seekable: Cell<i8>,
}

impl PyPayload for FileIO {}

impl Drop for FileIO {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 && self.closefd.get() {
            // SAFETY: the descriptor is owned by this object and not used after.
            unsafe { libc::close(fd) };
        }
    }
}

static FILEIO: OnceLock<PyRef> = OnceLock::new();

/// The payload of a `FileIO` (or subclass) instance.
pub fn as_fileio(o: &PyRef) -> Option<&FileIO> {
    o.downcast_ref::<FileIO>()
}

fn me(o: &PyRef) -> &FileIO {
    as_fileio(o).expect("FileIO")
}

fn fileio_new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    let f = FileIO {
        fd: Cell::new(-1),
        readable: Cell::new(false),
        writable: Cell::new(false),
        appending: Cell::new(false),
        created: Cell::new(false),
        closefd: Cell::new(true),
        seekable: Cell::new(-1),
    };
    Ok(PyRef::new(f, cls.clone()))
}

static INIT_SIG: Signature = Signature {
    name: "FileIO",
    params: &["file", "mode", "closefd", "opener"],
    posonly: 0,
    positional: 4,
    required: 1,
};

fn fileio_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let a = INIT_SIG.bind(vm, args)?;
    let f = me(obj);
    if f.fd.get() >= 0 {
        if f.closefd.get() {
            // SAFETY: re-initialisation closes the descriptor this object owned.
            unsafe { libc::close(f.fd.get()) };
        }
        f.fd.set(-1);
    }
    let file = a[0].clone().expect("required");
    let mode = match &a[1] {
        Some(m) => vm.str_string(m)?,
        None => "r".into(),
    };
    let closefd = match &a[2] {
        Some(c) => vm.is_true(c)?,
        None => true,
    };
    let (mut rw, mut plus) = (None, false);
    let mut flags = 0;
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'x' | 'a' => {
                if rw.is_some() {
                    return Err(vm.new_value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
                }
                rw = Some(c);
            }
            '+' => {
                if plus {
                    return Err(vm.new_value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
                }
                plus = true;
            }
            'b' => {}
            _ => return Err(vm.new_value_error(format!("invalid mode: {mode}"))),
        }
    }
    let Some(rw) = rw else {
        return Err(vm.new_value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    };
    f.readable.set(rw == 'r' || plus);
    f.writable.set(rw != 'r' || plus);
    f.appending.set(rw == 'a');
    f.created.set(rw == 'x');
    match rw {
        'r' => {}
        'w' => flags |= libc::O_CREAT | libc::O_TRUNC,
        'x' => flags |= libc::O_CREAT | libc::O_EXCL,
        _ => flags |= libc::O_CREAT | libc::O_APPEND,
    }
    flags |= if plus {
        libc::O_RDWR
    } else if rw == 'r' {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    flags |= libc::O_CLOEXEC;
    if let Some(n) =
        crate::objects::longobject::as_int(&file).filter(|_| !file.class().is(&vm.types.bool_type))
    {
        let _ = n;
        let fd = vm.index_isize(&file)?;
        if fd < 0 {
            return Err(vm.new_value_error("negative file descriptor"));
        }
        f.fd.set(fd as i32);
        f.closefd.set(closefd);
    } else {
        if !closefd {
            return Err(vm.new_value_error("Cannot use closefd=False with file name"));
        }
        f.closefd.set(true);
        let opener = a[3].clone().filter(|o| !vm.is_none(o));
        let fd = match opener {
            Some(op) => {
                let r = vm.call_positional(&op, &[file.clone(), new_int(vm, flags as i64)])?;
                let fd = vm.index_isize(&r)?;
                if fd < 0 {
                    return Err(vm.new_value_error(format!("opener returned {fd}")));
                }
                fd as i32
            }
            None => {
                let p = path_arg(vm, "FileIO", "file", &file)?;
                loop {
                    // SAFETY: NUL-terminated path.
                    let fd = unsafe { libc::open(p.c.as_ptr(), flags, 0o666) };
                    if fd >= 0 {
                        break fd;
                    }
                    if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                        return Err(last_error(vm, Some(&file), None));
                    }
                    crate::vm::eval_support::check_signals(vm)?;
                }
            }
        };
        f.fd.set(fd);
        // SAFETY: an all-zero stat is valid to be overwritten.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: `st` is a valid out-pointer.
        if unsafe { libc::fstat(fd, &mut st) } == 0 && st.st_mode & libc::S_IFMT == libc::S_IFDIR {
            // SAFETY: closing the descriptor just opened.
            unsafe { libc::close(fd) };
            f.fd.set(-1);
            return Err(crate::objects::exceptions_oserror::new_os_error(
                vm,
                libc::EISDIR,
                Some(file.clone()),
                None,
            ));
        }
    }
    vm.setattr_str(obj, "name", file)?;
    if f.appending.get() {
        // SAFETY: plain system call.
        unsafe { libc::lseek(f.fd.get(), 0, libc::SEEK_END) };
    }
    Ok(())
}

fn checked<'a>(
    vm: &Vm,
    args: &CallArgs<'a>,
    name: &str,
) -> PyResult<(&'a PyRef, CallArgs<'a>, i32)> {
    let (s, rest) = split_self(vm, args, name)?;
    let fd = me(s).fd.get();
    if fd < 0 {
        return Err(closed_error(vm));
    }
    Ok((s, rest, fd))
}

fn read(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest, fd) = checked(vm, &args, "read")?;
    if !me(s).readable.get() {
        return Err(unsupported(vm, "File not open for reading"));
    }
    let n = size_arg(vm, rest.positional().first())?;
    if n < 0 {
        return readall_fd(vm, fd);
    }
    Ok(new_bytes(vm, read_or_none(vm, fd, n as usize)?))
}

fn read_or_none(vm: &Vm, fd: i32, n: usize) -> PyResult<Vec<u8>> {
    read_fd(vm, fd, n)
}

fn readall_fd(vm: &Vm, fd: i32) -> PyResult {
    let mut out = Vec::new();
    loop {
        let chunk = read_fd(vm, fd, if out.len() < 65536 { 65536 } else { out.len() })?;
        if chunk.is_empty() {
            break;
        }
        out.extend_from_slice(&chunk);
    }
    Ok(new_bytes(vm, out))
}

fn readall(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _, fd) = checked(vm, &args, "readall")?;
    if !me(s).readable.get() {
        return Err(unsupported(vm, "File not open for reading"));
    }
    readall_fd(vm, fd)
}

fn readinto(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest, fd) = checked(vm, &args, "readinto")?;
    if !me(s).readable.get() {
        return Err(unsupported(vm, "File not open for reading"));
    }
    let a = rest.check_positional(vm, "readinto", 1, 1)?;
    let n = vm.len(&a[0])?;
    let data = read_fd(vm, fd, n)?;
    let got = data.len();
    let sl = vm.call_positional(
        &vm.types.slice_type,
        &[new_int(vm, 0), new_int(vm, got as i64)],
    )?;
    vm.setitem(&a[0], sl, new_bytes(vm, data))?;
    Ok(new_int(vm, got as i64))
}

fn write(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest, fd) = checked(vm, &args, "write")?;
    if !me(s).writable.get() {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let a = rest.check_positional(vm, "write", 1, 1)?;
    let data = buffer_bytes(vm, &a[0])?;
    Ok(new_int(vm, write_fd(vm, fd, &data)? as i64))
}

fn seek(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (_, rest, fd) = checked(vm, &args, "seek")?;
    let a = rest.check_positional(vm, "seek", 1, 2)?;
    if crate::objects::floatobject::as_float(&a[0]).is_some() {
        return Err(vm.new_type_error("an integer is required"));
    }
    let pos = vm.index_isize(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => vm.index_isize(w)? as i32,
        None => 0,
    };
    // SAFETY: plain system call.
    let r = unsafe { libc::lseek(fd, pos as i64, whence) };
    if r < 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(new_int(vm, r))
}

fn tell(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (_, _, fd) = checked(vm, &args, "tell")?;
    // SAFETY: plain system call.
    let r = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
    if r < 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(new_int(vm, r))
}

fn truncate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, rest, fd) = checked(vm, &args, "truncate")?;
    if !me(s).writable.get() {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let a = rest.check_positional(vm, "truncate", 0, 1)?;
    let size = match a.first().filter(|v| !vm.is_none(v)) {
        Some(v) => vm.index_isize(v)? as i64,
        // SAFETY: plain system call.
        None => unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) },
    };
    // SAFETY: plain system call.
    if unsafe { libc::ftruncate(fd, size) } != 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(new_int(vm, size))
}

fn close(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _) = split_self(vm, &args, "close")?;
    let f = me(s);
    let base = vm.call_positional(
        &vm.getattr_str(super::iobase::rawiobase_type(vm), "close")?,
        &[s.clone()],
    );
    let fd = f.fd.get();
    if fd >= 0 {
        f.fd.set(-1);
        // SAFETY: closing the descriptor this object owns.
        if f.closefd.get() && unsafe { libc::close(fd) } != 0 {
            return Err(last_error(vm, None, None));
        }
    }
    base.map(|_| vm.none.clone())
}

fn seekable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _, fd) = checked(vm, &args, "seekable")?;
    let f = me(s);
    if f.seekable.get() < 0 {
        // SAFETY: plain system call.
        let r = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
        f.seekable.set((r >= 0) as i8);
    }
    Ok(vm.bool_obj(f.seekable.get() == 1))
}

fn readable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _, _) = checked(vm, &args, "readable")?;
    Ok(vm.bool_obj(me(s).readable.get()))
}

fn writable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (s, _, _) = checked(vm, &args, "writable")?;
    Ok(vm.bool_obj(me(s).writable.get()))
}

fn fileno(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (_, _, fd) = checked(vm, &args, "fileno")?;
    Ok(new_int(vm, fd as i64))
}

fn isatty(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (_, _, fd) = checked(vm, &args, "isatty")?;
    // SAFETY: plain system call.
    Ok(vm.bool_obj(unsafe { libc::isatty(fd) } == 1))
}

fn mode_string(f: &FileIO) -> &'static str {
    match (
        f.created.get(),
        f.appending.get(),
        f.readable.get(),
        f.writable.get(),
    ) {
        (true, _, true, _) => "xb+",
        (true, _, false, _) => "xb",
        (_, true, true, _) => "ab+",
        (_, true, false, _) => "ab",
        (_, _, true, true) => "rb+",
        (_, _, true, false) => "rb",
        _ => "wb",
    }
}

fn repr(vm: &Vm, o: &PyRef) -> PyResult {
    let f = me(o);
    let cls = format!(
        "{}.{}",
        vm.str_string(&vm.getattr_str(o.class(), "__module__")?)?,
        as_type(o.class()).name()
    );
    if f.fd.get() < 0 {
        return Ok(new_str_object(vm, &format!("<{cls} [closed]>")));
    }
    let closefd = if f.closefd.get() { "True" } else { "False" };
    let s = match vm.getattr_opt(o, &vm.intern("name"))? {
        Some(n) => format!(
            "<{cls} name={} mode='{}' closefd={closefd}>",
            vm.repr_string(&n)?,
            mode_string(f)
        ),
        None => format!(
            "<{cls} fd={} mode='{}' closefd={closefd}>",
            f.fd.get(),
            mode_string(f)
        ),
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

/// The `FileIO` type.
pub fn fileio_type(vm: &Vm) -> &'static PyRef {
    FILEIO.get_or_init(|| {
        let t = new_io_type(
            vm,
            "FileIO",
            super::iobase::rawiobase_type(vm),
            Some("Open a file."),
        );
        let s = &as_type(&t).slots;
        s.new.set(Some(fileio_new));
        s.init.set(Some(fileio_init));
        s.repr.set(Some(repr));
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("read", read),
                MethodDef::new("readall", readall),
                MethodDef::new("readinto", readinto),
                MethodDef::new("write", write),
                MethodDef::new("seek", seek),
                MethodDef::new("tell", tell),
                MethodDef::new("truncate", truncate),
                MethodDef::new("close", close),
                MethodDef::new("seekable", seekable),
                MethodDef::new("readable", readable),
                MethodDef::new("writable", writable),
                MethodDef::new("fileno", fileno),
                MethodDef::new("isatty", isatty),
                MethodDef::new("__getstate__", getstate),
            ],
        );
        add_getsets(
            vm,
            &t,
            &[
                GetSetDef::new("closed", |vm, o| Ok(vm.bool_obj(me(o).fd.get() < 0))),
                GetSetDef::new("closefd", |vm, o| Ok(vm.bool_obj(me(o).closefd.get()))),
                GetSetDef::new("mode", |vm, o| Ok(vm.intern(mode_string(me(o))))),
            ],
        );
        finish_type(vm, &t);
        t
    })
}

/// A FileIO on an existing descriptor (the standard streams).
pub fn fileio_from_fd(vm: &Vm, fd: i32, mode: &str, closefd: bool, name: &str) -> PyResult {
    let o = fileio_new(vm, fileio_type(vm), CallArgs::positional_only(&[]))?;
    fileio_init(
        vm,
        &o,
        CallArgs::positional_only(&[
            new_int(vm, fd as i64),
            new_str_object(vm, mode),
            vm.bool_obj(closefd),
        ]),
    )?;
    vm.setattr_str(&o, "name", new_str_object(vm, name))?;
    Ok(o)
}
