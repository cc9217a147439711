//! Installs CPython's import system at start-up, as `Python/pylifecycle.c`'s
//! `init_importlib` does with its frozen modules: `importlib/_bootstrap.py`
//! runs as `_frozen_importlib` and `_install(sys, _imp)` puts
//! BuiltinImporter and FrozenImporter on `sys.meta_path`; then
//! `importlib/_bootstrap_external.py` runs as `_frozen_importlib_external`
//! and adds PathFinder and the FileFinder path hook. oxpy freezes nothing, so
//! the two modules come from the standard library's sources, compiled once
//! into `oxpy-frozen/` beside the executable (in the `.pyc` format that
//! SourceFileLoader writes).

use super::{PyResult, Vm};
use crate::modules::marshal_code::magic_number;
use crate::objects::dictobject::PyDict;
use crate::objects::moduleobject::{module_dict, new_module};
use std::path::{Path, PathBuf};

fn modules(vm: &Vm) -> &PyDict {
    vm.modules.downcast_ref::<PyDict>().expect("sys.modules")
}

/// Where the compiled bootstrap code of `src` is kept: in oxpy's own
/// `oxpy-frozen/` folder beside the executable (CPython builds these two
/// modules into its binary), under a name that tells stdlib trees apart.
/// Like CPython's frozen modules they are written even under `-B`, which
/// concerns the `.pyc` files of the standard library and of programs.
fn cache_path(src: &Path) -> Option<PathBuf> {
    let stem = src.file_stem()?.to_str()?;
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in src.as_os_str().as_encoded_bytes() {
        h = (h ^ *b as u64).wrapping_mul(0x100_0000_01b3);
    }
    let exe = std::env::current_exe().ok()?;
    Some(
        exe.parent()?
            .join("oxpy-frozen")
            .join(format!("{stem}-{h:016x}.pyc")),
    )
}

/// The 16-byte header of a timestamp-based `.pyc` for a source with this
/// modification time and size (PEP 552, flags 0).
fn pyc_header(mtime: u64, size: u64) -> [u8; 16] {
    let mut h = [0u8; 16];
    h[..4].copy_from_slice(&magic_number());
    h[8..12].copy_from_slice(&(mtime as u32).to_le_bytes());
    h[12..16].copy_from_slice(&(size as u32).to_le_bytes());
    h
}

/// The code object of the source file `src`, from its cache when that is
/// current, else compiled (and cached).
fn cached_code(vm: &Vm, src: &Path, filename: &str) -> PyResult {
    let io_err =
        |e: std::io::Error| vm.new_import_error(format!("cannot read {}: {e}", src.display()));
    let meta = std::fs::metadata(src).map_err(io_err)?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let header = pyc_header(mtime, meta.len());
    let pyc = cache_path(src);
    if let Some(data) = pyc.as_ref().and_then(|p| std::fs::read(p).ok()) {
        if data.len() > 16 && data[..16] == header {
            if let Ok(code) = crate::modules::marshalmodule::loads_bytes(vm, &data[16..]) {
                if code.class().is(&vm.types.code_type) {
                    return Ok(code);
                }
            }
        }
    }
    let bytes = std::fs::read(src).map_err(io_err)?;
    let source = String::from_utf8_lossy(&bytes);
    let code = super::compile_source(vm, &source, filename, crate::compile::Mode::Exec)?;
    if let Some(pyc) = pyc {
        let mut data = header.to_vec();
        data.extend(crate::modules::marshalmodule::dumps_bytes(vm, &code)?);
        write_atomic(&pyc, &data);
    }
    Ok(code)
}

/// Writes `data` to `path` through a temporary file and a rename, ignoring
/// failures (an unwritable cache is not an error, as in CPython).
fn write_atomic(path: &Path, data: &[u8]) {
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = path.with_extension(format!("pyc.{}", std::process::id()));
    if std::fs::write(&tmp, data).is_ok() && std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// Runs `importlib/FILE` of the standard library as module `name`,
/// registered in `sys.modules` first; its code objects are named
/// `filename`, as CPython's frozen copies are.
fn run_bootstrap_module(
    vm: &Vm,
    stdlib: &Path,
    file: &str,
    name: &str,
    filename: &str,
) -> PyResult {
    let code = cached_code(vm, &stdlib.join("importlib").join(file), filename)?;
    let m = new_module(vm, name);
    let d = module_dict(&m);
    d.downcast_ref::<PyDict>()
        .expect("dict")
        .set_str(vm, "__builtins__", vm.builtins_module());
    modules(vm).set_str(vm, name, m.clone());
    super::pythonrun::run_code(vm, code, &d)?;
    Ok(m)
}

/// Installs `importlib._bootstrap` and `_bootstrap_external` from `stdlib`
/// as the import system.
pub fn install(vm: &Vm, stdlib: &Path) -> PyResult<()> {
    let imp = crate::modules::impmodule::init(vm)?;
    modules(vm).set_str(vm, "_imp", imp.clone());
    let sys = vm.sys.borrow().clone().expect("sys");
    let bootstrap = run_bootstrap_module(
        vm,
        stdlib,
        "_bootstrap.py",
        "_frozen_importlib",
        super::import::BOOTSTRAP_FILENAME,
    )?;
    vm.call_method(&bootstrap, "_install", &[sys, imp])?;
    *vm.importlib.borrow_mut() = Some(bootstrap.clone());
    let external = run_bootstrap_module(
        vm,
        stdlib,
        "_bootstrap_external.py",
        "_frozen_importlib_external",
        super::import::BOOTSTRAP_EXTERNAL_FILENAME,
    )?;
    // oxpy's `.pyc` files hold oxpy bytecode: they get their own magic number.
    let magic = magic_number();
    vm.setattr_str(
        &external,
        "MAGIC_NUMBER",
        crate::objects::bytesobject::new_bytes(vm, magic.to_vec()),
    )?;
    vm.setattr_str(
        &external,
        "_RAW_MAGIC_NUMBER",
        crate::objects::longobject::new_int(vm, u32::from_le_bytes(magic) as i64),
    )?;
    vm.call_method(&bootstrap, "_install_external_importers", &[])?;
    install_zipimport(vm);
    Ok(())
}

/// Puts `zipimport.zipimporter` first on `sys.path_hooks` when zipimport
/// can be imported, and silently does without it otherwise, as CPython's
/// `_PyImportZip_Init`.
fn install_zipimport(vm: &Vm) {
    let hook = super::import::import_module(vm, "zipimport")
        .and_then(|z| vm.getattr_str(&z, "zipimporter"));
    if let (Ok(hook), Ok(hooks)) = (hook, crate::modules::sysmodule::sys_attr(vm, "path_hooks")) {
        let _ = vm.call_method(
            &hooks,
            "insert",
            &[crate::objects::longobject::new_int(vm, 0), hook],
        );
    }
}
