//! The `sys` module (the core of it; the rest arrives with the standard
//! library work): argv, path, modules, the std streams, version data,
//! recursion limit, `exc_info`, `exit`, hooks, and unraisable-error reporting.

use super::stdstreams::{new_stream, Fd};
use crate::objects::dictobject::PyDict;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::objects::tupleobject::new_tuple;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyErr, PyResult, Vm};

fn exc_info(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "exc_info", 0, 0)?;
    Ok(match vm.ts.exc_info.borrow().clone() {
        Some(e) => {
            let tb = crate::objects::exceptions::as_exception(&e).and_then(|x| x.traceback.borrow().clone()).unwrap_or_else(|| vm.none.clone());
            new_tuple(vm, vec![e.class().clone(), e, tb])
        }
        None => new_tuple(vm, vec![vm.none.clone(), vm.none.clone(), vm.none.clone()]),
    })
}

fn exception(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "exception", 0, 0)?;
    Ok(vm.ts.exc_info.borrow().clone().unwrap_or_else(|| vm.none.clone()))
}

fn exit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "exit", 0, 1)?;
    Err(vm.new_exception(&vm.exceptions.system_exit, a.to_vec()))
}

fn getrecursionlimit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "getrecursionlimit", 0, 0)?;
    Ok(new_int(vm, vm.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "setrecursionlimit", 1, 1)?;
    let n = vm.index_isize(&a[0])?;
    if n < 1 {
        return Err(vm.new_value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit.set(n as usize);
    Ok(vm.none.clone())
}

fn displayhook(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "displayhook", 1, 1)?;
    if vm.is_none(&a[0]) {
        return Ok(vm.none.clone());
    }
    let b = vm.builtins_module();
    vm.setattr_str(&b, "_", vm.none.clone())?;
    let r = vm.repr_string(&a[0])?;
    let out = sys_attr(vm, "stdout")?;
    vm.call_method(&out, "write", &[new_str_object(vm, &format!("{r}\n"))])?;
    vm.setattr_str(&b, "_", a[0].clone())?;
    Ok(vm.none.clone())
}

fn excepthook(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "excepthook", 3, 3)?;
    crate::vm::pythonrun::print_exception(vm, &a[1]);
    Ok(vm.none.clone())
}

fn intern(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "intern", 1, 1)?;
    match a[0].downcast_ref::<crate::objects::unicodeobject::PyStr>() {
        Some(s) if a[0].class().is(&vm.types.str_type) && !s.has_surrogates() => Ok(vm.intern(&s.to_string_lossy())),
        _ => Err(vm.new_type_error(format!("intern() argument must be str, not {}", crate::objects::typeobject::class_name(&a[0])))),
    }
}

fn getframe(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "_getframe", 0, 1)?;
    let depth = match a.first() {
        Some(d) => vm.index_isize(d)?,
        None => 0,
    };
    let frames = vm.ts.frames.borrow();
    let n = frames.len() as isize;
    if depth < 0 || depth >= n {
        return Err(vm.new_value_error("call stack is not deep enough"));
    }
    Ok(frames[(n - 1 - depth) as usize].clone())
}

fn getrefcount(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "getrefcount", 1, 1)?;
    Ok(new_int(vm, a[0].refcount() as i64))
}

/// `sys.<name>`.
pub fn sys_attr(vm: &Vm, name: &str) -> PyResult {
    let sys = vm.sys.borrow().clone().expect("sys initialised");
    match vm.getattr_opt(&sys, &vm.intern(name))? {
        Some(v) => Ok(v),
        None => Err(vm.new_runtime_error(format!("lost sys.{name}"))),
    }
}

/// Reports an exception that cannot be raised (from `__del__`, callbacks…) on stderr.
pub fn write_unraisable(vm: &Vm, err: &PyErr, obj: Option<&PyRef>, msg: &str) {
    let what = match obj {
        Some(o) => vm.repr_string(o).unwrap_or_else(|_| "<object repr() failed>".into()),
        None => String::new(),
    };
    super::stdstreams::write_text(Fd::Stderr, &format!("{msg}: {what}\n"));
    crate::vm::pythonrun::print_exception(vm, err.value());
}

/// Creates the `sys` module.
pub fn create(vm: &Vm) -> PyRef {
    let m = new_module(vm, "sys");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().unwrap();
    let fns = [
        MethodDef::new("exc_info", exc_info),
        MethodDef::new("exception", exception),
        MethodDef::new("exit", exit),
        MethodDef::new("getrecursionlimit", getrecursionlimit),
        MethodDef::new("setrecursionlimit", setrecursionlimit),
        MethodDef::new("displayhook", displayhook),
        MethodDef::new("excepthook", excepthook),
        MethodDef::new("intern", intern),
        MethodDef::new("getrefcount", getrefcount),
        MethodDef::new("_getframe", getframe),
    ];
    for f in fns {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    for (n, h) in [("__displayhook__", "displayhook"), ("__excepthook__", "excepthook")] {
        let v = d.get_rust_str(vm, h).unwrap();
        d.set_str(vm, n, v);
    }
    d.set_str(vm, "modules", vm.modules.clone());
    d.set_str(vm, "path", crate::objects::listobject::new_list(vm, vec![]));
    d.set_str(vm, "argv", crate::objects::listobject::new_list(vm, vec![]));
    let stdout = new_stream(vm, Fd::Stdout);
    let stderr = new_stream(vm, Fd::Stderr);
    let stdin = new_stream(vm, Fd::Stdin);
    for (n, v) in [("stdout", &stdout), ("__stdout__", &stdout), ("stderr", &stderr), ("__stderr__", &stderr), ("stdin", &stdin), ("__stdin__", &stdin)] {
        d.set_str(vm, n, v.clone());
    }
    d.set_str(vm, "maxsize", new_int(vm, i64::MAX));
    d.set_str(vm, "byteorder", vm.intern("little"));
    d.set_str(vm, "platform", vm.intern("linux"));
    d.set_str(vm, "version", new_str_object(vm, "3.11.7 (oxpy) [Rust]"));
    d.set_str(vm, "hexversion", new_int(vm, 0x030B07F0));
    let vi: Vec<PyRef> = vec![new_int(vm, 3), new_int(vm, 11), new_int(vm, 7), vm.intern("final"), new_int(vm, 0)];
    d.set_str(vm, "version_info", new_tuple(vm, vi));
    d.set_str(vm, "maxunicode", new_int(vm, 0x10FFFF));
    m
}
