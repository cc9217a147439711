//! `_stat`: the file-mode constants of `<sys/stat.h>` (and the BSD/macOS
//! flag constants CPython always defines), the `S_IS*` tests, `S_IMODE`,
//! `S_IFMT` and `filemode`, which `stat.py` re-exports.

use super::{module_set, new_builtin_module};
use crate::objects::longobject::{as_int, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};
use num_traits::{Signed, ToPrimitive};

const S_IFMT: u32 = libc::S_IFMT;
const S_IFDIR: u32 = libc::S_IFDIR;
const S_IFCHR: u32 = libc::S_IFCHR;
const S_IFBLK: u32 = libc::S_IFBLK;
const S_IFREG: u32 = libc::S_IFREG;
const S_IFIFO: u32 = libc::S_IFIFO;
const S_IFLNK: u32 = libc::S_IFLNK;
const S_IFSOCK: u32 = libc::S_IFSOCK;

/// The module's int constants, in CPython's order. Door, event port and
/// whiteout files do not exist on Linux: their type bits are 0.
static CONSTANTS: &[(&str, u32)] = &[
    ("S_IFDIR", S_IFDIR),
    ("S_IFCHR", S_IFCHR),
    ("S_IFBLK", S_IFBLK),
    ("S_IFREG", S_IFREG),
    ("S_IFIFO", S_IFIFO),
    ("S_IFLNK", S_IFLNK),
    ("S_IFSOCK", S_IFSOCK),
    ("S_IFDOOR", 0),
    ("S_IFPORT", 0),
    ("S_IFWHT", 0),
    ("S_ISUID", libc::S_ISUID),
    ("S_ISGID", libc::S_ISGID),
    ("S_ISVTX", libc::S_ISVTX),
    ("S_ENFMT", libc::S_ISGID),
    ("S_IREAD", libc::S_IRUSR),
    ("S_IWRITE", libc::S_IWUSR),
    ("S_IEXEC", libc::S_IXUSR),
    ("S_IRWXU", libc::S_IRWXU),
    ("S_IRUSR", libc::S_IRUSR),
    ("S_IWUSR", libc::S_IWUSR),
    ("S_IXUSR", libc::S_IXUSR),
    ("S_IRWXG", libc::S_IRWXG),
    ("S_IRGRP", libc::S_IRGRP),
    ("S_IWGRP", libc::S_IWGRP),
    ("S_IXGRP", libc::S_IXGRP),
    ("S_IRWXO", libc::S_IRWXO),
    ("S_IROTH", libc::S_IROTH),
    ("S_IWOTH", libc::S_IWOTH),
    ("S_IXOTH", libc::S_IXOTH),
    ("UF_NODUMP", 0x0000_0001),
    ("UF_IMMUTABLE", 0x0000_0002),
    ("UF_APPEND", 0x0000_0004),
    ("UF_OPAQUE", 0x0000_0008),
    ("UF_NOUNLINK", 0x0000_0010),
    ("UF_COMPRESSED", 0x0000_0020),
    ("UF_HIDDEN", 0x0000_8000),
    ("SF_ARCHIVED", 0x0001_0000),
    ("SF_IMMUTABLE", 0x0002_0000),
    ("SF_APPEND", 0x0004_0000),
    ("SF_NOUNLINK", 0x0010_0000),
    ("SF_SNAPSHOT", 0x0020_0000),
    ("ST_MODE", 0),
    ("ST_INO", 1),
    ("ST_DEV", 2),
    ("ST_NLINK", 3),
    ("ST_UID", 4),
    ("ST_GID", 5),
    ("ST_SIZE", 6),
    ("ST_ATIME", 7),
    ("ST_MTIME", 8),
    ("ST_CTIME", 9),
];

/// The single mode argument as a C `mode_t` (`_PyLong_AsMode_t`: an int,
/// not merely an `__index__` object), with CPython's messages.
fn mode_arg(vm: &Vm, args: CallArgs<'_>, qualname: &str) -> PyResult<u32> {
    let a = &args.check_positional(vm, qualname, 1, 1)?[0];
    let Some(i) = as_int(a) else {
        return Err(vm.new_type_error("an integer is required"));
    };
    let v = i.value.to_big();
    if v.is_negative() {
        return Err(vm.new_overflow_error("can't convert negative value to unsigned int"));
    }
    let Some(v) = v.to_u64() else {
        return Err(vm.new_overflow_error("Python int too large to convert to C unsigned long"));
    };
    u32::try_from(v).map_err(|_| vm.new_overflow_error("mode out of range"))
}

