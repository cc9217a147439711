//! Descriptors: method descriptors of built-in types (`list.append`),
//! getset descriptors (computed attributes of built-in types), member
//! descriptors (`__slots__` entries), and `property`.

use super::methodobject::{new_bound_builtin, MethodDef, MethodKind};
use super::object::{PyPayload, PyRef};
use super::typeobject::{as_type, class_name, is_subtype};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;

/// `method_descriptor` / `classmethod_descriptor` / static method of a built-in type.
pub struct PyMethodDescriptor {
    pub def: MethodDef,
    pub owner: PyRef,
}

impl PyPayload for PyMethodDescriptor {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.owner);
    }
}

pub type Getter = fn(&Vm, &PyRef) -> PyResult;
/// `value` None deletes.
pub type Setter = fn(&Vm, &PyRef, Option<&PyRef>) -> PyResult<()>;

/// A computed attribute declaration (a `PyGetSetDef` row).
#[derive(Clone, Copy)]
pub struct GetSetDef {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub doc: Option<&'static str>,
}

impl GetSetDef {
    pub const fn new(name: &'static str, get: Getter) -> GetSetDef {
        GetSetDef {
            name,
            get,
            set: None,
            doc: None,
        }
    }
    pub const fn with_setter(mut self, set: Setter) -> GetSetDef {
        self.set = Some(set);
        self
    }
}

/// `getset_descriptor`.
pub struct PyGetSetDescriptor {
    pub def: GetSetDef,
    pub owner: PyRef,
}

impl PyPayload for PyGetSetDescriptor {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.owner);
    }
}

/// `member_descriptor` for a `__slots__` entry: slot `index` of the instance.
pub struct PyMemberDescriptor {
    pub name: PyRef,
    pub owner: PyRef,
    pub index: usize,
}

impl PyPayload for PyMemberDescriptor {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.name);
        visit(&self.owner);
    }
}

/// `property`.
pub struct PyProperty {
    pub fget: RefCell<Option<PyRef>>,
    pub fset: RefCell<Option<PyRef>>,
    pub fdel: RefCell<Option<PyRef>>,
    pub doc: RefCell<Option<PyRef>>,
    pub name: RefCell<Option<PyRef>>,
}

impl PyPayload for PyProperty {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        for r in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            if let Some(v) = r.borrow().as_ref() {
                visit(v);
            }
        }
    }
}

/// Adds method descriptors for `defs` to a built-in type's namespace.
pub fn add_methods(vm: &Vm, ty: &PyRef, defs: &[MethodDef]) {
    let t = as_type(ty);
    for def in defs {
        let descr_type = match def.kind {
            MethodKind::Class => &vm.types.classmethod_descriptor_type,
            _ => &vm.types.method_descriptor_type,
        };
        let d = PyRef::new(
            PyMethodDescriptor {
                def: *def,
                owner: ty.clone(),
            },
            descr_type.clone(),
        );
        let d = if def.kind == MethodKind::Static {
            PyRef::new(
                super::funcobject::PyCallableWrapper {
                    callable: RefCell::new(super::methodobject::new_builtin_function(
                        vm, *def, None,
                    )),
                },
                vm.types.staticmethod_type.clone(),
            )
        } else {
            d
        };
        t.namespace().set_str(vm, def.name, d);
    }
}

/// Adds getset descriptors for `defs` to a built-in type's namespace.
pub fn add_getsets(vm: &Vm, ty: &PyRef, defs: &[GetSetDef]) {
    let t = as_type(ty);
    for def in defs {
        let d = PyRef::new(
            PyGetSetDescriptor {
                def: *def,
                owner: ty.clone(),
            },
            vm.types.getset_descriptor_type.clone(),
        );
        t.namespace().set_str(vm, def.name, d);
    }
}

fn descr_check(vm: &Vm, name: &str, owner: &PyRef, obj: &PyRef) -> PyResult<()> {
    if is_subtype(obj.class(), owner) {
        Ok(())
    } else {
        Err(vm.new_type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
            as_type(owner).name(),
            class_name(obj)
        )))
    }
}

