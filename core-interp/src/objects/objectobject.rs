//! `object`, the root of the hierarchy: instance payload for Python classes
//! (with `__slots__` storage), and object's default slots (`__new__`,
//! `__init__`, `__repr__`, `__eq__`, `__hash__`, attribute access…).

use super::object::{PyPayload, PyRef};
use super::typeobject::{as_type, class_name, tpflags};
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;

/// Payload of `object()` and of instances of Python classes deriving only from object.
#[derive(Default)]
pub struct PyBaseObject {
    /// Values of `__slots__` entries, indexed by member descriptors.
    pub slots: Box<[RefCell<Option<PyRef>>]>,
}

impl PyPayload for PyBaseObject {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        for s in self.slots.iter() {
            if let Some(v) = s.borrow().as_ref() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        for s in self.slots.iter() {
            s.take();
        }
    }
    fn slot_values(&self) -> Option<&[RefCell<Option<PyRef>>]> {
        Some(&self.slots)
    }
}

fn excess_args(args: &CallArgs<'_>) -> bool {
    !args.args.is_empty()
}

/// `object.__new__(cls, ...)`.
pub fn object_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let t = as_type(cls);
    if excess_args(&args) {
        let overrides_new = t
            .slots
            .new
            .get()
            .is_some_and(|f| f as usize != object_new as *const () as usize);
        let overrides_init = t
            .slots
            .init
            .get()
            .is_some_and(|f| f as usize != object_init as *const () as usize);
        if overrides_new {
            return Err(vm.new_type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides_init {
            return Err(vm.new_type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.has_flag(tpflags::IS_ABSTRACT) {
        return Err(abstract_error(vm, cls));
    }
    let n = t.slot_count.get();
    let slots: Box<[RefCell<Option<PyRef>>]> = (0..n).map(|_| RefCell::new(None)).collect();
    Ok(PyRef::new(PyBaseObject { slots }, cls.clone()))
}

fn abstract_error(vm: &Vm, cls: &PyRef) -> crate::vm::PyErr {
    let names = vm
        .getattr_str(cls, "__abstractmethods__")
        .and_then(|a| vm.collect(&a))
        .unwrap_or_default();
    let mut names: Vec<String> = names.iter().filter_map(|n| vm.str_string(n).ok()).collect();
    names.sort();
    vm.new_type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        as_type(cls).name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}

/// `object.__init__(self, ...)`.
pub fn object_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    if excess_args(&args) {
        let t = as_type(obj.class());
        let overrides_init = t
            .slots
            .init
            .get()
            .is_some_and(|f| f as usize != object_init as *const () as usize);
        let overrides_new = t
            .slots
            .new
            .get()
            .is_some_and(|f| f as usize != object_new as *const () as usize);
        if overrides_init {
            return Err(vm.new_type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides_new {
            return Err(vm.new_type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    Ok(())
}

/// `object.__repr__`: `<module.Qualname object at 0x…>`.
pub fn object_repr(vm: &Vm, obj: &PyRef) -> PyResult {
    let ty = obj.class();
    let t = as_type(ty);
    if !t.is_heap() && t.name().contains('.') {
        // Built-in types of modules may carry the module in a dotted `tp_name` (`itertools.chain`).
        return Ok(super::unicodeobject::new_str_object(
            vm,
            &format!("<{} object at {:#x}>", t.name(), obj.id()),
        ));
    }
    let module = t.namespace().get_rust_str(vm, "__module__").and_then(|m| {
        m.downcast_ref::<super::unicodeobject::PyStr>()
            .map(|s| s.to_string_lossy().into_owned())
    });
    let qual = t.qualname.borrow().clone();
    let s = match module.filter(|m| m != "builtins") {
        Some(m) => format!("<{m}.{qual} object at {:#x}>", obj.id()),
        None => format!("<{qual} object at {:#x}>", obj.id()),
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

/// `object.__str__`: `repr(self)` through the type's repr slot.
pub fn object_str(vm: &Vm, obj: &PyRef) -> PyResult {
    vm.repr(obj)
}

/// `object.__hash__`: identity-based.
pub fn object_hash(_vm: &Vm, obj: &PyRef) -> PyResult<isize> {
    let p = obj.id();
    Ok(p.rotate_right(4) as isize)
}

/// `object.__eq__`/`__ne__` and NotImplemented for orderings.
pub fn object_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    match op {
        CompareOperator::Eq => Ok(if a.is(b) {
            vm.true_.clone()
        } else {
            vm.not_implemented.clone()
        }),
        CompareOperator::Ne => {
            // `__ne__` delegates to `__eq__` and inverts, unless NotImplemented.
            let t = as_type(a.class());
            let Some(cmp) = t.slots.richcompare.get() else {
                return Ok(vm.not_implemented.clone());
            };
            let r = cmp(vm, a, b, CompareOperator::Eq)?;
            if vm.is_not_implemented(&r) {
                return Ok(r);
            }
            Ok(vm.bool_obj(!vm.is_true(&r)?))
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}

/// The `__class__` getter.
pub fn object_get_class(_vm: &Vm, obj: &PyRef) -> PyResult {
    Ok(obj.class().clone())
}

/// The `__class__` setter (compatible layouts only).
pub fn object_set_class(vm: &Vm, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let Some(v) = value else {
        return Err(vm.new_type_error("can't delete __class__ attribute"));
    };
    let Some(nt) = v.downcast_ref::<super::typeobject::PyType>() else {
        return Err(vm.new_type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            class_name(v)
        )));
    };
    let old = as_type(obj.class());
    if !nt.is_heap() || !old.is_heap() {
        return Err(vm.new_type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if nt.slot_count.get() != old.slot_count.get() {
        return Err(vm.new_type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            old.name()
        )));
    }
    obj.set_class(v.clone());
    Ok(())
}

fn object_init_subclass(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    if args.positional().len() > 1 || args.has_kwargs() {
        let cls = &args.args[0];
        return Err(vm.new_type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            as_type(cls).name()
        )));
    }
    Ok(vm.none.clone())
}

fn object_format(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__format__", 2, 2)?;
    let spec = a[1]
        .downcast_ref::<super::unicodeobject::PyStr>()
        .ok_or_else(|| {
            vm.new_type_error(format!(
                "__format__() argument must be str, not {}",
                class_name(&a[1])
            ))
        })?;
    if !spec.is_empty() {
        return Err(vm.new_type_error(format!(
            "unsupported format string passed to {}.__format__",
            class_name(&a[0])
        )));
    }
    vm.str(&a[0])
}

fn object_dir(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__dir__", 1, 1)?;
    let d = super::dictobject::PyDict::new_ref(vm);
    let dd = d.downcast_ref::<super::dictobject::PyDict>().unwrap();
    if let Some(own) = a[0].dict() {
        for k in vm.collect(&own)? {
            dd.set_item(vm, k, vm.none.clone())?;
        }
    }
    for cls in as_type(a[0].class()).mro.borrow().iter() {
        for k in as_type(cls).namespace().keys() {
            dd.set_item(vm, k, vm.none.clone())?;
        }
    }
    Ok(super::listobject::new_list(vm, dd.keys()))
}

fn object_sizeof(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "__sizeof__", 1, 1)?;
    Ok(super::longobject::new_int(vm, 16))
}

/// Installs object's slots and methods.
/// `object.__subclasshook__(subclass)`: NotImplemented (the ABC machinery's default).
fn object_subclasshook(vm: &Vm, _args: CallArgs<'_>) -> PyResult {
    Ok(vm.not_implemented.clone())
}

pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, add_methods, GetSetDef};
    use super::methodobject::MethodDef;
    let t = as_type(&vm.types.object_type);
    t.slots.new.set(Some(object_new));
    t.slots.init.set(Some(object_init));
    t.slots.repr.set(Some(object_repr));
    t.slots.str.set(Some(object_str));
    t.slots.hash.set(Some(object_hash));
    t.slots.richcompare.set(Some(object_richcompare));
    t.slots.getattro.set(Some(crate::vm::attr::generic_getattr));
    t.slots.setattro.set(Some(crate::vm::attr::generic_setattr));
    add_methods(
        vm,
        &vm.types.object_type,
        &[
            MethodDef::class("__init_subclass__", object_init_subclass),
            MethodDef::class("__subclasshook__", object_subclasshook),
            MethodDef::new("__reduce_ex__", super::object_reduce::object_reduce_ex),
            MethodDef::new("__reduce__", super::object_reduce::object_reduce),
            MethodDef::new("__getstate__", super::object_reduce::object_getstate),
            MethodDef::new("__format__", object_format),
            MethodDef::new("__dir__", object_dir),
            MethodDef::new("__sizeof__", object_sizeof),
        ],
    );
    add_getsets(
        vm,
        &vm.types.object_type,
        &[GetSetDef::new("__class__", object_get_class).with_setter(object_set_class)],
    );
}
