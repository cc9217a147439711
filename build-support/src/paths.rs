//! Locating the workspace and oxpy's `include-python/` header directory.

use std::path::PathBuf;

/// Environment variable that overrides where `include-python/` lives.
pub const INCLUDE_PYTHON_ENV: &str = "OXPY_INCLUDE_PYTHON";

/// The cargo workspace root (the parent of this crate's directory).
pub fn workspace_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(PathBuf::from).unwrap_or(here)
}

/// The directory holding oxpy's `Python.h`.
///
/// `$OXPY_INCLUDE_PYTHON` wins when set; otherwise this is
/// `<workspace>/include-python`.
pub fn include_python_dir() -> PathBuf {
    match std::env::var_os(INCLUDE_PYTHON_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => workspace_root().join("include-python"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn include_python_has_python_h() {
        assert!(include_python_dir().join("Python.h").is_file());
    }
}
