//! The Python-visible face of `type`: attribute lookup on classes
//! (`type.__getattribute__`), the getsets `__name__`, `__qualname__`,
//! `__bases__`, `__mro__`, `__dict__`, `__doc__`, `__module__`, instance
//! `__dict__` descriptors, and the methods `mro()`, `__subclasses__()`,
//! `__instancecheck__`, `__subclasscheck__`, `__prepare__`.

use super::descrobject::{GetSetDef, PyGetSetDescriptor};
use super::dictobject::PyDict;
use super::methodobject::MethodDef;
use super::object::PyRef;
use super::tupleobject::new_tuple;
use super::typeobject::{as_type, class_name, is_subtype, PyType};
use super::unicodeobject::{new_str_object, PyStr};
use crate::vm::attr::{no_attribute, str_lossy};
use crate::vm::{CallArgs, PyResult, Vm};

/// `type.__getattribute__(cls, name)`.
pub fn type_getattro(vm: &Vm, ty: &PyRef, name: &PyRef) -> PyResult {
    let meta = ty.class();
    let meta_attr = as_type(meta).lookup(vm, name);
    let mut meta_get = None;
    if let Some(ma) = &meta_attr {
        let mt = as_type(ma.class());
        meta_get = mt.slots.descr_get.get();
        if let (Some(get), Some(_)) = (meta_get, mt.slots.descr_set.get()) {
            return get(vm, ma, Some(ty), Some(meta));
        }
    }
    if let Some(attr) = as_type(ty).lookup(vm, name) {
        return match as_type(attr.class()).slots.descr_get.get() {
            Some(get) => get(vm, &attr, None, Some(ty)),
            None => Ok(attr),
        };
    }
    match (meta_attr, meta_get) {
        (Some(ma), Some(get)) => get(vm, &ma, Some(ty), Some(meta)),
        (Some(ma), None) => Ok(ma),
        (None, _) => Err(no_attribute(vm, ty, name)),
    }
}

fn ty_of<'a>(vm: &Vm, obj: &'a PyRef) -> PyResult<&'a PyType> {
    obj.downcast_ref::<PyType>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a type"))
}

/// A built-in type's `tp_name` may be `module.Name`; `__name__` is the last part.
fn short_name(t: &PyType, name: &str) -> String {
    if t.is_heap() {
        name.to_string()
    } else {
        name.rsplit('.').next().unwrap_or(name).to_string()
    }
}

fn get_name(vm: &Vm, obj: &PyRef) -> PyResult {
    let t = ty_of(vm, obj)?;
    Ok(new_str_object(vm, &short_name(t, &t.name())))
}

fn set_name(vm: &Vm, obj: &PyRef, v: Option<&PyRef>) -> PyResult<()> {
    let t = ty_of(vm, obj)?;
    check_heap(vm, t, "__name__")?;
    match v.and_then(|v| v.downcast_ref::<PyStr>()) {
        Some(s) => {
            *t.name.borrow_mut() = s.to_string_lossy().into_owned();
            Ok(())
        }
        None => Err(vm.new_type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            t.name(),
            v.map(class_name).unwrap_or_else(|| "NoneType".into())
        ))),
    }
}

fn check_heap(vm: &Vm, t: &PyType, attr: &str) -> PyResult<()> {
    if t.is_heap() {
        Ok(())
    } else {
        Err(vm.new_type_error(format!(
            "cannot set '{attr}' attribute of immutable type '{}'",
            t.name()
        )))
    }
}

fn get_qualname(vm: &Vm, obj: &PyRef) -> PyResult {
    let t = ty_of(vm, obj)?;
    let q = t.qualname.borrow().clone();
    Ok(new_str_object(vm, &short_name(t, &q)))
}

fn set_qualname(vm: &Vm, obj: &PyRef, v: Option<&PyRef>) -> PyResult<()> {
    let t = ty_of(vm, obj)?;
    check_heap(vm, t, "__qualname__")?;
    match v.and_then(|v| v.downcast_ref::<PyStr>()) {
        Some(s) => {
            *t.qualname.borrow_mut() = s.to_string_lossy().into_owned();
            Ok(())
        }
        None => Err(vm.new_type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            t.name(),
            v.map(class_name).unwrap_or_else(|| "NoneType".into())
        ))),
    }
}

