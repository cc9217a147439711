//! Type objects from C: `PyType_Ready`, `PyType_FromSpec` and friends,
//! instance allocation (`PyType_GenericAlloc`/`GenericNew`), and type queries.

use super::{arg, ret};
use crate::ffi::{self, PyObject, PyTypeObject};
use crate::proxy::{self, Kind};
use crate::runtime::vm;
use crate::types::{tp_obj, CInstance};
use core_interp::objects::object::PyRef;
use core_interp::objects::typeobject::{as_type, is_subtype};
use core_interp::vm::PyResult;
use libc::{c_int, c_void};
use std::ptr::null_mut;

/// Links C memory `p` (with a link header, type `tp`) as a C instance with
/// a new oxpy object standing for it; C owns the one reference.
pub fn init_instance(p: *mut PyObject, tp: *mut PyTypeObject) -> PyResult<()> {
    let cls = proxy::from_c(tp_obj(tp));
    // SAFETY: `p` is zeroed or initialised C memory with a link header.
    unsafe {
        (*p).ob_type = tp;
        (*p).ob_refcnt = 1;
        if (*tp).tp_flags & ffi::Py_TPFLAGS_HEAPTYPE as u64 != 0 {
            proxy::incref(tp_obj(tp));
        }
    }
    attach_instance(p, cls);
    Ok(())
}

/// Makes initialised C memory `p` (`ob_type` set, one C reference) an
/// instance of `cls` the interpreter sees.
pub fn attach_instance(p: *mut PyObject, cls: PyRef) {
    proxy::set_kind(p, Kind::CInstance);
    let obj = PyRef::new(CInstance, cls);
    proxy::attach_owned(p, obj);
}

/// After C memory moved (`_PyObject_GC_Resize`), points its object at it.
pub fn relink_instance(p: *mut PyObject) {
    let l = proxy::link(p);
    // SAFETY: the link's object is live (held by the proxy or by Rust).
    let o = unsafe { &*l.obj() };
    o.set_proxy(p as *mut c_void);
}

/// `tp_alloc` for `n` items.
pub fn alloc_instance(tp: *mut PyTypeObject, n: isize) -> PyResult<*mut PyObject> {
    // SAFETY: `tp` is a readied type.
    let size = unsafe {
        (*tp).tp_basicsize as usize + (n.max(0) as usize + 1) * (*tp).tp_itemsize as usize
    };
    let p = proxy::alloc(size, Kind::CInstance);
    if n != 0 {
        // SAFETY: variable-size instances start with a PyVarObject.
        unsafe { (*(p as *mut ffi::PyVarObject)).ob_size = n };
    }
    init_instance(p, tp)?;
    Ok(p)
}

