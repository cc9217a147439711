//! Code objects made by C (`PyCode_NewWithPosOnlyArgs`, `PyCode_New`,
//! `PyCode_NewEmpty`): Cython makes one per function for introspection
//! (`__code__`, `inspect.signature`) and for its traceback frames. They
//! carry the names, counts, flags and position C gives; their body is an
//! empty one (C's bytecode is not oxpy's, and Cython passes none).

use super::{arg, cstr, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::compile::{compile_source, CompileOptions, Mode};
use core_interp::objects::object::PyRef;
use core_interp::vm::PyResult;
use libc::{c_char, c_int};
use std::sync::Arc;

/// The shape of a code object C asks for.
struct Spec {
    argcount: c_int,
    posonly: c_int,
    kwonly: c_int,
    flags: c_int,
    names: Vec<Arc<str>>,
    varnames: Vec<Arc<str>>,
    freevars: Vec<Arc<str>>,
    cellvars: Vec<Arc<str>>,
    filename: String,
    name: String,
    qualname: String,
    firstlineno: c_int,
}

fn strs(p: *mut PyObject) -> PyResult<Vec<Arc<str>>> {
    let vm = vm();
    if p.is_null() {
        return Ok(Vec::new());
    }
    vm.collect(&arg(p)?)?
        .iter()
        .map(|s| vm.str_string(s).map(Arc::from))
        .collect()
}

fn text(p: *mut PyObject) -> PyResult<String> {
    vm().str_string(&arg(p)?)
}

fn make(spec: Spec) -> PyResult<PyRef> {
    let vm = vm();
    let opts = CompileOptions {
        mode: Mode::Exec,
        filename: spec.filename.clone(),
        optimize: 0,
    };
    let mut code = compile_source("", &opts)
        .map_err(|e| vm.new_system_error(format!("empty code object: {}", e.msg)))?;
    code.name = Arc::from(spec.name.as_str());
    code.qualname = Arc::from(spec.qualname.as_str());
    code.first_line = spec.firstlineno.max(0) as u32;
    code.argcount = spec.argcount.max(0) as u32;
    code.posonlyargcount = spec.posonly.max(0) as u32;
    code.kwonlyargcount = spec.kwonly.max(0) as u32;
    code.flags = spec.flags as u32;
    code.names = spec.names;
    code.varnames = spec.varnames;
    code.cell2arg = vec![None; spec.cellvars.len()];
    code.cellvars = spec.cellvars;
    code.freevars = spec.freevars;
    Ok(core_interp::objects::codeobject::new_code(
        vm,
        Arc::new(code),
    ))
}

#[allow(clippy::too_many_arguments)]
fn from_objects(
    argcount: c_int,
    posonly: c_int,
    kwonly: c_int,
    flags: c_int,
    names: *mut PyObject,
    varnames: *mut PyObject,
    freevars: *mut PyObject,
    cellvars: *mut PyObject,
    filename: *mut PyObject,
    name: *mut PyObject,
    qualname: *mut PyObject,
    firstlineno: c_int,
) -> PyResult<*mut PyObject> {
    let name_s = text(name)?;
    let qualname = if qualname.is_null() {
        name_s.clone()
    } else {
        text(qualname)?
    };
    Ok(ret(make(Spec {
        argcount,
        posonly,
        kwonly,
        flags,
        names: strs(names)?,
        varnames: strs(varnames)?,
        freevars: strs(freevars)?,
        cellvars: strs(cellvars)?,
        filename: text(filename)?,
        name: name_s,
        qualname,
        firstlineno,
    })?))
}

capi! {
    api fn PyCode_NewWithPosOnlyArgs(argcount: c_int, posonlyargcount: c_int, kwonlyargcount: c_int, _nlocals: c_int, _stacksize: c_int, flags: c_int, _code: *mut PyObject, _consts: *mut PyObject, names: *mut PyObject, varnames: *mut PyObject, freevars: *mut PyObject, cellvars: *mut PyObject, filename: *mut PyObject, name: *mut PyObject, qualname: *mut PyObject, firstlineno: c_int, _linetable: *mut PyObject, _exceptiontable: *mut PyObject) -> *mut PyObject {
        from_objects(argcount, posonlyargcount, kwonlyargcount, flags, names, varnames, freevars, cellvars, filename, name, qualname, firstlineno)
    }
    api fn PyCode_New(argcount: c_int, kwonlyargcount: c_int, _nlocals: c_int, _stacksize: c_int, flags: c_int, _code: *mut PyObject, _consts: *mut PyObject, names: *mut PyObject, varnames: *mut PyObject, freevars: *mut PyObject, cellvars: *mut PyObject, filename: *mut PyObject, name: *mut PyObject, qualname: *mut PyObject, firstlineno: c_int, _linetable: *mut PyObject, _exceptiontable: *mut PyObject) -> *mut PyObject {
        from_objects(argcount, 0, kwonlyargcount, flags, names, varnames, freevars, cellvars, filename, name, qualname, firstlineno)
    }
    api fn PyCode_NewEmpty(filename: *const c_char, funcname: *const c_char, firstlineno: c_int) -> *mut PyObject {
        let name = cstr(funcname)?.into_owned();
        Ok(ret(make(Spec {
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            names: Vec::new(),
            varnames: Vec::new(),
            freevars: Vec::new(),
            cellvars: Vec::new(),
            filename: cstr(filename)?.into_owned(),
            qualname: name.clone(),
            name,
            firstlineno,
        })?))
    }
}
