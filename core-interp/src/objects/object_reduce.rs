//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`
//! (CPython's `Objects/typeobject.c` pickling support): protocol 2 and up
//! reduce through `copyreg.__newobj__`/`__newobj_ex__`, older protocols
//! through `copyreg._reduce_ex`.

use super::dictobject::PyDict;
use super::object::PyRef;
use super::tupleobject::{new_tuple, tuple_items};
use super::typeobject::as_type;
use crate::vm::{CallArgs, PyResult, Vm};

fn copyreg(vm: &Vm) -> PyResult {
    crate::vm::import::import_module(vm, "copyreg")
}

/// `object.__getstate__()`: the instance dict (None when empty), paired
/// with a dict of the set `__slots__` values when the class has slots.
pub fn object_getstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__getstate__", 1, 1)?;
    let obj = &a[0];
    let state = match obj.dict() {
        Some(d) if d.downcast_ref::<PyDict>().is_some_and(|dd| !dd.is_empty()) => d,
        _ => vm.none.clone(),
    };
    let slots = PyDict::new_ref(vm);
    let sd = slots.downcast_ref::<PyDict>().expect("dict");
    for ty in as_type(obj.class()).mro.borrow().iter() {
        for name in as_type(ty).slot_names.borrow().iter() {
            if let Some(v) = vm.getattr_opt(obj, name)? {
                sd.set_item(vm, name.clone(), v)?;
            }
        }
    }
    if sd.is_empty() {
        return Ok(state);
    }
    Ok(new_tuple(vm, vec![state, slots]))
}

fn reduce_newobj(vm: &Vm, obj: &PyRef) -> PyResult {
    let cls = obj.class().clone();
    let (args, kwargs) = if let Some(f) = vm.lookup_special(obj, "__getnewargs_ex__")? {
        let r = vm.call_positional(&f, &[])?;
        let items = tuple_items(&r)
            .filter(|t| t.len() == 2)
            .map(|t| t.to_vec())
            .ok_or_else(|| {
                vm.new_type_error("__getnewargs_ex__ should return a tuple of length 2")
            })?;
        (items[0].clone(), Some(items[1].clone()))
    } else if let Some(f) = vm.lookup_special(obj, "__getnewargs__")? {
        (vm.call_positional(&f, &[])?, None)
    } else {
        (vm.empty_tuple.clone(), None)
    };
    let cr = copyreg(vm)?;
    let has_kwargs = match &kwargs {
        Some(k) => vm.len(k)? > 0,
        None => false,
    };
    let (func, newargs) = if has_kwargs {
        (
            vm.getattr_str(&cr, "__newobj_ex__")?,
            new_tuple(vm, vec![cls, args, kwargs.expect("kwargs")]),
        )
    } else {
        let mut v = vec![cls];
        v.extend(vm.collect(&args)?);
        (vm.getattr_str(&cr, "__newobj__")?, new_tuple(vm, v))
    };
    let state = vm.call_method(obj, "__getstate__", &[])?;
    let listitems = if vm.isinstance(obj, &vm.types.list_type)? {
        vm.get_iter(obj)?
    } else {
        vm.none.clone()
    };
    let dictitems = if vm.isinstance(obj, &vm.types.dict_type)? {
        vm.get_iter(&vm.call_method(obj, "items", &[])?)?
    } else {
        vm.none.clone()
    };
    Ok(new_tuple(
        vm,
        vec![func, newargs, state, listitems, dictitems],
    ))
}

fn common_reduce(vm: &Vm, obj: &PyRef, protocol: isize) -> PyResult {
    if protocol >= 2 {
        return reduce_newobj(vm, obj);
    }
    let cr = copyreg(vm)?;
    let f = vm.getattr_str(&cr, "_reduce_ex")?;
    vm.call_positional(
        &f,
        &[
            obj.clone(),
            crate::objects::longobject::new_int(vm, protocol as i64),
        ],
    )
}

/// `object.__reduce__()`.
pub fn object_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__reduce__", 1, 1)?;
    common_reduce(vm, &a[0], 0)
}

/// `object.__reduce_ex__(protocol)`: an overridden `__reduce__` wins.
pub fn object_reduce_ex(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__reduce_ex__", 2, 2)?;
    let obj = &a[0];
    let protocol = vm.index_isize(&a[1])?;
    let own = as_type(obj.class()).lookup_str(vm, "__reduce__");
    let base = as_type(&vm.types.object_type).lookup_str(vm, "__reduce__");
    if let (Some(own), Some(base)) = (own, base) {
        if !own.is(&base) {
            let r = vm.getattr_str(obj, "__reduce__")?;
            return vm.call_positional(&r, &[]);
        }
    }
    common_reduce(vm, obj, protocol)
}
