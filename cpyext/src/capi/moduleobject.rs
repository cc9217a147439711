//! Modules from C: `PyModule_Create2` (single-phase), `PyModuleDef_Init`,
//! `PyModule_FromDefAndSpec2` and `PyModule_ExecDef` (multi-phase), module
//! state, and the `PyModule_Add*` helpers.

use super::{arg, borrowed, cstr, ret};
use crate::ffi::{self, PyObject};
use crate::proxy;
use crate::runtime::{fetch_after_failure, vm};
use core_interp::objects::moduleobject::{module_dict, new_module, PyModule};
use core_interp::objects::object::PyRef;
use core_interp::objects::unicodeobject::new_str_object;
use core_interp::vm::{PyResult, Vm};
use libc::{c_char, c_int, c_long, c_void};
use std::ptr::null_mut;

/// The C layout of a module proxy: where its definition and state live.
#[repr(C)]
pub struct ModuleProxy {
    pub ob_base: PyObject,
    pub md_dict: *mut PyObject,
    pub md_def: *mut ffi::PyModuleDef,
    pub md_state: *mut c_void,
}

fn module_proxy(m: *mut PyObject) -> PyResult<*mut ModuleProxy> {
    let o = arg(m)?;
    if o.downcast_ref::<PyModule>().is_none() {
        return Err(vm().new_system_error("bad argument to internal function"));
    }
    Ok(proxy::to_c(&o) as *mut ModuleProxy)
}

/// The definition a module was created from (NULL if none).
pub fn module_def(m: *mut PyObject) -> *mut ffi::PyModuleDef {
    // SAFETY: module proxies are ModuleProxy blocks.
    module_proxy(m).map_or(null_mut(), |p| unsafe { (*p).md_def })
}

/// Frees a module proxy's state (calling `m_free` first).
pub fn release_state(p: *mut PyObject) {
    let mp = p as *mut ModuleProxy;
    // SAFETY: `p` is a dying module proxy.
    unsafe {
        let def = (*mp).md_def;
        if !def.is_null() {
            if let Some(free) = (*def).m_free {
                free(p as *mut c_void);
            }
        }
        if !(*mp).md_state.is_null() {
            libc::free((*mp).md_state);
            (*mp).md_state = null_mut();
        }
    }
}

/// Gives module `m` its definition: state, functions and docstring.
fn init_from_def(vm: &Vm, m: &PyRef, def: *mut ffi::PyModuleDef) -> PyResult<()> {
    let p = proxy::to_c(m) as *mut ModuleProxy;
    // SAFETY: `def` is a static PyModuleDef; `p` a module proxy.
    unsafe {
        (*p).md_def = def;
        if (*def).m_size > 0 && (*p).md_state.is_null() {
            (*p).md_state = libc::calloc(1, (*def).m_size as usize);
        }
        add_functions(vm, m, (*def).m_methods)?;
        if !(*def).m_doc.is_null() {
            vm.setattr_str(m, "__doc__", new_str_object(vm, &cstr((*def).m_doc)?))?;
        }
    }
    Ok(())
}

fn add_functions(vm: &Vm, m: &PyRef, mut defs: *mut ffi::PyMethodDef) -> PyResult<()> {
    // SAFETY: a NULL-name-terminated static array.
    unsafe {
        let name = vm.getattr_str(m, "__name__").ok();
        while !defs.is_null() && !(*defs).ml_name.is_null() {
            let f = crate::cfunction::new_function(vm, defs, Some(m.clone()), name.clone(), None);
            vm.setattr_str(m, &cstr((*defs).ml_name)?, f)?;
            defs = defs.add(1);
        }
    }
    Ok(())
}

