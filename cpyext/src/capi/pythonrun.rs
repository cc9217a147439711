//! Running Python source from C (`PyRun_StringFlags`, `PyRun_String`):
//! compile as `<string>` in the mode the start token names, then `exec`
//! (file and single input) or `eval` it in C's namespaces. Cython patches
//! `collections.abc` this way.

use super::{arg, cstr, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::compile::Mode;
use core_interp::vm::PyResult;
use libc::{c_char, c_int, c_void};

fn run_string(
    src: *const c_char,
    start: c_int,
    globals: *mut PyObject,
    locals: *mut PyObject,
) -> PyResult<*mut PyObject> {
    let vm = vm();
    let (mode, runner) = match start as u32 {
        crate::ffi::Py_eval_input => (Mode::Eval, "eval"),
        crate::ffi::Py_file_input => (Mode::Exec, "exec"),
        crate::ffi::Py_single_input => (Mode::Single, "exec"),
        _ => return Err(vm.new_system_error("invalid start token for PyRun_String")),
    };
    let code = core_interp::vm::compile_source(vm, &cstr(src)?, "<string>", mode)?;
    let globals = arg(globals)?;
    let locals = if locals.is_null() {
        globals.clone()
    } else {
        arg(locals)?
    };
    let f = vm.getattr_str(&vm.builtins_module(), runner)?;
    Ok(ret(crate::capi::object::call_out(
        &f,
        core_interp::vm::CallArgs::new(&[code, globals, locals], &[]),
    )?))
}

capi! {
    api fn PyRun_StringFlags(src: *const c_char, start: c_int, globals: *mut PyObject, locals: *mut PyObject, _flags: *mut c_void) -> *mut PyObject {
        run_string(src, start, globals, locals)
    }
    api fn PyRun_String(src: *const c_char, start: c_int, globals: *mut PyObject, locals: *mut PyObject) -> *mut PyObject {
        run_string(src, start, globals, locals)
    }
}
