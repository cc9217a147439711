//! The `posix` module (CPython's `Modules/posixmodule.c`), what `os.py`,
//! `shutil`, `tempfile`, `glob` and `subprocess` build on: stat calls,
//! directories and `scandir`, file descriptors, the environment, process
//! control (`fork`/`exec*`/`waitpid`/`kill`), and system information.
//! Failures raise the OSError subclass of the errno with CPython's message
//! and file name(s).

use super::posix_dirent::{scandir, DIRENTRY_TYPE};
use crate::objects::bytesobject::{as_bytes, new_bytes};
use crate::objects::dictobject::PyDict;
use crate::objects::exceptions_oserror::{new_os_error, strerror as c_strerror};
use crate::objects::floatobject::{as_float, new_float};
use crate::objects::listobject::new_list;
use crate::objects::longobject::{new_bigint, new_int};
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::objects::structseq::{new_structseq, new_structseq_type, StructSeqDesc};
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::class_name;
use crate::objects::unicodeobject::PyStr;
use crate::vm::{CallArgs, PyErr, PyResult, Signature, Vm};
use std::ffi::CString;
use std::sync::OnceLock;

/// A path argument converted for a system call, remembering how it was given.
pub struct PathArg {
    pub c: CString,
    /// The argument as given (used as the `filename` of errors).
    pub obj: PyRef,
    /// Whether results derived from it should be bytes.
    pub is_bytes: bool,
}

/// Encodes a str for the file system: UTF-8, with lone surrogates
/// U+DC80..U+DCFF mapped back to the bytes they stand for (`surrogateescape`).
pub fn fs_encode(s: &PyStr) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for cp in s.code_points() {
        if (0xDC80..=0xDCFF).contains(&cp) {
            out.push((cp - 0xDC00) as u8);
        } else if let Some(c) = char::from_u32(cp) {
            let mut b = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
        }
    }
    out
}

/// Decodes file-system bytes to str (`surrogateescape` for invalid UTF-8).
pub fn fs_decode(vm: &Vm, b: &[u8]) -> PyRef {
    match std::str::from_utf8(b) {
        Ok(s) => crate::objects::unicodeobject::new_str_object(vm, s),
        Err(_) => {
            let mut cps = Vec::with_capacity(b.len());
            let mut rest = b;
            while !rest.is_empty() {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        cps.extend(s.chars().map(|c| c as u32));
                        break;
                    }
                    Err(e) => {
                        let (good, bad) = rest.split_at(e.valid_up_to());
                        cps.extend(
                            std::str::from_utf8(good)
                                .unwrap_or("")
                                .chars()
                                .map(|c| c as u32),
                        );
                        let n = e.error_len().unwrap_or(bad.len()).max(1);
                        cps.extend(bad[..n].iter().map(|&x| 0xDC00 + x as u32));
                        rest = &bad[n..];
                    }
                }
            }
            PyRef::new(PyStr::from_code_points(&cps), vm.types.str_type.clone())
        }
    }
}

/// The bytes of a bytes-like object (`bytes(obj)` for the others).
pub fn buffer_bytes(vm: &Vm, obj: &PyRef) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(obj) {
        return Ok(b.to_vec());
    }
    if obj.downcast_ref::<PyStr>().is_some() || crate::objects::longobject::as_int(obj).is_some() {
        return Err(vm.new_type_error(format!(
            "a bytes-like object is required, not '{}'",
            class_name(obj)
        )));
    }
    let b = vm.call_positional(&vm.types.bytes_type, &[obj.clone()])?;
    Ok(as_bytes(&b).unwrap_or(&[]).to_vec())
}

/// `os.fspath(obj)`: str and bytes as they are, else `__fspath__()`.
pub fn fspath(vm: &Vm, obj: &PyRef) -> PyResult {
    if obj.downcast_ref::<PyStr>().is_some() || as_bytes(obj).is_some() {
        return Ok(obj.clone());
    }
    match vm.lookup_special(obj, "__fspath__")? {
        Some(f) => {
            let r = vm.call_positional(&f, &[])?;
            if r.downcast_ref::<PyStr>().is_some() || as_bytes(&r).is_some() {
                Ok(r)
            } else {
                Err(vm.new_type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    class_name(obj),
                    class_name(&r)
                )))
            }
        }
        None => Err(vm.new_type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            class_name(obj)
        ))),
    }
}

/// Converts a path argument of function `func` (`argname` for messages).
pub fn path_arg(vm: &Vm, func: &str, argname: &str, obj: &PyRef) -> PyResult<PathArg> {
    let p = match fspath(vm, obj) {
        Ok(p) => p,
        Err(e)
            if e.matches(&vm.exceptions.type_error)
                && vm.lookup_special(obj, "__fspath__")?.is_none() =>
        {
            return Err(vm.new_type_error(format!(
                "{func}: {argname} should be string, bytes or os.PathLike, not {}",
                class_name(obj)
            )));
        }
        Err(e) => return Err(e),
    };
    let (raw, is_bytes) = match p.downcast_ref::<PyStr>() {
        Some(s) => (fs_encode(s), false),
        None => (as_bytes(&p).unwrap_or(&[]).to_vec(), true),
    };
    let c = CString::new(raw)
        .map_err(|_| vm.new_value_error(format!("{func}: embedded null character in {argname}")))?;
    Ok(PathArg {
        c,
        obj: obj.clone(),
        is_bytes,
    })
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// Runs the system call `f`, which may block, with the GIL released (other
/// threads run meanwhile, as CPython's `Py_BEGIN_ALLOW_THREADS`); `errno`
/// as `f` left it survives taking the GIL back.
fn blocking<R>(vm: &Vm, f: impl FnOnce() -> R) -> R {
    let (r, e) = vm.allow_threads(|| {
        let r = f();
        (r, errno())
    });
    // SAFETY: `__errno_location` is this thread's errno.
    unsafe { *libc::__errno_location() = e };
    r
}

/// The OSError for the current `errno`, naming `path` (and `path2`).
pub fn last_error(vm: &Vm, path: Option<&PyRef>, path2: Option<&PyRef>) -> PyErr {
    new_os_error(vm, errno(), path.cloned(), path2.cloned())
}

fn int_arg(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    if as_float(o).is_some() {
        return Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            class_name(o)
        )));
    }
    Ok(vm.index_isize(o)? as i64)
}

fn fd_arg(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let v = int_arg(vm, o)?;
    i32::try_from(v).map_err(|_| vm.new_overflow_error("fd is greater than maximum"))
}

fn opt_bool(vm: &Vm, o: &Option<PyRef>, default: bool) -> PyResult<bool> {
    match o {
        Some(v) => vm.is_true(v),
        None => Ok(default),
    }
}

fn not_supported(vm: &Vm, what: &str, o: &Option<PyRef>) -> PyResult<()> {
    match o {
        Some(v) if !vm.is_none(v) => {
            Err(vm.new_not_implemented_error(format!("{what} unavailable on this platform")))
        }
        _ => Ok(()),
    }
}