/// `method_descriptor.__get__`.
pub fn method_descr_get(
    vm: &Vm,
    descr: &PyRef,
    obj: Option<&PyRef>,
    ty: Option<&PyRef>,
) -> PyResult {
    let d = descr
        .downcast_ref::<PyMethodDescriptor>()
        .expect("method descriptor");
    if d.def.kind == MethodKind::Class {
        let cls = match (ty, obj) {
            (Some(t), _) => t.clone(),
            (None, Some(o)) => o.class().clone(),
            (None, None) => return Ok(descr.clone()),
        };
        return Ok(new_bound_builtin(vm, d.def, cls));
    }
    match obj {
        None => Ok(descr.clone()),
        Some(o) => {
            descr_check(vm, d.def.name, &d.owner, o)?;
            Ok(new_bound_builtin(vm, d.def, o.clone()))
        }
    }
}

/// Calling an unbound method descriptor: `list.append(l, x)`.
pub fn method_descr_call(vm: &Vm, descr: &PyRef, args: CallArgs<'_>) -> PyResult {
    let d = descr
        .downcast_ref::<PyMethodDescriptor>()
        .expect("method descriptor");
    let pos = args.positional();
    let Some(first) = pos.first() else {
        return Err(vm.new_type_error(format!(
            "unbound method {}.{}() needs an argument",
            as_type(&d.owner).name(),
            d.def.name
        )));
    };
    if d.def.kind == MethodKind::Class {
        if !is_subtype(first, &d.owner) {
            return Err(vm.new_type_error(format!(
                "descriptor '{}' for type '{}' needs a subtype of '{}' as arg 1",
                d.def.name,
                as_type(&d.owner).name(),
                as_type(&d.owner).name()
            )));
        }
    } else {
        descr_check(vm, d.def.name, &d.owner, first)?;
    }
    (d.def.func)(vm, args)
}

/// `getset_descriptor.__get__`.
pub fn getset_get(vm: &Vm, descr: &PyRef, obj: Option<&PyRef>, _ty: Option<&PyRef>) -> PyResult {
    let d = descr
        .downcast_ref::<PyGetSetDescriptor>()
        .expect("getset descriptor");
    match obj {
        None => Ok(descr.clone()),
        Some(o) => {
            descr_check(vm, d.def.name, &d.owner, o)?;
            (d.def.get)(vm, o)
        }
    }
}

/// `getset_descriptor.__set__`/`__delete__`.
pub fn getset_set(vm: &Vm, descr: &PyRef, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let d = descr
        .downcast_ref::<PyGetSetDescriptor>()
        .expect("getset descriptor");
    descr_check(vm, d.def.name, &d.owner, obj)?;
    match d.def.set {
        Some(set) => set(vm, obj, value),
        None => Err(vm.new_attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            d.def.name,
            as_type(&d.owner).name()
        ))),
    }
}

fn member_get(vm: &Vm, descr: &PyRef, obj: Option<&PyRef>, _ty: Option<&PyRef>) -> PyResult {
    let d = descr
        .downcast_ref::<PyMemberDescriptor>()
        .expect("member descriptor");
    let Some(o) = obj else {
        return Ok(descr.clone());
    };
    let name = crate::vm::attr::str_lossy(&d.name);
    descr_check(vm, &name, &d.owner, o)?;
    let v = match (o.vtable().slot_values)(o) {
        Some(s) => s.get(d.index).and_then(|s| s.borrow().clone()),
        // Instances of built-in types with their own payload (a `list`
        // subclass with __slots__) keep slot values in the header's dict.
        None => o.dict().and_then(|dict| {
            dict.downcast_ref::<super::dictobject::PyDict>()
                .and_then(|dd| dd.get_item(vm, &d.name).ok().flatten())
        }),
    };
    v.ok_or_else(|| {
        vm.new_attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            class_name(o)
        ))
    })
}