/// `PyType_FromModuleAndSpec`: a heap `PyHeapTypeObject` filled from the
/// spec's slots, then readied.
fn from_spec(
    module: *mut PyObject,
    spec: *mut ffi::PyType_Spec,
    bases: *mut PyObject,
) -> PyResult<*mut PyObject> {
    let vm = vm();
    crate::types::init(vm);
    let p = proxy::alloc(std::mem::size_of::<ffi::PyHeapTypeObject>(), Kind::Static);
    let ht = p as *mut ffi::PyHeapTypeObject;
    // SAFETY: `ht` is zeroed memory for a PyHeapTypeObject; `spec` is valid.
    unsafe {
        let tp = &mut (*ht).ht_type;
        tp.ob_base.ob_base.ob_refcnt = 1;
        tp.ob_base.ob_base.ob_type = std::ptr::addr_of_mut!(ffi::PyType_Type);
        tp.tp_name = (*spec).name;
        tp.tp_basicsize = (*spec).basicsize as isize;
        tp.tp_itemsize = (*spec).itemsize as isize;
        tp.tp_flags = (*spec).flags as u64 | ffi::Py_TPFLAGS_HEAPTYPE as u64;
        tp.tp_as_number = &mut (*ht).as_number;
        tp.tp_as_sequence = &mut (*ht).as_sequence;
        tp.tp_as_mapping = &mut (*ht).as_mapping;
        tp.tp_as_async = &mut (*ht).as_async;
        tp.tp_as_buffer = &mut (*ht).as_buffer;
        (*ht).ht_module = if module.is_null() {
            null_mut()
        } else {
            proxy::incref(module);
            module
        };
        let mut base: *mut PyTypeObject = null_mut();
        if !bases.is_null() {
            let b = proxy::from_c(bases);
            base = match core_interp::objects::tupleobject::tuple_items(&b) {
                Some(items) => items
                    .first()
                    .map_or(null_mut(), |f| proxy::to_c(f) as *mut PyTypeObject),
                None => bases as *mut PyTypeObject,
            };
        }
        let mut s = (*spec).slots;
        while (*s).slot != 0 {
            let f = (*s).pfunc;
            set_slot(ht, (*s).slot as u32, f, &mut base)?;
            s = s.add(1);
        }
        if base.is_null() {
            base = std::ptr::addr_of_mut!(ffi::PyBaseObject_Type);
        }
        tp.tp_base = base;
    }
    crate::types::ready(ht as *mut PyTypeObject)?;
    // SAFETY: `ht` is now a readied type.
    unsafe {
        let tp = &mut (*ht).ht_type;
        if !tp.tp_doc.is_null() {
            let ty = proxy::from_c(p);
            let doc = super::cstr(tp.tp_doc)?;
            as_type(&ty).namespace().set_str(
                vm,
                "__doc__",
                core_interp::objects::unicodeobject::new_str_object(vm, &doc),
            );
        }
        if !module.is_null() {
            let ty = proxy::from_c(p);
            if let Ok(name) = vm.getattr_str(&proxy::from_c(module), "__name__") {
                if !tp.tp_name.is_null() && !super::cstr(tp.tp_name)?.contains('.') {
                    as_type(&ty).namespace().set_str(vm, "__module__", name);
                }
            }
        }
    }
    Ok(p)
}