macro_rules! sig {
    ($name:literal, [$($p:literal),*], $posonly:expr, $positional:expr, $required:expr) => {
        Signature { name: $name, params: &[$($p),*], posonly: $posonly, positional: $positional, required: $required }
    };
}

// ---- stat ----

const STAT_RESULT: StructSeqDesc = StructSeqDesc {
    name: "os.stat_result",
    fields: &[
        "st_mode",
        "st_ino",
        "st_dev",
        "st_nlink",
        "st_uid",
        "st_gid",
        "st_size",
        "",
        "",
        "",
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime_ns",
        "st_mtime_ns",
        "st_ctime_ns",
        "st_blksize",
        "st_blocks",
        "st_rdev",
    ],
    n_in_sequence: 10,
};

static STAT_RESULT_TYPE: OnceLock<PyRef> = OnceLock::new();

fn stat_result_type(vm: &Vm) -> &'static PyRef {
    STAT_RESULT_TYPE.get_or_init(|| new_structseq_type(vm, &STAT_RESULT))
}

/// Builds an `os.stat_result` from a C `struct stat`.
pub fn stat_to_object(vm: &Vm, st: &libc::stat) -> PyRef {
    let ns = |s: i64, n: i64| new_bigint(vm, num_bigint::BigInt::from(s) * 1_000_000_000 + n);
    let f = |s: i64, n: i64| new_float(vm, s as f64 + n as f64 * 1e-9);
    let vals = vec![
        new_int(vm, st.st_mode as i64),
        new_bigint(vm, num_bigint::BigInt::from(st.st_ino)),
        new_bigint(vm, num_bigint::BigInt::from(st.st_dev)),
        new_int(vm, st.st_nlink as i64),
        new_int(vm, st.st_uid as i64),
        new_int(vm, st.st_gid as i64),
        new_int(vm, st.st_size),
        new_int(vm, st.st_atime),
        new_int(vm, st.st_mtime),
        new_int(vm, st.st_ctime),
        f(st.st_atime, st.st_atime_nsec),
        f(st.st_mtime, st.st_mtime_nsec),
        f(st.st_ctime, st.st_ctime_nsec),
        ns(st.st_atime, st.st_atime_nsec),
        ns(st.st_mtime, st.st_mtime_nsec),
        ns(st.st_ctime, st.st_ctime_nsec),
        new_int(vm, st.st_blksize),
        new_int(vm, st.st_blocks),
        new_bigint(vm, num_bigint::BigInt::from(st.st_rdev)),
    ];
    new_structseq(vm, stat_result_type(vm), vals)
}

/// `stat`/`lstat` of a path (or `fstat` of an int), as `os.stat` does.
pub fn do_stat(vm: &Vm, func: &str, path: &PyRef, follow: bool) -> PyResult {
    // SAFETY: an all-zero `struct stat` is a valid value to be overwritten.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if crate::objects::longobject::as_int(path).is_some() && !path.class().is(&vm.types.bool_type) {
        let fd = fd_arg(vm, path)?;
        // SAFETY: `st` is a valid out-pointer.
        if unsafe { libc::fstat(fd, &mut st) } != 0 {
            return Err(last_error(vm, None, None));
        }
        return Ok(stat_to_object(vm, &st));
    }
    let p = path_arg(vm, func, "path", path)?;
    // SAFETY: `p.c` is NUL-terminated and `st` a valid out-pointer.
    let r = unsafe {
        if follow {
            libc::stat(p.c.as_ptr(), &mut st)
        } else {
            libc::lstat(p.c.as_ptr(), &mut st)
        }
    };
    if r != 0 {
        return Err(last_error(vm, Some(&p.obj), None));
    }
    Ok(stat_to_object(vm, &st))
}

fn stat(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("stat", ["path", "dir_fd", "follow_symlinks"], 0, 1, 1).bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[1])?;
    do_stat(
        vm,
        "stat",
        a[0].as_ref().expect("required"),
        opt_bool(vm, &a[2], true)?,
    )
}

fn lstat(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("lstat", ["path", "dir_fd"], 0, 1, 1).bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[1])?;
    do_stat(vm, "lstat", a[0].as_ref().expect("required"), false)
}

fn fstat(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("fstat", ["fd"], 0, 1, 1).bind(vm, args)?;
    let fd = fd_arg(vm, a[0].as_ref().expect("required"))?;
    do_stat(vm, "fstat", &new_int(vm, fd as i64), true)
}

// ---- paths and directories ----

fn path_result(vm: &Vm, bytes: bool, raw: &[u8]) -> PyRef {
    if bytes {
        new_bytes(vm, raw.to_vec())
    } else {
        fs_decode(vm, raw)
    }
}

fn getcwd_raw(vm: &Vm) -> PyResult<Vec<u8>> {
    use std::os::unix::ffi::OsStrExt;
    std::env::current_dir()
        .map(|p| p.as_os_str().as_bytes().to_vec())
        .map_err(|e| new_os_error(vm, e.raw_os_error().unwrap_or(0), None, None))
}

fn getcwd(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "getcwd", 0, 0)?;
    Ok(fs_decode(vm, &getcwd_raw(vm)?))
}

fn getcwdb(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "getcwdb", 0, 0)?;
    Ok(new_bytes(vm, getcwd_raw(vm)?))
}

fn simple_path_call(
    vm: &Vm,
    func: &str,
    path: &PyRef,
    f: impl FnOnce(&CString) -> i32,
) -> PyResult {
    let p = path_arg(vm, func, "path", path)?;
    if f(&p.c) != 0 {
        return Err(last_error(vm, Some(&p.obj), None));
    }
    Ok(vm.none.clone())
}

fn chdir(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("chdir", ["path"], 0, 1, 1).bind(vm, args)?;
    let p = a[0].as_ref().expect("required");
    if crate::objects::longobject::as_int(p).is_some() {
        let fd = fd_arg(vm, p)?;
        // SAFETY: plain system call on an int.
        if unsafe { libc::fchdir(fd) } != 0 {
            return Err(last_error(vm, None, None));
        }
        return Ok(vm.none.clone());
    }
    // SAFETY: NUL-terminated path.
    simple_path_call(vm, "chdir", p, |c| unsafe { libc::chdir(c.as_ptr()) })
}

fn mkdir(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("mkdir", ["path", "mode", "dir_fd"], 0, 2, 1).bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[2])?;
    let mode = match &a[1] {
        Some(m) => int_arg(vm, m)? as libc::mode_t,
        None => 0o777,
    };
    // SAFETY: NUL-terminated path.
    simple_path_call(vm, "mkdir", a[0].as_ref().expect("required"), |c| unsafe {
        libc::mkdir(c.as_ptr(), mode)
    })
}