/// `PyModule_FromDefAndSpec2` without the API version.
pub fn from_def_and_spec(vm: &Vm, def: *mut ffi::PyModuleDef, spec: &PyRef) -> PyResult<PyRef> {
    let name = vm.str_string(&vm.getattr_str(spec, "name")?)?;
    let mut create: Option<
        unsafe extern "C" fn(*mut PyObject, *mut ffi::PyModuleDef) -> *mut PyObject,
    > = None;
    // SAFETY: the slot array is terminated by a zero id.
    unsafe {
        if (*def).m_size < 0 {
            return Err(vm.new_system_error(format!(
                "module {name}: m_size may not be negative for multi-phase initialization"
            )));
        }
        let mut s = (*def).m_slots;
        while !s.is_null() && (*s).slot != 0 {
            match (*s).slot {
                x if x == ffi::Py_mod_create as c_int => {
                    create = Some(std::mem::transmute::<*mut c_void, _>((*s).value))
                }
                x if x == ffi::Py_mod_exec as c_int => {}
                other => {
                    return Err(
                        vm.new_system_error(format!("module {name} uses unknown slot ID {other}"))
                    )
                }
            }
            s = s.add(1);
        }
    }
    let m = match create {
        Some(f) => {
            // SAFETY: calling the module's create slot.
            let r = unsafe { f(proxy::to_c(spec), def) };
            if r.is_null() {
                return Err(crate::runtime::take_error().unwrap_or_else(|| {
                    vm.new_system_error(format!(
                        "creation of module {name} failed without setting an exception"
                    ))
                }));
            }
            let m = proxy::steal(r);
            if let Some(e) = crate::runtime::take_error() {
                return Err(unreported(
                    vm,
                    format!("creation of module {name} raised unreported exception"),
                    e,
                ));
            }
            m
        }
        None => new_module(vm, &name),
    };
    if m.downcast_ref::<PyModule>().is_some() {
        init_from_def(vm, &m, def)?;
    } else {
        // SAFETY: reading the definition.
        unsafe {
            if (*def).m_size > 0 {
                return Err(vm.new_system_error(format!(
                    "module {name} is not a module object, but requests module state"
                )));
            }
            // Functions and the docstring go on whatever object `create` made.
            add_functions(vm, &m, (*def).m_methods)?;
            if !(*def).m_doc.is_null() {
                vm.setattr_str(&m, "__doc__", new_str_object(vm, &cstr((*def).m_doc)?))?;
            }
        }
    }
    Ok(m)
}

/// SystemError `msg` caused by the exception C left pending.
fn unreported(vm: &Vm, msg: String, cause: core_interp::vm::PyErr) -> core_interp::vm::PyErr {
    let e = vm.new_system_error(msg);
    let _ = vm.setattr_str(e.value(), "__cause__", cause.into_value());
    e
}

/// Runs the `Py_mod_exec` slots of `def` on `m`.
pub fn exec_def(vm: &Vm, m: &PyRef, def: *mut ffi::PyModuleDef) -> PyResult<()> {
    let p = proxy::to_c(m);
    // SAFETY: the slot array is terminated by a zero id; exec slots take the module.
    unsafe {
        let mut s = (*def).m_slots;
        while !s.is_null() && (*s).slot != 0 {
            if (*s).slot as u32 == ffi::Py_mod_exec {
                let f: unsafe extern "C" fn(*mut PyObject) -> c_int =
                    std::mem::transmute((*s).value);
                let failed = f(p) != 0;
                let pending = crate::runtime::take_error();
                if failed || pending.is_some() {
                    let name = vm
                        .getattr_str(m, "__name__")
                        .and_then(|n| vm.str_string(&n))
                        .unwrap_or_default();
                    return Err(match (failed, pending) {
                        (true, Some(e)) => e,
                        (true, None) => vm.new_system_error(format!(
                            "execution of module {name} failed without setting an exception"
                        )),
                        (false, Some(e)) => unreported(
                            vm,
                            format!("execution of module {name} raised unreported exception"),
                            e,
                        ),
                        (false, None) => unreachable!(),
                    });
                }
            }
            s = s.add(1);
        }
    }
    Ok(())
}

