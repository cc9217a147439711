//! The `_sre` module, the engine behind `re`: `compile()` turns the code
//! that `re._compiler` emits into a `re.Pattern`; the module also exports
//! the case helpers the compiler uses and the format constants.

pub mod charset;
pub mod constants;
pub mod engine;
pub mod matchobj;
pub mod pattern;
pub mod scanner;
pub mod subject;
pub mod unicode_db;
pub mod validate;

use crate::objects::dictobject::PyDict;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::PyRef;
use crate::objects::typeobject::class_name;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use constants::*;

/// `_sre.copyright`.
const COPYRIGHT: &str = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

/// An `int` argument of a character helper (C `int`).
fn char_arg(vm: &Vm, args: CallArgs<'_>, name: &str) -> PyResult<u32> {
    let a = args.check_positional(vm, name, 1, 1)?;
    if crate::objects::longobject::as_int(&a[0]).is_none() {
        return Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            class_name(&a[0])
        )));
    }
    let v = vm.index_isize(&a[0])?;
    if v < i32::MIN as isize || v > i32::MAX as isize {
        return Err(vm.new_overflow_error(if v < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        }));
    }
    Ok(v as i32 as u32)
}

fn getcodesize(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "getcodesize", 0, 0)?;
    Ok(new_int(vm, CODESIZE))
}

fn ascii_iscased(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let c = char_arg(vm, args, "ascii_iscased")?;
    Ok(vm.bool_obj(c < 128 && (c as u8).is_ascii_alphabetic()))
}

fn unicode_iscased(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let c = char_arg(vm, args, "unicode_iscased")?;
    Ok(vm.bool_obj(c != charset::lower_unicode(c) || c != charset::upper_unicode(c)))
}

fn ascii_tolower(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let c = char_arg(vm, args, "ascii_tolower")?;
    Ok(new_int(vm, charset::lower_ascii(c) as i32 as i64))
}

fn unicode_tolower(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let c = char_arg(vm, args, "unicode_tolower")?;
    Ok(new_int(vm, charset::lower_unicode(c) as i32 as i64))
}

static COMPILE_SIG: Signature = Signature {
    name: "compile",
    params: &[
        "pattern",
        "flags",
        "code",
        "groups",
        "groupindex",
        "indexgroup",
    ],
    posonly: 0,
    positional: 6,
    required: 6,
};

fn compile(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = COMPILE_SIG.bind(vm, args)?;
    let arg = |i: usize| a[i].clone().expect("required");
    pattern::compile(vm, arg(0), &arg(1), &arg(2), &arg(3), arg(4), arg(5))
}

/// Creates the `_sre` module.
pub fn create(vm: &Vm) -> PyResult<PyRef> {
    let m = new_module(vm, "_sre");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().expect("module dict");
    for f in [
        MethodDef::new("compile", compile),
        MethodDef::new("getcodesize", getcodesize),
        MethodDef::new("ascii_iscased", ascii_iscased),
        MethodDef::new("unicode_iscased", unicode_iscased),
        MethodDef::new("ascii_tolower", ascii_tolower),
        MethodDef::new("unicode_tolower", unicode_tolower),
    ] {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    d.set_str(vm, "MAGIC", new_int(vm, MAGIC));
    d.set_str(vm, "CODESIZE", new_int(vm, CODESIZE));
    d.set_str(vm, "MAXREPEAT", new_int(vm, MAXREPEAT as i64));
    d.set_str(vm, "MAXGROUPS", new_int(vm, MAXGROUPS));
    d.set_str(vm, "copyright", new_str_object(vm, COPYRIGHT));
    pattern::init_types(vm);
    Ok(m)
}