fn rmdir(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("rmdir", ["path", "dir_fd"], 0, 1, 1).bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[1])?;
    // SAFETY: NUL-terminated path.
    simple_path_call(vm, "rmdir", a[0].as_ref().expect("required"), |c| unsafe {
        libc::rmdir(c.as_ptr())
    })
}

fn unlink(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("unlink", ["path", "dir_fd"], 0, 1, 1).bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[1])?;
    // SAFETY: NUL-terminated path.
    simple_path_call(vm, "unlink", a[0].as_ref().expect("required"), |c| unsafe {
        libc::unlink(c.as_ptr())
    })
}

fn remove(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("remove", ["path", "dir_fd"], 0, 1, 1).bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[1])?;
    // SAFETY: NUL-terminated path.
    simple_path_call(vm, "remove", a[0].as_ref().expect("required"), |c| unsafe {
        libc::unlink(c.as_ptr())
    })
}

fn two_paths(
    vm: &Vm,
    func: &'static str,
    args: CallArgs<'_>,
    f: impl FnOnce(&CString, &CString) -> i32,
) -> PyResult {
    let s = Signature {
        name: func,
        params: &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        posonly: 0,
        positional: 2,
        required: 2,
    };
    let a = s.bind(vm, args)?;
    not_supported(vm, "src_dir_fd", &a[2])?;
    not_supported(vm, "dst_dir_fd", &a[3])?;
    let src = path_arg(vm, func, "src", a[0].as_ref().expect("required"))?;
    let dst = path_arg(vm, func, "dst", a[1].as_ref().expect("required"))?;
    if src.is_bytes != dst.is_bytes {
        return Err(vm.new_type_error(format!("{func}: src and dst must be the same type")));
    }
    if f(&src.c, &dst.c) != 0 {
        return Err(last_error(vm, Some(&src.obj), Some(&dst.obj)));
    }
    Ok(vm.none.clone())
}

fn rename(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    // SAFETY: NUL-terminated paths.
    two_paths(vm, "rename", args, |a, b| unsafe {
        libc::rename(a.as_ptr(), b.as_ptr())
    })
}

fn replace(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    // SAFETY: NUL-terminated paths.
    two_paths(vm, "replace", args, |a, b| unsafe {
        libc::rename(a.as_ptr(), b.as_ptr())
    })
}

fn link(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    // SAFETY: NUL-terminated paths.
    two_paths(vm, "link", args, |a, b| unsafe {
        libc::link(a.as_ptr(), b.as_ptr())
    })
}

fn symlink(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!(
        "symlink",
        ["src", "dst", "target_is_directory", "dir_fd"],
        0,
        3,
        2
    )
    .bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[3])?;
    let src = path_arg(vm, "symlink", "src", a[0].as_ref().expect("required"))?;
    let dst = path_arg(vm, "symlink", "dst", a[1].as_ref().expect("required"))?;
    // SAFETY: NUL-terminated paths.
    if unsafe { libc::symlink(src.c.as_ptr(), dst.c.as_ptr()) } != 0 {
        return Err(last_error(vm, Some(&src.obj), Some(&dst.obj)));
    }
    Ok(vm.none.clone())
}

fn readlink(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("readlink", ["path", "dir_fd"], 0, 1, 1).bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[1])?;
    let p = path_arg(vm, "readlink", "path", a[0].as_ref().expect("required"))?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    // SAFETY: `buf` has room for the length passed.
    let n = unsafe {
        libc::readlink(
            p.c.as_ptr(),
            buf.as_mut_ptr() as *mut libc::c_char,
            buf.len(),
        )
    };
    if n < 0 {
        return Err(last_error(vm, Some(&p.obj), None));
    }
    buf.truncate(n as usize);
    Ok(path_result(vm, p.is_bytes, &buf))
}

fn chmod(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!(
        "chmod",
        ["path", "mode", "dir_fd", "follow_symlinks"],
        0,
        2,
        2
    )
    .bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[2])?;
    let mode = int_arg(vm, a[1].as_ref().expect("required"))? as libc::mode_t;
    let p = a[0].as_ref().expect("required");
    if crate::objects::longobject::as_int(p).is_some() {
        let fd = fd_arg(vm, p)?;
        // SAFETY: plain system call.
        if unsafe { libc::fchmod(fd, mode) } != 0 {
            return Err(last_error(vm, None, None));
        }
        return Ok(vm.none.clone());
    }
    // SAFETY: NUL-terminated path.
    simple_path_call(vm, "chmod", p, |c| unsafe { libc::chmod(c.as_ptr(), mode) })
}

fn fchmod(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("fchmod", ["fd", "mode"], 0, 2, 2).bind(vm, args)?;
    let fd = fd_arg(vm, a[0].as_ref().expect("required"))?;
    let mode = int_arg(vm, a[1].as_ref().expect("required"))? as libc::mode_t;
    // SAFETY: plain system call.
    if unsafe { libc::fchmod(fd, mode) } != 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(vm.none.clone())
}

fn access(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!(
        "access",
        ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        0,
        2,
        2
    )
    .bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[2])?;
    let mode = int_arg(vm, a[1].as_ref().expect("required"))? as i32;
    let p = path_arg(vm, "access", "path", a[0].as_ref().expect("required"))?;
    // SAFETY: NUL-terminated path.
    Ok(vm.bool_obj(unsafe { libc::access(p.c.as_ptr(), mode) } == 0))
}

fn to_timespec(vm: &Vm, v: &PyRef) -> PyResult<libc::timespec> {
    if let Some(f) = as_float(v) {
        let s = f.floor();
        return Ok(libc::timespec {
            tv_sec: s as i64,
            tv_nsec: ((f - s) * 1e9).round() as i64,
        });
    }
    Ok(libc::timespec {
        tv_sec: int_arg(vm, v)?,
        tv_nsec: 0,
    })
}

