//! The `sys` module: argv, path, modules, the std streams, recursion
//! limit, `exc_info`, `exit`, `_getframe`, hooks (display, except, audit,
//! trace, profile, unraisable), sizes and encodings; the descriptive values
//! (`flags`, `version_info`, `implementation`…) are in `sysmodule_info.rs`.

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
            let tb = crate::objects::exceptions::as_exception(&e)
                .and_then(|x| x.traceback.borrow().clone())
                .unwrap_or_else(|| vm.none.clone());
            new_tuple(vm, vec![e.class().clone(), e, tb])
        }
        None => new_tuple(vm, vec![vm.none.clone(), vm.none.clone(), vm.none.clone()]),
    })
}

fn exception(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "exception", 0, 0)?;
    Ok(vm
        .ts
        .exc_info
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
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
    // A limit at or below the current depth would fail every call from here.
    let depth = vm.ts.recursion_depth.get();
    if depth >= n as usize {
        return Err(vm.new_recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        )));
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
        Some(s) if a[0].class().is(&vm.types.str_type) && !s.has_surrogates() => {
            Ok(vm.intern(&s.to_string_lossy()))
        }
        _ => Err(vm.new_type_error(format!(
            "intern() argument must be str, not {}",
            crate::objects::typeobject::class_name(&a[0])
        ))),
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

thread_local! {
    /// `sys.settrace` / `sys.setprofile` functions of this thread.
    static TRACE: std::cell::RefCell<Option<PyRef>> = const { std::cell::RefCell::new(None) };
    static PROFILE: std::cell::RefCell<Option<PyRef>> = const { std::cell::RefCell::new(None) };
}

/// `sys.addaudithook` hooks, called in order by `sys.audit`.
static AUDIT_HOOKS: std::sync::Mutex<Vec<PyRef>> = std::sync::Mutex::new(Vec::new());

fn settrace(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "settrace", 1, 1)?;
    let f = if vm.is_none(&a[0]) {
        None
    } else {
        Some(a[0].clone())
    };
    TRACE.with(|t| *t.borrow_mut() = f);
    Ok(vm.none.clone())
}

fn gettrace(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "gettrace", 0, 0)?;
    Ok(TRACE
        .with(|t| t.borrow().clone())
        .unwrap_or_else(|| vm.none.clone()))
}

fn setprofile(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "setprofile", 1, 1)?;
    let f = if vm.is_none(&a[0]) {
        None
    } else {
        Some(a[0].clone())
    };
    PROFILE.with(|t| *t.borrow_mut() = f);
    Ok(vm.none.clone())
}

fn getprofile(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "getprofile", 0, 0)?;
    Ok(PROFILE
        .with(|t| t.borrow().clone())
        .unwrap_or_else(|| vm.none.clone()))
}

fn addaudithook(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let sig = crate::vm::Signature {
        name: "addaudithook",
        params: &["hook"],
        posonly: 0,
        positional: 1,
        required: 1,
    };
    let a = sig.bind(vm, args)?;
    AUDIT_HOOKS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(a[0].clone().expect("required"));
    Ok(vm.none.clone())
}

fn audit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "audit")?;
    let pos = args.positional();
    let Some(event) = pos.first() else {
        return Err(vm.new_type_error("audit() missing 1 required positional argument: 'event'"));
    };
    if event
        .downcast_ref::<crate::objects::unicodeobject::PyStr>()
        .is_none()
    {
        return Err(vm.new_type_error(format!(
            "expected str for argument 'event', not {}",
            crate::objects::typeobject::class_name(event)
        )));
    }
    let hooks = AUDIT_HOOKS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    if hooks.is_empty() {
        return Ok(vm.none.clone());
    }
    let rest = new_tuple(vm, pos[1..].to_vec());
    for h in hooks {
        vm.call_positional(&h, &[event.clone(), rest.clone()])?;
    }
    Ok(vm.none.clone())
}

fn getsizeof(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let sig = crate::vm::Signature {
        name: "getsizeof",
        params: &["object", "default"],
        posonly: 0,
        positional: 2,
        required: 1,
    };
    let a = sig.bind(vm, args)?;
    let o = a[0].clone().expect("required");
    let r = match vm.lookup_special(&o, "__sizeof__")? {
        Some(m) => vm.call_positional(&m, &[]),
        None => Err(vm.new_type_error(format!(
            "Type {} doesn't define __sizeof__",
            crate::objects::typeobject::class_name(&o)
        ))),
    };
    let size = match r {
        Ok(v) => vm.index_isize(&v)?,
        Err(e) => match &a[1] {
            Some(d) if e.matches(&vm.exceptions.type_error) => return Ok(d.clone()),
            _ => return Err(e),
        },
    };
    if size < 0 {
        return Err(vm.new_value_error("__sizeof__() should return >= 0"));
    }
    let t = crate::objects::typeobject::as_type(o.class());
    let gc = t.has_flag(crate::objects::typeobject::tpflags::HAVE_GC)
        || [
            &vm.types.list_type,
            &vm.types.tuple_type,
            &vm.types.dict_type,
            &vm.types.set_type,
            &vm.types.frozenset_type,
        ]
        .iter()
        .any(|ty| crate::objects::typeobject::is_subtype(o.class(), ty));
    Ok(new_int(vm, size as i64 + if gc { 16 } else { 0 }))
}

