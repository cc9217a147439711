//! Where the standard library is (CPython's `Modules/getpath.c`, reduced to
//! what oxpy needs): `OXPY_STDLIB` if set, else the `python3.11` stdlib found
//! at build time if it still exists, else Debian's `/usr/lib/python3.11`.
//! Also oxpy's own prefix (beside its executable) and the names
//! `sys.stdlib_module_names` lists.

use std::path::{Path, PathBuf};

/// Debian's (and CI's) location of CPython 3.11's `Lib/`.
const DEBIAN_STDLIB: &str = "/usr/lib/python3.11";

fn is_stdlib(dir: &Path) -> bool {
    dir.join("os.py").is_file() && dir.join("importlib").join("_bootstrap.py").is_file()
}

/// The directory holding CPython 3.11's pure-Python standard library, or the
/// message to print when there is none.
pub fn find_stdlib() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("OXPY_STDLIB") {
        let p = PathBuf::from(dir);
        if is_stdlib(&p) {
            return Ok(p);
        }
        return Err(format!("oxpy: OXPY_STDLIB={} is not CPython 3.11's standard library (no os.py or importlib/_bootstrap.py there)", p.display()));
    }
    for cand in [env!("OXPY_BUILD_STDLIB"), DEBIAN_STDLIB] {
        if !cand.is_empty() && is_stdlib(Path::new(cand)) {
            return Ok(PathBuf::from(cand));
        }
    }
    Err("oxpy: cannot find CPython 3.11's standard library (Lib/).\n\
         Install it with `apt-get install python3.11` (or `bash tools/setup.sh` in the oxpy repository),\n\
         or set OXPY_STDLIB to the directory that holds its os.py."
        .to_string())
}

/// oxpy's own installation prefix: the folder above the one holding the
/// executable (`target/` for `target/release/oxpy`).
pub fn prefix() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().and_then(|d| d.parent()).map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("/usr/local"))
}

/// `sys.stdlib_module_names`: the modules of CPython 3.11's standard library.
pub static STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2",
    "_bootsubprocess", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022",
    "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle",
    "_compression", "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel",
    "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
    "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io",
    "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec",
    "_multiprocessing", "_opcode", "_operator", "_osx_support", "_overlapped", "_pickle",
    "_posixshmem", "_posixsubprocess", "_py_abc", "_pydecimal", "_pyio", "_queue", "_random",
    "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket",
    "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct",
    "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing",
    "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc",
    "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit",
    "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar",
    "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys",
    "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg",
    "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib",
    "dis", "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno",
    "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools",
    "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip",
    "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib",
    "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale",
    "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder",
    "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path",
    "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle",
    "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath",
    "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data",
    "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter",
    "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal",
    "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3",
    "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string",
    "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog",
    "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading",
    "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback",
    "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest",
    "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg",
    "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib",
    "zoneinfo",
];
