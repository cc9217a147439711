//! Compiling C sources against one of the two header sets, by running the
//! system C compiler (`$CC`, else `cc`) directly.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::cpython::CPythonConfig;
use crate::paths::include_python_dir;

/// Which `Python.h` a compilation sees.
#[derive(Debug, Clone)]
pub enum HeaderSet {
    /// oxpy's own headers, from the given `include-python/` directory.
    IncludePython(PathBuf),
    /// The headers of an installed CPython.
    CPython(CPythonConfig),
}

impl HeaderSet {
    /// oxpy's headers at their usual place.
    pub fn include_python() -> Self {
        HeaderSet::IncludePython(include_python_dir())
    }

    /// The `-I` directories this header set needs, in order.
    pub fn include_dirs(&self) -> Vec<PathBuf> {
        match self {
            HeaderSet::IncludePython(dir) => vec![dir.clone()],
            HeaderSet::CPython(cfg) => {
                let mut dirs = vec![cfg.include_dir.clone()];
                if cfg.platinclude_dir != cfg.include_dir {
                    dirs.push(cfg.platinclude_dir.clone());
                }
                dirs
            }
        }
    }

    /// A short name for messages and file names.
    pub fn label(&self) -> &'static str {
        match self {
            HeaderSet::IncludePython(_) => "include-python",
            HeaderSet::CPython(_) => "cpython",
        }
    }
}

/// Extra knobs for one compilation.
#[derive(Debug, Clone, Default)]
pub struct CompileOptions {
    /// `-D` definitions: name and optional value.
    pub defines: Vec<(String, Option<String>)>,
    /// Further `-I` directories, searched after the header set's.
    pub include_dirs: Vec<PathBuf>,
    /// Flags passed verbatim (e.g. `-std=c99`).
    pub flags: Vec<String>,
    /// Add `-Wall -Wextra -Werror` (minus the noisy unused-parameter check).
    pub strict: bool,
    /// Run this compiler instead of [`c_compiler()`].
    pub compiler: Option<String>,
}

impl CompileOptions {
    /// Add `-D name=value`.
    pub fn define(mut self, name: &str, value: &str) -> Self {
        self.defines
            .push((name.to_string(), Some(value.to_string())));
        self
    }

    /// Add a verbatim flag.
    pub fn flag(mut self, flag: &str) -> Self {
        self.flags.push(flag.to_string());
        self
    }

    /// Turn warnings into errors.
    pub fn strict(mut self) -> Self {
        self.strict = true;
        self
    }

    /// Use the given compiler command (e.g. `clang`).
    pub fn compiler(mut self, cc: &str) -> Self {
        self.compiler = Some(cc.to_string());
        self
    }
}

/// A failed compiler run.
#[derive(Debug)]
pub enum BuildError {
    /// The compiler could not be started.
    Spawn(String, std::io::Error),
    /// The compiler ran and failed.
    Failed { command: String, stderr: String },
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Spawn(cc, e) => write!(f, "cannot run C compiler {cc}: {e}"),
            BuildError::Failed { command, stderr } => {
                write!(f, "C compiler failed: {command}\n{stderr}")
            }
        }
    }
}

impl std::error::Error for BuildError {}

/// The C compiler to run: `$CC` if set, else `cc`.
pub fn c_compiler() -> String {
    std::env::var("CC")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "cc".into())
}

fn base_command(headers: &HeaderSet, opts: &CompileOptions) -> (Command, String) {
    let cc = opts.compiler.clone().unwrap_or_else(c_compiler);
    let mut words = cc.split_whitespace();
    let mut cmd = Command::new(words.next().unwrap_or("cc"));
    cmd.args(words);
    for dir in headers.include_dirs().iter().chain(&opts.include_dirs) {
        let mut arg = OsString::from("-I");
        arg.push(dir);
        cmd.arg(arg);
    }
    for (name, value) in &opts.defines {
        match value {
            Some(v) => cmd.arg(format!("-D{name}={v}")),
            None => cmd.arg(format!("-D{name}")),
        };
    }
    if opts.strict {
        cmd.args(["-Wall", "-Wextra", "-Wno-unused-parameter", "-Werror"]);
    }
    cmd.args(&opts.flags);
    (cmd, cc)
}

fn run(mut cmd: Command, cc: &str) -> Result<Vec<u8>, BuildError> {
    let shown = format!("{cmd:?}");
    let out = cmd
        .output()
        .map_err(|e| BuildError::Spawn(cc.to_string(), e))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(BuildError::Failed {
            command: shown,
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        })
    }
}

/// Compile and link `source` into the shared library `output`, the way an
/// extension module is built on Linux (position independent, libpython
/// symbols left for the loader to resolve).
pub fn compile_shared(
    source: &Path,
    output: &Path,
    headers: &HeaderSet,
    opts: &CompileOptions,
) -> Result<PathBuf, BuildError> {
    let (mut cmd, cc) = base_command(headers, opts);
    cmd.args(["-shared", "-fPIC", "-O1", "-g"])
        .arg(source)
        .arg("-o")
        .arg(output);
    run(cmd, &cc)?;
    Ok(output.to_path_buf())
}

/// Compile `source` into the executable `output` (for probes that only use
/// macros, types and constants, so need no libpython to link).
pub fn compile_executable(
    source: &Path,
    output: &Path,
    headers: &HeaderSet,
    opts: &CompileOptions,
) -> Result<PathBuf, BuildError> {
    let (mut cmd, cc) = base_command(headers, opts);
    cmd.arg("-O0").arg(source).arg("-o").arg(output);
    run(cmd, &cc)?;
    Ok(output.to_path_buf())
}

/// Compile `source` to an object file only (a syntax and type check).
pub fn compile_object(
    source: &Path,
    output: &Path,
    headers: &HeaderSet,
    opts: &CompileOptions,
) -> Result<PathBuf, BuildError> {
    let (mut cmd, cc) = base_command(headers, opts);
    cmd.args(["-c", "-fPIC"]).arg(source).arg("-o").arg(output);
    run(cmd, &cc)?;
    Ok(output.to_path_buf())
}

/// Like [`compile_object`], but return the compiler's diagnostics
/// (warnings) on success.
pub fn compile_object_with_log(
    source: &Path,
    output: &Path,
    headers: &HeaderSet,
    opts: &CompileOptions,
) -> Result<String, BuildError> {
    let (mut cmd, cc) = base_command(headers, opts);
    cmd.args(["-c", "-fPIC"]).arg(source).arg("-o").arg(output);
    let shown = format!("{cmd:?}");
    let out = cmd
        .output()
        .map_err(|e| BuildError::Spawn(cc.to_string(), e))?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if out.status.success() {
        Ok(stderr)
    } else {
        Err(BuildError::Failed {
            command: shown,
            stderr,
        })
    }
}

/// Run the preprocessor alone over `source` and return its output.
pub fn preprocess(
    source: &Path,
    headers: &HeaderSet,
    opts: &CompileOptions,
) -> Result<String, BuildError> {
    let (mut cmd, cc) = base_command(headers, opts);
    cmd.arg("-E").arg(source);
    Ok(String::from_utf8_lossy(&run(cmd, &cc)?).into_owned())
}
