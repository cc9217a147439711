//! `super`: attribute lookup that starts after a given class in the MRO of
//! an object's type, including the zero-argument form that reads the
//! calling frame's `__class__` cell and first argument.

use super::object::{PyPayload, PyRef};
use super::typeobject::{as_type, is_subtype, PyType};
use crate::vm::frame::Frame;
use crate::vm::{CallArgs, PyResult, Vm};

/// The payload of super objects.
pub struct PySuper {
    /// The class after which lookup starts.
    pub ty: PyRef,
    /// The bound object (or class), if any.
    pub obj: Option<PyRef>,
    /// The type whose MRO is searched.
    pub obj_type: Option<PyRef>,
}

impl PyPayload for PySuper {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.ty);
        if let Some(o) = &self.obj {
            visit(o);
        }
        if let Some(o) = &self.obj_type {
            visit(o);
        }
    }
}

fn supercheck(vm: &Vm, ty: &PyRef, obj: &PyRef) -> PyResult {
    if obj.downcast_ref::<PyType>().is_some() && is_subtype(obj, ty) {
        return Ok(obj.clone());
    }
    if is_subtype(obj.class(), ty) {
        return Ok(obj.class().clone());
    }
    if let Some(c) = vm.getattr_opt(obj, &vm.intern("__class__"))? {
        if c.downcast_ref::<PyType>().is_some() && !c.is(obj.class()) && is_subtype(&c, ty) {
            return Ok(c);
        }
    }
    Err(vm.new_type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super.__new__` + `__init__`.
pub fn super_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "super")?;
    let pos = args.positional();
    let (ty, obj) = match pos.len() {
        0 => zero_arg_super(vm)?,
        1 => (pos[0].clone(), None),
        2 => (pos[0].clone(), Some(pos[1].clone())),
        n => {
            return Err(vm.new_type_error(format!("super() takes at most 2 arguments ({n} given)")))
        }
    };
    if ty.downcast_ref::<PyType>().is_none() {
        return Err(vm.new_type_error(format!(
            "super() argument 1 must be a type, not {}",
            super::typeobject::class_name(&ty)
        )));
    }
    let obj = obj.filter(|o| !vm.is_none(o));
    let obj_type = match &obj {
        Some(o) => Some(supercheck(vm, &ty, o)?),
        None => None,
    };
    Ok(PyRef::new(PySuper { ty, obj, obj_type }, cls.clone()))
}

fn zero_arg_super(vm: &Vm) -> PyResult<(PyRef, Option<PyRef>)> {
    let frame = vm
        .ts
        .frames
        .borrow()
        .last()
        .cloned()
        .ok_or_else(|| vm.new_runtime_error("super(): no current frame"))?;
    let f = frame.downcast_ref::<Frame>().unwrap();
    let code = &f.pycode().code;
    if code.argcount == 0 && code.flags & crate::compile::bytecode::code_flags::VARARGS == 0 {
        return Err(vm.new_runtime_error("super(): no arguments"));
    }
    // The first argument: in its fast slot, or moved into a cell.
    // SAFETY: short read of the running frame's locals; nothing else borrows them now.
    let mut first = unsafe { &*f.fast.get() }.first().cloned().flatten();
    if let Some(ci) = code.cell2arg.iter().position(|a| *a == Some(0)) {
        first = super::cellobject::as_cell(&f.cells()[ci])
            .contents
            .borrow()
            .clone();
    }
    let first = first.ok_or_else(|| vm.new_runtime_error("super(): arg[0] deleted"))?;
    let ncell = code.cellvars.len();
    let idx = code
        .freevars
        .iter()
        .position(|n| &**n == "__class__")
        .ok_or_else(|| vm.new_runtime_error("super(): __class__ cell not found"))?;
    let cell = &f.cells()[ncell + idx];
    let cls = super::cellobject::as_cell(cell)
        .contents
        .borrow()
        .clone()
        .ok_or_else(|| vm.new_runtime_error("super(): empty __class__ cell"))?;
    if cls.downcast_ref::<PyType>().is_none() {
        return Err(vm.new_runtime_error("super(): __class__ is not a type"));
    }
    Ok((cls, Some(first)))
}

/// `super.__getattribute__`.
pub fn super_getattro(vm: &Vm, sup: &PyRef, name: &PyRef) -> PyResult {
    let s = sup.downcast_ref::<PySuper>().expect("super");
    let skip = name
        .downcast_ref::<super::unicodeobject::PyStr>()
        .is_some_and(|n| n.eq_rust("__class__"));
    if let (Some(start), false) = (&s.obj_type, skip) {
        let mro = as_type(start).mro.borrow().clone();
        let pos = mro
            .iter()
            .position(|c| c.is(&s.ty))
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for cls in &mro[pos..] {
            if let Some(v) = as_type(cls).namespace().get_str(vm, name) {
                return match as_type(v.class()).slots.descr_get.get() {
                    Some(get) => {
                        let obj = s.obj.as_ref().filter(|o| !o.is(start));
                        get(vm, &v, obj, Some(start))
                    }
                    None => Ok(v),
                };
            }
        }
    }
    crate::vm::attr::generic_getattr(vm, sup, name)
}

/// `super.__get__`.
pub fn super_descr_get(vm: &Vm, sup: &PyRef, obj: Option<&PyRef>, _ty: Option<&PyRef>) -> PyResult {
    let s = sup.downcast_ref::<PySuper>().expect("super");
    match obj {
        Some(o) if s.obj.is_none() && !vm.is_none(o) => {
            let ot = supercheck(vm, &s.ty, o)?;
            Ok(PyRef::new(
                PySuper {
                    ty: s.ty.clone(),
                    obj: Some(o.clone()),
                    obj_type: Some(ot),
                },
                sup.class().clone(),
            ))
        }
        _ => Ok(sup.clone()),
    }
}

/// `super.__repr__`.
pub fn super_repr(vm: &Vm, sup: &PyRef) -> PyResult {
    let s = sup.downcast_ref::<PySuper>().expect("super");
    let t = as_type(&s.ty).name();
    let r = match &s.obj_type {
        Some(ot) => format!("<super: <class '{t}'>, <{} object>>", as_type(ot).name()),
        None => format!("<super: <class '{t}'>, NULL>"),
    };
    Ok(super::unicodeobject::new_str_object(vm, &r))
}

/// Installs super's slots.
pub fn init(vm: &Vm) {
    let s = &as_type(&vm.types.super_type).slots;
    s.new.set(Some(super_new));
    s.getattro.set(Some(super_getattro));
    s.descr_get.set(Some(super_descr_get));
    s.repr.set(Some(super_repr));
    use super::descrobject::GetSetDef;
    fn get(o: &PyRef) -> &PySuper {
        o.downcast_ref::<PySuper>().expect("super")
    }
    super::descrobject::add_getsets(
        vm,
        &vm.types.super_type,
        &[
            GetSetDef::new("__thisclass__", |_, o| Ok(get(o).ty.clone())),
            GetSetDef::new("__self__", |vm, o| {
                Ok(get(o).obj.clone().unwrap_or_else(|| vm.none.clone()))
            }),
            GetSetDef::new("__self_class__", |vm, o| {
                Ok(get(o).obj_type.clone().unwrap_or_else(|| vm.none.clone()))
            }),
        ],
    );
}
