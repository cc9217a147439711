//! Built-in modules written in Rust (as CPython's `Modules/` and
//! `Python/bltinmodule.c`, `Python/sysmodule.c`).

pub mod abc;
pub mod ast;
pub mod atexitmodule;
pub mod bltin_functions;
pub mod bltinmodule;
pub mod codecs;
pub mod collections;
pub mod errnomodule;
pub mod functools;
pub mod gcmodule;
pub mod getpath;
pub mod impmodule;
pub mod io;
pub mod itertools;
pub mod localemodule;
pub mod marshal_code;
pub mod marshalmodule;
pub mod math;
pub mod modsupport;
pub mod operator;
pub mod posix_dirent;
pub mod posixmodule;
pub mod signalmodule;
pub mod sre;
pub mod statmodule;
pub mod stdstreams;
pub mod stringmodule;
pub mod sysmodule;
pub mod sysmodule_info;
pub mod threadmodule;
pub mod time;
pub mod warningsmodule;
pub mod weakrefmodule;

use crate::objects::object::PyRef;
use crate::vm::{PyResult, Vm};

pub use modsupport::{
    bind_clinic, builtin_attr, check_args, int_arg, module_set, new_builtin_module, ssize_arg,
};

/// Creates a built-in module's object (like CPython's `PyInit_*` for the
/// modules compiled into its binary, the `_PyImport_Inittab` entries).
pub type ModuleInit = fn(&Vm) -> PyResult<PyRef>;

/// Every built-in module other than `builtins` and `sys`, by name: what
/// `sys.builtin_module_names` lists and `_imp.create_builtin` creates.
/// Keep it sorted by name; each module's file registers here and nowhere else.
pub static BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("_abc", abc::init),
    ("_ast", ast::create),
    ("_codecs", codecs::create),
    ("_collections", collections::init),
    ("_functools", functools::init),
    ("_imp", impmodule::init),
    ("_io", io::init),
    ("_locale", localemodule::init),
    ("_operator", operator::init),
    ("_signal", signalmodule::init),
    ("_sre", sre::create),
    ("_stat", statmodule::init),
    ("_string", stringmodule::init),
    ("_thread", threadmodule::create),
    ("_warnings", warningsmodule::init),
    ("_weakref", weakrefmodule::create),
    ("atexit", atexitmodule::init),
    ("errno", errnomodule::init),
    ("gc", gcmodule::create),
    ("itertools", itertools::init),
    ("marshal", marshalmodule::init),
    ("math", math::init),
    ("posix", posixmodule::init),
    ("time", time::init),
];

/// The init function of the built-in module `name`, if there is one.
pub fn find_builtin(name: &str) -> Option<ModuleInit> {
    BUILTIN_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

/// Creates `builtins` and `sys` and registers them in `sys.modules`.
pub fn init_core_modules(vm: &Vm) {
    let b = bltinmodule::create(vm);
    *vm.builtins.borrow_mut() = Some(b.clone());
    let s = sysmodule::create(vm);
    *vm.sys.borrow_mut() = Some(s.clone());
    let modules = vm
        .modules
        .downcast_ref::<crate::objects::dictobject::PyDict>()
        .expect("sys.modules");
    modules.set_str(vm, "builtins", b);
    modules.set_str(vm, "sys", s);
}