fn get_bases(vm: &Vm, obj: &PyRef) -> PyResult {
    Ok(new_tuple(vm, ty_of(vm, obj)?.bases.borrow().clone()))
}

fn get_base(vm: &Vm, obj: &PyRef) -> PyResult {
    Ok(ty_of(vm, obj)?
        .base
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn get_mro(vm: &Vm, obj: &PyRef) -> PyResult {
    Ok(new_tuple(vm, ty_of(vm, obj)?.mro.borrow().clone()))
}

fn get_dict(vm: &Vm, obj: &PyRef) -> PyResult {
    let t = ty_of(vm, obj)?;
    Ok(super::mappingproxy::new_mappingproxy(vm, t.dict.clone()))
}

fn get_doc(vm: &Vm, obj: &PyRef) -> PyResult {
    let t = ty_of(vm, obj)?;
    if !t.is_heap() {
        return Ok(match t.doc {
            Some(d) => new_str_object(vm, d),
            None => vm.none.clone(),
        });
    }
    let Some(d) = t.namespace().get_rust_str(vm, "__doc__") else {
        return Ok(vm.none.clone());
    };
    match as_type(d.class()).slots.descr_get.get() {
        Some(get) => get(vm, &d, None, Some(obj)),
        None => Ok(d),
    }
}

fn set_doc(vm: &Vm, obj: &PyRef, v: Option<&PyRef>) -> PyResult<()> {
    let t = ty_of(vm, obj)?;
    check_heap(vm, t, "__doc__")?;
    t.namespace()
        .set_str(vm, "__doc__", v.cloned().unwrap_or_else(|| vm.none.clone()));
    Ok(())
}

fn get_module(vm: &Vm, obj: &PyRef) -> PyResult {
    let t = ty_of(vm, obj)?;
    if t.is_heap() {
        return t
            .namespace()
            .get_rust_str(vm, "__module__")
            .ok_or_else(|| vm.new_attribute_error("__module__"));
    }
    // A built-in type's own `__module__` entry may be a descriptor for its
    // instances (type, builtin_function_or_method); only a str names its module.
    if let Some(m) = t
        .namespace()
        .get_rust_str(vm, "__module__")
        .filter(|m| m.downcast_ref::<PyStr>().is_some())
    {
        return Ok(m);
    }
    let name = t.name();
    Ok(vm.intern("builtins")).map(|b| {
        if name.contains('.') {
            new_str_object(vm, name.rsplit_once('.').unwrap().0)
        } else {
            b
        }
    })
}

fn set_module(vm: &Vm, obj: &PyRef, v: Option<&PyRef>) -> PyResult<()> {
    let t = ty_of(vm, obj)?;
    check_heap(vm, t, "__module__")?;
    t.namespace().set_str(
        vm,
        "__module__",
        v.cloned().unwrap_or_else(|| vm.none.clone()),
    );
    Ok(())
}

/// `type.__flags__`: the flag bits CPython also has (the low 32; oxpy's
/// own bookkeeping flags live above them).
fn get_flags(vm: &Vm, obj: &PyRef) -> PyResult {
    let flags = ty_of(vm, obj)?.flags.get() & 0xFFFF_FFFF;
    Ok(crate::objects::longobject::new_int(vm, flags as i64))
}

fn get_abstractmethods(vm: &Vm, obj: &PyRef) -> PyResult {
    let t = ty_of(vm, obj)?;
    let key = vm.intern("__abstractmethods__");
    match (!obj.is(&vm.types.type_type))
        .then(|| t.namespace().get_str(vm, &key))
        .flatten()
    {
        Some(v) => Ok(v),
        None => Err(vm.new_attribute_error("__abstractmethods__")),
    }
}

fn set_abstractmethods(vm: &Vm, obj: &PyRef, v: Option<&PyRef>) -> PyResult<()> {
    let t = ty_of(vm, obj)?;
    let abstract_ = match v {
        Some(v) => {
            t.namespace().set_str(vm, "__abstractmethods__", v.clone());
            vm.is_true(v)?
        }
        None => {
            t.namespace()
                .del_item(vm, &vm.intern("__abstractmethods__"))
                .map_err(|_| vm.new_attribute_error("__abstractmethods__"))?;
            false
        }
    };
    let f = t.flags.get();
    t.flags.set(if abstract_ {
        f | super::typeobject::tpflags::IS_ABSTRACT
    } else {
        f & !super::typeobject::tpflags::IS_ABSTRACT
    });
    Ok(())
}

fn get_annotations(vm: &Vm, obj: &PyRef) -> PyResult {
    let t = ty_of(vm, obj)?;
    if let Some(a) = t.namespace().get_rust_str(vm, "__annotations__") {
        return match as_type(a.class()).slots.descr_get.get() {
            Some(get) => get(vm, &a, None, Some(obj)),
            None => Ok(a),
        };
    }
    if !t.is_heap() {
        return Err(vm.new_attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            t.name()
        )));
    }
    let d = PyDict::new_ref(vm);
    t.namespace().set_str(vm, "__annotations__", d.clone());
    Ok(d)
}