fn const_str(vm: &Vm, args: CallArgs<'_>, name: &str, value: &str) -> PyResult {
    args.check_positional(vm, name, 0, 0)?;
    Ok(vm.intern(value))
}

fn getdefaultencoding(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    const_str(vm, args, "getdefaultencoding", "utf-8")
}

fn getfilesystemencoding(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    const_str(vm, args, "getfilesystemencoding", "utf-8")
}

fn getfilesystemencodeerrors(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    const_str(vm, args, "getfilesystemencodeerrors", "surrogateescape")
}

fn is_finalizing(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "is_finalizing", 0, 0)?;
    Ok(vm.false_.clone())
}

/// The thread switch interval `sys.setswitchinterval` set (the GIL keeps it).
pub fn switch_interval() -> std::time::Duration {
    std::time::Duration::from_secs_f64(crate::vm::gil::switch_interval())
}

fn getswitchinterval(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "getswitchinterval", 0, 0)?;
    Ok(crate::objects::floatobject::new_float(
        vm,
        switch_interval().as_secs_f64(),
    ))
}

fn setswitchinterval(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "setswitchinterval", 1, 1)?;
    let v = match crate::objects::floatobject::as_float(&a[0]) {
        Some(f) => f,
        None => vm.index_isize(&a[0])? as f64,
    };
    if v <= 0.0 {
        return Err(vm.new_value_error("switch interval must be strictly positive"));
    }
    crate::vm::gil::set_switch_interval(v);
    Ok(vm.none.clone())
}

fn unraisablehook(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "unraisablehook", 1, 1)?;
    let u = &a[0];
    let get = |n: &str| {
        vm.getattr_opt(u, &vm.intern(n))
            .ok()
            .flatten()
            .filter(|v| !vm.is_none(v))
    };
    let msg = get("err_msg")
        .map(|m| vm.str_string(&m))
        .transpose()?
        .unwrap_or_else(|| "Exception ignored in".into());
    let obj = get("object");
    let what = match obj {
        Some(o) => vm
            .repr_string(&o)
            .unwrap_or_else(|_| "<object repr() failed>".into()),
        None => String::new(),
    };
    super::stdstreams::write_text(Fd::Stderr, &format!("{msg}: {what}\n"));
    if let Some(e) = get("exc_value") {
        crate::vm::pythonrun::print_exception(vm, &e);
    }
    Ok(vm.none.clone())
}

fn breakpointhook(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let pdb = crate::vm::import::import_module(vm, "pdb")?;
    let f = vm.getattr_str(&pdb, "set_trace")?;
    vm.call(&f, args)
}

fn call_tracing(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "call_tracing", 2, 2)?;
    crate::vm::eval_support::call_ex(vm, &a[0], &a[1], None)
}

/// `sys.set_int_max_str_digits` limit (0 = none).
static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(4300);

/// The current `sys.get_int_max_str_digits()` limit (0: unlimited).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed) as usize
}

fn get_int_max_str_digits(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "get_int_max_str_digits", 0, 0)?;
    Ok(new_int(
        vm,
        INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed),
    ))
}

fn set_int_max_str_digits(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let sig = crate::vm::Signature {
        name: "set_int_max_str_digits",
        params: &["maxdigits"],
        posonly: 0,
        positional: 1,
        required: 1,
    };
    let a = sig.bind(vm, args)?;
    let n = vm.index_isize(a[0].as_ref().expect("required"))?;
    if n != 0 && n < 640 {
        return Err(vm.new_value_error("maxdigits must be 0 or larger than 640"));
    }
    INT_MAX_STR_DIGITS.store(n as i64, std::sync::atomic::Ordering::Relaxed);
    Ok(vm.none.clone())
}

/// `sys.setdlopenflags` value (RTLD_NOW by default, as CPython).
static DLOPEN_FLAGS: std::sync::atomic::AtomicI64 =
    std::sync::atomic::AtomicI64::new(libc::RTLD_NOW as i64);

/// The flags extension modules are loaded with.
pub fn dlopen_flags() -> i32 {
    DLOPEN_FLAGS.load(std::sync::atomic::Ordering::Relaxed) as i32
}

fn getdlopenflags(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "getdlopenflags", 0, 0)?;
    Ok(new_int(vm, dlopen_flags() as i64))
}

fn setdlopenflags(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "setdlopenflags", 1, 1)?;
    DLOPEN_FLAGS.store(
        vm.index_isize(&a[0])? as i64,
        std::sync::atomic::Ordering::Relaxed,
    );
    Ok(vm.none.clone())
}