/// Stores one `PyType_Slot` into the heap type.
///
/// # Safety
/// `ht` is a heap type being built; `f` has the type the slot id implies.
unsafe fn set_slot(
    ht: *mut ffi::PyHeapTypeObject,
    id: u32,
    f: *mut c_void,
    base: &mut *mut PyTypeObject,
) -> PyResult<()> {
    // SAFETY: forwarded from the caller; the transmutes give each function
    // pointer the type its slot id declares.
    unsafe {
        let tp = &mut (*ht).ht_type;
        macro_rules! t {
            ($e:expr) => {
                $e = std::mem::transmute(f)
            };
        }
        match id {
            ffi::Py_tp_base => *base = f as *mut PyTypeObject,
            ffi::Py_tp_bases => {
                let b = proxy::from_c(f as *mut PyObject);
                if let Some(first) = core_interp::objects::tupleobject::tuple_items(&b)
                    .and_then(|i| i.first().cloned())
                {
                    *base = proxy::to_c(&first) as *mut PyTypeObject;
                }
            }
            ffi::Py_tp_dealloc => t!(tp.tp_dealloc),
            ffi::Py_tp_repr => t!(tp.tp_repr),
            ffi::Py_tp_str => t!(tp.tp_str),
            ffi::Py_tp_hash => t!(tp.tp_hash),
            ffi::Py_tp_call => t!(tp.tp_call),
            ffi::Py_tp_getattro => t!(tp.tp_getattro),
            ffi::Py_tp_getattr => t!(tp.tp_getattr),
            ffi::Py_tp_setattr => t!(tp.tp_setattr),
            ffi::Py_tp_setattro => t!(tp.tp_setattro),
            ffi::Py_tp_richcompare => t!(tp.tp_richcompare),
            ffi::Py_tp_iter => t!(tp.tp_iter),
            ffi::Py_tp_iternext => t!(tp.tp_iternext),
            ffi::Py_tp_init => t!(tp.tp_init),
            ffi::Py_tp_new => t!(tp.tp_new),
            ffi::Py_tp_alloc => t!(tp.tp_alloc),
            ffi::Py_tp_free => t!(tp.tp_free),
            ffi::Py_tp_traverse => t!(tp.tp_traverse),
            ffi::Py_tp_clear => t!(tp.tp_clear),
            ffi::Py_tp_finalize => t!(tp.tp_finalize),
            ffi::Py_tp_del => t!(tp.tp_del),
            ffi::Py_tp_descr_get => t!(tp.tp_descr_get),
            ffi::Py_tp_descr_set => t!(tp.tp_descr_set),
            ffi::Py_tp_methods => tp.tp_methods = f as *mut ffi::PyMethodDef,
            ffi::Py_tp_members => tp.tp_members = f as *mut ffi::PyMemberDef,
            ffi::Py_tp_getset => tp.tp_getset = f as *mut ffi::PyGetSetDef,
            ffi::Py_tp_doc => {
                if !f.is_null() {
                    let s = std::ffi::CStr::from_ptr(f as *const libc::c_char);
                    tp.tp_doc = std::ffi::CString::new(s.to_bytes()).unwrap().into_raw();
                }
            }
            ffi::Py_nb_add => t!((*ht).as_number.nb_add),
            ffi::Py_nb_subtract => t!((*ht).as_number.nb_subtract),
            ffi::Py_nb_multiply => t!((*ht).as_number.nb_multiply),
            ffi::Py_nb_remainder => t!((*ht).as_number.nb_remainder),
            ffi::Py_nb_divmod => t!((*ht).as_number.nb_divmod),
            ffi::Py_nb_power => t!((*ht).as_number.nb_power),
            ffi::Py_nb_negative => t!((*ht).as_number.nb_negative),
            ffi::Py_nb_positive => t!((*ht).as_number.nb_positive),
            ffi::Py_nb_absolute => t!((*ht).as_number.nb_absolute),
            ffi::Py_nb_bool => t!((*ht).as_number.nb_bool),
            ffi::Py_nb_invert => t!((*ht).as_number.nb_invert),
            ffi::Py_nb_lshift => t!((*ht).as_number.nb_lshift),
            ffi::Py_nb_rshift => t!((*ht).as_number.nb_rshift),
            ffi::Py_nb_and => t!((*ht).as_number.nb_and),
            ffi::Py_nb_xor => t!((*ht).as_number.nb_xor),
            ffi::Py_nb_or => t!((*ht).as_number.nb_or),
            ffi::Py_nb_int => t!((*ht).as_number.nb_int),
            ffi::Py_nb_float => t!((*ht).as_number.nb_float),
            ffi::Py_nb_inplace_add => t!((*ht).as_number.nb_inplace_add),
            ffi::Py_nb_inplace_subtract => t!((*ht).as_number.nb_inplace_subtract),
            ffi::Py_nb_inplace_multiply => t!((*ht).as_number.nb_inplace_multiply),
            ffi::Py_nb_inplace_remainder => t!((*ht).as_number.nb_inplace_remainder),
            ffi::Py_nb_inplace_power => t!((*ht).as_number.nb_inplace_power),
            ffi::Py_nb_inplace_lshift => t!((*ht).as_number.nb_inplace_lshift),
            ffi::Py_nb_inplace_rshift => t!((*ht).as_number.nb_inplace_rshift),
            ffi::Py_nb_inplace_and => t!((*ht).as_number.nb_inplace_and),
            ffi::Py_nb_inplace_xor => t!((*ht).as_number.nb_inplace_xor),
            ffi::Py_nb_inplace_or => t!((*ht).as_number.nb_inplace_or),
            ffi::Py_nb_floor_divide => t!((*ht).as_number.nb_floor_divide),
            ffi::Py_nb_true_divide => t!((*ht).as_number.nb_true_divide),
            ffi::Py_nb_inplace_floor_divide => t!((*ht).as_number.nb_inplace_floor_divide),
            ffi::Py_nb_inplace_true_divide => t!((*ht).as_number.nb_inplace_true_divide),
            ffi::Py_nb_index => t!((*ht).as_number.nb_index),
            ffi::Py_nb_matrix_multiply => t!((*ht).as_number.nb_matrix_multiply),
            ffi::Py_nb_inplace_matrix_multiply => t!((*ht).as_number.nb_inplace_matrix_multiply),
            ffi::Py_sq_length => t!((*ht).as_sequence.sq_length),
            ffi::Py_sq_concat => t!((*ht).as_sequence.sq_concat),
            ffi::Py_sq_repeat => t!((*ht).as_sequence.sq_repeat),
            ffi::Py_sq_item => t!((*ht).as_sequence.sq_item),
            ffi::Py_sq_ass_item => t!((*ht).as_sequence.sq_ass_item),
            ffi::Py_sq_contains => t!((*ht).as_sequence.sq_contains),
            ffi::Py_sq_inplace_concat => t!((*ht).as_sequence.sq_inplace_concat),
            ffi::Py_sq_inplace_repeat => t!((*ht).as_sequence.sq_inplace_repeat),
            ffi::Py_mp_length => t!((*ht).as_mapping.mp_length),
            ffi::Py_mp_subscript => t!((*ht).as_mapping.mp_subscript),
            ffi::Py_mp_ass_subscript => t!((*ht).as_mapping.mp_ass_subscript),
            ffi::Py_am_await => t!((*ht).as_async.am_await),
            ffi::Py_am_aiter => t!((*ht).as_async.am_aiter),
            ffi::Py_am_anext => t!((*ht).as_async.am_anext),
            ffi::Py_am_send => t!((*ht).as_async.am_send),
            ffi::Py_tp_is_gc => t!(tp.tp_is_gc),
            ffi::Py_bf_getbuffer => t!((*ht).as_buffer.bf_getbuffer),
            ffi::Py_bf_releasebuffer => t!((*ht).as_buffer.bf_releasebuffer),
            other => {
                return Err(vm().new_runtime_error(format!("invalid slot offset {other}")));
            }
        }
    }
    Ok(())
}

