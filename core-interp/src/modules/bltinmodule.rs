//! The `builtins` module: built-in functions and the names of the built-in
//! types, constants and exceptions.

use crate::objects::dictobject::PyDict;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::objects::typeobject::{as_type, class_name};
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Signature, Vm};

static PRINT_SIG: Signature = Signature {
    name: "print",
    params: &["sep", "end", "file", "flush"],
    posonly: 0,
    positional: 0,
    required: 0,
};

fn print(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let objs = args.positional();
    let kw = PRINT_SIG.bind(vm, CallArgs::new(args.kw_values(), args.kwnames))?;
    let opt_str = |v: &Option<PyRef>, what: &str, default: &str| -> PyResult<PyRef> {
        match v {
            None => Ok(new_str_object(vm, default)),
            Some(v) if vm.is_none(v) => Ok(new_str_object(vm, default)),
            Some(v) if v.downcast_ref::<PyStr>().is_some() => Ok(v.clone()),
            Some(v) => Err(vm.new_type_error(format!(
                "{what} must be None or a string, not {}",
                class_name(v)
            ))),
        }
    };
    let sep = opt_str(&kw[0], "sep", " ")?;
    let end = opt_str(&kw[1], "end", "\n")?;
    let file = match &kw[2] {
        Some(f) if !vm.is_none(f) => f.clone(),
        _ => crate::modules::sysmodule::sys_attr(vm, "stdout")?,
    };
    if vm.is_none(&file) {
        return Ok(vm.none.clone());
    }
    let write = vm.getattr_str(&file, "write")?;
    for (i, o) in objs.iter().enumerate() {
        if i > 0 {
            vm.call_positional(&write, std::slice::from_ref(&sep))?;
        }
        let s = vm.str(o)?;
        vm.call_positional(&write, &[s])?;
    }
    vm.call_positional(&write, &[end])?;
    if let Some(f) = &kw[3] {
        if vm.is_true(f)? {
            vm.call_method(&file, "flush", &[])?;
        }
    }
    Ok(vm.none.clone())
}

fn len(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "len", 1, 1)?;
    Ok(new_int(vm, vm.len(&a[0])? as i64))
}

fn repr(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "repr", 1, 1)?;
    vm.repr(&a[0])
}

/// `ascii(obj)`: `repr` with non-ASCII characters escaped.
pub fn ascii_of(vm: &Vm, obj: &PyRef) -> PyResult {
    let r = vm.repr(obj)?;
    let s = r.downcast_ref::<PyStr>().expect("repr is str");
    if s.is_ascii() {
        return Ok(r);
    }
    let mut out = String::new();
    for c in s.code_points() {
        match c {
            0..=0x7f => out.push(c as u8 as char),
            0x80..=0xff => out.push_str(&format!("\\x{c:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    Ok(new_str_object(vm, &out))
}

fn ascii(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "ascii", 1, 1)?;
    ascii_of(vm, &a[0])
}

/// `format(obj, spec)` through `type(obj).__format__`.
pub fn format_object(vm: &Vm, obj: &PyRef, spec: &PyRef) -> PyResult {
    let r = match vm.call_special(obj, "__format__", std::slice::from_ref(spec))? {
        Some(r) => r,
        None => {
            return Err(vm.new_type_error(format!(
                "Type {} doesn't define __format__",
                class_name(obj)
            )))
        }
    };
    if r.downcast_ref::<PyStr>().is_none() {
        return Err(vm.new_type_error(format!(
            "__format__ must return a str, not {}",
            class_name(&r)
        )));
    }
    Ok(r)
}

fn format(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "format", 1, 2)?;
    let spec = a.get(1).cloned().unwrap_or_else(|| vm.empty_str.clone());
    if spec.downcast_ref::<PyStr>().is_none() {
        return Err(vm.new_type_error(format!(
            "format() argument 2 must be str, not {}",
            class_name(&spec)
        )));
    }
    format_object(vm, &a[0], &spec)
}

fn isinstance(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "isinstance", 2, 2)?;
    Ok(vm.bool_obj(vm.isinstance(&a[0], &a[1])?))
}

fn issubclass(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "issubclass", 2, 2)?;
    Ok(vm.bool_obj(vm.issubclass(&a[0], &a[1])?))
}

fn attr_name<'a>(vm: &Vm, name: &'a PyRef) -> PyResult<&'a PyRef> {
    if name.downcast_ref::<PyStr>().is_some() {
        Ok(name)
    } else {
        Err(vm.new_type_error(format!(
            "attribute name must be string, not '{}'",
            class_name(name)
        )))
    }
}

fn getattr(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    match a.get(2) {
        None => vm.getattr(&a[0], name),
        Some(d) => Ok(vm.getattr_opt(&a[0], name)?.unwrap_or_else(|| d.clone())),
    }
}

fn setattr(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, &a[1])?;
    vm.setattr(&a[0], name, Some(&a[2]))?;
    Ok(vm.none.clone())
}

fn delattr(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    vm.setattr(&a[0], name, None)?;
    Ok(vm.none.clone())
}

fn hasattr(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, &a[1])?;
    Ok(vm.bool_obj(vm.getattr_opt(&a[0], name)?.is_some()))
}

fn id(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "id", 1, 1)?;
    Ok(crate::objects::longobject::new_bigint(
        vm,
        num_bigint::BigInt::from(a[0].id()),
    ))
}

