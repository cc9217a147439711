//! `os.scandir()` and `os.DirEntry` (part of the `posix` module): directory
//! entries with their name, path, inode and file type from the directory
//! listing, and `stat()` results cached per entry as CPython does.

use super::posixmodule::{do_stat, fs_decode, path_arg};
use crate::objects::bytesobject::new_bytes;
use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::typeobject::{as_type, new_builtin_type};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::RefCell;
use std::sync::OnceLock;

/// What the directory listing said an entry is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Dir,
    File,
    Symlink,
    Other,
    Unknown,
}

/// The payload of `os.DirEntry` objects.
pub struct DirEntry {
    name: PyRef,
    path: PyRef,
    ino: u64,
    kind: Kind,
    stat: RefCell<Option<PyRef>>,
    lstat: RefCell<Option<PyRef>>,
}

impl PyPayload for DirEntry {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.name);
        visit(&self.path);
    }
}

/// The payload of the iterator `os.scandir()` returns.
pub struct ScandirIterator {
    entries: RefCell<std::vec::IntoIter<PyRef>>,
}

impl PyPayload for ScandirIterator {}

pub static DIRENTRY_TYPE: OnceLock<PyRef> = OnceLock::new();
pub static SCANDIR_ITER_TYPE: OnceLock<PyRef> = OnceLock::new();

fn entry(o: &PyRef) -> &DirEntry {
    o.downcast_ref::<DirEntry>().expect("DirEntry")
}

fn entry_stat(vm: &Vm, o: &PyRef, follow: bool) -> PyResult {
    let e = entry(o);
    let follow = follow && e.kind == Kind::Symlink;
    let cell = if follow { &e.stat } else { &e.lstat };
    if let Some(s) = cell.borrow().clone() {
        return Ok(s);
    }
    let s = do_stat(vm, "stat", &e.path, follow)?;
    *cell.borrow_mut() = Some(s.clone());
    Ok(s)
}

fn follow_arg(vm: &Vm, name: &'static str, args: CallArgs<'_>) -> PyResult<(PyRef, bool)> {
    let sig = Signature {
        name,
        params: &["self", "follow_symlinks"],
        posonly: 1,
        positional: 1,
        required: 1,
    };
    let a = sig.bind(vm, args)?;
    let follow = match &a[1] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    Ok((a[0].clone().expect("self"), follow))
}

fn mode_is(vm: &Vm, o: &PyRef, follow: bool, bits: u32) -> PyResult<bool> {
    match entry_stat(vm, o, follow) {
        Ok(st) => {
            let mode = vm.getattr_str(&st, "st_mode")?;
            Ok(vm.index_isize(&mode)? as u32 & libc::S_IFMT == bits)
        }
        Err(e) if e.matches(&vm.exceptions.file_not_found_error) => Ok(false),
        Err(e) => Err(e),
    }
}

fn is_kind(vm: &Vm, args: CallArgs<'_>, name: &'static str, want: Kind, bits: u32) -> PyResult {
    let (o, follow) = follow_arg(vm, name, args)?;
    let e = entry(&o);
    let r = match e.kind {
        Kind::Unknown => mode_is(vm, &o, follow, bits)?,
        Kind::Symlink if follow => mode_is(vm, &o, true, bits)?,
        k => k == want,
    };
    Ok(vm.bool_obj(r))
}

fn is_dir(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    is_kind(vm, args, "is_dir", Kind::Dir, libc::S_IFDIR)
}

fn is_file(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    is_kind(vm, args, "is_file", Kind::File, libc::S_IFREG)
}

fn is_symlink(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "DirEntry.is_symlink", 0, 0)?;
    let e = entry(&a[0]);
    Ok(vm.bool_obj(match e.kind {
        Kind::Unknown => mode_is(vm, &a[0], false, libc::S_IFLNK)?,
        k => k == Kind::Symlink,
    }))
}

fn stat(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let (o, follow) = follow_arg(vm, "stat", args)?;
    entry_stat(vm, &o, follow)
}

fn inode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "DirEntry.inode", 0, 0)?;
    Ok(crate::objects::longobject::new_bigint(
        vm,
        num_bigint::BigInt::from(entry(&a[0]).ino),
    ))
}

fn fspath(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "DirEntry.__fspath__", 0, 0)?;
    Ok(entry(&a[0]).path.clone())
}

fn class_getitem(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__class_getitem__", 2, 2)?;
    Ok(a[0].clone())
}