capi! {
    api fn PyType_Ready(tp: *mut PyTypeObject) -> c_int {
        crate::types::ready(tp)?;
        Ok(0)
    }
    api fn PyType_GenericAlloc(tp: *mut PyTypeObject, n: isize) -> *mut PyObject {
        alloc_instance(tp, n)
    }
    api fn PyType_GenericNew(tp: *mut PyTypeObject, _args: *mut PyObject, _kw: *mut PyObject) -> *mut PyObject {
        // SAFETY: `tp` is a readied type.
        let alloc = unsafe { (*tp).tp_alloc }.unwrap_or(PyType_GenericAlloc);
        // SAFETY: the type's own allocator.
        let r = unsafe { alloc(tp, 0) };
        if r.is_null() {
            return Err(crate::runtime::fetch_after_failure("tp_alloc"));
        }
        Ok(r)
    }
    api fn PyType_FromSpec(spec: *mut ffi::PyType_Spec) -> *mut PyObject {
        from_spec(null_mut(), spec, null_mut())
    }
    api fn PyType_FromSpecWithBases(spec: *mut ffi::PyType_Spec, bases: *mut PyObject) -> *mut PyObject {
        from_spec(null_mut(), spec, bases)
    }
    api fn PyType_FromModuleAndSpec(module: *mut PyObject, spec: *mut ffi::PyType_Spec, bases: *mut PyObject) -> *mut PyObject {
        from_spec(module, spec, bases)
    }
    api fn PyType_GetModule(tp: *mut PyTypeObject) -> *mut PyObject {
        // SAFETY: heap types are PyHeapTypeObjects.
        unsafe {
            if (*tp).tp_flags & ffi::Py_TPFLAGS_HEAPTYPE as u64 == 0 || (*(tp as *mut ffi::PyHeapTypeObject)).ht_module.is_null() {
                let name = super::cstr((*tp).tp_name)?;
                return Err(vm().new_type_error(format!("PyType_GetModule: Type '{name}' has no associated module")));
            }
            Ok((*(tp as *mut ffi::PyHeapTypeObject)).ht_module)
        }
    }
    api fn PyType_GetModuleState(tp: *mut PyTypeObject) -> *mut c_void {
        let m = PyType_GetModule(tp);
        if m.is_null() {
            return Err(crate::runtime::fetch_after_failure("PyType_GetModule"));
        }
        Ok(super::moduleobject::PyModule_GetState(m))
    }
    api fn PyType_GetModuleByDef(tp: *mut PyTypeObject, def: *mut ffi::PyModuleDef) -> *mut PyObject {
        let ty = proxy::from_c(tp_obj(tp));
        for b in as_type(&ty).mro.borrow().iter() {
            let bp = proxy::to_c(b) as *mut PyTypeObject;
            // SAFETY: reading type flags and the heap type's module.
            unsafe {
                if (*bp).tp_flags & ffi::Py_TPFLAGS_HEAPTYPE as u64 != 0 {
                    let m = (*(bp as *mut ffi::PyHeapTypeObject)).ht_module;
                    if !m.is_null() && super::moduleobject::module_def(m) == def {
                        return Ok(m);
                    }
                }
            }
        }
        Err(vm().new_type_error(format!("PyType_GetModuleByDef: No superclass of '{}' has the given module", as_type(&ty).name())))
    }
    api fn PyType_GetSlot(tp: *mut PyTypeObject, slot: c_int) -> *mut c_void {
        // SAFETY: reading the type's slot fields.
        unsafe {
            let tp = &*tp;
            let f = |o: Option<*mut c_void>| o.unwrap_or(null_mut());
            Ok(match slot as u32 {
                ffi::Py_tp_alloc => f(tp.tp_alloc.map(|x| x as *mut c_void)),
                ffi::Py_tp_free => f(tp.tp_free.map(|x| x as *mut c_void)),
                ffi::Py_tp_new => f(tp.tp_new.map(|x| x as *mut c_void)),
                ffi::Py_tp_dealloc => f(tp.tp_dealloc.map(|x| x as *mut c_void)),
                ffi::Py_tp_init => f(tp.tp_init.map(|x| x as *mut c_void)),
                ffi::Py_tp_repr => f(tp.tp_repr.map(|x| x as *mut c_void)),
                ffi::Py_tp_str => f(tp.tp_str.map(|x| x as *mut c_void)),
                ffi::Py_tp_hash => f(tp.tp_hash.map(|x| x as *mut c_void)),
                ffi::Py_tp_call => f(tp.tp_call.map(|x| x as *mut c_void)),
                ffi::Py_tp_traverse => f(tp.tp_traverse.map(|x| x as *mut c_void)),
                ffi::Py_tp_clear => f(tp.tp_clear.map(|x| x as *mut c_void)),
                ffi::Py_tp_methods => tp.tp_methods as *mut c_void,
                ffi::Py_tp_members => tp.tp_members as *mut c_void,
                ffi::Py_tp_getset => tp.tp_getset as *mut c_void,
                ffi::Py_tp_doc => tp.tp_doc as *mut c_void,
                ffi::Py_tp_base => tp.tp_base as *mut c_void,
                _ => return Err(vm().new_system_error("bad argument to internal function")),
            })
        }
    }
    api fn PyType_IsSubtype(a: *mut PyTypeObject, b: *mut PyTypeObject) -> c_int {
        Ok(is_subtype(&proxy::from_c(tp_obj(a)), &proxy::from_c(tp_obj(b))) as c_int)
    }
    api fn PyType_GetFlags(tp: *mut PyTypeObject) -> libc::c_ulong {
        // SAFETY: reading a live type's flags.
        Ok(unsafe { (*tp).tp_flags })
    }
    api fn PyType_Modified(tp: *mut PyTypeObject) {
        core_interp::objects::typeobject::modified(&proxy::from_c(tp_obj(tp)));
        Ok(())
    }
    api fn _PyType_Lookup(tp: *mut PyTypeObject, name: *mut PyObject) -> *mut PyObject {
        let ty = proxy::from_c(tp_obj(tp));
        Ok(as_type(&ty).lookup(vm(), &arg(name)?).map_or(null_mut(), |v| {
            // Borrowed: the type's namespace owns the value.
            proxy::to_c(&v)
        }))
    }
    api fn PyType_GetName(tp: *mut PyTypeObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.getattr_str(&proxy::from_c(tp_obj(tp)), "__name__")?))
    }
    api fn _PyType_Name(tp: *mut PyTypeObject) -> *const libc::c_char {
        // SAFETY: a ready type's `tp_name` is a NUL-terminated string that
        // lives as long as the type; the result points into it.
        let name = unsafe { std::ffi::CStr::from_ptr((*tp).tp_name) }.to_bytes();
        let start = name.iter().rposition(|&b| b == b'.').map_or(0, |dot| dot + 1);
        // SAFETY: `start` is within the string just measured.
        Ok(unsafe { (*tp).tp_name.add(start) })
    }
    api fn PyType_GetQualName(tp: *mut PyTypeObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.getattr_str(&proxy::from_c(tp_obj(tp)), "__qualname__")?))
    }
    api fn PyType_ClearCache() -> libc::c_uint {
        Ok(0)
    }
}
