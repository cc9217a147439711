//! The `_imp` module (CPython's `Python/import.c` functions that
//! `importlib._bootstrap` drives): built-in modules, extension modules
//! (through the loader hook of `vm/extensions.rs`), the global import lock,
//! and the frozen-module queries (oxpy freezes no modules).

use crate::objects::dictobject::PyDict;
use crate::objects::listobject::new_list;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::vm::{CallArgs, PyResult, Vm};
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many times the current holder acquired the import lock. The GIL
/// serialises imports, so the lock only needs to count re-entry.
static IMPORT_LOCK_DEPTH: AtomicUsize = AtomicUsize::new(0);

fn str_arg(vm: &Vm, o: &PyRef, func: &str) -> PyResult<String> {
    if o.downcast_ref::<crate::objects::unicodeobject::PyStr>()
        .is_none()
    {
        return Err(vm.new_type_error(format!(
            "{func}() argument must be str, not {}",
            crate::objects::typeobject::class_name(o)
        )));
    }
    vm.str_string(o)
}

fn lock_held(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "lock_held", 0, 0)?;
    Ok(vm.bool_obj(IMPORT_LOCK_DEPTH.load(Ordering::SeqCst) > 0))
}

fn acquire_lock(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "acquire_lock", 0, 0)?;
    IMPORT_LOCK_DEPTH.fetch_add(1, Ordering::SeqCst);
    Ok(vm.none.clone())
}

fn release_lock(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "release_lock", 0, 0)?;
    if IMPORT_LOCK_DEPTH.load(Ordering::SeqCst) == 0 {
        return Err(vm.new_runtime_error("not holding the import lock"));
    }
    IMPORT_LOCK_DEPTH.fetch_sub(1, Ordering::SeqCst);
    Ok(vm.none.clone())
}

fn is_builtin(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "is_builtin", 1, 1)?;
    let name = str_arg(vm, &a[0], "is_builtin")?;
    Ok(new_int(
        vm,
        match name.as_str() {
            "sys" | "builtins" => -1,
            n if super::find_builtin(n).is_some() => 1,
            _ => 0,
        },
    ))
}

fn create_builtin(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "create_builtin", 1, 1)?;
    let name_obj = vm.getattr_str(&a[0], "name")?;
    let name = str_arg(vm, &name_obj, "create_builtin")?;
    let modules = vm.modules.downcast_ref::<PyDict>().expect("sys.modules");
    if name == "sys" || name == "builtins" {
        if let Some(m) = modules.get_rust_str(vm, &name) {
            return Ok(m);
        }
    }
    match super::find_builtin(&name) {
        Some(init) => init(vm),
        None => Err(vm.new_import_error(format!("no built-in module named {name}"))),
    }
}

fn exec_builtin(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "exec_builtin", 1, 1)?;
    Ok(new_int(vm, 0))
}

fn create_dynamic(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "create_dynamic", 1, 2)?;
    let name = vm.str_string(&vm.getattr_str(&a[0], "name")?)?;
    let origin = vm.str_string(&vm.getattr_str(&a[0], "origin")?)?;
    let modules = vm.modules.downcast_ref::<PyDict>().expect("sys.modules");
    if let Some(m) = modules.get_rust_str(vm, &name) {
        return Ok(m);
    }
    crate::vm::extensions::load_extension(vm, &name, std::path::Path::new(&origin), &a[0])
}

fn exec_dynamic(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "exec_dynamic", 1, 1)?;
    Ok(new_int(vm, 0))
}

/// The suffixes FileFinder tries for extension modules: none when this
/// oxpy has no C-API support to load them with.
fn extension_suffixes(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "extension_suffixes", 0, 0)?;
    if !crate::vm::extensions::has_extension_loader() {
        return Ok(new_list(vm, Vec::new()));
    }
    Ok(new_list(
        vm,
        crate::vm::extensions::EXTENSION_SUFFIXES
            .iter()
            .map(|s| vm.intern(s))
            .collect(),
    ))
}

fn is_frozen(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "is_frozen", 1, 1)?;
    str_arg(vm, &a[0], "is_frozen")?;
    Ok(vm.false_.clone())
}

fn find_frozen(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let sig = crate::vm::Signature {
        name: "find_frozen",
        params: &["name", "withdata"],
        posonly: 1,
        positional: 1,
        required: 1,
    };
    let a = sig.bind(vm, args)?;
    str_arg(vm, a[0].as_ref().expect("required"), "find_frozen")?;
    Ok(vm.none.clone())
}

fn not_frozen(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let name = args
        .positional()
        .first()
        .map(|n| vm.str_string(n))
        .transpose()?
        .unwrap_or_default();
    Err(vm.new_import_error(format!("No such frozen object named '{name}'")))
}