fn member_set(vm: &Vm, descr: &PyRef, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let d = descr
        .downcast_ref::<PyMemberDescriptor>()
        .expect("member descriptor");
    let name = crate::vm::attr::str_lossy(&d.name);
    descr_check(vm, &name, &d.owner, obj)?;
    let Some(slots) = (obj.vtable().slot_values)(obj) else {
        let dict = match obj.dict() {
            Some(dict) => dict,
            None => {
                let dict = super::dictobject::PyDict::new_ref(vm);
                obj.set_dict(Some(dict.clone()));
                dict
            }
        };
        let dd = dict
            .downcast_ref::<super::dictobject::PyDict>()
            .expect("dict");
        return match value {
            Some(v) => dd.set_item(vm, d.name.clone(), v.clone()),
            None => match dd.pop_item(vm, &d.name)? {
                Some(_) => Ok(()),
                None => Err(vm.new_attribute_error(format!(
                    "'{}' object has no attribute '{name}'",
                    class_name(obj)
                ))),
            },
        };
    };
    let Some(slot) = slots.get(d.index) else {
        return Err(vm.new_attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            class_name(obj)
        )));
    };
    match value {
        Some(v) => {
            let old = slot.borrow_mut().replace(v.clone());
            drop(old);
        }
        None => {
            if slot.borrow_mut().take().is_none() {
                return Err(vm.new_attribute_error(format!(
                    "'{}' object has no attribute '{name}'",
                    class_name(obj)
                )));
            }
        }
    }
    Ok(())
}

fn property_get(vm: &Vm, descr: &PyRef, obj: Option<&PyRef>, _ty: Option<&PyRef>) -> PyResult {
    let p = descr.downcast_ref::<PyProperty>().expect("property");
    let Some(o) = obj.filter(|o| !vm.is_none(o)) else {
        return Ok(descr.clone());
    };
    let fget = p.fget.borrow().clone();
    match fget {
        Some(f) => vm.call_positional(&f, std::slice::from_ref(o)),
        None => Err(vm.new_attribute_error(match p.name.borrow().as_ref() {
            Some(n) => format!(
                "property '{}' of '{}' object has no getter",
                crate::vm::attr::str_lossy(n),
                class_name(o)
            ),
            None => format!("property of '{}' object has no getter", class_name(o)),
        })),
    }
}

fn property_set(vm: &Vm, descr: &PyRef, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let p = descr.downcast_ref::<PyProperty>().expect("property");
    let (f, what) = match value {
        Some(_) => (p.fset.borrow().clone(), "setter"),
        None => (p.fdel.borrow().clone(), "deleter"),
    };
    let Some(f) = f else {
        return Err(vm.new_attribute_error(match p.name.borrow().as_ref() {
            Some(n) => format!(
                "property '{}' of '{}' object has no {what}",
                crate::vm::attr::str_lossy(n),
                class_name(obj)
            ),
            None => format!("property of '{}' object has no {what}", class_name(obj)),
        }));
    };
    match value {
        Some(v) => vm
            .call_positional(&f, &[obj.clone(), v.clone()])
            .map(|_| ()),
        None => vm
            .call_positional(&f, std::slice::from_ref(obj))
            .map(|_| ()),
    }
}

fn property_new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    let p = PyProperty {
        fget: RefCell::new(None),
        fset: RefCell::new(None),
        fdel: RefCell::new(None),
        doc: RefCell::new(None),
        name: RefCell::new(None),
    };
    Ok(PyRef::new(p, cls.clone()))
}

static PROPERTY_SIG: crate::vm::Signature = crate::vm::Signature {
    name: "property",
    params: &["fget", "fset", "fdel", "doc"],
    posonly: 0,
    positional: 4,
    required: 0,
};

fn property_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let a = PROPERTY_SIG.bind(vm, args)?;
    let p = obj.downcast_ref::<PyProperty>().expect("property");
    let some = |o: &Option<PyRef>| o.clone().filter(|v| !vm.is_none(v));
    *p.fget.borrow_mut() = some(&a[0]);
    *p.fset.borrow_mut() = some(&a[1]);
    *p.fdel.borrow_mut() = some(&a[2]);
    let mut doc = some(&a[3]);
    if doc.is_none() {
        if let Some(g) = &*p.fget.borrow() {
            doc = vm
                .getattr_opt(g, &vm.intern("__doc__"))?
                .filter(|d| !vm.is_none(d));
        }
    }
    *p.doc.borrow_mut() = doc;
    Ok(())
}

