//! Connects object deallocation to the interpreter: `__del__` finalizers run
//! on the current thread's VM, and errors they raise are reported as
//! unraisable, as CPython does.

use super::Vm;
use crate::objects::dealloc::{install_hooks, DeallocHooks};
use crate::objects::object::{PyObject, PyRef};
use std::cell::Cell;

thread_local! {
    static CURRENT_VM: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

/// Records `vm` as this thread's VM (for callbacks that have no `&Vm`).
pub fn set_current(vm: &Vm) {
    CURRENT_VM.with(|c| c.set(vm as *const Vm));
}

/// Forgets this thread's VM (before it is dropped).
pub fn clear_current() {
    CURRENT_VM.with(|c| c.set(std::ptr::null()));
}

/// Runs `f` with this thread's VM, if one is registered.
pub fn with_current<R>(f: impl FnOnce(&Vm) -> R) -> Option<R> {
    let p = CURRENT_VM.with(|c| c.get());
    if p.is_null() {
        return None;
    }
    // SAFETY: the registered VM lives for the thread's whole run (it is
    // created before and dropped after everything that calls back here).
    Some(f(unsafe { &*p }))
}

fn finalize(obj: &PyRef) {
    with_current(|vm| run_finalizer(vm, obj));
}

/// Calls `obj.__del__()`, reporting an error as unraisable (also used by the collector).
pub fn run_finalizer(vm: &Vm, obj: &PyRef) {
    // As CPython's `slot_tp_finalize`, an error names the `__del__` found on the type.
    let Some(del) = crate::objects::typeobject::class_type(obj).lookup_str(vm, "__del__") else {
        return;
    };
    if let Err(e) = vm.call_special(obj, "__del__", &[]) {
        crate::modules::sysmodule::write_unraisable(vm, &e, Some(&del), "Exception ignored in");
    }
}

/// Clears the weak references to a dying object, then runs their callbacks
/// (CPython's `PyObject_ClearWeakRefs`).
fn clear_weakrefs(obj: &PyObject) {
    let calls = crate::objects::weakrefobject::clear_refs(obj);
    if !calls.is_empty() {
        with_current(|vm| crate::objects::weakrefobject::run_callbacks(vm, calls));
    }
}

/// Installs the hooks; called once at start-up.
pub fn install(vm: &Vm) {
    set_current(vm);
    install_hooks(DeallocHooks {
        finalize,
        clear_weakrefs,
    });
}