fn init_frozen(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "init_frozen", 1, 1)?;
    Ok(vm.none.clone())
}

fn frozen_module_names(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "_frozen_module_names", 0, 0)?;
    Ok(vm.empty_tuple.clone())
}

/// `_imp._override_frozen_modules_for_tests(override)`: tests force frozen
/// modules on (> 0) or off (< 0). oxpy freezes no modules, so either way
/// every module comes from its source; only the argument is checked.
fn override_frozen_modules_for_tests(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "_override_frozen_modules_for_tests", 1, 1)?;
    vm.index_isize(&a[0])?;
    Ok(vm.none.clone())
}

/// `_imp._fix_co_filename(code, path)`: renames `co_filename` to `path` in
/// `code` and in every code object nested in its constants that had the
/// same name (a cache compiled under another path, read for this one).
fn fix_co_filename(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    use crate::objects::codeobject::PyCode;
    let a = args.check_positional(vm, "_fix_co_filename", 2, 2)?;
    let wrong = |i: usize, want: &str| {
        vm.new_type_error(format!(
            "_fix_co_filename() argument {} must be {want}, not {}",
            i + 1,
            crate::objects::typeobject::class_name(&a[i])
        ))
    };
    let code = a[0]
        .downcast_ref::<PyCode>()
        .ok_or_else(|| wrong(0, "code"))?;
    let path = crate::objects::unicodeobject::as_str(&a[1]).ok_or_else(|| wrong(1, "str"))?;
    let new: std::sync::Arc<str> = std::sync::Arc::from(path.to_string_lossy());
    let old = code.filename();
    if old != new {
        rename(code, &old, &new);
    }
    Ok(vm.none.clone())
}

fn rename(code: &crate::objects::codeobject::PyCode, old: &str, new: &std::sync::Arc<str>) {
    if &*code.filename() != old {
        return;
    }
    *code.renamed_file.borrow_mut() = Some(new.clone());
    for c in &code.consts {
        if let Some(inner) = c.downcast_ref::<crate::objects::codeobject::PyCode>() {
            rename(inner, old, new);
        }
    }
}

static SOURCE_HASH_SIG: crate::vm::Signature = crate::vm::Signature {
    name: "source_hash",
    params: &["key", "source"],
    posonly: 0,
    positional: 2,
    required: 2,
};

/// `_imp.source_hash(key, source)`: SipHash-1-3 of the source keyed by
/// `key`, as the 8 bytes hash-based `.pyc` files store (CPython's
/// `_Py_KeyedHash`).
fn source_hash(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = SOURCE_HASH_SIG.bind(vm, args)?;
    let key = crate::objects::longobject::as_int(a[0].as_ref().expect("required"))
        .ok_or_else(|| vm.new_type_error("an integer is required"))?
        .value
        .to_big();
    let key = u64::try_from(&key)
        .or_else(|_| i64::try_from(&key).map(|k| k as u64))
        .map_err(|_| vm.new_overflow_error("Python int too large to convert to C long"))?;
    let data = crate::modules::posixmodule::buffer_bytes(vm, a[1].as_ref().expect("required"))?;
    let h = crate::objects::hashing::siphash13_keyed(key, 0, &data);
    Ok(crate::objects::bytesobject::new_bytes(
        vm,
        h.to_le_bytes().to_vec(),
    ))
}

/// Creates the `_imp` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let m = new_module(vm, "_imp");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    let fns = [
        MethodDef::new("lock_held", lock_held),
        MethodDef::new("acquire_lock", acquire_lock),
        MethodDef::new("release_lock", release_lock),
        MethodDef::new("is_builtin", is_builtin),
        MethodDef::new("create_builtin", create_builtin),
        MethodDef::new("exec_builtin", exec_builtin),
        MethodDef::new("create_dynamic", create_dynamic),
        MethodDef::new("exec_dynamic", exec_dynamic),
        MethodDef::new("extension_suffixes", extension_suffixes),
        MethodDef::new("is_frozen", is_frozen),
        MethodDef::new("find_frozen", find_frozen),
        MethodDef::new("get_frozen_object", not_frozen),
        MethodDef::new("is_frozen_package", not_frozen),
        MethodDef::new("init_frozen", init_frozen),
        MethodDef::new("_frozen_module_names", frozen_module_names),
        MethodDef::new("_fix_co_filename", fix_co_filename),
        MethodDef::new(
            "_override_frozen_modules_for_tests",
            override_frozen_modules_for_tests,
        ),
        MethodDef::new("source_hash", source_hash),
    ];
    for f in fns {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    d.set_str(vm, "check_hash_based_pycs", vm.intern("default"));
    Ok(m)
}
