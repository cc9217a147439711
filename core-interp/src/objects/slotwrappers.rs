//! Calling a built-in type's slot through its wrapper descriptor
//! (`int.__add__(1, 2)`, `(1).__add__(2)`), with CPython's argument checks.

use super::object::{PyObject, PyRef};
use super::typeslots::{PySlotWrapper, SlotFn};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::Cell;

fn check(vm: &Vm, name: &str, args: &CallArgs<'_>, n: usize) -> PyResult<()> {
    args.no_kwargs(vm, name)?;
    let got = args.positional().len();
    if got != n {
        return Err(vm.new_type_error(format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

thread_local! {
    /// The owner of the slot wrapper being called, until a slot function
    /// takes it ([`take_slot_owner`]).
    static OWNER: Cell<*const PyObject> = const { Cell::new(std::ptr::null()) };
}

/// The type whose slot wrapper called the running slot function, once:
/// slot functions shared by many types (cpyext's dispatchers to C slots)
/// learn which type's slot was asked for, so `Base.__init__(self)` from a
/// subclass reaches the base's slot. The wrapper holds the type alive while
/// its call runs.
pub fn take_slot_owner() -> *const PyObject {
    OWNER.with(|o| o.replace(std::ptr::null()))
}

/// Calls the slot `w` wraps, with `obj` as self and `args` the rest.
pub fn call_slot(vm: &Vm, w: &PySlotWrapper, obj: &PyRef, args: CallArgs<'_>) -> PyResult {
    let prev = OWNER.with(|o| o.replace(w.owner.as_ptr().as_ptr()));
    let r = call_slot_fn(vm, w, obj, args);
    OWNER.with(|o| o.set(prev));
    r
}

fn call_slot_fn(vm: &Vm, w: &PySlotWrapper, obj: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = args.positional();
    let none = || vm.none.clone();
    match w.func {
        SlotFn::Init(f) => f(vm, obj, args).map(|_| none()),
        SlotFn::Call(f) => f(vm, obj, args),
        SlotFn::Unary(f) => {
            check(vm, w.name, &args, 0)?;
            f(vm, obj)
        }
        SlotFn::Binary(f) => {
            check(vm, w.name, &args, 1)?;
            f(vm, obj, &a[0])
        }
        SlotFn::BinaryRight(f) => {
            check(vm, w.name, &args, 1)?;
            f(vm, &a[0], obj)
        }
        SlotFn::Ternary(f) => {
            args.no_kwargs(vm, w.name)?;
            if a.is_empty() || a.len() > 2 {
                return Err(
                    vm.new_type_error(format!("expected 1 or 2 arguments, got {}", a.len()))
                );
            }
            f(vm, obj, &a[0], a.get(1).unwrap_or(&vm.none))
        }
        SlotFn::TernaryRight(f) => {
            args.no_kwargs(vm, w.name)?;
            if a.is_empty() || a.len() > 2 {
                return Err(
                    vm.new_type_error(format!("expected 1 or 2 arguments, got {}", a.len()))
                );
            }
            f(vm, &a[0], obj, a.get(1).unwrap_or(&vm.none))
        }
        SlotFn::Richcmp(f, op) => {
            check(vm, w.name, &args, 1)?;
            f(vm, obj, &a[0], op)
        }
        SlotFn::Hash(f) => {
            check(vm, w.name, &args, 0)?;
            Ok(super::longobject::new_int(vm, f(vm, obj)? as i64))
        }
        SlotFn::Len(f) => {
            check(vm, w.name, &args, 0)?;
            Ok(super::longobject::new_int(vm, f(vm, obj)? as i64))
        }
        SlotFn::Inquiry(f) => {
            check(vm, w.name, &args, 0)?;
            Ok(vm.bool_obj(f(vm, obj)?))
        }
        SlotFn::GetAttr(f) => {
            check(vm, w.name, &args, 1)?;
            f(vm, obj, &a[0])
        }
        SlotFn::SetAttr(f) => {
            check(vm, w.name, &args, 2)?;
            hackcheck(vm, obj, f, w.name)?;
            f(vm, obj, &a[0], Some(&a[1])).map(|_| none())
        }
        SlotFn::DelAttr(f) => {
            check(vm, w.name, &args, 1)?;
            hackcheck(vm, obj, f, w.name)?;
            f(vm, obj, &a[0], None).map(|_| none())
        }
        SlotFn::SetItem(f) => {
            check(vm, w.name, &args, 2)?;
            f(vm, obj, &a[0], Some(&a[1])).map(|_| none())
        }
        SlotFn::DelItem(f) => {
            check(vm, w.name, &args, 1)?;
            f(vm, obj, &a[0], None).map(|_| none())
        }
        SlotFn::Contains(f) => {
            check(vm, w.name, &args, 1)?;
            Ok(vm.bool_obj(f(vm, obj, &a[0])?))
        }
        SlotFn::IterNext(f) => {
            check(vm, w.name, &args, 0)?;
            match f(vm, obj)? {
                Some(v) => Ok(v),
                None => Err(vm.new_stop_iteration(None)),
            }
        }
        SlotFn::DescrGet(f) => {
            args.no_kwargs(vm, w.name)?;
            if a.is_empty() || a.len() > 2 {
                return Err(
                    vm.new_type_error(format!("expected 1 or 2 arguments, got {}", a.len()))
                );
            }
            let inst = Some(&a[0]).filter(|o| !vm.is_none(o));
            let ty = a.get(1).filter(|o| !vm.is_none(o));
            if inst.is_none() && ty.is_none() {
                return Err(vm.new_type_error("__get__(None, None) is invalid"));
            }
            f(vm, obj, inst, ty)
        }
        SlotFn::DescrSet(f) => {
            check(vm, w.name, &args, 2)?;
            f(vm, obj, &a[0], Some(&a[1])).map(|_| none())
        }
        SlotFn::DescrDelete(f) => {
            check(vm, w.name, &args, 1)?;
            f(vm, obj, &a[0], None).map(|_| none())
        }
    }
}

/// CPython's `hackcheck`: `object.__setattr__(x, …)` may not skip a
/// built-in base of `type(x)` that overrides attribute setting (a class whose
/// metaclass is `type` must go through `type.__setattr__`).
fn hackcheck(vm: &Vm, obj: &PyRef, func: super::typeslots::SetattroFn, what: &str) -> PyResult<()> {
    use super::typeobject::as_type;
    let addr = |f: Option<super::typeslots::SetattroFn>| f.map(|f| f as usize);
    let generic = Some(super::slotfuncs::slot_setattr as *const () as usize);
    let ty = obj.class();
    let own = addr(as_type(ty).slots.setattro.get());
    let mro = as_type(ty).mro.borrow().clone();
    let defining = mro
        .iter()
        .rev()
        .find(|b| {
            let f = addr(as_type(b).slots.setattro.get());
            f != generic && f == own
        })
        .cloned()
        .unwrap_or_else(|| ty.clone());
    let mut base = Some(defining);
    while let Some(b) = base {
        let f = addr(as_type(&b).slots.setattro.get());
        if f == Some(func as usize) {
            break;
        }
        if f != generic {
            return Err(vm.new_type_error(format!(
                "can't apply this {what} to {} object",
                as_type(ty).name()
            )));
        }
        base = as_type(&b).base.borrow().clone();
    }
    Ok(())
}
