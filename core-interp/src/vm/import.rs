//! The Rust side of the import system (CPython's `Python/import.c`):
//! `__import__` resolves relative names and answers from `sys.modules`;
//! everything else — finders on `sys.meta_path`, specs, loaders, locks — is
//! CPython's `importlib._bootstrap`, installed at start-up as
//! `_frozen_importlib` (see `vm/importlib_init.rs`). `from m import name`
//! (the IMPORT_FROM opcode) is here too.

use super::{CallArgs, PyResult, Signature, Vm};
use crate::objects::dictobject::PyDict;
use crate::objects::object::PyRef;
use crate::objects::unicodeobject::{new_str_object, PyStr};

pub use crate::modules::sysmodule::sys_attr;

fn modules(vm: &Vm) -> &PyDict {
    vm.modules
        .downcast_ref::<PyDict>()
        .expect("sys.modules is a dict")
}

fn str_of(vm: &Vm, o: &PyRef) -> Option<String> {
    o.downcast_ref::<PyStr>()
        .map(|_| vm.str_string(o))
        .and_then(Result::ok)
}

/// The absolute module name for `name` imported with `level` leading dots
/// from code whose globals are `globals` (CPython's `resolve_name`).
fn resolve_name(vm: &Vm, name: &str, globals: Option<&PyRef>, level: usize) -> PyResult<String> {
    let Some(g) = globals.filter(|g| !vm.is_none(g)) else {
        return Err(vm.new_key_error(vm.intern("'__name__' not in globals")));
    };
    let Some(g) = g.downcast_ref::<PyDict>() else {
        return Err(vm.new_type_error("globals must be a dict"));
    };
    let package = g.get_rust_str(vm, "__package__").filter(|p| !vm.is_none(p));
    let spec = g.get_rust_str(vm, "__spec__").filter(|s| !vm.is_none(s));
    let package = if let Some(p) = package {
        str_of(vm, &p).ok_or_else(|| vm.new_type_error("package must be a string"))?
    } else if let Some(spec) = spec {
        let parent = vm.getattr_str(&spec, "parent")?;
        str_of(vm, &parent).ok_or_else(|| vm.new_type_error("__spec__.parent must be a string"))?
    } else {
        let Some(n) = g.get_rust_str(vm, "__name__") else {
            return Err(vm.new_key_error(vm.intern("'__name__' not in globals")));
        };
        let n = str_of(vm, &n).ok_or_else(|| vm.new_type_error("__name__ must be a string"))?;
        if g.get_rust_str(vm, "__path__").is_some() {
            n
        } else {
            n.rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default()
        }
    };
    if package.is_empty() {
        return Err(vm.new_import_error("attempted relative import with no known parent package"));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => {
                return Err(
                    vm.new_import_error("attempted relative import beyond top-level package")
                )
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `importlib._bootstrap` once it is installed.
fn bootstrap(vm: &Vm) -> Option<PyRef> {
    vm.importlib.borrow().clone()
}

/// Waits for a module another thread is still initialising (CPython's
/// `import_ensure_initialized`).
fn ensure_initialized(vm: &Vm, m: &PyRef, name: &str) -> PyResult<()> {
    let Some(b) = bootstrap(vm) else {
        return Ok(());
    };
    let Some(spec) = vm.getattr_opt(m, &vm.intern("__spec__"))? else {
        return Ok(());
    };
    let initializing = match vm.getattr_opt(&spec, &vm.intern("_initializing"))? {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    if initializing {
        vm.call_method(&b, "_lock_unlock_module", &[new_str_object(vm, name)])?;
    }
    Ok(())
}

/// Before importlib is installed only built-in modules can be imported.
fn import_builtin(vm: &Vm, name: &str) -> PyResult {
    match crate::modules::find_builtin(name) {
        Some(init) => {
            let m = init(vm)?;
            modules(vm).set_str(vm, name, m.clone());
            Ok(m)
        }
        None => {
            let e = vm.new_exception_msg(
                &vm.exceptions.module_not_found_error,
                format!("No module named '{name}'"),
            );
            let _ = vm.setattr_str(e.value(), "name", new_str_object(vm, name));
            Err(e)
        }
    }
}

/// The file names of importlib's bootstrap code objects.
pub const BOOTSTRAP_FILENAME: &str = "<frozen importlib._bootstrap>";
pub const BOOTSTRAP_EXTERNAL_FILENAME: &str = "<frozen importlib._bootstrap_external>";

/// Hides the import machinery from an error's traceback as CPython's
/// `remove_importlib_frames` does: every run of importlib frames for an
/// ImportError, else the runs that end in `_call_with_frames_removed`.
fn remove_importlib_frames(vm: &Vm, e: super::PyErr) -> super::PyErr {
    let always = e.matches(&vm.exceptions.import_error);
    crate::objects::tracebackobject::retain_entries(vm, e.value(), |codes| {
        let mut keep = vec![true; codes.len()];
        let mut chunk_start = 0;
        let mut in_importlib = false;
        for (i, c) in codes.iter().enumerate() {
            let now =
                &*c.filename == BOOTSTRAP_FILENAME || &*c.filename == BOOTSTRAP_EXTERNAL_FILENAME;
            if now && !in_importlib {
                chunk_start = i;
            }
            in_importlib = now;
            if now && (always || &*c.name == "_call_with_frames_removed") {
                keep[chunk_start..=i].iter_mut().for_each(|k| *k = false);
            }
        }
        keep
    });
    e
}

/// The module `name` (absolute), from `sys.modules` or imported by
/// `importlib._bootstrap._find_and_load`.
fn find_and_load(vm: &Vm, name: &str) -> PyResult {
    if let Some(m) = modules(vm).get_rust_str(vm, name) {
        if !vm.is_none(&m) {
            ensure_initialized(vm, &m, name)?;
            return Ok(m);
        }
    }
    match bootstrap(vm) {
        Some(b) => {
            let import = vm.getattr_str(&vm.builtins_module(), "__import__")?;
            vm.call_method(&b, "_find_and_load", &[new_str_object(vm, name), import])
                .map_err(|e| remove_importlib_frames(vm, e))
        }
        None => import_builtin(vm, name),
    }
}

/// Imports the fully qualified `name` and returns that module (not its
/// top-level package), like `PyImport_ImportModule`.
pub fn import_module(vm: &Vm, name: &str) -> PyResult {
    find_and_load(vm, name)
}

static IMPORT_SIG: Signature = Signature {
    name: "__import__",
    params: &["name", "globals", "locals", "fromlist", "level"],
    posonly: 0,
    positional: 5,
    required: 1,
};

/// `builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)`
/// (CPython's `PyImport_ImportModuleLevelObject`).
pub fn builtin_import(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = IMPORT_SIG.bind(vm, args)?;
    let name_obj = a[0].clone().expect("required");
    let Some(name) = str_of(vm, &name_obj) else {
        return Err(vm.new_type_error("module name must be a string"));
    };
    let level = match &a[4] {
        Some(l) => vm.index_isize(l)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.new_value_error("level must be >= 0"));
    }
    let abs_name = if level > 0 {
        resolve_name(vm, &name, a[1].as_ref(), level as usize)?
    } else {
        if name.is_empty() {
            return Err(vm.new_value_error("Empty module name"));
        }
        name.clone()
    };
    let m = find_and_load(vm, &abs_name)?;
    let fromlist = a[3].clone().filter(|f| !vm.is_none(f));
    let has_from = match &fromlist {
        Some(f) => vm.is_true(f)?,
        None => false,
    };
    if has_from {
        let Some(b) = bootstrap(vm) else {
            return Ok(m);
        };
        if vm.getattr_opt(&m, &vm.intern("__path__"))?.is_none() {
            return Ok(m);
        }
        let import = vm.getattr_str(&vm.builtins_module(), "__import__")?;
        return vm
            .call_method(
                &b,
                "_handle_fromlist",
                &[m, fromlist.expect("has_from"), import],
            )
            .map_err(|e| remove_importlib_frames(vm, e));
    }
    if level > 0 && name.is_empty() {
        return Ok(m);
    }
    let Some(dot) = name.find('.') else {
        return Ok(m);
    };
    if level == 0 {
        return find_and_load(vm, &name[..dot]);
    }
    // `from . import` forms never get here; `import` with dots needs no
    // level, so this is `__import__('a.b', globals, level=1)` called directly.
    let cut = name.len() - dot;
    let top = &abs_name[..abs_name.len() - cut];
    match modules(vm).get_rust_str(vm, top) {
        Some(m) => Ok(m),
        None => Err(vm.new_key_error(new_str_object(
            vm,
            &format!("'{top}' not in sys.modules as expected"),
        ))),
    }
}

/// `from module import name` (the IMPORT_FROM opcode).
pub fn import_from(vm: &Vm, module: &PyRef, name: &PyRef) -> PyResult {
    match vm.getattr_opt(module, name) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => {}
        Err(e) if e.matches(&vm.exceptions.attribute_error) => {}
        Err(e) => return Err(e),
    }
    let n = vm.str_string(name)?;
    let modname = vm
        .getattr_opt(module, &vm.intern("__name__"))
        .ok()
        .flatten()
        .and_then(|m| str_of(vm, &m));
    if let Some(mn) = &modname {
        if let Some(m) = modules(vm).get_rust_str(vm, &format!("{mn}.{n}")) {
            return Ok(m);
        }
    }
    let shown = modname.as_deref().unwrap_or("<unknown module name>");
    let file = module
        .dict()
        .and_then(|d| {
            d.downcast_ref::<PyDict>()
                .and_then(|d| d.get_rust_str(vm, "__file__"))
        })
        .and_then(|f| str_of(vm, &f));
    let initializing = match vm.getattr_opt(module, &vm.intern("__spec__")) {
        Ok(Some(spec)) => match vm.getattr_opt(&spec, &vm.intern("_initializing")) {
            Ok(Some(v)) => vm.is_true(&v).unwrap_or(false),
            _ => false,
        },
        _ => false,
    };
    let location = file.as_deref().unwrap_or("unknown location");
    let msg = if initializing {
        format!(
            "cannot import name '{n}' from partially initialized module '{shown}' \
             (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{n}' from '{shown}' ({location})")
    };
    let e = vm.new_import_error(msg);
    if let Some(mn) = modname {
        let _ = vm.setattr_str(e.value(), "name", new_str_object(vm, &mn));
    }
    if let Some(f) = file {
        let _ = vm.setattr_str(e.value(), "path", new_str_object(vm, &f));
    }
    Err(e)
}