fn set_annotations(vm: &Vm, obj: &PyRef, v: Option<&PyRef>) -> PyResult<()> {
    let t = ty_of(vm, obj)?;
    check_heap(vm, t, "__annotations__")?;
    match v {
        Some(v) => t.namespace().set_str(vm, "__annotations__", v.clone()),
        None => t
            .namespace()
            .del_item(vm, &vm.intern("__annotations__"))
            .map_err(|_| vm.new_attribute_error("__annotations__"))?,
    }
    super::typeobject::modified(obj);
    Ok(())
}

pub static TYPE_GETSETS: &[GetSetDef] = &[
    GetSetDef::new("__name__", get_name).with_setter(set_name),
    GetSetDef::new("__qualname__", get_qualname).with_setter(set_qualname),
    GetSetDef::new("__bases__", get_bases).with_setter(super::type_set_bases::set_bases),
    GetSetDef::new("__base__", get_base),
    GetSetDef::new("__mro__", get_mro),
    GetSetDef::new("__dict__", get_dict),
    GetSetDef::new("__doc__", get_doc).with_setter(set_doc),
    GetSetDef::new("__module__", get_module).with_setter(set_module),
    GetSetDef::new("__flags__", get_flags),
    GetSetDef::new("__abstractmethods__", get_abstractmethods).with_setter(set_abstractmethods),
    GetSetDef::new("__annotations__", get_annotations).with_setter(set_annotations),
];

fn type_mro(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "mro", 1, 1)?;
    let t = ty_of(vm, &a[0])?;
    let bases = t.bases.borrow().clone();
    let mro = super::typeobject::compute_mro(vm, &a[0], &bases)?;
    Ok(super::listobject::new_list(vm, mro))
}

fn type_subclasses(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__subclasses__", 1, 1)?;
    let t = ty_of(vm, &a[0])?;
    let subs: Vec<PyRef> = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(|&p| {
            // SAFETY: subclasses unregister themselves when freed.
            let st = unsafe { &*(p as *const PyType) };
            st.mro.borrow().first().cloned()
        })
        .collect();
    Ok(super::listobject::new_list(vm, subs))
}

fn type_instancecheck(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__instancecheck__", 2, 2)?;
    let r = is_subtype(a[1].class(), &a[0]) || {
        let c = vm.getattr_opt(&a[1], &vm.intern("__class__"))?;
        c.is_some_and(|c| {
            !c.is(a[1].class()) && c.downcast_ref::<PyType>().is_some() && is_subtype(&c, &a[0])
        })
    };
    Ok(vm.bool_obj(r))
}

fn type_subclasscheck(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__subclasscheck__", 2, 2)?;
    if a[1].downcast_ref::<PyType>().is_none() {
        return Err(vm.new_type_error("issubclass() arg 1 must be a class"));
    }
    Ok(vm.bool_obj(is_subtype(&a[1], &a[0])))
}