capi! {
    api fn PyModule_Create2(def: *mut ffi::PyModuleDef, _apiver: c_int) -> *mut PyObject {
        let vm = vm();
        crate::types::init(vm);
        // SAFETY: `def` is a static PyModuleDef.
        let declared = cstr(unsafe { (*def).m_name })?.into_owned();
        let m = new_module(vm, &crate::loader::module_name_in_context(&declared));
        init_from_def(vm, &m, def)?;
        Ok(ret(m))
    }
    api fn _PyModule_CreateInitialized(def: *mut ffi::PyModuleDef, apiver: c_int) -> *mut PyObject {
        Ok(PyModule_Create2(def, apiver))
    }
    api fn PyModuleDef_Init(def: *mut ffi::PyModuleDef) -> *mut PyObject {
        // SAFETY: `def` is a static PyModuleDef whose head is a PyObject.
        unsafe {
            let o = def as *mut PyObject;
            if (*o).ob_type.is_null() {
                (*o).ob_type = std::ptr::addr_of_mut!(ffi::PyModuleDef_Type);
                (*o).ob_refcnt = 1;
            }
            Ok(o)
        }
    }
    api fn PyModule_FromDefAndSpec2(def: *mut ffi::PyModuleDef, spec: *mut PyObject, _apiver: c_int) -> *mut PyObject {
        Ok(ret(from_def_and_spec(vm(), def, &arg(spec)?)?))
    }
    api fn PyModule_ExecDef(m: *mut PyObject, def: *mut ffi::PyModuleDef) -> c_int {
        exec_def(vm(), &arg(m)?, def)?;
        Ok(0)
    }
    api fn PyModule_New(name: *const c_char) -> *mut PyObject {
        Ok(ret(new_module(vm(), &cstr(name)?)))
    }
    api fn PyModule_NewObject(name: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(new_module(vm, &vm.str_string(&arg(name)?)?)))
    }
    api fn PyModule_GetState(m: *mut PyObject) -> *mut c_void {
        // SAFETY: a module proxy.
        Ok(unsafe { (*module_proxy(m)?).md_state })
    }
    api fn PyModule_GetDef(m: *mut PyObject) -> *mut ffi::PyModuleDef {
        // SAFETY: a module proxy.
        Ok(unsafe { (*module_proxy(m)?).md_def })
    }
    api fn PyModule_GetDict(m: *mut PyObject) -> *mut PyObject {
        let o = arg(m)?;
        Ok(borrowed(&module_dict(&o)))
    }
    api fn PyModule_GetNameObject(m: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().getattr_str(&arg(m)?, "__name__")?))
    }
    api fn PyModule_GetName(m: *mut PyObject) -> *const c_char {
        let vm = vm();
        let o = arg(m)?;
        let n = module_dict(&o).downcast_ref::<core_interp::objects::dictobject::PyDict>().and_then(|d| d.get_rust_str(vm, "__name__"));
        match n {
            Some(n) => Ok(super::unicodeobject::PyUnicode_AsUTF8(proxy::to_c(&n))),
            None => Err(vm.new_system_error("nameless module")),
        }
    }
    api fn PyModule_GetFilenameObject(m: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().getattr_str(&arg(m)?, "__file__")?))
    }
    api fn PyModule_AddObjectRef(m: *mut PyObject, name: *const c_char, v: *mut PyObject) -> c_int {
        let vm = vm();
        if v.is_null() {
            if !crate::runtime::error_occurred() {
                return Err(vm.new_system_error("PyModule_AddObjectRef() must be called with an exception raised if value is NULL"));
            }
            return Err(fetch_after_failure("PyModule_AddObjectRef"));
        }
        vm.setattr_str(&arg(m)?, &cstr(name)?, arg(v)?)?;
        Ok(0)
    }
    api fn PyModule_AddObject(m: *mut PyObject, name: *const c_char, v: *mut PyObject) -> c_int {
        let r = PyModule_AddObjectRef(m, name, v);
        if r == 0 {
            proxy::decref(v);
        }
        if r < 0 {
            return Err(fetch_after_failure("PyModule_AddObject"));
        }
        Ok(r)
    }
    api fn PyModule_AddIntConstant(m: *mut PyObject, name: *const c_char, v: c_long) -> c_int {
        let vm = vm();
        vm.setattr_str(&arg(m)?, &cstr(name)?, core_interp::objects::longobject::new_int(vm, v))?;
        Ok(0)
    }
    api fn PyModule_AddStringConstant(m: *mut PyObject, name: *const c_char, v: *const c_char) -> c_int {
        let vm = vm();
        vm.setattr_str(&arg(m)?, &cstr(name)?, new_str_object(vm, &cstr(v)?))?;
        Ok(0)
    }
    api fn PyModule_AddType(m: *mut PyObject, tp: *mut ffi::PyTypeObject) -> c_int {
        let vm = vm();
        // SAFETY: `tp` is a type object.
        if unsafe { (*tp).tp_flags } & ffi::Py_TPFLAGS_READY as u64 == 0 {
            crate::types::ready(tp)?;
        }
        let ty = proxy::from_c(tp as *mut PyObject);
        // The short name, as CPython's `_PyType_Name`.
        let full = core_interp::objects::typeobject::as_type(&ty).name();
        let name = full.rsplit('.').next().unwrap_or(&full).to_string();
        vm.setattr_str(&arg(m)?, &name, ty)?;
        Ok(0)
    }
    api fn PyModule_AddFunctions(m: *mut PyObject, defs: *mut ffi::PyMethodDef) -> c_int {
        add_functions(vm(), &arg(m)?, defs)?;
        Ok(0)
    }
    api fn PyModule_SetDocString(m: *mut PyObject, doc: *const c_char) -> c_int {
        let vm = vm();
        vm.setattr_str(&arg(m)?, "__doc__", new_str_object(vm, &cstr(doc)?))?;
        Ok(0)
    }
    api fn PyState_FindModule(def: *mut ffi::PyModuleDef) -> *mut PyObject {
        // SAFETY: `def` is a live PyModuleDef.
        let (slots, index) = unsafe { (!(*def).m_slots.is_null(), (*def).m_base.m_index) };
        if slots || index <= 0 {
            return Ok(null_mut());
        }
        let table = by_index();
        Ok(table.get(index as usize).map_or(null_mut(), |&m| m as *mut PyObject))
    }
    api fn PyState_AddModule(m: *mut PyObject, def: *mut ffi::PyModuleDef) -> c_int {
        let vm = vm();
        if def.is_null() {
            return Err(vm.new_system_error("module definition is NULL"));
        }
        add_by_index(vm, m, def)?;
        Ok(0)
    }
    api fn PyState_RemoveModule(def: *mut ffi::PyModuleDef) -> c_int {
        let vm = vm();
        // SAFETY: `def` is a live PyModuleDef.
        let (slots, index) = unsafe { (!(*def).m_slots.is_null(), (*def).m_base.m_index) };
        if slots {
            return Err(vm.new_system_error("PyState_RemoveModule called on module with slots"));
        }
        let old = {
            let mut table = by_index();
            match table.get_mut(index as usize) {
                Some(e) if index > 0 => std::mem::replace(e, 0),
                _ => {
                    drop(table);
                    return Err(vm.new_system_error("PyState_RemoveModule: Module index out of bounds."));
                }
            }
        };
        if old != 0 {
            proxy::decref(old as *mut PyObject);
        }
        Ok(0)
    }
}