fn utime(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!(
        "utime",
        ["path", "times", "ns", "dir_fd", "follow_symlinks"],
        0,
        2,
        1
    )
    .bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[3])?;
    let follow = opt_bool(vm, &a[4], true)?;
    let times = a[1].clone().filter(|t| !vm.is_none(t));
    let ns = a[2].clone();
    if times.is_some() && ns.is_some() {
        return Err(
            vm.new_value_error("utime: you may specify either 'times' or 'ns' but not both")
        );
    }
    let ts: Option<[libc::timespec; 2]> = if let Some(t) = times {
        let items = tuple_items(&t).filter(|i| i.len() == 2).ok_or_else(|| {
            vm.new_type_error("utime: 'times' must be either a tuple of two ints or None")
        })?;
        Some([to_timespec(vm, &items[0])?, to_timespec(vm, &items[1])?])
    } else if let Some(n) = ns {
        let items = tuple_items(&n)
            .filter(|i| i.len() == 2)
            .ok_or_else(|| vm.new_type_error("utime: 'ns' must be a tuple of two ints"))?;
        let conv = |v: &PyRef| -> PyResult<libc::timespec> {
            let total = crate::objects::longobject::as_int(v)
                .ok_or_else(|| vm.new_type_error("utime: 'ns' must be a tuple of two ints"))?
                .value
                .to_big();
            let (s, r) = num_integer::Integer::div_mod_floor(
                &total,
                &num_bigint::BigInt::from(1_000_000_000),
            );
            Ok(libc::timespec {
                tv_sec: i64::try_from(s).unwrap_or(i64::MAX),
                tv_nsec: i64::try_from(r).unwrap_or(0),
            })
        };
        Some([conv(&items[0])?, conv(&items[1])?])
    } else {
        None
    };
    let path = a[0].as_ref().expect("required");
    let ptr = ts.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    if crate::objects::longobject::as_int(path).is_some() {
        let fd = fd_arg(vm, path)?;
        // SAFETY: `ptr` is null or points at two timespecs.
        if unsafe { libc::futimens(fd, ptr) } != 0 {
            return Err(last_error(vm, None, None));
        }
        return Ok(vm.none.clone());
    }
    let p = path_arg(vm, "utime", "path", path)?;
    let flag = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: NUL-terminated path; `ptr` is null or points at two timespecs.
    if unsafe { libc::utimensat(libc::AT_FDCWD, p.c.as_ptr(), ptr, flag) } != 0 {
        return Err(last_error(vm, Some(&p.obj), None));
    }
    Ok(vm.none.clone())
}

fn listdir(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    use std::os::unix::ffi::OsStrExt;
    let a = sig!("listdir", ["path"], 0, 1, 0).bind(vm, args)?;
    let (p, is_bytes) = match a[0].as_ref().filter(|p| !vm.is_none(p)) {
        Some(o) => {
            let p = path_arg(vm, "listdir", "path", o)?;
            (Some(p.obj.clone()), p.is_bytes)
        }
        None => (None, false),
    };
    let dir = match &p {
        Some(o) => {
            let pa = path_arg(vm, "listdir", "path", o)?;
            std::path::PathBuf::from(std::ffi::OsStr::from_bytes(pa.c.as_bytes()))
        }
        None => std::path::PathBuf::from("."),
    };
    let fail = |e: std::io::Error| {
        new_os_error(
            vm,
            e.raw_os_error().unwrap_or(0),
            Some(
                p.clone()
                    .unwrap_or_else(|| crate::objects::unicodeobject::new_str_object(vm, ".")),
            ),
            None,
        )
    };
    let rd = std::fs::read_dir(&dir).map_err(fail)?;
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(fail)?;
        out.push(path_result(vm, is_bytes, e.file_name().as_bytes()));
    }
    Ok(new_list(vm, out))
}

// ---- file descriptors ----

fn open(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("open", ["path", "flags", "mode", "dir_fd"], 0, 3, 2).bind(vm, args)?;
    not_supported(vm, "dir_fd", &a[3])?;
    let p = path_arg(vm, "open", "path", a[0].as_ref().expect("required"))?;
    let flags = int_arg(vm, a[1].as_ref().expect("required"))? as i32 | libc::O_CLOEXEC;
    let mode = match &a[2] {
        Some(m) => int_arg(vm, m)? as libc::c_uint,
        None => 0o777,
    };
    loop {
        // SAFETY: NUL-terminated path.
        let fd = blocking(vm, || unsafe { libc::open(p.c.as_ptr(), flags, mode) });
        if fd >= 0 {
            return Ok(new_int(vm, fd as i64));
        }
        if errno() != libc::EINTR {
            return Err(last_error(vm, Some(&p.obj), None));
        }
        crate::vm::eval_support::check_signals(vm)?;
    }
}

fn close(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("close", ["fd"], 0, 1, 1).bind(vm, args)?;
    let fd = fd_arg(vm, a[0].as_ref().expect("required"))?;
    // SAFETY: closing an int descriptor.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(vm.none.clone())
}

fn closerange(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "closerange", 2, 2)?;
    let (lo, hi) = (fd_arg(vm, &a[0])?, fd_arg(vm, &a[1])?);
    for fd in lo.max(0)..hi {
        // SAFETY: closing int descriptors; errors are ignored as CPython does.
        unsafe { libc::close(fd) };
    }
    Ok(vm.none.clone())
}

/// Reads up to `n` bytes from `fd`, retrying on EINTR.
pub fn read_fd(vm: &Vm, fd: i32, n: usize) -> PyResult<Vec<u8>> {
    let mut buf = vec![0u8; n];
    loop {
        // SAFETY: `buf` has `n` writable bytes.
        let ptr = buf.as_mut_ptr() as usize;
        let r = blocking(vm, || unsafe {
            libc::read(fd, ptr as *mut libc::c_void, n)
        });
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(buf);
        }
        if errno() != libc::EINTR {
            return Err(last_error(vm, None, None));
        }
        crate::vm::eval_support::check_signals(vm)?;
    }
}

/// Writes (some of) `data` to `fd`, retrying on EINTR; the count written.
pub fn write_fd(vm: &Vm, fd: i32, data: &[u8]) -> PyResult<usize> {
    loop {
        // SAFETY: `data` is readable for its length.
        let (ptr, len) = (data.as_ptr() as usize, data.len());
        let r = blocking(vm, || unsafe {
            libc::write(fd, ptr as *const libc::c_void, len)
        });
        if r >= 0 {
            return Ok(r as usize);
        }
        if errno() != libc::EINTR {
            return Err(last_error(vm, None, None));
        }
        crate::vm::eval_support::check_signals(vm)?;
    }
}

fn read(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "read", 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = int_arg(vm, &a[1])?;
    if n < 0 {
        return Err(new_os_error(vm, libc::EINVAL, None, None));
    }
    Ok(new_bytes(vm, read_fd(vm, fd, n as usize)?))
}

fn write(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "write", 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let data = buffer_bytes(vm, &a[1])?;
    Ok(new_int(vm, write_fd(vm, fd, &data)? as i64))
}

fn lseek(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "lseek", 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let pos = int_arg(vm, &a[1])?;
    let how = int_arg(vm, &a[2])? as i32;
    // SAFETY: plain system call.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(new_int(vm, r))
}

fn isatty(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "isatty", 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: plain system call.
    Ok(vm.bool_obj(unsafe { libc::isatty(fd) } == 1))
}

fn pipe(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "pipe", 0, 0)?;
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(new_tuple(
        vm,
        vec![new_int(vm, fds[0] as i64), new_int(vm, fds[1] as i64)],
    ))
}

fn pipe2(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "pipe2", 1, 1)?;
    let flags = int_arg(vm, &a[0])? as i32;
    let mut fds = [0i32; 2];
    // SAFETY: `fds` has room for two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), flags) } != 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(new_tuple(
        vm,
        vec![new_int(vm, fds[0] as i64), new_int(vm, fds[1] as i64)],
    ))
}

fn dup(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "dup", 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: plain system call.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(new_int(vm, r as i64))
}

