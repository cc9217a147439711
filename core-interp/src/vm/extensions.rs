//! The hook through which the import system loads C extension modules.
//! core-interp does not depend on cpyext: the `oxpy` binary installs
//! cpyext's loader here at start-up, and `_imp.create_dynamic` (which
//! importlib's ExtensionFileLoader calls) uses [`load_extension`].

use super::{PyResult, Vm};
use crate::objects::object::PyRef;
use std::path::Path;
use std::sync::OnceLock;

/// Loads the extension module `name` (fully qualified) from the shared
/// library at `path` for the module spec `spec`, returning the initialised
/// module.
pub type ExtensionLoader = fn(&Vm, &str, &Path, &PyRef) -> PyResult<PyRef>;

static LOADER: OnceLock<ExtensionLoader> = OnceLock::new();

/// File suffixes of extension modules, most specific first (CPython's
/// `importlib.machinery.EXTENSION_SUFFIXES` on x86_64 Linux).
pub const EXTENSION_SUFFIXES: &[&str] = &[".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"];

/// Installs the extension loader (once; later calls are ignored).
pub fn set_extension_loader(loader: ExtensionLoader) {
    let _ = LOADER.set(loader);
}

/// Whether an extension loader is installed.
pub fn has_extension_loader() -> bool {
    LOADER.get().is_some()
}

/// Loads an extension module; ImportError when no loader is installed.
pub fn load_extension(vm: &Vm, name: &str, path: &Path, spec: &PyRef) -> PyResult<PyRef> {
    match LOADER.get() {
        Some(load) => load(vm, name, path, spec),
        None => Err(vm.new_import_error(format!(
            "cannot load extension module '{name}' from {}: this oxpy has no C-API support",
            path.display()
        ))),
    }
}
