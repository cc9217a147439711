//! The `_weakref` module: the weakref types, `proxy`, `getweakrefcount`,
//! `getweakrefs` and `_remove_dead_weakref` (the helper `weakref.py`'s
//! WeakValueDictionary uses).

use crate::objects::dictobject::PyDict;
use crate::objects::listobject::new_list;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::objects::typeobject::class_name;
use crate::objects::weakrefobject::{as_weakref, new_proxy, types, weakref_count, weakrefs_of};
use crate::vm::{CallArgs, PyResult, Vm};

fn getweakrefcount(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "getweakrefcount", 1, 1)?;
    Ok(new_int(vm, weakref_count(&a[0]) as i64))
}

fn getweakrefs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "getweakrefs", 1, 1)?;
    Ok(new_list(vm, weakrefs_of(&a[0])))
}

fn proxy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "proxy", 1, 2)?;
    new_proxy(vm, &a[0], a.get(1).cloned())
}

fn remove_dead_weakref(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "_remove_dead_weakref", 2, 2)?;
    let Some(d) = a[0].downcast_ref::<PyDict>() else {
        return Err(vm.new_type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            class_name(&a[0])
        )));
    };
    if let Some(v) = d.get_item(vm, &a[1])? {
        let Some(w) = as_weakref(&v) else {
            return Err(vm.new_type_error("not a weakref"));
        };
        if w.get().is_none() {
            d.del_item(vm, &a[1])?;
        }
    }
    Ok(vm.none.clone())
}

/// Creates the `_weakref` module.
pub fn create(vm: &Vm) -> PyResult<PyRef> {
    let m = new_module(vm, "_weakref");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().expect("module dict");
    d.set_str(
        vm,
        "__doc__",
        crate::objects::unicodeobject::new_str_object(vm, "Weak-reference support module."),
    );
    for f in [
        MethodDef::new("getweakrefcount", getweakrefcount),
        MethodDef::new("getweakrefs", getweakrefs),
        MethodDef::new("proxy", proxy),
        MethodDef::new("_remove_dead_weakref", remove_dead_weakref),
    ] {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    let t = types();
    d.set_str(vm, "ref", t.reference.clone());
    d.set_str(vm, "ReferenceType", t.reference.clone());
    d.set_str(vm, "ProxyType", t.proxy.clone());
    d.set_str(vm, "CallableProxyType", t.callable_proxy.clone());
    Ok(m)
}