fn get_asyncgen_hooks(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "get_asyncgen_hooks", 0, 0)?;
    let sys = vm.sys.borrow().clone().expect("sys");
    let d = module_dict(&sys);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    let first = d
        .get_rust_str(vm, "_oxpy_asyncgen_firstiter")
        .unwrap_or_else(|| vm.none.clone());
    let fin = d
        .get_rust_str(vm, "_oxpy_asyncgen_finalizer")
        .unwrap_or_else(|| vm.none.clone());
    Ok(new_tuple(vm, vec![first, fin]))
}

fn set_asyncgen_hooks(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let sig = crate::vm::Signature {
        name: "set_asyncgen_hooks",
        params: &["firstiter", "finalizer"],
        posonly: 0,
        positional: 2,
        required: 0,
    };
    let a = sig.bind(vm, args)?;
    let sys = vm.sys.borrow().clone().expect("sys");
    let d = module_dict(&sys);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    for (v, key, what) in [
        (&a[0], "_oxpy_asyncgen_firstiter", "firstiter"),
        (&a[1], "_oxpy_asyncgen_finalizer", "finalizer"),
    ] {
        if let Some(v) = v {
            if !vm.is_none(v)
                && crate::objects::typeobject::as_type(v.class())
                    .slots
                    .call
                    .get()
                    .is_none()
            {
                return Err(vm.new_type_error(format!(
                    "callable {what} expected, got {}",
                    crate::objects::typeobject::class_name(v)
                )));
            }
            d.set_str(vm, key, v.clone());
        }
    }
    Ok(vm.none.clone())
}

fn get_coroutine_origin_tracking_depth(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "get_coroutine_origin_tracking_depth", 0, 0)?;
    Ok(new_int(vm, 0))
}

fn clear_type_cache(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "_clear_type_cache", 0, 0)?;
    Ok(vm.none.clone())
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
        Some(o) => vm
            .repr_string(o)
            .unwrap_or_else(|_| "<object repr() failed>".into()),
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
        MethodDef::new("settrace", settrace),
        MethodDef::new("gettrace", gettrace),
        MethodDef::new("setprofile", setprofile),
        MethodDef::new("getprofile", getprofile),
        MethodDef::new("addaudithook", addaudithook),
        MethodDef::new("audit", audit),
        MethodDef::new("getsizeof", getsizeof),
        MethodDef::new("getdefaultencoding", getdefaultencoding),
        MethodDef::new("getfilesystemencoding", getfilesystemencoding),
        MethodDef::new("getfilesystemencodeerrors", getfilesystemencodeerrors),
        MethodDef::new("is_finalizing", is_finalizing),
        MethodDef::new("getswitchinterval", getswitchinterval),
        MethodDef::new("setswitchinterval", setswitchinterval),
        MethodDef::new("unraisablehook", unraisablehook),
        MethodDef::new("breakpointhook", breakpointhook),
        MethodDef::new("call_tracing", call_tracing),
        MethodDef::new("get_int_max_str_digits", get_int_max_str_digits),
        MethodDef::new("set_int_max_str_digits", set_int_max_str_digits),
        MethodDef::new("getdlopenflags", getdlopenflags),
        MethodDef::new("setdlopenflags", setdlopenflags),
        MethodDef::new("get_asyncgen_hooks", get_asyncgen_hooks),
        MethodDef::new("set_asyncgen_hooks", set_asyncgen_hooks),
        MethodDef::new(
            "get_coroutine_origin_tracking_depth",
            get_coroutine_origin_tracking_depth,
        ),
        MethodDef::new("_clear_type_cache", clear_type_cache),
    ];
    for f in fns {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    for (n, h) in [
        ("__displayhook__", "displayhook"),
        ("__excepthook__", "excepthook"),
        ("__unraisablehook__", "unraisablehook"),
        ("__breakpointhook__", "breakpointhook"),
    ] {
        let v = d.get_rust_str(vm, h).unwrap();
        d.set_str(vm, n, v);
    }
    d.set_str(vm, "modules", vm.modules.clone());
    d.set_str(vm, "path", crate::objects::listobject::new_list(vm, vec![]));
    d.set_str(vm, "argv", crate::objects::listobject::new_list(vm, vec![]));
    let stdout = new_stream(vm, Fd::Stdout);
    let stderr = new_stream(vm, Fd::Stderr);
    let stdin = new_stream(vm, Fd::Stdin);
    for (n, v) in [
        ("stdout", &stdout),
        ("__stdout__", &stdout),
        ("stderr", &stderr),
        ("__stderr__", &stderr),
        ("stdin", &stdin),
        ("__stdin__", &stdin),
    ] {
        d.set_str(vm, n, v.clone());
    }
    d.set_str(vm, "maxsize", new_int(vm, i64::MAX));
    d.set_str(vm, "byteorder", vm.intern("little"));
    d.set_str(vm, "platform", vm.intern("linux"));
    super::sysmodule_info::add_static_info(vm, d);
    d.set_str(vm, "maxunicode", new_int(vm, 0x10FFFF));
    m
}
