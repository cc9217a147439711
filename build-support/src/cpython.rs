//! Querying an installed CPython 3.11 (through its `sysconfig` module) for
//! the facts needed to build extensions against its headers.

use std::fmt;
use std::path::PathBuf;
use std::process::Command;

/// Environment variable naming the interpreter to ask (default `python3.11`).
pub const PYTHON_ENV: &str = "OXPY_CPYTHON";

/// What an installed CPython reports about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CPythonConfig {
    /// The interpreter that was asked.
    pub executable: PathBuf,
    /// `sys.version_info[:2]`.
    pub version: (u32, u32),
    /// `sys.version_info[2]`, the bug-fix release.
    pub micro: u32,
    /// Directory holding CPython's `Python.h` (`sysconfig` `include` path).
    pub include_dir: PathBuf,
    /// Directory holding the platform-specific `pyconfig.h`.
    pub platinclude_dir: PathBuf,
    /// `LIBDIR`, where `libpython3.11.so` lives if it was built shared.
    pub lib_dir: Option<PathBuf>,
    /// `LDLIBRARY`, e.g. `libpython3.11.so` or `libpython3.11.a`.
    pub ld_library: Option<String>,
    /// `EXT_SUFFIX`, e.g. `.cpython-311-x86_64-linux-gnu.so`.
    pub ext_suffix: String,
    /// `importlib.machinery.EXTENSION_SUFFIXES`, most specific first.
    pub extension_suffixes: Vec<String>,
    /// The C compiler CPython was built with (`CC`), first word only.
    pub cc: Option<String>,
}

/// Why a CPython could not be queried.
#[derive(Debug)]
pub enum CPythonError {
    /// The interpreter could not be started.
    NotFound(String, std::io::Error),
    /// It ran but failed or printed something unexpected.
    BadOutput(String),
}

impl fmt::Display for CPythonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CPythonError::NotFound(exe, e) => write!(f, "cannot run {exe}: {e}"),
            CPythonError::BadOutput(msg) => write!(f, "unexpected sysconfig output: {msg}"),
        }
    }
}

impl std::error::Error for CPythonError {}

const QUERY: &str = r#"
import sys, sysconfig, importlib.machinery as m
p = sysconfig.get_paths()
v = sysconfig.get_config_var
print("executable=" + sys.executable)
print("version=%d.%d.%d" % sys.version_info[:3])
print("include=" + p["include"])
print("platinclude=" + p["platinclude"])
print("libdir=" + (v("LIBDIR") or ""))
print("ldlibrary=" + (v("LDLIBRARY") or ""))
print("ext_suffix=" + (v("EXT_SUFFIX") or ""))
print("suffixes=" + " ".join(m.EXTENSION_SUFFIXES))
print("cc=" + (v("CC") or ""))
"#;

impl CPythonConfig {
    /// Ask `$OXPY_CPYTHON` (or `python3.11`) about itself.
    pub fn detect() -> Result<Self, CPythonError> {
        let exe = std::env::var(PYTHON_ENV).unwrap_or_else(|_| "python3.11".to_string());
        Self::from_interpreter(&exe)
    }

    /// Ask the given interpreter about itself.
    pub fn from_interpreter(exe: &str) -> Result<Self, CPythonError> {
        let out = Command::new(exe)
            .args(["-I", "-c", QUERY])
            .output()
            .map_err(|e| CPythonError::NotFound(exe.to_string(), e))?;
        if !out.status.success() {
            return Err(CPythonError::BadOutput(format!(
                "{exe} exited with {}: {}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            )));
        }
        Self::parse(&String::from_utf8_lossy(&out.stdout))
    }

    fn parse(text: &str) -> Result<Self, CPythonError> {
        let get = |key: &str| -> Option<String> {
            text.lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
                .map(str::to_string)
        };
        let need = |key: &str| get(key).ok_or_else(|| CPythonError::BadOutput(format!("no {key}")));
        let nonempty = |key: &str| get(key).filter(|s| !s.is_empty());
        let version = need("version")?;
        let parts: Vec<u32> = version.split('.').filter_map(|p| p.parse().ok()).collect();
        let [major, minor, micro] = parts[..] else {
            return Err(CPythonError::BadOutput(format!("version {version}")));
        };
        Ok(CPythonConfig {
            executable: PathBuf::from(need("executable")?),
            version: (major, minor),
            micro,
            include_dir: PathBuf::from(need("include")?),
            platinclude_dir: PathBuf::from(need("platinclude")?),
            lib_dir: nonempty("libdir").map(PathBuf::from),
            ld_library: nonempty("ldlibrary"),
            ext_suffix: need("ext_suffix")?,
            extension_suffixes: need("suffixes")?
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            cc: nonempty("cc").and_then(|s| s.split_whitespace().next().map(str::to_string)),
        })
    }

    /// The shared libpython, if this CPython has one.
    pub fn shared_libpython(&self) -> Option<PathBuf> {
        let name = self.ld_library.as_deref()?;
        if !name.contains(".so") {
            return None;
        }
        let path = self.lib_dir.as_ref()?.join(name);
        path.is_file().then_some(path)
    }

    /// The file whose dynamic symbol table lists what CPython exports: the
    /// shared libpython when there is one, else the interpreter itself.
    pub fn exporting_binary(&self) -> PathBuf {
        self.shared_libpython()
            .unwrap_or_else(|| self.executable.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_query_output() {
        let text = "executable=/x/python3.11\nversion=3.11.7\ninclude=/x/inc\nplatinclude=/x/inc\n\
                    libdir=/x/lib\nldlibrary=libpython3.11.so\next_suffix=.cpython-311-x86_64-linux-gnu.so\n\
                    suffixes=.cpython-311-x86_64-linux-gnu.so .abi3.so .so\ncc=gcc -pthread\n";
        let cfg = CPythonConfig::parse(text).unwrap();
        assert_eq!((cfg.version, cfg.micro), ((3, 11), 7));
        assert_eq!(cfg.extension_suffixes.len(), 3);
        assert_eq!(cfg.cc.as_deref(), Some("gcc"));
    }
}