fn hash(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "hash", 1, 1)?;
    Ok(new_int(vm, vm.hash(&a[0])? as i64))
}

fn iter(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "iter", 1, 2)?;
    match a.get(1) {
        None => vm.get_iter(&a[0]),
        Some(sentinel) => {
            if as_type(a[0].class()).slots.call.get().is_none()
                && a[0]
                    .downcast_ref::<crate::objects::funcobject::PyFunction>()
                    .is_none()
            {
                return Err(vm.new_type_error("iter(v, w): v must be callable"));
            }
            let it = crate::objects::iterobject::PyCallableIterator {
                callable: std::cell::RefCell::new(Some(a[0].clone())),
                sentinel: sentinel.clone(),
            };
            Ok(PyRef::new(it, vm.types.callable_iterator_type.clone()))
        }
    }
}

fn next(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "next", 1, 2)?;
    if as_type(a[0].class()).slots.iternext.get().is_none() {
        return Err(vm.new_type_error(format!("'{}' object is not an iterator", class_name(&a[0]))));
    }
    match vm.next(&a[0]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_stop_iteration(None)),
        },
        // A generator's return value arrives as StopIteration(value).
        Err(e) if a.len() > 1 && e.matches(&vm.exceptions.stop_iteration) => Ok(a[1].clone()),
        Err(e) => Err(e),
    }
}

fn callable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "callable", 1, 1)?;
    let t = as_type(a[0].class());
    Ok(vm.bool_obj(t.slots.call.get().is_some()))
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook`.
fn breakpoint(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let hook = crate::modules::sysmodule::sys_attr(vm, "breakpointhook")
        .map_err(|_| vm.new_runtime_error("lost sys.breakpointhook"))?;
    vm.call(&hook, args)
}

fn abs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "abs", 1, 1)?;
    vm.absolute(&a[0])
}

fn build_class(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    crate::objects::type_new::build_class(vm, args)
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("print", print),
    MethodDef::new("len", len),
    MethodDef::new("repr", repr),
    MethodDef::new("ascii", ascii),
    MethodDef::new("format", format),
    MethodDef::new("isinstance", isinstance),
    MethodDef::new("issubclass", issubclass),
    MethodDef::new("getattr", getattr),
    MethodDef::new("setattr", setattr),
    MethodDef::new("delattr", delattr),
    MethodDef::new("hasattr", hasattr),
    MethodDef::new("id", id),
    MethodDef::new("hash", hash),
    MethodDef::new("iter", iter),
    MethodDef::new("next", next),
    MethodDef::new("callable", callable),
    MethodDef::new("abs", abs),
    MethodDef::new("aiter", crate::objects::anext_awaitable::aiter),
    MethodDef::new("anext", crate::objects::anext_awaitable::anext),
    MethodDef::new("breakpoint", breakpoint),
    MethodDef::new("__build_class__", build_class),
    MethodDef::new("__import__", crate::vm::import::builtin_import),
];

/// Creates the `builtins` module.
pub fn create(vm: &Vm) -> PyRef {
    let m = new_module(vm, "builtins");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().unwrap();
    for f in FUNCTIONS.iter().chain(super::bltin_functions::FUNCTIONS) {
        d.set_str(vm, f.name, new_builtin_function(vm, *f, Some(m.clone())));
    }
    let it = crate::objects::builtin_iterators::types();
    for (n, ty) in [
        ("enumerate", &it.enumerate),
        ("zip", &it.zip),
        ("map", &it.map),
        ("filter", &it.filter),
        ("reversed", &it.reversed),
    ] {
        d.set_str(vm, n, ty.clone());
    }
    let t = &vm.types;
    for (n, ty) in [
        ("object", &t.object_type),
        ("type", &t.type_type),
        ("int", &t.int_type),
        ("bool", &t.bool_type),
        ("float", &t.float_type),
        ("complex", &t.complex_type),
        ("str", &t.str_type),
        ("bytes", &t.bytes_type),
        ("bytearray", &t.bytearray_type),
        ("memoryview", &t.memoryview_type),
        ("list", &t.list_type),
        ("tuple", &t.tuple_type),
        ("dict", &t.dict_type),
        ("set", &t.set_type),
        ("frozenset", &t.frozenset_type),
        ("range", &t.range_type),
        ("slice", &t.slice_type),
        ("property", &t.property_type),
        ("classmethod", &t.classmethod_type),
        ("staticmethod", &t.staticmethod_type),
        ("super", &t.super_type),
    ] {
        d.set_str(vm, n, ty.clone());
    }
    for (n, ty) in vm.exceptions.all() {
        d.set_str(vm, n, ty.clone());
    }
    d.set_str(vm, "EnvironmentError", vm.exceptions.os_error.clone());
    d.set_str(vm, "IOError", vm.exceptions.os_error.clone());
    d.set_str(vm, "None", vm.none.clone());
    d.set_str(vm, "True", vm.true_.clone());
    d.set_str(vm, "False", vm.false_.clone());
    d.set_str(vm, "NotImplemented", vm.not_implemented.clone());
    d.set_str(vm, "Ellipsis", vm.ellipsis.clone());
    d.set_str(vm, "__debug__", vm.true_.clone());
    m
}
