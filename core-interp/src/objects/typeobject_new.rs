//! `T.__new__` for built-in types: a built-in function bound to the type
//! that checks the requested subtype and calls the type's `new` slot.

use super::methodobject::{MethodDef, PyBuiltinFunction};
use super::object::PyRef;
use super::typeobject::{as_type, is_subtype, PyType};
use crate::vm::{CallArgs, PyResult, Vm};

fn tp_new_wrapper(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let ty = &args.args[0];
    let t = as_type(ty);
    let pos = args.positional();
    let Some(sub) = pos.get(1) else {
        return Err(vm.new_type_error(format!("{}.__new__(): not enough arguments", t.name())));
    };
    let Some(st) = sub.downcast_ref::<PyType>() else {
        return Err(vm.new_type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            t.name(),
            super::typeobject::class_name(sub)
        )));
    };
    if !is_subtype(sub, ty) {
        return Err(vm.new_type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            t.name(),
            st.name(),
            st.name(),
            t.name()
        )));
    }
    let new = t
        .slots
        .new
        .get()
        .expect("type with __new__ wrapper has a new slot");
    // The nearest non-Python base of the subtype must share this `new`, or
    // the object would lack the layout that base's `new` builds.
    let mut base = Some(sub.clone());
    while let Some(b) = base.clone() {
        let bt = as_type(&b);
        if !bt
            .slots
            .new
            .get()
            .is_some_and(|f| f as usize == super::slotfuncs::slot_new as *const () as usize)
        {
            break;
        }
        base = bt.base.borrow().clone();
    }
    if let Some(b) = base {
        let bt = as_type(&b);
        if bt.slots.new.get().map(|f| f as usize) != Some(new as usize) {
            return Err(vm.new_type_error(format!(
                "{}.__new__({}) is not safe, use {}.__new__()",
                t.name(),
                st.name(),
                bt.name()
            )));
        }
    }
    new(vm, sub, CallArgs::new(&args.args[2..], args.kwnames))
}

/// Adds `__new__` to a built-in type that defines its own `new` slot.
pub fn add_new_wrapper(vm: &Vm, ty: &PyRef) {
    let t = as_type(ty);
    let Some(new) = t.slots.new.get() else { return };
    if let Some(b) = t.base.borrow().as_ref() {
        if as_type(b)
            .slots
            .new
            .get()
            .is_some_and(|bn| bn as usize == new as usize)
        {
            return;
        }
    }
    let def = MethodDef::new("__new__", tp_new_wrapper);
    let f = PyRef::new(
        PyBuiltinFunction {
            def,
            self_: Some(ty.clone()),
            pass_self: true,
            module: None,
        },
        vm.types.builtin_function_type.clone(),
    );
    t.namespace().set_str(vm, "__new__", f);
}