fn dup2(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("dup2", ["fd", "fd2", "inheritable"], 0, 3, 2).bind(vm, args)?;
    let fd = fd_arg(vm, a[0].as_ref().expect("required"))?;
    let fd2 = fd_arg(vm, a[1].as_ref().expect("required"))?;
    let inheritable = opt_bool(vm, &a[2], true)?;
    // SAFETY: plain system calls.
    let r = unsafe {
        if inheritable {
            libc::dup2(fd, fd2)
        } else {
            libc::dup3(fd, fd2, libc::O_CLOEXEC)
        }
    };
    if r < 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(new_int(vm, r as i64))
}

fn fd_flag(vm: &Vm, fd: i32, get: i32) -> PyResult<i32> {
    // SAFETY: plain system call.
    let r = unsafe { libc::fcntl(fd, get) };
    if r < 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(r)
}

fn set_fd_flag(vm: &Vm, fd: i32, get: i32, set: i32, bit: i32, on: bool) -> PyResult {
    let f = fd_flag(vm, fd, get)?;
    let nf = if on { f | bit } else { f & !bit };
    // SAFETY: plain system call.
    if nf != f && unsafe { libc::fcntl(fd, set, nf) } < 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(vm.none.clone())
}

fn get_inheritable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "get_inheritable", 1, 1)?;
    let f = fd_flag(vm, fd_arg(vm, &a[0])?, libc::F_GETFD)?;
    Ok(vm.bool_obj(f & libc::FD_CLOEXEC == 0))
}

fn set_inheritable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "set_inheritable", 2, 2)?;
    let on = vm.is_true(&a[1])?;
    set_fd_flag(
        vm,
        fd_arg(vm, &a[0])?,
        libc::F_GETFD,
        libc::F_SETFD,
        libc::FD_CLOEXEC,
        !on,
    )
}

fn get_blocking(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "get_blocking", 1, 1)?;
    let f = fd_flag(vm, fd_arg(vm, &a[0])?, libc::F_GETFL)?;
    Ok(vm.bool_obj(f & libc::O_NONBLOCK == 0))
}

fn set_blocking(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "set_blocking", 2, 2)?;
    let on = vm.is_true(&a[1])?;
    set_fd_flag(
        vm,
        fd_arg(vm, &a[0])?,
        libc::F_GETFL,
        libc::F_SETFL,
        libc::O_NONBLOCK,
        !on,
    )
}

fn fd_call(vm: &Vm, args: CallArgs<'_>, name: &str, f: impl FnOnce(i32) -> i32) -> PyResult {
    let a = args.check_positional(vm, name, 1, 1)?;
    let fd = match vm.lookup_special(&a[0], "fileno")? {
        Some(m) if crate::objects::longobject::as_int(&a[0]).is_none() => {
            fd_arg(vm, &vm.call_positional(&m, &[])?)?
        }
        _ => fd_arg(vm, &a[0])?,
    };
    if f(fd) != 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(vm.none.clone())
}

fn fsync(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    // SAFETY: plain system call.
    fd_call(vm, args, "fsync", |fd| unsafe { libc::fsync(fd) })
}

fn ftruncate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "ftruncate", 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let len = int_arg(vm, &a[1])?;
    // SAFETY: plain system call.
    if unsafe { libc::ftruncate(fd, len) } != 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(vm.none.clone())
}

fn truncate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "truncate", 2, 2)?;
    let len = int_arg(vm, &a[1])?;
    // SAFETY: NUL-terminated path.
    simple_path_call(vm, "truncate", &a[0], |c| unsafe {
        libc::truncate(c.as_ptr(), len)
    })
}

fn device_encoding(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("device_encoding", ["fd"], 0, 1, 1).bind(vm, args)?;
    let fd = fd_arg(vm, a[0].as_ref().expect("required"))?;
    // SAFETY: plain system call.
    Ok(if unsafe { libc::isatty(fd) } == 1 {
        vm.intern("utf-8")
    } else {
        vm.none.clone()
    })
}

// ---- environment ----

fn environ_dict(vm: &Vm) -> PyRef {
    use std::os::unix::ffi::OsStrExt;
    let d = PyDict::new_ref(vm);
    let dd = d.downcast_ref::<PyDict>().expect("dict");
    for (k, v) in std::env::vars_os() {
        let _ = dd.set_item(
            vm,
            new_bytes(vm, k.as_bytes().to_vec()),
            new_bytes(vm, v.as_bytes().to_vec()),
        );
    }
    d
}

fn env_bytes(vm: &Vm, o: &PyRef, what: &str) -> PyResult<Vec<u8>> {
    let b = match o.downcast_ref::<PyStr>() {
        Some(s) => fs_encode(s),
        None => match as_bytes(&fspath(vm, o)?) {
            Some(b) => b.to_vec(),
            None => {
                return Err(vm.new_type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    class_name(o)
                )))
            }
        },
    };
    if b.contains(&0) {
        return Err(vm.new_value_error("embedded null byte"));
    }
    if what == "name" && (b.is_empty() || b.contains(&b'=')) {
        return Err(vm.new_value_error("illegal environment variable name"));
    }
    Ok(b)
}

fn putenv(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    use std::os::unix::ffi::OsStrExt;
    let a = args.check_positional(vm, "putenv", 2, 2)?;
    let k = env_bytes(vm, &a[0], "name")?;
    let v = env_bytes(vm, &a[1], "value")?;
    std::env::set_var(
        std::ffi::OsStr::from_bytes(&k),
        std::ffi::OsStr::from_bytes(&v),
    );
    Ok(vm.none.clone())
}

fn unsetenv(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    use std::os::unix::ffi::OsStrExt;
    let a = args.check_positional(vm, "unsetenv", 1, 1)?;
    let k = env_bytes(vm, &a[0], "name")?;
    std::env::remove_var(std::ffi::OsStr::from_bytes(&k));
    Ok(vm.none.clone())
}

// ---- processes ----

macro_rules! id_fn {
    ($name:ident, $c:ident) => {
        fn $name(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            args.check_positional(vm, stringify!($name), 0, 0)?;
            // SAFETY: the call has no arguments and cannot fail.
            Ok(new_int(vm, unsafe { libc::$c() } as i64))
        }
    };
}

id_fn!(getpid, getpid);
id_fn!(getppid, getppid);
id_fn!(getuid, getuid);
id_fn!(geteuid, geteuid);
id_fn!(getgid, getgid);
id_fn!(getegid, getegid);
id_fn!(getpgrp, getpgrp);

fn getgroups(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "getgroups", 0, 0)?;
    let mut buf = vec![0 as libc::gid_t; 256];
    // SAFETY: `buf` has room for the count passed.
    let n = unsafe { libc::getgroups(buf.len() as i32, buf.as_mut_ptr()) };
    if n < 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(new_list(
        vm,
        buf[..n as usize]
            .iter()
            .map(|g| new_int(vm, *g as i64))
            .collect(),
    ))
}