fn property_copy(vm: &Vm, args: CallArgs<'_>, which: usize) -> PyResult {
    let a = args.check_positional(vm, ["getter", "setter", "deleter"][which], 2, 2)?;
    let p = a[0].downcast_ref::<PyProperty>().expect("property");
    let mut parts = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    parts[which] = Some(a[1].clone());
    let none = vm.none.clone();
    let args: Vec<PyRef> = parts
        .iter()
        .map(|x| x.clone().unwrap_or_else(|| none.clone()))
        .chain([p.doc.borrow().clone().unwrap_or(none.clone())])
        .collect();
    let np = vm.call_positional(a[0].class(), &args)?;
    if let Some(q) = np.downcast_ref::<PyProperty>() {
        *q.name.borrow_mut() = p.name.borrow().clone();
    }
    Ok(np)
}

fn property_getter(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    property_copy(vm, args, 0)
}
fn property_setter(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    property_copy(vm, args, 1)
}
fn property_deleter(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    property_copy(vm, args, 2)
}

fn property_set_name(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__set_name__", 3, 3)?;
    let p = a[0].downcast_ref::<PyProperty>().expect("property");
    *p.name.borrow_mut() = Some(a[2].clone());
    Ok(vm.none.clone())
}

fn prop_field(vm: &Vm, obj: &PyRef, f: fn(&PyProperty) -> Option<PyRef>) -> PyResult {
    let p = obj.downcast_ref::<PyProperty>().expect("property");
    Ok(f(p).unwrap_or_else(|| vm.none.clone()))
}

fn slot_wrapper_call(vm: &Vm, w: &PyRef, args: CallArgs<'_>) -> PyResult {
    let sw = w
        .downcast_ref::<super::typeslots::PySlotWrapper>()
        .expect("slot wrapper");
    let pos = args.positional();
    let Some(obj) = pos.first() else {
        return Err(vm.new_type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            sw.name,
            as_type(&sw.owner).name()
        )));
    };
    if !is_subtype(obj.class(), &sw.owner) {
        return Err(vm.new_type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            sw.name,
            as_type(&sw.owner).name(),
            class_name(obj)
        )));
    }
    super::slotwrappers::call_slot(vm, sw, obj, args.skip_first())
}

fn slot_wrapper_get(vm: &Vm, descr: &PyRef, obj: Option<&PyRef>, _ty: Option<&PyRef>) -> PyResult {
    match obj {
        None => Ok(descr.clone()),
        Some(o) => {
            let sw = descr
                .downcast_ref::<super::typeslots::PySlotWrapper>()
                .expect("slot wrapper");
            descr_check(vm, sw.name, &sw.owner, o)?;
            Ok(super::classobject::new_method_wrapper(
                vm,
                descr.clone(),
                o.clone(),
            ))
        }
    }
}