/// Defines `S_IS<kind>(mode)`: whether the type bits are `$bits`
/// (never, for the file kinds Linux lacks).
macro_rules! type_tests {
    ($($f:ident = $qual:literal, $bits:expr;)*) => {$(
        fn $f(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            let mode = mode_arg(vm, args, $qual)?;
            let bits: Option<u32> = $bits;
            Ok(vm.bool_obj(bits.is_some_and(|b| mode & S_IFMT == b)))
        }
    )*};
}

type_tests! {
    s_isdir = "_stat.S_ISDIR", Some(S_IFDIR);
    s_ischr = "_stat.S_ISCHR", Some(S_IFCHR);
    s_isblk = "_stat.S_ISBLK", Some(S_IFBLK);
    s_isreg = "_stat.S_ISREG", Some(S_IFREG);
    s_isfifo = "_stat.S_ISFIFO", Some(S_IFIFO);
    s_islnk = "_stat.S_ISLNK", Some(S_IFLNK);
    s_issock = "_stat.S_ISSOCK", Some(S_IFSOCK);
    s_isdoor = "_stat.S_ISDOOR", None;
    s_isport = "_stat.S_ISPORT", None;
    s_iswht = "_stat.S_ISWHT", None;
}

fn s_imode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let mode = mode_arg(vm, args, "_stat.S_IMODE")?;
    Ok(new_int(vm, i64::from(mode & 0o7777)))
}

fn s_ifmt(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let mode = mode_arg(vm, args, "_stat.S_IFMT")?;
    Ok(new_int(vm, i64::from(mode & S_IFMT)))
}

/// `ls -l`'s first column: the type letter, then read/write/execute for
/// owner, group and others (`s`/`S` and `t`/`T` for the special bits).
fn mode_string(mode: u32) -> String {
    let kind = match mode & S_IFMT {
        S_IFREG => '-',
        S_IFDIR => 'd',
        S_IFLNK => 'l',
        S_IFBLK => 'b',
        S_IFCHR => 'c',
        S_IFIFO => 'p',
        S_IFSOCK => 's',
        _ => '?',
    };
    let mut out = String::with_capacity(10);
    out.push(kind);
    let triads = [
        (
            libc::S_IRUSR,
            libc::S_IWUSR,
            libc::S_IXUSR,
            libc::S_ISUID,
            's',
        ),
        (
            libc::S_IRGRP,
            libc::S_IWGRP,
            libc::S_IXGRP,
            libc::S_ISGID,
            's',
        ),
        (
            libc::S_IROTH,
            libc::S_IWOTH,
            libc::S_IXOTH,
            libc::S_ISVTX,
            't',
        ),
    ];
    for (r, w, x, special, letter) in triads {
        out.push(if mode & r != 0 { 'r' } else { '-' });
        out.push(if mode & w != 0 { 'w' } else { '-' });
        out.push(match (mode & special != 0, mode & x != 0) {
            (true, true) => letter,
            (true, false) => letter.to_ascii_uppercase(),
            (false, true) => 'x',
            (false, false) => '-',
        });
    }
    out
}

fn filemode(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let mode = mode_arg(vm, args, "_stat.filemode")?;
    Ok(new_str_object(vm, &mode_string(mode)))
}

const DOC: &str = "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\nUF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n";

/// Creates the `_stat` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let m = new_builtin_module(
        vm,
        "_stat",
        &[
            MethodDef::new("S_ISDIR", s_isdir).with_doc("S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory."),
            MethodDef::new("S_ISCHR", s_ischr).with_doc("S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file."),
            MethodDef::new("S_ISBLK", s_isblk).with_doc("S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file."),
            MethodDef::new("S_ISREG", s_isreg).with_doc("S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file."),
            MethodDef::new("S_ISFIFO", s_isfifo).with_doc("S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe)."),
            MethodDef::new("S_ISLNK", s_islnk).with_doc("S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link."),
            MethodDef::new("S_ISSOCK", s_issock).with_doc("S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket."),
            MethodDef::new("S_ISDOOR", s_isdoor).with_doc("S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door."),
            MethodDef::new("S_ISPORT", s_isport).with_doc("S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port."),
            MethodDef::new("S_ISWHT", s_iswht).with_doc("S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout."),
            MethodDef::new("S_IMODE", s_imode).with_doc("Return the portion of the file's mode that can be set by os.chmod()."),
            MethodDef::new("S_IFMT", s_ifmt).with_doc("Return the portion of the file's mode that describes the file type."),
            MethodDef::new("filemode", filemode).with_doc("Convert a file's mode to a string of the form '-rwxrwxrwx'"),
        ],
    );
    module_set(vm, &m, "__doc__", new_str_object(vm, DOC));
    for (name, value) in CONSTANTS {
        module_set(vm, &m, name, new_int(vm, i64::from(*value)));
    }
    Ok(m)
}