fn setsid(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "setsid", 0, 0)?;
    // SAFETY: plain system call.
    if unsafe { libc::setsid() } < 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(vm.none.clone())
}

fn umask(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "umask", 1, 1)?;
    let m = int_arg(vm, &a[0])? as libc::mode_t;
    // SAFETY: plain system call.
    Ok(new_int(vm, unsafe { libc::umask(m) } as i64))
}

fn kill(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "kill", 2, 2)?;
    let pid = int_arg(vm, &a[0])? as libc::pid_t;
    let sig = int_arg(vm, &a[1])? as i32;
    // SAFETY: plain system call.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(last_error(vm, None, None));
    }
    crate::vm::eval_support::check_signals(vm)?;
    Ok(vm.none.clone())
}

fn exit_(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("_exit", ["status"], 0, 1, 1).bind(vm, args)?;
    let code = int_arg(vm, a[0].as_ref().expect("required"))? as i32;
    use std::io::Write;
    let _ = std::io::stdout().flush();
    // SAFETY: ends the process at once, as requested.
    unsafe { libc::_exit(code) }
}

/// `os.register_at_fork` callbacks: (before, after_in_child, after_in_parent).
static AT_FORK: std::sync::Mutex<(Vec<PyRef>, Vec<PyRef>, Vec<PyRef>)> =
    std::sync::Mutex::new((Vec::new(), Vec::new(), Vec::new()));

fn register_at_fork(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!(
        "register_at_fork",
        ["before", "after_in_child", "after_in_parent"],
        0,
        0,
        0
    )
    .bind(vm, args)?;
    if a.iter().all(|x| x.is_none()) {
        return Err(vm.new_type_error("At least one argument is required."));
    }
    let mut g = AT_FORK.lock().unwrap_or_else(|e| e.into_inner());
    for (i, v) in a.iter().enumerate() {
        if let Some(f) = v {
            if crate::objects::typeobject::as_type(f.class())
                .slots
                .call
                .get()
                .is_none()
            {
                let which = ["before", "after_in_child", "after_in_parent"][i];
                return Err(
                    vm.new_type_error(format!("'{which}' must be callable, not {}", class_name(f)))
                );
            }
            match i {
                0 => g.0.push(f.clone()),
                1 => g.1.push(f.clone()),
                _ => g.2.push(f.clone()),
            }
        }
    }
    Ok(vm.none.clone())
}

fn run_hooks(vm: &Vm, hooks: Vec<PyRef>) {
    for h in hooks {
        if let Err(e) = vm.call_positional(&h, &[]) {
            crate::modules::sysmodule::write_unraisable(
                vm,
                &e,
                Some(&h),
                "Exception ignored in fork hook",
            );
        }
    }
}

/// Runs the `before` fork hooks, latest registered first (`PyOS_BeforeFork`).
pub fn before_fork(vm: &Vm) {
    let before = AT_FORK.lock().unwrap_or_else(|e| e.into_inner()).0.clone();
    run_hooks(vm, before.into_iter().rev().collect());
}

/// Runs the `after_in_child` or `after_in_parent` fork hooks
/// (`PyOS_AfterFork_Child` / `PyOS_AfterFork_Parent`).
pub fn after_fork(vm: &Vm, in_child: bool) {
    let g = AT_FORK.lock().unwrap_or_else(|e| e.into_inner());
    let hooks = if in_child { g.1.clone() } else { g.2.clone() };
    drop(g);
    run_hooks(vm, hooks);
}

fn fork(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "fork", 0, 0)?;
    before_fork(vm);
    use std::io::Write;
    let _ = std::io::stdout().flush();
    // SAFETY: fork in a process whose other threads hold no interpreter state
    // the child needs (the child only continues this thread).
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(last_error(vm, None, None));
    }
    after_fork(vm, pid == 0);
    Ok(new_int(vm, pid as i64))
}

fn cstring_list(vm: &Vm, func: &str, seq: &PyRef, what: &str) -> PyResult<Vec<CString>> {
    let items = vm.collect(seq)?;
    items
        .iter()
        .map(|i| path_arg(vm, func, what, i).map(|p| p.c))
        .collect()
}

fn exec_common(vm: &Vm, func: &str, path: &PyRef, argv: &PyRef, env: Option<&PyRef>) -> PyResult {
    let p = path_arg(vm, func, "path", path)?;
    if tuple_items(argv).is_none() && crate::objects::listobject::as_list(argv).is_none() {
        return Err(vm.new_type_error(format!("{func}() arg 2 must be a tuple or list")));
    }
    let args = cstring_list(vm, func, argv, "args")?;
    if args.is_empty() {
        return Err(vm.new_value_error(format!("{func}() arg 2 must not be empty")));
    }
    if args[0].as_bytes().is_empty() {
        return Err(vm.new_value_error(format!("{func}() arg 2 first element cannot be empty")));
    }
    let mut argp: Vec<*const libc::c_char> = args.iter().map(|c| c.as_ptr()).collect();
    argp.push(std::ptr::null());
    match env {
        Some(e) => {
            let keys = vm.call_method(e, "keys", &[])?;
            let mut envs = Vec::new();
            for k in vm.collect(&keys)? {
                let v = vm.getitem(e, &k)?;
                let mut kv = env_bytes(vm, &k, "name")?;
                kv.push(b'=');
                kv.extend(env_bytes(vm, &v, "value")?);
                envs.push(CString::new(kv).map_err(|_| vm.new_value_error("embedded null byte"))?);
            }
            let mut envp: Vec<*const libc::c_char> = envs.iter().map(|c| c.as_ptr()).collect();
            envp.push(std::ptr::null());
            // SAFETY: NULL-terminated arrays of NUL-terminated strings that outlive the call.
            unsafe { libc::execve(p.c.as_ptr(), argp.as_ptr(), envp.as_ptr()) };
        }
        None => {
            // SAFETY: as above.
            unsafe { libc::execv(p.c.as_ptr(), argp.as_ptr()) };
        }
    }
    Err(last_error(vm, None, None))
}

fn execv(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "execv", 2, 2)?;
    exec_common(vm, "execv", &a[0], &a[1], None)
}

fn execve(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("execve", ["path", "argv", "env"], 0, 3, 3).bind(vm, args)?;
    exec_common(
        vm,
        "execve",
        a[0].as_ref().expect("required"),
        a[1].as_ref().expect("required"),
        a[2].as_ref(),
    )
}

fn waitpid(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "waitpid", 2, 2)?;
    let pid = int_arg(vm, &a[0])? as libc::pid_t;
    let options = int_arg(vm, &a[1])? as i32;
    let mut status = 0;
    loop {
        // SAFETY: `status` is a valid out-pointer.
        let r = blocking(vm, || unsafe { libc::waitpid(pid, &mut status, options) });
        if r >= 0 {
            return Ok(new_tuple(
                vm,
                vec![new_int(vm, r as i64), new_int(vm, status as i64)],
            ));
        }
        if errno() != libc::EINTR {
            return Err(last_error(vm, None, None));
        }
        crate::vm::eval_support::check_signals(vm)?;
    }
}