fn type_prepare(vm: &Vm, _args: CallArgs<'_>) -> PyResult {
    Ok(PyDict::new_ref(vm))
}

fn type_dir(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__dir__", 1, 1)?;
    let t = ty_of(vm, &a[0])?;
    let d = PyDict::new_ref(vm);
    let dd = d.downcast_ref::<PyDict>().unwrap();
    for cls in t.mro.borrow().iter().rev() {
        for k in as_type(cls).namespace().keys() {
            dd.set_item(vm, k, vm.none.clone())?;
        }
    }
    Ok(super::listobject::new_list(vm, dd.keys()))
}

pub static TYPE_METHODS: &[MethodDef] = &[
    MethodDef::new("mro", type_mro),
    MethodDef::new("__subclasses__", type_subclasses),
    MethodDef::new("__instancecheck__", type_instancecheck),
    MethodDef::new("__subclasscheck__", type_subclasscheck),
    MethodDef::class("__prepare__", type_prepare),
    MethodDef::new("__dir__", type_dir),
];

pub fn instance_dict_get(vm: &Vm, obj: &PyRef) -> PyResult {
    let d = match obj.dict() {
        Some(d) => d,
        None => {
            let d = PyDict::new_ref(vm);
            obj.set_dict(Some(d.clone()));
            d
        }
    };
    d.set_flag(super::object::flags::DICT_EXPOSED);
    Ok(d)
}

pub fn instance_dict_set(vm: &Vm, obj: &PyRef, v: Option<&PyRef>) -> PyResult<()> {
    match v {
        Some(v) if v.downcast_ref::<PyDict>().is_some() => {
            v.set_flag(super::object::flags::DICT_EXPOSED);
            obj.set_dict(Some(v.clone()));
            Ok(())
        }
        Some(v) => Err(vm.new_type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            class_name(v)
        ))),
        None => Err(vm.new_type_error("cannot delete __dict__")),
    }
}

/// The `__dict__` getset a class gets when its instances have a dict.
pub fn instance_dict_descriptor(vm: &Vm, owner: &PyRef) -> PyRef {
    let def = GetSetDef::new("__dict__", instance_dict_get).with_setter(instance_dict_set);
    PyRef::new(
        PyGetSetDescriptor {
            def,
            owner: owner.clone(),
        },
        vm.types.getset_descriptor_type.clone(),
    )
}

/// `type.__repr__`: `<class 'module.Qualname'>`.
pub fn type_repr(vm: &Vm, ty: &PyRef) -> PyResult {
    let t = as_type(ty);
    // Built-in types of built-in modules record their module like heap types.
    let module = t
        .namespace()
        .get_rust_str(vm, "__module__")
        .filter(|m| m.downcast_ref::<PyStr>().is_some())
        .map(|m| str_lossy(&m));
    if !t.is_heap() && module.is_none() && t.name().contains('.') {
        // Or carry it in a dotted `tp_name` (`itertools.count`).
        return Ok(new_str_object(vm, &format!("<class '{}'>", t.name())));
    }
    let module = if t.is_heap() {
        module
    } else {
        module.or_else(|| Some("builtins".to_string()))
    };
    let s = match module.filter(|m| m != "builtins") {
        Some(m) => format!("<class '{m}.{}'>", t.qualname.borrow()),
        None => format!("<class '{}'>", t.qualname.borrow()),
    };
    Ok(new_str_object(vm, &s))
}

/// `type.__new__` slot: `type(x)` is handled by `type_call`; this creates classes.
pub fn type_new_slot(vm: &Vm, meta: &PyRef, args: CallArgs<'_>) -> PyResult {
    super::type_new::type_new(vm, meta, args)
}

/// `type.__init__`: accepts the same arguments as `type.__new__`.
pub fn type_init(vm: &Vm, _ty: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let n = args.positional().len();
    if n != 1 && n != 3 {
        return Err(vm.new_type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}
