//! Support for writing built-in modules in Rust (as CPython's
//! `Python/modsupport.c` and `Python/getargs.c`): creating a module and
//! setting its attributes, and argument converters and parsers with
//! CPython 3.11's exact messages.

use crate::objects::dictobject::PyDict;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::vm::{CallArgs, PyResult, Signature, Vm};

/// A new built-in module `name` holding the functions `fns`.
pub fn new_builtin_module(vm: &Vm, name: &str, fns: &[MethodDef]) -> PyRef {
    let m = new_module(vm, name);
    for f in fns {
        module_set(
            vm,
            &m,
            f.name,
            new_builtin_function(vm, *f, Some(m.clone())),
        );
    }
    m
}

/// Sets attribute `name` of module `m` (a module made by `new_builtin_module`).
pub fn module_set(vm: &Vm, m: &PyRef, name: &str, value: PyRef) {
    let d = module_dict(m);
    d.downcast_ref::<PyDict>()
        .expect("module namespace is a dict")
        .set_str(vm, name, value);
}

/// `PyNumber_AsSsize_t(obj, OverflowError)`: the index value of `obj` as a
/// machine word, with CPython's OverflowError when it does not fit.
pub fn ssize_arg(vm: &Vm, obj: &PyRef) -> PyResult<isize> {
    let i = vm.index(obj)?;
    match crate::objects::longobject::int_to_i64(&i) {
        Some(v) => Ok(v as isize),
        None => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// The `i` argument converter: the index value of `obj` as a C int.
pub fn int_arg(vm: &Vm, obj: &PyRef) -> PyResult<i32> {
    let i = vm.index(obj)?;
    match crate::objects::longobject::int_to_i64(&i).and_then(|v| i32::try_from(v).ok()) {
        Some(v) => Ok(v),
        None => Err(vm.new_overflow_error(
            if crate::objects::longobject::int_to_i64(&i).is_some_and(|v| v < 0) {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            },
        )),
    }
}

/// `builtins.<name>`.
pub fn builtin_attr(vm: &Vm, name: &str) -> PyResult {
    vm.getattr_str(&vm.builtins_module(), name)
}

/// Binds arguments as CPython 3.11's Argument Clinic parsers do
/// (`_PyArg_UnpackKeywords`), with their messages: too many arguments,
/// missing required ones, a keyword repeating a positional, then
/// "'x' is an invalid keyword argument for f()".
pub fn bind_clinic(sig: &Signature, vm: &Vm, args: CallArgs<'_>) -> PyResult<Vec<Option<PyRef>>> {
    let pos = args.positional();
    let (nargs, nkw, maxargs) = (pos.len(), args.kwnames.len(), sig.params.len());
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkw > maxargs {
        let kw = if nargs == 0 { "keyword " } else { "" };
        return Err(vm.new_type_error(format!(
            "{}() takes at most {maxargs} {kw}argument{} ({} given)",
            sig.name,
            plural(maxargs),
            nargs + nkw
        )));
    }
    if nargs > sig.positional {
        return Err(vm.new_type_error(if sig.positional == 0 {
            format!("{}() takes no positional arguments", sig.name)
        } else {
            let how = if sig.required.min(sig.positional) < sig.positional {
                "at most"
            } else {
                "exactly"
            };
            format!(
                "{}() takes {how} {} positional argument{} ({nargs} given)",
                sig.name,
                sig.positional,
                plural(sig.positional)
            )
        }));
    }
    let minpos = sig.required.min(sig.posonly);
    if nargs < minpos {
        let how = if minpos < sig.positional {
            "at least"
        } else {
            "exactly"
        };
        return Err(vm.new_type_error(format!(
            "{}() takes {how} {minpos} positional argument{} ({nargs} given)",
            sig.name,
            plural(minpos)
        )));
    }
    let key_of = |k: &PyRef| {
        k.downcast_ref::<crate::objects::unicodeobject::PyStr>()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let mut out: Vec<Option<PyRef>> = pos.iter().cloned().map(Some).collect();
    out.resize(maxargs, None);
    let mut used = 0;
    for (i, slot) in out.iter_mut().enumerate().skip(nargs) {
        if i >= sig.posonly {
            if let Some((_, v)) = args.kwargs().find(|(k, _)| key_of(k) == sig.params[i]) {
                *slot = Some(v.clone());
                used += 1;
            }
        }
        if slot.is_none() && i < sig.required {
            return Err(vm.new_type_error(if i < sig.positional {
                format!(
                    "{}() missing required argument '{}' (pos {})",
                    sig.name,
                    sig.params[i],
                    i + 1
                )
            } else {
                format!(
                    "{}() missing required keyword-only argument '{}'",
                    sig.name, sig.params[i]
                )
            }));
        }
    }
    if used < nkw {
        for (k, _) in args.kwargs() {
            let key = key_of(k);
            if let Some(i) = sig.params[..nargs]
                .iter()
                .position(|p| *p == key)
                .filter(|&i| i >= sig.posonly)
            {
                return Err(vm.new_type_error(format!(
                    "argument for {}() given by name ('{key}') and position ({})",
                    sig.name,
                    i + 1
                )));
            }
        }
        for (k, _) in args.kwargs() {
            let key = key_of(k);
            if !sig.params[sig.posonly.max(nargs)..].contains(&key.as_str()) {
                return Err(vm.new_type_error(format!(
                    "'{key}' is an invalid keyword argument for {}()",
                    sig.name
                )));
            }
        }
    }
    Ok(out)
}

/// `_PyArg_CheckPositional`: "f expected 2 arguments, got 1" (no keywords allowed).
pub fn check_args<'a>(
    vm: &Vm,
    name: &str,
    args: CallArgs<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    args.no_kwargs(vm, name)?;
    let pos = args.positional();
    let n = pos.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(vm.new_type_error(format!(
            "{name} expected {how}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(vm.new_type_error(format!(
            "{name} expected {how}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(pos)
}