/// Single-phase modules by their definition's `m_base.m_index`, as
/// CPython's `modules_by_index`: what `PyState_FindModule` answers. Each
/// entry owns a reference to the module's proxy (0: none).
static BY_INDEX: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());

/// The last `m_index` handed out (CPython's `max_module_number`).
static MAX_INDEX: std::sync::atomic::AtomicIsize = std::sync::atomic::AtomicIsize::new(0);

fn by_index() -> std::sync::MutexGuard<'static, Vec<usize>> {
    BY_INDEX.lock().unwrap_or_else(|e| e.into_inner())
}

/// Records `m` as the module of the single-phase definition `def`, giving
/// `def` its index on first use (`_PyState_AddModule`).
fn add_by_index(vm: &Vm, m: *mut PyObject, def: *mut ffi::PyModuleDef) -> PyResult<()> {
    // SAFETY: `def` is a live PyModuleDef, written only under the GIL.
    let index = unsafe {
        if !(*def).m_slots.is_null() {
            return Err(vm.new_system_error("PyState_AddModule called on module with slots"));
        }
        if (*def).m_base.m_index == 0 {
            (*def).m_base.m_index =
                MAX_INDEX.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        }
        (*def).m_base.m_index as usize
    };
    proxy::incref(m);
    let old = {
        let mut table = by_index();
        if table.len() <= index {
            table.resize(index + 1, 0);
        }
        std::mem::replace(&mut table[index], m as usize)
    };
    if old != 0 {
        proxy::decref(old as *mut PyObject);
    }
    Ok(())
}

/// What the import of a single-phase extension does once its init function
/// returned `m`: `PyState_FindModule` finds it from then on.
pub fn record_single_phase(vm: &Vm, m: &PyRef) -> PyResult<()> {
    if m.downcast_ref::<PyModule>().is_none() {
        return Ok(());
    }
    let p = proxy::to_c(m);
    // SAFETY: module proxies have the ModuleProxy layout.
    let def = unsafe { (*(p as *mut ModuleProxy)).md_def };
    // SAFETY: a non-NULL `md_def` is the module's static definition.
    if def.is_null() || unsafe { !(*def).m_slots.is_null() } {
        return Ok(());
    }
    add_by_index(vm, p, def)
}

capi! {
    /// The C function behind a function object made from a `PyMethodDef`;
    /// NULL (no exception) for functions written in Rust, which have none.
    api fn PyCFunction_GetFunction(o: *mut PyObject) -> ffi::PyCFunction {
        let f = super::arg(o)?;
        Ok(match f.downcast_ref::<crate::cfunction::CFunction>() {
            // SAFETY: `def` is a row of a static method table.
            Some(c) => unsafe { (*c.def).ml_meth },
            None => None,
        })
    }
}