fn wait(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "wait", 0, 0)?;
    waitpid(
        vm,
        CallArgs::positional_only(&[new_int(vm, -1), new_int(vm, 0)]),
    )
}

fn waitstatus_to_exitcode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("waitstatus_to_exitcode", ["status"], 0, 1, 1).bind(vm, args)?;
    let st = int_arg(vm, a[0].as_ref().expect("required"))? as i32;
    if libc::WIFEXITED(st) {
        return Ok(new_int(vm, libc::WEXITSTATUS(st) as i64));
    }
    if libc::WIFSIGNALED(st) {
        return Ok(new_int(vm, -(libc::WTERMSIG(st) as i64)));
    }
    Err(vm.new_value_error(format!("invalid wait status: {st}")))
}

macro_rules! wait_macro {
    ($name:ident, $f:ident, $ret:ident) => {
        fn $name(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            let a = sig!("wait", ["status"], 0, 1, 1).bind(vm, args)?;
            let st = int_arg(vm, a[0].as_ref().expect("required"))? as i32;
            let r = libc::$f(st);
            Ok($ret(vm, r))
        }
    };
}

fn as_int_result<T: Into<i64>>(vm: &Vm, v: T) -> PyRef {
    new_int(vm, v.into())
}

fn bool_result(vm: &Vm, v: bool) -> PyRef {
    vm.bool_obj(v)
}

wait_macro!(wifexited, WIFEXITED, bool_result);
wait_macro!(wifsignaled, WIFSIGNALED, bool_result);
wait_macro!(wifstopped, WIFSTOPPED, bool_result);
wait_macro!(wifcontinued, WIFCONTINUED, bool_result);
wait_macro!(wexitstatus, WEXITSTATUS, as_int_result);
wait_macro!(wtermsig, WTERMSIG, as_int_result);
wait_macro!(wstopsig, WSTOPSIG, as_int_result);
wait_macro!(wcoredump, WCOREDUMP, bool_result);

// ---- system information ----

const TERMINAL_SIZE: StructSeqDesc = StructSeqDesc {
    name: "os.terminal_size",
    fields: &["columns", "lines"],
    n_in_sequence: 2,
};
const UNAME_RESULT: StructSeqDesc = StructSeqDesc {
    name: "posix.uname_result",
    fields: &["sysname", "nodename", "release", "version", "machine"],
    n_in_sequence: 5,
};
const TIMES_RESULT: StructSeqDesc = StructSeqDesc {
    name: "posix.times_result",
    fields: &[
        "user",
        "system",
        "children_user",
        "children_system",
        "elapsed",
    ],
    n_in_sequence: 5,
};

static TERMINAL_SIZE_TYPE: OnceLock<PyRef> = OnceLock::new();
static UNAME_TYPE: OnceLock<PyRef> = OnceLock::new();
static TIMES_TYPE: OnceLock<PyRef> = OnceLock::new();

fn get_terminal_size(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "get_terminal_size", 0, 1)?;
    let fd = match a.first() {
        Some(f) => fd_arg(vm, f)?,
        None => 1,
    };
    // SAFETY: an all-zero winsize is valid to be overwritten.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes a winsize through the pointer.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(last_error(vm, None, None));
    }
    let t = TERMINAL_SIZE_TYPE.get_or_init(|| new_structseq_type(vm, &TERMINAL_SIZE));
    Ok(new_structseq(
        vm,
        t,
        vec![new_int(vm, ws.ws_col as i64), new_int(vm, ws.ws_row as i64)],
    ))
}

fn uname(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "uname", 0, 0)?;
    // SAFETY: an all-zero utsname is valid to be overwritten.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid out-pointer.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(last_error(vm, None, None));
    }
    let s = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        fs_decode(vm, &bytes)
    };
    let t = UNAME_TYPE.get_or_init(|| new_structseq_type(vm, &UNAME_RESULT));
    Ok(new_structseq(
        vm,
        t,
        vec![
            s(&u.sysname),
            s(&u.nodename),
            s(&u.release),
            s(&u.version),
            s(&u.machine),
        ],
    ))
}

fn times(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "times", 0, 0)?;
    // SAFETY: an all-zero tms is valid to be overwritten.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid out-pointer.
    let c = unsafe { libc::times(&mut t) };
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let f = |v: libc::clock_t| new_float(vm, v as f64 / hz);
    let ty = TIMES_TYPE.get_or_init(|| new_structseq_type(vm, &TIMES_RESULT));
    Ok(new_structseq(
        vm,
        ty,
        vec![
            f(t.tms_utime),
            f(t.tms_stime),
            f(t.tms_cutime),
            f(t.tms_cstime),
            f(c),
        ],
    ))
}

fn strerror(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "strerror", 1, 1)?;
    let n = int_arg(vm, &a[0])? as i32;
    Ok(crate::objects::unicodeobject::new_str_object(
        vm,
        &c_strerror(n),
    ))
}

fn cpu_count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "cpu_count", 0, 0)?;
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        vm.none.clone()
    } else {
        new_int(vm, n as i64)
    })
}

fn urandom(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "urandom", 1, 1)?;
    let n = int_arg(vm, &a[0])?;
    if n < 0 {
        return Err(vm.new_value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let mut done = 0;
    while done < buf.len() {
        // SAFETY: the destination has `len - done` writable bytes.
        let r = unsafe {
            libc::getrandom(
                buf[done..].as_mut_ptr() as *mut libc::c_void,
                buf.len() - done,
                0,
            )
        };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(last_error(vm, None, None));
        }
        done += r as usize;
    }
    Ok(new_bytes(vm, buf))
}

fn fspath_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = sig!("fspath", ["path"], 0, 1, 1).bind(vm, args)?;
    fspath(vm, a[0].as_ref().expect("required"))
}

fn sysconf(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "sysconf", 1, 1)?;
    let name = match a[0].downcast_ref::<PyStr>() {
        Some(s) => match SYSCONF_NAMES
            .iter()
            .find(|(n, _)| *n == s.to_string_lossy())
        {
            Some((_, v)) => *v,
            None => return Err(vm.new_value_error("unrecognized configuration name")),
        },
        None => int_arg(vm, &a[0])? as i32,
    };
    // SAFETY: sysconf has no preconditions.
    let r = unsafe { libc::sysconf(name) };
    if r == -1 && errno() != 0 {
        return Err(last_error(vm, None, None));
    }
    Ok(new_int(vm, r as i64))
}