/// The `os.DirEntry` type.
pub fn direntry_type(vm: &Vm) -> PyRef {
    let t = new_builtin_type(vm, "DirEntry", &vm.types.object_type, 0, None);
    as_type(&t)
        .namespace()
        .set_str(vm, "__module__", vm.intern("posix"));
    as_type(&t).slots.repr.set(Some(|vm, o| {
        let r = vm.repr_string(&entry(o).name)?;
        Ok(crate::objects::unicodeobject::new_str_object(
            vm,
            &format!("<DirEntry {r}>"),
        ))
    }));
    add_methods(
        vm,
        &t,
        &[
            MethodDef::new("is_dir", is_dir),
            MethodDef::new("is_file", is_file),
            MethodDef::new("is_symlink", is_symlink),
            MethodDef::new("stat", stat),
            MethodDef::new("inode", inode),
            MethodDef::new("__fspath__", fspath),
            MethodDef::class("__class_getitem__", class_getitem),
        ],
    );
    add_getsets(
        vm,
        &t,
        &[
            GetSetDef::new("name", |_, o| Ok(entry(o).name.clone())),
            GetSetDef::new("path", |_, o| Ok(entry(o).path.clone())),
        ],
    );
    crate::objects::typeslots::add_slot_wrappers(vm, &t);
    t
}

fn iter_type(vm: &Vm) -> &'static PyRef {
    SCANDIR_ITER_TYPE.get_or_init(|| {
        let t = new_builtin_type(vm, "ScandirIterator", &vm.types.object_type, 0, None);
        as_type(&t)
            .namespace()
            .set_str(vm, "__module__", vm.intern("posix"));
        let s = &as_type(&t).slots;
        s.iter.set(Some(|_, o| Ok(o.clone())));
        s.iternext.set(Some(|_, o| {
            Ok(o.downcast_ref::<ScandirIterator>()
                .expect("scandir iterator")
                .entries
                .borrow_mut()
                .next())
        }));
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("close", |vm, args| {
                    let a = args.check_method(vm, "close", 0, 0)?;
                    let it = a[0]
                        .downcast_ref::<ScandirIterator>()
                        .expect("scandir iterator");
                    *it.entries.borrow_mut() = Vec::new().into_iter();
                    Ok(vm.none.clone())
                }),
                MethodDef::new("__enter__", |vm, args| {
                    Ok(args.check_method(vm, "__enter__", 0, 0)?[0].clone())
                }),
                MethodDef::new("__exit__", |vm, args| {
                    let a = args.positional();
                    if let Some(it) = a.first().and_then(|o| o.downcast_ref::<ScandirIterator>()) {
                        *it.entries.borrow_mut() = Vec::new().into_iter();
                    }
                    Ok(vm.none.clone())
                }),
            ],
        );
        crate::objects::typeslots::add_slot_wrappers(vm, &t);
        t
    })
}

/// `os.scandir(path='.')`.
pub fn scandir(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::DirEntryExt;
    let sig = Signature {
        name: "scandir",
        params: &["path"],
        posonly: 0,
        positional: 1,
        required: 0,
    };
    let a = sig.bind(vm, args)?;
    let given = a[0].clone().filter(|p| !vm.is_none(p));
    if let Some(p) = &given {
        if crate::objects::longobject::as_int(p).is_some() {
            return Err(
                vm.new_not_implemented_error("scandir() of a file descriptor is not supported yet")
            );
        }
    }
    let (dir_bytes, is_bytes, err_obj) = match &given {
        Some(p) => {
            let pa = path_arg(vm, "scandir", "path", p)?;
            (pa.c.as_bytes().to_vec(), pa.is_bytes, pa.obj)
        }
        None => (b".".to_vec(), false, vm.intern(".")),
    };
    let fail = |e: std::io::Error| {
        crate::objects::exceptions_oserror::new_os_error(
            vm,
            e.raw_os_error().unwrap_or(0),
            Some(err_obj.clone()),
            None,
        )
    };
    let dir = std::path::Path::new(std::ffi::OsStr::from_bytes(&dir_bytes));
    let rd = std::fs::read_dir(dir).map_err(fail)?;
    let ty = DIRENTRY_TYPE.get_or_init(|| direntry_type(vm)).clone();
    let mut out = Vec::new();
    for e in rd {
        let e = e.map_err(fail)?;
        let name = e.file_name();
        let name = name.as_bytes();
        let mut full = dir_bytes.clone();
        if !full.ends_with(b"/") {
            full.push(b'/');
        }
        full.extend_from_slice(name);
        let kind = match e.file_type() {
            Ok(ft) if ft.is_symlink() => Kind::Symlink,
            Ok(ft) if ft.is_dir() => Kind::Dir,
            Ok(ft) if ft.is_file() => Kind::File,
            Ok(_) => Kind::Other,
            Err(_) => Kind::Unknown,
        };
        let (name_o, path_o) = if is_bytes {
            (new_bytes(vm, name.to_vec()), new_bytes(vm, full))
        } else {
            (fs_decode(vm, name), fs_decode(vm, &full))
        };
        let de = DirEntry {
            name: name_o,
            path: path_o,
            ino: e.ino(),
            kind,
            stat: RefCell::new(None),
            lstat: RefCell::new(None),
        };
        out.push(PyRef::new(de, ty.clone()));
    }
    Ok(PyRef::new(
        ScandirIterator {
            entries: RefCell::new(out.into_iter()),
        },
        iter_type(vm).clone(),
    ))
}
