//! The import statement until the full importlib machinery arrives:
//! `__import__` finding `.py` modules and packages on `sys.path` (script
//! folder first), relative imports, `from m import name` with submodule
//! fallback, and module caching in `sys.modules`.

use super::{CallArgs, PyResult, Signature, Vm};
use crate::objects::dictobject::PyDict;
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::objects::unicodeobject::new_str_object;
use std::path::{Path, PathBuf};

pub use crate::modules::sysmodule::sys_attr;

fn modules(vm: &Vm) -> &PyDict {
    vm.modules
        .downcast_ref::<PyDict>()
        .expect("sys.modules is a dict")
}

fn resolve_name(vm: &Vm, name: &str, globals: Option<&PyRef>, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let g = globals.and_then(|g| g.downcast_ref::<PyDict>());
    let package = g
        .and_then(|g| g.get_rust_str(vm, "__package__"))
        .filter(|p| !vm.is_none(p));
    let package = match package {
        Some(p) => vm.str_string(&p)?,
        None => {
            let modname = g
                .and_then(|g| g.get_rust_str(vm, "__name__"))
                .map(|n| vm.str_string(&n))
                .transpose()?
                .unwrap_or_default();
            let is_pkg = g.is_some_and(|g| g.get_rust_str(vm, "__path__").is_some());
            if is_pkg {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map(|(a, _)| a.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(vm.new_import_error("attempted relative import with no known parent package"));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level - 1 > parts.len() - 1 + 1 || level > parts.len() {
        return Err(vm.new_import_error("attempted relative import beyond top-level package"));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// What a `sys.path` entry holds for a module name.
enum Found {
    /// A `.py` file (the flag: a package's `__init__.py`).
    Source(PathBuf, bool),
    /// A C extension module (shared library).
    Extension(PathBuf),
}

fn find_in(dir: &Path, last: &str) -> Option<Found> {
    let pkg = dir.join(last).join("__init__.py");
    if pkg.is_file() {
        return Some(Found::Source(pkg, true));
    }
    if super::extensions::has_extension_loader() {
        for suffix in super::extensions::EXTENSION_SUFFIXES {
            let ext = dir.join(format!("{last}{suffix}"));
            if ext.is_file() {
                return Some(Found::Extension(ext));
            }
        }
    }
    let m = dir.join(format!("{last}.py"));
    if m.is_file() {
        return Some(Found::Source(m, false));
    }
    None
}

/// Loads an extension module found by the finder and records it like a
/// source module (`sys.modules`, attribute on the parent package).
fn load_extension_module(
    vm: &Vm,
    name: &str,
    parent: Option<&str>,
    last: &str,
    file: &Path,
) -> PyResult {
    let m = super::extensions::load_extension(vm, name, file)?;
    modules(vm).set_str(vm, name, m.clone());
    if let Some(p) = parent {
        if let Some(pm) = modules(vm).get_rust_str(vm, p) {
            vm.setattr_str(&pm, last, m.clone())?;
        }
    }
    Ok(m)
}

fn module_not_found(vm: &Vm, name: &str) -> super::PyErr {
    let e = vm.new_exception_msg(
        &vm.exceptions.module_not_found_error,
        format!("No module named '{name}'"),
    );
    let _ = vm.setattr_str(e.value(), "name", new_str_object(vm, name));
    e
}

/// Imports the fully qualified `name` (parents first), returning the module.
pub fn import_module(vm: &Vm, name: &str) -> PyResult {
    if let Some(m) = modules(vm).get_rust_str(vm, name) {
        return Ok(m);
    }
    let (parent, last) = match name.rsplit_once('.') {
        Some((p, l)) => (Some(p), l),
        None => (None, name),
    };
    if parent.is_none() {
        if let Some(init) = crate::modules::find_builtin(name) {
            let m = init(vm)?;
            modules(vm).set_str(vm, name, m.clone());
            return Ok(m);
        }
    }
    let search: Vec<PathBuf> = match parent {
        Some(p) => {
            let pm = import_module(vm, p)?;
            if let Some(m) = modules(vm).get_rust_str(vm, name) {
                return Ok(m);
            }
            let Some(path) = vm.getattr_opt(&pm, &vm.intern("__path__"))? else {
                let e = vm.new_exception_msg(
                    &vm.exceptions.module_not_found_error,
                    format!("No module named '{name}'; '{p}' is not a package"),
                );
                let _ = vm.setattr_str(e.value(), "name", new_str_object(vm, name));
                return Err(e);
            };
            vm.collect(&path)?
                .iter()
                .map(|p| vm.str_string(p).map(PathBuf::from))
                .collect::<PyResult<_>>()?
        }
        None => {
            let path = sys_attr(vm, "path")?;
            vm.collect(&path)?
                .iter()
                .filter_map(|p| vm.str_string(p).ok())
                .map(|p| {
                    if p.is_empty() {
                        PathBuf::from(".")
                    } else {
                        PathBuf::from(p)
                    }
                })
                .collect()
        }
    };
    let (file, is_pkg) = match search.iter().find_map(|d| find_in(d, last)) {
        Some(Found::Source(file, is_pkg)) => (file, is_pkg),
        Some(Found::Extension(file)) => {
            return load_extension_module(vm, name, parent, last, &file)
        }
        None => return Err(module_not_found(vm, name)),
    };
    let source = std::fs::read_to_string(&file)
        .map_err(|e| vm.new_import_error(format!("cannot read {}: {e}", file.display())))?;
    let m = new_module(vm, name);
    let d = module_dict(&m);
    let dd = d.downcast_ref::<PyDict>().unwrap();
    let file_s = file.to_string_lossy().into_owned();
    dd.set_str(vm, "__file__", new_str_object(vm, &file_s));
    dd.set_str(vm, "__builtins__", vm.builtins_module());
    if is_pkg {
        let dir = file
            .parent()
            .unwrap_or(Path::new("."))
            .to_string_lossy()
            .into_owned();
        dd.set_str(
            vm,
            "__path__",
            crate::objects::listobject::new_list(vm, vec![new_str_object(vm, &dir)]),
        );
        dd.set_str(vm, "__package__", new_str_object(vm, name));
    } else {
        dd.set_str(vm, "__package__", new_str_object(vm, parent.unwrap_or("")));
    }
    modules(vm).set_str(vm, name, m.clone());
    if let Err(e) = crate::vm::pythonrun::run_source(vm, &source, &file_s, &d) {
        let _ = modules(vm).pop_item(vm, &vm.intern(name));
        return Err(e);
    }
    let m = modules(vm).get_rust_str(vm, name).unwrap_or(m);
    if let Some(p) = parent {
        if let Some(pm) = modules(vm).get_rust_str(vm, p) {
            vm.setattr_str(&pm, last, m.clone())?;
        }
    }
    Ok(m)
}

static IMPORT_SIG: Signature = Signature {
    name: "__import__",
    params: &["name", "globals", "locals", "fromlist", "level"],
    posonly: 0,
    positional: 5,
    required: 1,
};

/// `builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = IMPORT_SIG.bind(vm, args)?;
    let name_obj = a[0].clone().unwrap();
    let name = match name_obj.downcast_ref::<crate::objects::unicodeobject::PyStr>() {
        Some(s) => s.to_string_lossy().into_owned(),
        None => {
            return Err(vm.new_type_error(format!(
                "module name must be str, not {}",
                crate::objects::typeobject::class_name(&name_obj)
            )))
        }
    };
    let level = match &a[4] {
        Some(l) => vm.index_isize(l)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.new_value_error("level must be >= 0"));
    }
    if level == 0 && name.is_empty() {
        return Err(vm.new_value_error("Empty module name"));
    }
    let full = resolve_name(vm, &name, a[1].as_ref(), level as usize)?;
    let m = import_module(vm, &full)?;
    let fromlist = a[3].clone().filter(|f| !vm.is_none(f));
    let has_from = match &fromlist {
        Some(f) => vm.is_true(f)?,
        None => false,
    };
    if has_from {
        if vm.getattr_opt(&m, &vm.intern("__path__"))?.is_some() {
            for item in vm.collect(fromlist.as_ref().unwrap())? {
                let n = vm.str_string(&item)?;
                if n == "*" {
                    continue;
                }
                if vm.getattr_opt(&m, &item)?.is_none() {
                    let sub = format!("{full}.{n}");
                    match import_module(vm, &sub) {
                        Ok(_) => {}
                        Err(e) if e.matches(&vm.exceptions.module_not_found_error) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        return Ok(m);
    }
    if level == 0 {
        let top = name.split('.').next().unwrap_or(&name);
        return import_module(vm, top);
    }
    if name.is_empty() {
        return Ok(m);
    }
    let first = name.split('.').next().unwrap();
    let cut = full.len() - (name.len() - first.len());
    import_module(vm, &full[..cut])
}

/// `from module import name`.
pub fn import_from(vm: &Vm, module: &PyRef, name: &PyRef) -> PyResult {
    if let Some(v) = vm.getattr_opt(module, name)? {
        return Ok(v);
    }
    let modname = vm
        .getattr_opt(module, &vm.intern("__name__"))?
        .map(|n| vm.str_string(&n))
        .transpose()?;
    let n = vm.str_string(name)?;
    if let Some(mn) = &modname {
        let full = format!("{mn}.{n}");
        if let Some(m) = modules(vm).get_rust_str(vm, &full) {
            return Ok(m);
        }
    }
    let msg = match (&modname, vm.getattr_opt(module, &vm.intern("__file__"))?) {
        (Some(mn), Some(f)) => format!(
            "cannot import name '{n}' from '{mn}' ({})",
            vm.str_string(&f)?
        ),
        (Some(mn), None) => format!("cannot import name '{n}' from '{mn}' (unknown location)"),
        _ => format!("cannot import name '{n}'"),
    };
    let e = vm.new_import_error(msg);
    if let Some(mn) = modname {
        let _ = vm.setattr_str(e.value(), "name", new_str_object(vm, &mn));
    }
    Err(e)
}
