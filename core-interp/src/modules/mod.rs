//! Built-in modules written in Rust (as CPython's `Modules/` and
//! `Python/bltinmodule.c`, `Python/sysmodule.c`).

pub mod bltin_functions;
pub mod bltinmodule;
pub mod stdstreams;
pub mod sysmodule;

use crate::vm::Vm;

/// Creates `builtins` and `sys` and registers them in `sys.modules`.
pub fn init_core_modules(vm: &Vm) {
    let b = bltinmodule::create(vm);
    *vm.builtins.borrow_mut() = Some(b.clone());
    let s = sysmodule::create(vm);
    *vm.sys.borrow_mut() = Some(s.clone());
    let modules = vm.modules.downcast_ref::<crate::objects::dictobject::PyDict>().expect("sys.modules");
    modules.set_str(vm, "builtins", b);
    modules.set_str(vm, "sys", s);
}