fn descr_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let s = if let Some(d) = o.downcast_ref::<PyMethodDescriptor>() {
        format!(
            "<method '{}' of '{}' objects>",
            d.def.name,
            as_type(&d.owner).name()
        )
    } else if let Some(d) = o.downcast_ref::<PyGetSetDescriptor>() {
        format!(
            "<attribute '{}' of '{}' objects>",
            d.def.name,
            as_type(&d.owner).name()
        )
    } else if let Some(d) = o.downcast_ref::<PyMemberDescriptor>() {
        format!(
            "<member '{}' of '{}' objects>",
            crate::vm::attr::str_lossy(&d.name),
            as_type(&d.owner).name()
        )
    } else if let Some(d) = o.downcast_ref::<super::typeslots::PySlotWrapper>() {
        format!(
            "<slot wrapper '{}' of '{}' objects>",
            d.name,
            as_type(&d.owner).name()
        )
    } else {
        format!("<{} object at {:#x}>", class_name(o), o.id())
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

/// Installs the descriptor types' slots and `property`.
pub fn init(vm: &Vm) {
    let ts = &vm.types;
    fn s(t: &PyRef) -> &super::typeslots::TypeSlots {
        &as_type(t).slots
    }
    s(&ts.method_descriptor_type)
        .descr_get
        .set(Some(method_descr_get));
    s(&ts.method_descriptor_type)
        .call
        .set(Some(method_descr_call));
    s(&ts.classmethod_descriptor_type)
        .descr_get
        .set(Some(method_descr_get));
    s(&ts.classmethod_descriptor_type)
        .call
        .set(Some(method_descr_call));
    s(&ts.getset_descriptor_type)
        .descr_get
        .set(Some(getset_get));
    s(&ts.getset_descriptor_type)
        .descr_set
        .set(Some(getset_set));
    s(&ts.member_descriptor_type)
        .descr_get
        .set(Some(member_get));
    s(&ts.member_descriptor_type)
        .descr_set
        .set(Some(member_set));
    s(&ts.wrapper_descriptor_type)
        .call
        .set(Some(slot_wrapper_call));
    s(&ts.wrapper_descriptor_type)
        .descr_get
        .set(Some(slot_wrapper_get));
    for t in [
        &ts.method_descriptor_type,
        &ts.classmethod_descriptor_type,
        &ts.getset_descriptor_type,
        &ts.member_descriptor_type,
        &ts.wrapper_descriptor_type,
    ] {
        s(t).repr.set(Some(descr_repr));
    }
    add_getsets(
        vm,
        &ts.getset_descriptor_type,
        &[GetSetDef::new("__doc__", |vm, o| {
            let d = o
                .downcast_ref::<PyGetSetDescriptor>()
                .expect("getset_descriptor");
            Ok(d.def.doc.map_or_else(
                || vm.none.clone(),
                |s| super::unicodeobject::new_str_object(vm, s),
            ))
        })],
    );
    fn member(o: &PyRef) -> &PyMemberDescriptor {
        o.downcast_ref::<PyMemberDescriptor>()
            .expect("member_descriptor")
    }
    add_getsets(
        vm,
        &ts.member_descriptor_type,
        &[
            GetSetDef::new("__name__", |_, o| Ok(member(o).name.clone())),
            GetSetDef::new("__qualname__", |vm, o| {
                let m = member(o);
                let name = crate::vm::attr::str_lossy(&m.name);
                let owner = as_type(&m.owner).qualname.borrow().clone();
                Ok(super::unicodeobject::new_str_object(
                    vm,
                    &format!("{owner}.{name}"),
                ))
            }),
            GetSetDef::new("__objclass__", |_, o| Ok(member(o).owner.clone())),
            GetSetDef::new("__doc__", |vm, _| Ok(vm.none.clone())),
        ],
    );
    let p = &ts.property_type;
    s(p).descr_get.set(Some(property_get));
    s(p).descr_set.set(Some(property_set));
    s(p).new.set(Some(property_new));
    s(p).init.set(Some(property_init));
    add_methods(
        vm,
        p,
        &[
            MethodDef::new("getter", property_getter),
            MethodDef::new("setter", property_setter),
            MethodDef::new("deleter", property_deleter),
            MethodDef::new("__set_name__", property_set_name),
        ],
    );
    add_getsets(
        vm,
        p,
        &[
            GetSetDef::new("fget", |vm, o| {
                prop_field(vm, o, |p| p.fget.borrow().clone())
            }),
            GetSetDef::new("fset", |vm, o| {
                prop_field(vm, o, |p| p.fset.borrow().clone())
            }),
            GetSetDef::new("fdel", |vm, o| {
                prop_field(vm, o, |p| p.fdel.borrow().clone())
            }),
            GetSetDef::new("__doc__", |vm, o| {
                prop_field(vm, o, |p| p.doc.borrow().clone())
            }),
            GetSetDef::new("__isabstractmethod__", property_isabstract),
        ],
    );
}

/// `property.__isabstractmethod__`: whether the getter, setter or deleter
/// has a true `__isabstractmethod__` (what `abc` reads).
fn property_isabstract(vm: &Vm, o: &PyRef) -> PyResult {
    let p = o.downcast_ref::<PyProperty>().expect("property");
    let funcs = [&p.fget, &p.fset, &p.fdel].map(|f| f.borrow().clone());
    let key = vm.intern("__isabstractmethod__");
    for f in funcs.iter().flatten() {
        if let Some(v) = vm.getattr_opt(f, &key)? {
            if vm.is_true(&v)? {
                return Ok(vm.true_.clone());
            }
        }
    }
    Ok(vm.false_.clone())
}
