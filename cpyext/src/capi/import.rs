//! Importing from C (`PyImport_*`).

use super::{arg, borrowed, cstr, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use libc::{c_char, c_int};

capi! {
    api fn PyImport_ImportModule(name: *const c_char) -> *mut PyObject {
        Ok(ret(core_interp::vm::import::import_module(vm(), &cstr(name)?)?))
    }
    api fn PyImport_ImportModuleNoBlock(name: *const c_char) -> *mut PyObject {
        Ok(ret(core_interp::vm::import::import_module(vm(), &cstr(name)?)?))
    }
    api fn PyImport_Import(name: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let name = arg(name)?;
        if name.downcast_ref::<core_interp::objects::unicodeobject::PyStr>().is_none() {
            return Err(vm.new_type_error("module name must be a string"));
        }
        Ok(ret(core_interp::vm::import::import_module(vm, &vm.str_string(&name)?)?))
    }
    api fn PyImport_ImportModuleLevel(name: *const c_char, globals: *mut PyObject, locals: *mut PyObject, fromlist: *mut PyObject, level: c_int) -> *mut PyObject {
        let vm = vm();
        let n = ret(core_interp::objects::unicodeobject::new_str_object(vm, &cstr(name)?));
        let r = PyImport_ImportModuleLevelObject(n, globals, locals, fromlist, level);
        crate::proxy::decref(n);
        if r.is_null() {
            return Err(crate::runtime::fetch_after_failure("PyImport_ImportModuleLevelObject"));
        }
        Ok(r)
    }
    api fn PyImport_ImportModuleLevelObject(name: *mut PyObject, globals: *mut PyObject, locals: *mut PyObject, fromlist: *mut PyObject, level: c_int) -> *mut PyObject {
        let vm = vm();
        let f = vm.getattr_str(&vm.builtins_module(), "__import__")?;
        let opt = |p: *mut PyObject| crate::proxy::from_c_opt(p).unwrap_or_else(|| vm.none.clone());
        let args = [arg(name)?, opt(globals), opt(locals), opt(fromlist), core_interp::objects::longobject::new_int(vm, level as i64)];
        Ok(ret(vm.call_positional(&f, &args)?))
    }
    api fn PyImport_GetModuleDict() -> *mut PyObject {
        Ok(borrowed(&vm().modules))
    }
    api fn PyImport_AddModule(name: *const c_char) -> *mut PyObject {
        let vm = vm();
        let n = cstr(name)?;
        let d = vm.modules.downcast_ref::<core_interp::objects::dictobject::PyDict>().expect("sys.modules");
        if let Some(m) = d.get_rust_str(vm, &n) {
            return Ok(borrowed(&m));
        }
        let m = core_interp::objects::moduleobject::new_module(vm, &n);
        d.set_str(vm, &n, m.clone());
        Ok(borrowed(&m))
    }
    api fn _PyImport_SetModule(name: *mut PyObject, module: *mut PyObject) -> c_int {
        let vm = vm();
        vm.setitem(&vm.modules, arg(name)?, arg(module)?)?;
        Ok(0)
    }
    api fn PyEval_GetBuiltins() -> *mut PyObject {
        let vm = vm();
        Ok(borrowed(&core_interp::objects::moduleobject::module_dict(&vm.builtins_module())))
    }
}
