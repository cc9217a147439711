//! Attribute access: `getattr`/`setattr`/`delattr` through the type's slots,
//! and the generic algorithm (`object.__getattribute__`) with data
//! descriptors, the instance `__dict__`, and non-data descriptors.

use super::{PyResult, Vm};
use crate::objects::dictobject::PyDict;
use crate::objects::object::PyRef;
use crate::objects::typeobject::{as_type, class_name, tpflags};
use crate::objects::unicodeobject::PyStr;

impl Vm {
    /// `getattr(obj, name)` with `name` a str object.
    pub fn getattr(&self, obj: &PyRef, name: &PyRef) -> PyResult {
        match as_type(obj.class()).slots.getattro.get() {
            Some(f) => f(self, obj, name).inspect_err(|e| {
                crate::objects::exceptions_attrs::set_attribute_error_context(self, e, obj, name)
            }),
            None => generic_getattr(self, obj, name),
        }
    }

    /// `getattr(obj, "name")`.
    pub fn getattr_str(&self, obj: &PyRef, name: &str) -> PyResult {
        self.getattr(obj, &self.intern(name))
    }

    /// `getattr` returning `Ok(None)` instead of raising AttributeError.
    pub fn getattr_opt(&self, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        let found = match as_type(obj.class()).slots.getattro.get() {
            Some(f) => f(self, obj, name),
            None => generic_getattr(self, obj, name),
        };
        match found {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&self.exceptions.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `setattr(obj, name, value)`; `value` None means `delattr`.
    pub fn setattr(&self, obj: &PyRef, name: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
        match as_type(obj.class()).slots.setattro.get() {
            Some(f) => f(self, obj, name, value),
            None => Err(self.new_type_error(format!(
                "'{}' object has no attributes (assign to .{})",
                class_name(obj),
                str_lossy(name)
            ))),
        }
    }

    pub fn setattr_str(&self, obj: &PyRef, name: &str, value: PyRef) -> PyResult<()> {
        self.setattr(obj, &self.intern(name), Some(&value))
    }

    /// Looks a special method up on the type (not the instance) and binds it.
    pub fn lookup_special(&self, obj: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        let key = self.intern(name);
        let Some(descr) = as_type(obj.class()).lookup(self, &key) else {
            return Ok(None);
        };
        match as_type(descr.class()).slots.descr_get.get() {
            Some(get) => get(self, &descr, Some(obj), Some(obj.class())).map(Some),
            None => Ok(Some(descr)),
        }
    }

    /// Calls special method `name` on `obj` with `args`; `Ok(None)` if the type lacks it.
    pub fn call_special(&self, obj: &PyRef, name: &str, args: &[PyRef]) -> PyResult<Option<PyRef>> {
        let key = self.intern(name);
        let Some(descr) = as_type(obj.class()).lookup(self, &key) else {
            return Ok(None);
        };
        if descr.class().is(&self.types.function_type) {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(obj.clone());
            v.extend_from_slice(args);
            return self
                .call(&descr, super::CallArgs::positional_only(&v))
                .map(Some);
        }
        let bound = match as_type(descr.class()).slots.descr_get.get() {
            Some(get) => get(self, &descr, Some(obj), Some(obj.class()))?,
            None => descr,
        };
        self.call(&bound, super::CallArgs::positional_only(args))
            .map(Some)
    }

    /// Calls method `name` (looked up normally, instance dict included).
    pub fn call_method(&self, obj: &PyRef, name: &str, args: &[PyRef]) -> PyResult {
        let m = self.getattr_str(obj, name)?;
        self.call(&m, super::CallArgs::positional_only(args))
    }
}

pub(crate) fn str_lossy(name: &PyRef) -> String {
    name.downcast_ref::<PyStr>()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `object.__getattribute__`.
pub fn generic_getattr(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult {
    match generic_getattr_opt(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(vm, obj, name)),
    }
}

/// The AttributeError for a missing attribute, with `name` and `obj` set.
pub fn no_attribute(vm: &Vm, obj: &PyRef, name: &PyRef) -> super::PyErr {
    let msg = if obj.class().is(&vm.types.module_type)
        || crate::objects::typeobject::is_subtype(obj.class(), &vm.types.module_type)
    {
        let modname = obj
            .dict()
            .and_then(|d| {
                d.downcast_ref::<PyDict>()
                    .and_then(|d| d.get_rust_str(vm, "__name__"))
            })
            .map(|n| str_lossy(&n));
        match modname {
            Some(m) => format!("module '{m}' has no attribute '{}'", str_lossy(name)),
            None => format!("module has no attribute '{}'", str_lossy(name)),
        }
    } else if obj
        .downcast_ref::<crate::objects::typeobject::PyType>()
        .is_some()
    {
        format!(
            "type object '{}' has no attribute '{}'",
            as_type(obj).name(),
            str_lossy(name)
        )
    } else {
        format!(
            "'{}' object has no attribute '{}'",
            class_name(obj),
            str_lossy(name)
        )
    };
    let err = vm.new_attribute_error(msg);
    let _ = vm.setattr_str(err.value(), "name", name.clone());
    let _ = vm.setattr_str(err.value(), "obj", obj.clone());
    err
}

/// `object.__getattribute__` returning `Ok(None)` when absent.
pub fn generic_getattr_opt(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    let ty = obj.class();
    let descr = as_type(ty).lookup(vm, name);
    let mut getter = None;
    if let Some(d) = &descr {
        let dt = as_type(d.class());
        getter = dt.slots.descr_get.get();
        if let (Some(get), Some(_)) = (getter, dt.slots.descr_set.get()) {
            return get(vm, d, Some(obj), Some(ty)).map(Some);
        }
    }
    if let Some(dict) = obj.dict() {
        let found = match dict.downcast_ref::<PyDict>() {
            Some(d) if dict.class().is(&vm.types.dict_type) => d.get_str(vm, name),
            _ => match vm.getitem(&dict, name) {
                Ok(v) => Some(v),
                Err(e) if e.matches(&vm.exceptions.key_error) => None,
                Err(e) => return Err(e),
            },
        };
        if found.is_some() {
            return Ok(found);
        }
    }
    match (descr, getter) {
        (Some(d), Some(get)) => get(vm, &d, Some(obj), Some(ty)).map(Some),
        (Some(d), None) => Ok(Some(d)),
        (None, _) => Ok(None),
    }
}

/// `object.__setattr__` / `object.__delattr__`.
pub fn generic_setattr(vm: &Vm, obj: &PyRef, name: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    if name.downcast_ref::<PyStr>().is_none() {
        return Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            class_name(name)
        )));
    }
    let ty = obj.class();
    if let Some(d) = as_type(ty).lookup(vm, name) {
        if let Some(set) = as_type(d.class()).slots.descr_set.get() {
            return set(vm, &d, obj, value);
        }
    }
    let dict = match obj.dict() {
        Some(d) => d,
        None if as_type(ty).has_flag(tpflags::HAS_DICT) && value.is_some() => {
            let d = PyDict::new_ref(vm);
            obj.set_dict(Some(d.clone()));
            d
        }
        None => {
            return Err(if as_type(ty).lookup(vm, name).is_some() {
                vm.new_attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    class_name(obj),
                    str_lossy(name)
                ))
            } else {
                no_attribute(vm, obj, name)
            });
        }
    };
    match value {
        Some(v) => vm.setitem(&dict, name.clone(), v.clone()),
        None => match vm.delitem(&dict, name) {
            Err(e) if e.matches(&vm.exceptions.key_error) => Err(no_attribute(vm, obj, name)),
            r => r,
        },
    }
}
