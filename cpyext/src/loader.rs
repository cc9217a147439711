//! Loading extension modules: `dlopen` the shared library (libloading),
//! call its `PyInit_<name>`, and either take the module it returns
//! (single-phase init) or, when it returns a `PyModuleDef` (multi-phase,
//! PEP 489), create the module from the definition's slots and execute it.

use crate::ffi;
use crate::proxy;
use crate::runtime::take_error;
use core_interp::objects::object::PyRef;
use core_interp::objects::unicodeobject::new_str_object;
use core_interp::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::path::Path;
use std::ptr::addr_of_mut;

thread_local! {
    /// The full name of the module being initialised (CPython's
    /// `_Py_PackageContext`): single-phase modules in packages declare only
    /// their last name component.
    static PACKAGE_CONTEXT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The name a single-phase module created now should have, given the name
/// its definition declares.
pub fn module_name_in_context(declared: &str) -> String {
    PACKAGE_CONTEXT.with(|c| match c.borrow().as_deref() {
        Some(full) if full.rsplit('.').next() == Some(declared) => full.to_string(),
        _ => declared.to_string(),
    })
}

/// CPython lib-dynload modules that load but misbehave on oxpy: importing
/// them raises ImportError, so the standard library uses its pure-Python
/// fallbacks (`json`, `pickle`, `decimal`) instead.
const NOT_YET: &[(&str, &str)] = &[
    (
        "_decimal",
        "its init takes float.as_integer_ratio's C function out of a \
         PyMethodDescrObject, which oxpy's Rust methods do not have",
    ),
    (
        "_pickle",
        "it needs the memoryview, bytearray and pickle-buffer APIs and \
         PyOS_double_to_string",
    ),
];

/// Loads extension module `name` from `path` for module spec `spec` (the
/// hook behind `_imp.create_dynamic`).
pub fn load_extension(vm: &Vm, name: &str, path: &Path, spec: &PyRef) -> PyResult<PyRef> {
    crate::types::init(vm);
    crate::runtime_state::init(vm);
    let last = name.rsplit('.').next().unwrap_or(name);
    let import_error = |msg: String| {
        let e = vm.new_import_error(msg);
        let _ = vm.setattr_str(e.value(), "name", new_str_object(vm, name));
        let _ = vm.setattr_str(
            e.value(),
            "path",
            new_str_object(vm, &path.to_string_lossy()),
        );
        e
    };
    if let Some((_, why)) = NOT_YET.iter().find(|(m, _)| *m == name) {
        return Err(import_error(format!(
            "oxpy cannot run CPython's {name} module yet: {why}"
        )));
    }
    // SAFETY: loading a library runs its initialisers, as CPython's import does.
    let lib = unsafe {
        libloading::os::unix::Library::open(Some(path), libc::RTLD_NOW | libc::RTLD_LOCAL)
    }
    .map_err(|e| import_error(e.to_string()))?;
    let sym = format!("PyInit_{last}");
    // SAFETY: PyInit_* has this signature by the C-API's contract.
    let init: libloading::os::unix::Symbol<unsafe extern "C" fn() -> *mut ffi::PyObject> =
        unsafe { lib.get(sym.as_bytes()) }.map_err(|_| {
            import_error(format!(
                "dynamic module does not define module export function ({sym})"
            ))
        })?;
    let old = PACKAGE_CONTEXT.with(|c| c.borrow_mut().replace(name.to_string()));
    // SAFETY: calling the module's init function.
    let r = unsafe { init() };
    PACKAGE_CONTEXT.with(|c| *c.borrow_mut() = old);
    // The library stays loaded for the life of the process, as in CPython.
    std::mem::forget(lib);
    if r.is_null() {
        return Err(take_error().unwrap_or_else(|| {
            vm.new_system_error(format!(
                "initialization of {last} failed without raising an exception"
            ))
        }));
    }
    if let Some(e) = take_error() {
        let se = vm.new_system_error(format!(
            "initialization of {last} raised unreported exception"
        ));
        let _ = vm.setattr_str(se.value(), "__cause__", e.into_value());
        return Err(se);
    }
    // SAFETY: `r` is a live object or a PyModuleDef (whose header is a PyObject).
    let is_def = unsafe { (*r).ob_type == addr_of_mut!(ffi::PyModuleDef_Type) };
    let module = if is_def {
        let def = r as *mut ffi::PyModuleDef;
        let m = crate::capi::moduleobject::from_def_and_spec(vm, def, spec)?;
        if m.downcast_ref::<core_interp::objects::moduleobject::PyModule>()
            .is_some()
        {
            crate::capi::moduleobject::exec_def(vm, &m, def)?;
        }
        m
    } else {
        let m = proxy::steal(r);
        crate::capi::moduleobject::record_single_phase(vm, &m)?;
        m
    };
    if module
        .downcast_ref::<core_interp::objects::moduleobject::PyModule>()
        .is_some()
    {
        vm.setattr_str(
            &module,
            "__file__",
            new_str_object(vm, &path.to_string_lossy()),
        )?;
    }
    Ok(module)
}