const SYSCONF_NAMES: &[(&str, i32)] = &[
    ("SC_ARG_MAX", libc::_SC_ARG_MAX),
    ("SC_CLK_TCK", libc::_SC_CLK_TCK),
    ("SC_NPROCESSORS_CONF", libc::_SC_NPROCESSORS_CONF),
    ("SC_NPROCESSORS_ONLN", libc::_SC_NPROCESSORS_ONLN),
    ("SC_OPEN_MAX", libc::_SC_OPEN_MAX),
    ("SC_PAGESIZE", libc::_SC_PAGESIZE),
    ("SC_PAGE_SIZE", libc::_SC_PAGESIZE),
    ("SC_PHYS_PAGES", libc::_SC_PHYS_PAGES),
];

/// Creates the `posix` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let m = new_module(vm, "posix");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    let fns = [
        MethodDef::new("stat", stat),
        MethodDef::new("lstat", lstat),
        MethodDef::new("fstat", fstat),
        MethodDef::new("getcwd", getcwd),
        MethodDef::new("getcwdb", getcwdb),
        MethodDef::new("chdir", chdir),
        MethodDef::new("mkdir", mkdir),
        MethodDef::new("rmdir", rmdir),
        MethodDef::new("unlink", unlink),
        MethodDef::new("remove", remove),
        MethodDef::new("rename", rename),
        MethodDef::new("replace", replace),
        MethodDef::new("link", link),
        MethodDef::new("symlink", symlink),
        MethodDef::new("readlink", readlink),
        MethodDef::new("chmod", chmod),
        MethodDef::new("fchmod", fchmod),
        MethodDef::new("access", access),
        MethodDef::new("utime", utime),
        MethodDef::new("listdir", listdir),
        MethodDef::new("scandir", scandir),
        MethodDef::new("open", open),
        MethodDef::new("close", close),
        MethodDef::new("closerange", closerange),
        MethodDef::new("read", read),
        MethodDef::new("write", write),
        MethodDef::new("lseek", lseek),
        MethodDef::new("isatty", isatty),
        MethodDef::new("pipe", pipe),
        MethodDef::new("pipe2", pipe2),
        MethodDef::new("dup", dup),
        MethodDef::new("dup2", dup2),
        MethodDef::new("get_inheritable", get_inheritable),
        MethodDef::new("set_inheritable", set_inheritable),
        MethodDef::new("get_blocking", get_blocking),
        MethodDef::new("set_blocking", set_blocking),
        MethodDef::new("fsync", fsync),
        MethodDef::new("ftruncate", ftruncate),
        MethodDef::new("truncate", truncate),
        MethodDef::new("device_encoding", device_encoding),
        MethodDef::new("putenv", putenv),
        MethodDef::new("unsetenv", unsetenv),
        MethodDef::new("getpid", getpid),
        MethodDef::new("getppid", getppid),
        MethodDef::new("getuid", getuid),
        MethodDef::new("geteuid", geteuid),
        MethodDef::new("getgid", getgid),
        MethodDef::new("getegid", getegid),
        MethodDef::new("getpgrp", getpgrp),
        MethodDef::new("getgroups", getgroups),
        MethodDef::new("setsid", setsid),
        MethodDef::new("umask", umask),
        MethodDef::new("kill", kill),
        MethodDef::new("_exit", exit_),
        MethodDef::new("register_at_fork", register_at_fork),
        MethodDef::new("fork", fork),
        MethodDef::new("execv", execv),
        MethodDef::new("execve", execve),
        MethodDef::new("waitpid", waitpid),
        MethodDef::new("wait", wait),
        MethodDef::new("waitstatus_to_exitcode", waitstatus_to_exitcode),
        MethodDef::new("WIFEXITED", wifexited),
        MethodDef::new("WIFSIGNALED", wifsignaled),
        MethodDef::new("WIFSTOPPED", wifstopped),
        MethodDef::new("WIFCONTINUED", wifcontinued),
        MethodDef::new("WEXITSTATUS", wexitstatus),
        MethodDef::new("WTERMSIG", wtermsig),
        MethodDef::new("WSTOPSIG", wstopsig),
        MethodDef::new("WCOREDUMP", wcoredump),
        MethodDef::new("get_terminal_size", get_terminal_size),
        MethodDef::new("uname", uname),
        MethodDef::new("times", times),
        MethodDef::new("strerror", strerror),
        MethodDef::new("cpu_count", cpu_count),
        MethodDef::new("urandom", urandom),
        MethodDef::new("fspath", fspath_fn),
        MethodDef::new("sysconf", sysconf),
    ];
    for f in fns {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    d.set_str(vm, "environ", environ_dict(vm));
    d.set_str(vm, "stat_result", stat_result_type(vm).clone());
    d.set_str(
        vm,
        "terminal_size",
        TERMINAL_SIZE_TYPE
            .get_or_init(|| new_structseq_type(vm, &TERMINAL_SIZE))
            .clone(),
    );
    d.set_str(
        vm,
        "uname_result",
        UNAME_TYPE
            .get_or_init(|| new_structseq_type(vm, &UNAME_RESULT))
            .clone(),
    );
    d.set_str(
        vm,
        "times_result",
        TIMES_TYPE
            .get_or_init(|| new_structseq_type(vm, &TIMES_RESULT))
            .clone(),
    );
    d.set_str(
        vm,
        "DirEntry",
        DIRENTRY_TYPE
            .get_or_init(|| super::posix_dirent::direntry_type(vm))
            .clone(),
    );
    d.set_str(vm, "error", vm.exceptions.os_error.clone());
    d.set_str(vm, "_have_functions", new_list(vm, vec![]));
    let names: Vec<PyRef> = SYSCONF_NAMES.iter().map(|(n, _)| vm.intern(n)).collect();
    let sc = PyDict::new_ref(vm);
    for ((_, v), n) in SYSCONF_NAMES.iter().zip(names) {
        sc.downcast_ref::<PyDict>()
            .expect("dict")
            .set_item(vm, n, new_int(vm, *v as i64))?;
    }
    d.set_str(vm, "sysconf_names", sc);
    let consts: &[(&str, i64)] = &[
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NDELAY", libc::O_NDELAY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_DSYNC", libc::O_DSYNC as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("O_TMPFILE", libc::O_TMPFILE as i64),
        ("O_NOATIME", libc::O_NOATIME as i64),
        ("O_PATH", libc::O_PATH as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("SEEK_DATA", libc::SEEK_DATA as i64),
        ("SEEK_HOLE", libc::SEEK_HOLE as i64),
        ("WNOHANG", libc::WNOHANG as i64),
        ("WUNTRACED", libc::WUNTRACED as i64),
        ("WCONTINUED", libc::WCONTINUED as i64),
        ("EX_OK", 0),
        ("F_LOCK", libc::F_LOCK as i64),
        ("F_TLOCK", libc::F_TLOCK as i64),
        ("F_ULOCK", libc::F_ULOCK as i64),
        ("F_TEST", libc::F_TEST as i64),
        ("TMP_MAX", 238328),
        ("NGROUPS_MAX", 65536),
    ];
    for (n, v) in consts {
        d.set_str(vm, n, new_int(vm, *v));
    }
    Ok(m)
}
