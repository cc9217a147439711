//! Helpers for compiling C code against oxpy's own `include-python/`
//! headers or against an installed CPython 3.11.
//!
//! * [`paths`] finds `include-python/` and the workspace.
//! * [`cpython`] asks a `python3.11` interpreter for its include directory,
//!   library directory and extension-module suffixes.
//! * [`compile`] turns a C file into a shared library (or, for probes, an
//!   executable) with either header set.

pub mod compile;
pub mod cpython;
pub mod paths;

pub use compile::{
    compile_executable, compile_object, compile_object_with_log, compile_shared, preprocess,
    BuildError, CompileOptions, HeaderSet,
};
pub use cpython::{CPythonConfig, CPythonError};
pub use paths::{include_python_dir, workspace_root};
