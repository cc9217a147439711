//! Types seen from both sides.
//!
//! * oxpy's built-in types get the static `PyTypeObject`s C expects
//!   (`PyLong_Type`, …), other oxpy types (Python classes, exception types)
//!   a `PyHeapTypeObject` oxpy allocates; their C slots are trampolines into
//!   the interpreter (`tp_repr` = `PyObject_Repr`, …), except slots a Python
//!   class inherits from a C type, which are copied from that type.
//! * A C type (`PyType_Ready`, `PyType_FromSpec`) becomes an oxpy type whose
//!   slots dispatch to the C slots it defines; its instances are C memory
//!   (`tp_alloc`) with a small oxpy object standing for them.

use crate::ffi;
use crate::mirror::InC;
use crate::proxy::{self, Kind};
use crate::runtime::{fetch_after_failure, vm};
use core_interp::compile::bytecode::CompareOperator;
use core_interp::objects::object::{PyPayload, PyRef};
use core_interp::objects::typeobject::{as_type, tpflags};
use core_interp::vm::{CallArgs, PyResult, Vm};
use std::ffi::{CStr, CString};
use std::ptr::{addr_of_mut, null_mut};
use std::sync::Once;

/// The payload of the oxpy object standing for a C type's instance; the
/// instance's memory is its proxy.
pub struct CInstance;

impl PyPayload for CInstance {}

/// A type object pointer as a `PyObject` pointer.
pub fn tp_obj(tp: *mut ffi::PyTypeObject) -> *mut ffi::PyObject {
    tp as *mut ffi::PyObject
}

macro_rules! static_types {
    ($vm:ident, $cp:ident; $($sym:ident => $e:expr,)*) => {{
        // Taking the address of a static defined in C (data.c) is safe.
        vec![$((addr_of_mut!(ffi::$sym), $e),)*]
    }};
}

static INIT: Once = Once::new();

/// Fills the static type objects and singletons and links them to oxpy's
/// (once, before the first extension loads).
pub fn init(vm: &Vm) {
    crate::capi::pystate::remember_context(vm);
    INIT.call_once(|| init_inner(vm));
}

fn init_inner(vm: &Vm) {
    let t = &vm.types;
    let cf = crate::cfunction::types(vm);
    let cx = crate::context::types(vm);
    let weakrefs = core_interp::objects::weakrefobject::types();
    let list: Vec<(*mut ffi::PyTypeObject, PyRef)> = static_types!(vm, cf;
        PyType_Type => t.type_type.clone(),
        PyBaseObject_Type => t.object_type.clone(),
        PyLong_Type => t.int_type.clone(),
        PyBool_Type => t.bool_type.clone(),
        PyFloat_Type => t.float_type.clone(),
        PyComplex_Type => t.complex_type.clone(),
        PyUnicode_Type => t.str_type.clone(),
        PyBytes_Type => t.bytes_type.clone(),
        PyByteArray_Type => t.bytearray_type.clone(),
        PyList_Type => t.list_type.clone(),
        PyTuple_Type => t.tuple_type.clone(),
        PyDict_Type => t.dict_type.clone(),
        PySet_Type => t.set_type.clone(),
        PyFrozenSet_Type => t.frozenset_type.clone(),
        PyRange_Type => t.range_type.clone(),
        PySlice_Type => t.slice_type.clone(),
        _PyNone_Type => t.none_type.clone(),
        _PyNotImplemented_Type => t.notimplemented_type.clone(),
        PyEllipsis_Type => t.ellipsis_type.clone(),
        PyFunction_Type => t.function_type.clone(),
        PyMethod_Type => t.method_type.clone(),
        PyWrapperDescr_Type => t.wrapper_descriptor_type.clone(),
        _PyMethodWrapper_Type => t.method_wrapper_type.clone(),
        PyProperty_Type => t.property_type.clone(),
        PyClassMethod_Type => t.classmethod_type.clone(),
        PyStaticMethod_Type => t.staticmethod_type.clone(),
        PySuper_Type => t.super_type.clone(),
        PyModule_Type => t.module_type.clone(),
        PyCode_Type => t.code_type.clone(),
        PyFrame_Type => t.frame_type.clone(),
        PyTraceBack_Type => t.traceback_type.clone(),
        PyCell_Type => t.cell_type.clone(),
        PyGen_Type => t.generator_type.clone(),
        PyCoro_Type => t.coroutine_type.clone(),
        PyAsyncGen_Type => t.async_generator_type.clone(),
        PyDictProxy_Type => t.mappingproxy_type.clone(),
        PyListIter_Type => t.list_iterator_type.clone(),
        PyTupleIter_Type => t.tuple_iterator_type.clone(),
        PyUnicodeIter_Type => t.str_iterator_type.clone(),
        PyRangeIter_Type => t.range_iterator_type.clone(),
        PySeqIter_Type => t.seq_iterator_type.clone(),
        PyCallIter_Type => t.callable_iterator_type.clone(),
        PyDictKeys_Type => t.dict_keys_type.clone(),
        PyDictValues_Type => t.dict_values_type.clone(),
        PyDictItems_Type => t.dict_items_type.clone(),
        PyDictIterKey_Type => t.dict_iterator_type.clone(),
        PySetIter_Type => t.set_iterator_type.clone(),
        PyMemoryView_Type => t.memoryview_type.clone(),
        PyByteArrayIter_Type => t.bytearray_iterator_type.clone(),
        PyBytesIter_Type => t.bytes_iterator_type.clone(),
        _PyWeakref_RefType => weakrefs.reference.clone(),
        _PyWeakref_ProxyType => weakrefs.proxy.clone(),
        _PyWeakref_CallableProxyType => weakrefs.callable_proxy.clone(),
        PyCFunction_Type => cf.function.clone(),
        PyMethodDescr_Type => cf.method.clone(),
        PyClassMethodDescr_Type => cf.class_method.clone(),
        PyMemberDescr_Type => cf.member.clone(),
        PyGetSetDescr_Type => cf.getset.clone(),
        PyContext_Type => cx.context.clone(),
        PyContextVar_Type => cx.var.clone(),
        PyContextToken_Type => cx.token.clone(),
    );
    // Register every static type first so that filling one can refer to any.
    for (tp, ty) in &list {
        proxy::register_mapped(tp_obj(*tp), ty, Kind::Static);
        // SAFETY: static type objects; their links need a type to be found.
        unsafe { (**tp).ob_base.ob_base.ob_type = addr_of_mut!(ffi::PyType_Type) };
    }
    for (tp, ty) in &list {
        fill_type(*tp, ty, false);
    }
    // C calls these slots directly for that type's own behaviour on
    // subclass instances (`_json` encodes an IntEnum with
    // `PyLong_Type.tp_repr`), so they must not dispatch on the object's class.
    // SAFETY: static type objects, filled above.
    unsafe {
        (*addr_of_mut!(ffi::PyLong_Type)).tp_repr = Some(int_own_repr);
        (*addr_of_mut!(ffi::PyFloat_Type)).tp_repr = Some(float_own_repr);
        (*addr_of_mut!(ffi::PyUnicode_Type)).tp_repr = Some(str_own_repr);
        (*addr_of_mut!(ffi::PyBaseObject_Type)).tp_richcompare = Some(object_richcompare);
    }
    // SAFETY: the singletons are static data defined in C.
    unsafe {
        for tp in [
            addr_of_mut!(ffi::_PyNone_Type),
            addr_of_mut!(ffi::PyBool_Type),
            addr_of_mut!(ffi::_PyNotImplemented_Type),
            addr_of_mut!(ffi::PyEllipsis_Type),
        ] {
            (*tp).tp_flags |= proxy::MAPPED_INSTANCES;
        }
        let singletons: [(*mut ffi::PyObject, &PyRef, *mut ffi::PyTypeObject); 5] = [
            (
                addr_of_mut!(ffi::_Py_NoneStruct),
                &vm.none,
                addr_of_mut!(ffi::_PyNone_Type),
            ),
            (
                addr_of_mut!(ffi::_Py_NotImplementedStruct),
                &vm.not_implemented,
                addr_of_mut!(ffi::_PyNotImplemented_Type),
            ),
            (
                addr_of_mut!(ffi::_Py_EllipsisObject),
                &vm.ellipsis,
                addr_of_mut!(ffi::PyEllipsis_Type),
            ),
            (
                addr_of_mut!(ffi::_Py_TrueStruct) as *mut ffi::PyObject,
                &vm.true_,
                addr_of_mut!(ffi::PyBool_Type),
            ),
            (
                addr_of_mut!(ffi::_Py_FalseStruct) as *mut ffi::PyObject,
                &vm.false_,
                addr_of_mut!(ffi::PyBool_Type),
            ),
        ];
        for (p, obj, tp) in singletons {
            (*p).ob_refcnt = 1 << 30;
            (*p).ob_type = tp;
            proxy::register_mapped(p, obj, Kind::Static);
        }
        let t = addr_of_mut!(ffi::_Py_TrueStruct);
        (*t).ob_base.ob_size = 1;
        (*t).ob_digit[0] = 1;
    }
    crate::capi::errors::init_exception_pointers(vm);
    crate::capi::pycapsule::init_type().expect("PyCapsule_Type");
}

/// `tp_repr` of a built-in static type: that type's own repr, whatever
/// the object's class.
macro_rules! own_repr {
    ($name:ident, $ty:ident) => {
        extern "C" fn $name(p: *mut ffi::PyObject) -> *mut ffi::PyObject {
            crate::runtime::guard(|| {
                let vm = vm();
                let Some(f) = as_type(&vm.types.$ty).slots.repr.get() else {
                    return Err(vm.new_system_error("built-in type without repr"));
                };
                Ok(proxy::new_ref(f(vm, &proxy::from_c(p))?))
            })
        }
    };
}
/// `object`'s `tp_richcompare` (what C types without one inherit): `==`
/// is identity, `!=` the inverse of the type's `==`, the rest
/// NotImplemented.
extern "C" fn object_richcompare(
    a: *mut ffi::PyObject,
    b: *mut ffi::PyObject,
    op: libc::c_int,
) -> *mut ffi::PyObject {
    crate::runtime::guard(|| {
        let vm = vm();
        let r = match op as u32 {
            ffi::Py_EQ if a == b => vm.true_.clone(),
            ffi::Py_NE => {
                let x = proxy::from_c(a);
                match as_type(x.class()).slots.richcompare.get() {
                    Some(f) => {
                        let r = f(vm, &x, &proxy::from_c(b), CompareOperator::Eq)?;
                        if vm.is_not_implemented(&r) {
                            r
                        } else {
                            vm.bool_obj(!vm.is_true(&r)?)
                        }
                    }
                    None => vm.not_implemented.clone(),
                }
            }
            _ => vm.not_implemented.clone(),
        };
        Ok(proxy::new_ref(r))
    })
}

own_repr!(int_own_repr, int_type);
own_repr!(float_own_repr, float_type);
own_repr!(str_own_repr, str_type);

/// Where a type keeps C memory: the size of its instances.
fn basicsize(vm: &Vm, ty: &PyRef) -> (isize, isize) {
    use std::mem::{offset_of, size_of};
    let t = &vm.types;
    for base in as_type(ty).mro.borrow().iter() {
        let b = base.as_ptr();
        let sizes = |s: usize, i: usize| (s as isize, i as isize);
        let r = if b == t.int_type.as_ptr() || b == t.bool_type.as_ptr() {
            sizes(offset_of!(ffi::PyLongObject, ob_digit), 4)
        } else if b == t.float_type.as_ptr() {
            sizes(size_of::<ffi::PyFloatObject>(), 0)
        } else if b == t.complex_type.as_ptr() {
            sizes(size_of::<ffi::PyComplexObject>(), 0)
        } else if b == t.set_type.as_ptr() || b == t.frozenset_type.as_ptr() {
            sizes(size_of::<ffi::PySetObject>(), 0)
        } else if b == t.slice_type.as_ptr() {
            sizes(size_of::<ffi::PySliceObject>(), 0)
        } else if b == t.bytearray_type.as_ptr() {
            sizes(size_of::<ffi::PyByteArrayObject>(), 0)
        } else if b == t.str_type.as_ptr() {
            sizes(size_of::<ffi::PyUnicodeObject>(), 0)
        } else if b == t.bytes_type.as_ptr() {
            sizes(offset_of!(ffi::PyBytesObject, ob_sval) + 1, 1)
        } else if b == t.tuple_type.as_ptr() {
            sizes(offset_of!(ffi::PyTupleObject, ob_item), 8)
        } else if b == t.list_type.as_ptr() {
            sizes(size_of::<ffi::PyListObject>(), 0)
        } else if b == t.dict_type.as_ptr() {
            sizes(size_of::<ffi::PyDictObject>(), 0)
        } else if b == t.type_type.as_ptr() {
            sizes(size_of::<ffi::PyHeapTypeObject>(), 0)
        } else if b == vm.exceptions.base_exception.as_ptr() {
            sizes(crate::exc_layout::size(vm, ty), 0)
        } else if b == t.module_type.as_ptr() {
            sizes(size_of::<crate::capi::moduleobject::ModuleProxy>(), 0)
        } else if !base.proxy().is_null() && is_c_type(base) {
            // SAFETY: a C type's proxy is its PyTypeObject.
            unsafe {
                let tp = base.proxy() as *mut ffi::PyTypeObject;
                ((*tp).tp_basicsize, (*tp).tp_itemsize)
            }
        } else {
            continue;
        };
        return r;
    }
    (size_of::<ffi::PyObject>() as isize, 0)
}

/// Whether `ty` was created from C (`PyType_Ready`/`PyType_FromSpec`).
pub fn is_c_type(ty: &PyRef) -> bool {
    C_TYPES.with(|s| s.borrow().contains(&(ty.as_ptr().as_ptr() as usize)))
}

thread_local! {
    static C_TYPES: std::cell::RefCell<std::collections::HashSet<usize>> = Default::default();
}

fn leak_cstr(s: &str) -> *const libc::c_char {
    CString::new(s.replace('\0', "")).unwrap().into_raw()
}

/// The proxy of an oxpy type that has no static `PyTypeObject`.
pub fn type_proxy(ty: &PyRef) -> *mut ffi::PyObject {
    let p = proxy::alloc(std::mem::size_of::<ffi::PyHeapTypeObject>(), Kind::Type);
    proxy::register_mapped(p, ty, Kind::Type);
    fill_type(p as *mut ffi::PyTypeObject, ty, true);
    p
}

/// Makes the static `PyTypeObject` at `tp` (C memory, e.g. a struct
/// sequence type C declared) the proxy of the oxpy type `ty`.
pub fn adopt_static(tp: *mut ffi::PyTypeObject, ty: &PyRef) {
    proxy::register_mapped(tp_obj(tp), ty, Kind::Static);
    fill_type(tp, ty, false);
}

/// Frees what [`type_proxy`] allocated.
pub fn release_type_proxy(p: *mut ffi::PyObject) {
    let tp = p as *mut ffi::PyTypeObject;
    // SAFETY: `tp` is a type proxy whose name and doc were leaked from
    // CStrings (by `fill_type`).
    unsafe {
        for s in [(*tp).tp_name, (*tp).tp_doc] {
            if !s.is_null() {
                drop(CString::from_raw(s as *mut libc::c_char));
            }
        }
    }
}

/// Fills a `PyTypeObject` mirroring the oxpy type `ty`.
fn fill_type(tp: *mut ffi::PyTypeObject, ty: &PyRef, heap: bool) {
    let vm = vm();
    let t = as_type(ty);
    let (size, itemsize) = basicsize(vm, ty);
    let base = t.base.borrow().clone();
    let base_tp = base
        .as_ref()
        .map_or(null_mut(), |b| proxy::to_c(b) as *mut ffi::PyTypeObject);
    let meta = proxy::to_c(ty.class()) as *mut ffi::PyTypeObject;
    // CPython's tp_name: a heap type's (a class statement's) is its bare
    // name, a static type's may carry its module.
    let mut name = t.name();
    if !t.is_heap() && !name.contains('.') {
        if let Some(m) = t.namespace().get_rust_str(vm, "__module__") {
            if let Ok(m) = vm.str_string(&m) {
                if m != "builtins" {
                    name = format!("{m}.{name}");
                }
            }
        }
    }
    // SAFETY: `tp` points to a PyTypeObject-sized block owned by this proxy.
    unsafe {
        (*tp).ob_base.ob_base.ob_refcnt = 1 << 30;
        (*tp).ob_base.ob_base.ob_type = meta;
        (*tp).tp_name = leak_cstr(&name);
        // `__doc__` as C reads it (`PyType_GetSlot(tp, Py_tp_doc)`).
        if (*tp).tp_doc.is_null() {
            let doc = t.namespace().get_rust_str(vm, "__doc__");
            if let Some(d) = doc.filter(|d| {
                d.downcast_ref::<core_interp::objects::unicodeobject::PyStr>()
                    .is_some()
            }) {
                (*tp).tp_doc = leak_cstr(&vm.str_string(&d).unwrap_or_default());
            }
        }
        (*tp).tp_basicsize = size;
        (*tp).tp_itemsize = itemsize;
        let mut flags = t.flags.get() & 0xffff_ffff & !(1 << 9) & !(1 << 14);
        flags |= ffi::Py_TPFLAGS_READY as u64;
        if heap {
            flags |= ffi::Py_TPFLAGS_HEAPTYPE as u64;
        }
        if t.has_flag(tpflags::IMMUTABLE) {
            flags |= ffi::Py_TPFLAGS_IMMUTABLETYPE as u64;
        }
        (*tp).tp_flags |= flags;
        (*tp).tp_base = base_tp;
        (*tp).tp_free = Some(crate::capi::objimpl::PyObject_Free);
        (*tp).tp_alloc = Some(crate::capi::typeobject::PyType_GenericAlloc);
        (*tp).tp_dealloc = Some(proxy_tp_dealloc);
        let s = &t.slots;
        let inherit = |own: bool, c: bool| own && !c;
        macro_rules! slot {
            ($rust:ident, $field:ident, $dispatch:path, $tramp:expr) => {
                // A slot inherited unchanged (or a C base's dispatcher) takes
                // the base's C function, as CPython's inherit_slots does.
                let from_base = |f: usize| {
                    !base_tp.is_null()
                        && (f == $dispatch as *const () as usize
                            || ((*base_tp).$field.is_some()
                                && base
                                    .as_ref()
                                    .and_then(|b| as_type(b).slots.$rust.get())
                                    .is_some_and(|g| g as usize == f)))
                };
                match s.$rust.get() {
                    Some(f) if from_base(f as usize) => {
                        (*tp).$field = (*base_tp).$field;
                    }
                    Some(_) => (*tp).$field = Some($tramp),
                    None => {}
                }
            };
        }
        let _ = inherit;
        slot!(repr, tp_repr, c_repr, crate::capi::object::PyObject_Repr);
        slot!(str, tp_str, c_str, crate::capi::object::PyObject_Str);
        slot!(hash, tp_hash, c_hash, crate::capi::object::PyObject_Hash);
        slot!(call, tp_call, c_call, crate::capi::object::PyObject_Call);
        slot!(
            richcompare,
            tp_richcompare,
            c_richcompare,
            crate::capi::object::PyObject_RichCompare
        );
        // A Python class's slots dispatch on the object's class (its dunder
        // overrides, as CPython's `slot_tp_*`); a built-in type's reach that
        // type's own implementation, which C subclasses chain to.
        if heap {
            slot!(
                getattro,
                tp_getattro,
                c_getattro,
                crate::capi::object::PyObject_GetAttr
            );
            slot!(
                setattro,
                tp_setattro,
                c_setattro,
                crate::capi::object::PyObject_SetAttr
            );
        } else {
            slot!(getattro, tp_getattro, c_getattro, tramp_getattro);
            slot!(setattro, tp_setattro, c_setattro, tramp_setattro);
        }
        slot!(iter, tp_iter, c_iter, crate::capi::object::PyObject_GetIter);
        slot!(iternext, tp_iternext, c_iternext, tramp_iternext);
        if heap {
            slot!(init, tp_init, c_init, tramp_class_init);
        } else {
            slot!(init, tp_init, c_init, tramp_init);
        }
        match s.new.get() {
            Some(f) if f as usize == c_new as *const () as usize => {
                if !base_tp.is_null() {
                    (*tp).tp_new = (*base_tp).tp_new;
                }
            }
            Some(_) if ty.is(&vm.types.object_type) => {
                (*tp).tp_new = Some(crate::capi::typeobject::PyType_GenericNew)
            }
            Some(_) => (*tp).tp_new = Some(tramp_new),
            None => {}
        }
        if ty.is(&vm.types.object_type) {
            (*tp).tp_dealloc = Some(object_tp_dealloc);
        }
        if !base_tp.is_null()
            && (*tp).tp_dealloc.map(|f| f as *const () as usize)
                == Some(proxy_tp_dealloc as *const () as usize)
            && is_c_type_ptr(base_tp)
        {
            (*tp).tp_dealloc = (*base_tp).tp_dealloc;
        }
        if !is_c_type(ty) {
            let c_base = (!base_tp.is_null() && is_c_type_ptr(base_tp))
                .then(|| (base_tp, base.as_ref().map(as_type)))
                .and_then(|(b, t)| Some((b, t?)));
            fill_protocol_tables(tp, s, c_base);
        }
        if !base_tp.is_null() && is_c_type_ptr(base_tp) {
            (*tp).tp_members = null_mut();
        }
        (*tp).tp_dict = proxy::to_c(&t.dict);
    }
    fill_mro(tp, ty);
}

/// `tp_mro` and `tp_bases` where not set yet: tuples owned by the type
/// proxy (type proxies live as long as the process, so the references are
/// never released).
fn fill_mro(tp: *mut ffi::PyTypeObject, ty: &PyRef) {
    let vm = vm();
    let t = as_type(ty);
    let tuple = |v: &std::cell::RefCell<Vec<PyRef>>| {
        proxy::new_ref(core_interp::objects::tupleobject::new_tuple(
            vm,
            v.borrow().clone(),
        ))
    };
    // SAFETY: `tp` is a type proxy being filled.
    unsafe {
        if (*tp).tp_mro.is_null() {
            (*tp).tp_mro = tuple(&t.mro);
        }
        if (*tp).tp_bases.is_null() {
            (*tp).tp_bases = tuple(&t.bases);
        }
    }
}

/// Number, sequence and mapping tables for an oxpy type, so C code calling
/// `Py_TYPE(o)->tp_as_number->nb_int` (and the like) directly reaches the
/// type's operations; each entry goes through the abstract protocol. A
/// Python subclass of a C type starts from copies of the C base's tables
/// and replaces the entries whose operation it overrides (as CPython's
/// `slot_*` functions reach a subclass's dunder methods).
///
/// # Safety
/// `tp` is the type proxy being filled; `c_base` a readied C type and its
/// oxpy type.
unsafe fn fill_protocol_tables(
    tp: *mut ffi::PyTypeObject,
    s: &core_interp::objects::typeslots::TypeSlots,
    c_base: Option<(
        *mut ffi::PyTypeObject,
        &core_interp::objects::typeobject::PyType,
    )>,
) {
    use crate::capi::abstract_ as a;
    use crate::capi::object as o;
    // SAFETY: an all-zero table means "no slots"; the base's tables are
    // live C data (copied, never shared, since entries may differ).
    let (mut nb, mut sq, mut mp, base_slots) = unsafe {
        match c_base {
            Some((b, t)) => (
                copy_or_zero((*b).tp_as_number),
                copy_or_zero((*b).tp_as_sequence),
                copy_or_zero((*b).tp_as_mapping),
                Some(&t.slots),
            ),
            None => (
                std::mem::zeroed::<ffi::PyNumberMethods>(),
                std::mem::zeroed::<ffi::PySequenceMethods>(),
                std::mem::zeroed::<ffi::PyMappingMethods>(),
                None,
            ),
        }
    };
    let has = |p: *const libc::c_void| !p.is_null();
    // SAFETY: reading the base's table pointers.
    let (mut any_nb, mut any_sq, mut any_mp) = unsafe {
        c_base.map_or((false, false, false), |(b, _)| {
            (
                has((*b).tp_as_number as _),
                has((*b).tp_as_sequence as _),
                has((*b).tp_as_mapping as _),
            )
        })
    };
    // Whether the type has the operation and does not just inherit the C
    // base's.
    macro_rules! own {
        ($rust:ident) => {
            s.$rust.get().is_some_and(|f| {
                base_slots.and_then(|b| b.$rust.get()).map(|g| g as usize) != Some(f as usize)
            })
        };
    }
    macro_rules! nb {
        ($($rust:ident => $field:ident = $f:expr),* $(,)?) => {$(
            if own!($rust) {
                nb.$field = Some($f);
                any_nb = true;
            }
        )*};
    }
    nb!(
        add => nb_add = a::PyNumber_Add,
        subtract => nb_subtract = a::PyNumber_Subtract,
        multiply => nb_multiply = a::PyNumber_Multiply,
        remainder => nb_remainder = a::PyNumber_Remainder,
        divmod => nb_divmod = a::PyNumber_Divmod,
        power => nb_power = a::PyNumber_Power,
        negative => nb_negative = a::PyNumber_Negative,
        positive => nb_positive = a::PyNumber_Positive,
        absolute => nb_absolute = a::PyNumber_Absolute,
        bool => nb_bool = o::PyObject_IsTrue,
        invert => nb_invert = a::PyNumber_Invert,
        lshift => nb_lshift = a::PyNumber_Lshift,
        rshift => nb_rshift = a::PyNumber_Rshift,
        and => nb_and = a::PyNumber_And,
        xor => nb_xor = a::PyNumber_Xor,
        or => nb_or = a::PyNumber_Or,
        int => nb_int = a::PyNumber_Long,
        float => nb_float = a::PyNumber_Float,
        floor_divide => nb_floor_divide = a::PyNumber_FloorDivide,
        true_divide => nb_true_divide = a::PyNumber_TrueDivide,
        index => nb_index = a::PyNumber_Index,
        matrix_multiply => nb_matrix_multiply = a::PyNumber_MatrixMultiply,
    );
    if own!(len) {
        sq.sq_length = Some(o::PyObject_Size);
        mp.mp_length = Some(o::PyObject_Size);
        any_sq = true;
        any_mp = true;
    }
    if own!(contains) {
        sq.sq_contains = Some(a::PySequence_Contains);
        any_sq = true;
    }
    if own!(getitem) {
        mp.mp_subscript = Some(o::PyObject_GetItem);
        any_mp = true;
        any_sq = true;
    }
    // SAFETY: `tp` is being filled; the tables live as long as the process
    // (types are never freed while C may hold them).
    unsafe {
        if any_nb && (*tp).tp_as_number.is_null() {
            (*tp).tp_as_number = Box::into_raw(Box::new(nb));
        }
        if any_sq && (*tp).tp_as_sequence.is_null() {
            (*tp).tp_as_sequence = Box::into_raw(Box::new(sq));
        }
        if any_mp && (*tp).tp_as_mapping.is_null() {
            (*tp).tp_as_mapping = Box::into_raw(Box::new(mp));
        }
    }
}

/// A copy of the C table at `p`, or an empty one.
///
/// # Safety
/// `p` is null or points to a live table.
unsafe fn copy_or_zero<T: Copy>(p: *const T) -> T {
    if p.is_null() {
        // SAFETY: the C-API tables are all-pointer structs; zero is "no slots".
        unsafe { std::mem::zeroed() }
    } else {
        // SAFETY: forwarded from the caller.
        unsafe { *p }
    }
}

fn is_c_type_ptr(tp: *mut ffi::PyTypeObject) -> bool {
    is_c_type(&proxy::from_c(tp_obj(tp)))
}

/// `tp_dealloc` of oxpy types' proxies: proxies are released by the
/// bridge, never by C, so there is nothing to do.
extern "C" fn proxy_tp_dealloc(_p: *mut ffi::PyObject) {}

/// `object`'s `tp_dealloc` (what C types' deallocators chain to): frees
/// the memory through the instance type's `tp_free`.
extern "C" fn object_tp_dealloc(p: *mut ffi::PyObject) {
    // SAFETY: `p` is a dying instance; its type is valid.
    unsafe {
        let tp = (*p).ob_type;
        match (*tp).tp_free {
            Some(f) => f(p as *mut libc::c_void),
            None => crate::capi::objimpl::PyObject_Free(p as *mut libc::c_void),
        }
    }
}

extern "C" fn tramp_iternext(p: *mut ffi::PyObject) -> *mut ffi::PyObject {
    crate::runtime::guard(|| {
        let vm = vm();
        Ok(vm
            .next(&proxy::from_c(p))?
            .map_or(null_mut(), proxy::new_ref))
    })
}

/// The type whose slots a C type's instance inherits from oxpy: the first
/// type after the last C type of its class's MRO. A C type's slot chaining
/// to its oxpy base's (ctypes' `PyCStgDict_init` calls
/// `PyDict_Type.tp_init`, `PyCStructType_setattro` calls
/// `PyType_Type.tp_setattro`) must land there: the object's own dispatch
/// would call the C slot again, forever. None when no C type is in the MRO.
fn oxpy_base_after_c(cls: &PyRef) -> Option<PyRef> {
    let mro = as_type(cls).mro.borrow().clone();
    let i = mro.iter().rposition(is_c_type)?;
    mro.get(i + 1).cloned()
}

extern "C" fn tramp_init(
    p: *mut ffi::PyObject,
    args: *mut ffi::PyObject,
    kw: *mut ffi::PyObject,
) -> libc::c_int {
    crate::runtime::guard(|| {
        let vm = vm();
        let obj = proxy::from_c(p);
        let (a, names) = crate::cfunction::unpack_call(vm, args, kw)?;
        let owner = oxpy_base_after_c(obj.class()).unwrap_or_else(|| obj.class().clone());
        match as_type(&owner).slots.init.get() {
            Some(f) => f(vm, &obj, CallArgs::new(&a, &names)).map(|_| 0),
            None => Ok(0),
        }
    })
}

/// `tp_init` of a Python class: the `__init__` of the object's class.
extern "C" fn tramp_class_init(
    p: *mut ffi::PyObject,
    args: *mut ffi::PyObject,
    kw: *mut ffi::PyObject,
) -> libc::c_int {
    crate::runtime::guard(|| {
        let vm = vm();
        let obj = proxy::from_c(p);
        let (a, names) = crate::cfunction::unpack_call(vm, args, kw)?;
        match as_type(obj.class()).slots.init.get() {
            Some(f) => f(vm, &obj, CallArgs::new(&a, &names)).map(|_| 0),
            None => Ok(0),
        }
    })
}

extern "C" fn tramp_getattro(
    p: *mut ffi::PyObject,
    name: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    crate::runtime::guard(|| {
        let vm = vm();
        let (obj, name) = (proxy::from_c(p), proxy::from_c(name));
        let slot = oxpy_base_after_c(obj.class()).and_then(|b| as_type(&b).slots.getattro.get());
        let r = match slot {
            Some(f) => f(vm, &obj, &name)?,
            None => vm.getattr(&obj, &name)?,
        };
        Ok(proxy::new_ref(r))
    })
}

extern "C" fn tramp_setattro(
    p: *mut ffi::PyObject,
    name: *mut ffi::PyObject,
    value: *mut ffi::PyObject,
) -> libc::c_int {
    crate::runtime::guard(|| {
        let vm = vm();
        let (obj, name) = (proxy::from_c(p), proxy::from_c(name));
        let value = proxy::from_c_opt(value);
        let slot = oxpy_base_after_c(obj.class()).and_then(|b| as_type(&b).slots.setattro.get());
        match slot {
            Some(f) => f(vm, &obj, &name, value.as_ref())?,
            None => vm.setattr(&obj, &name, value.as_ref())?,
        }
        Ok(0)
    })
}

extern "C" fn tramp_new(
    sub: *mut ffi::PyTypeObject,
    args: *mut ffi::PyObject,
    kw: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    crate::runtime::guard(|| {
        let vm = vm();
        let cls = proxy::from_c(tp_obj(sub));
        let (a, names) = crate::cfunction::unpack_call(vm, args, kw)?;
        // The nearest oxpy-implemented `new` after the last C type of the
        // MRO (the C type's `tp_new` chains here; Python classes before it
        // inherit that C `new`).
        let mro = as_type(&cls).mro.borrow().clone();
        let after_c = mro.iter().rposition(is_c_type).map_or(0, |i| i + 1);
        for b in &mro[after_c..] {
            if let Some(f) = as_type(b).slots.new.get() {
                if f as usize != c_new as *const () as usize {
                    return Ok(proxy::new_ref(f(vm, &cls, CallArgs::new(&a, &names))?));
                }
            }
        }
        Err(vm.new_type_error(format!(
            "cannot create '{}' instances",
            as_type(&cls).name()
        )))
    })
}

/// Result of a C slot returning a new reference (NULL: error).
fn c_result(r: *mut ffi::PyObject, what: &str) -> PyResult {
    if r.is_null() {
        Err(fetch_after_failure(what))
    } else {
        Ok(proxy::steal(r))
    }
}

/// The proxy of `obj` and the C type whose slots a dispatcher calls: the
/// nearest C type along the MRO of `obj`'s class (so that `super()` calls
/// from a Python subclass reach the C base's slot, not the subclass's),
/// with the guard marking C code as running.
fn c_type_of(obj: &PyRef) -> (*mut ffi::PyObject, *mut ffi::PyTypeObject, InC) {
    let in_c = InC::enter();
    let p = proxy::to_c(obj);
    let cls = obj.class();
    // Called through a slot wrapper (`Base.__init__(self)`, `super()`):
    // the search starts at the wrapper's type.
    let owner = core_interp::objects::slotwrappers::take_slot_owner();
    let from_owner = !owner.is_null() && owner != cls.as_ptr().as_ptr() as *const _;
    if !from_owner && C_TYPES.with(|s| s.borrow().contains(&(cls.as_ptr().as_ptr() as usize))) {
        // SAFETY: every proxy has a valid type.
        return (p, unsafe { (*p).ob_type }, in_c);
    }
    let mro = as_type(cls).mro.borrow().clone();
    let start = if from_owner {
        mro.iter()
            .position(|b| b.as_ptr().as_ptr() as *const _ == owner)
            .unwrap_or(0)
    } else {
        0
    };
    for b in &mro[start..] {
        if C_TYPES.with(|s| s.borrow().contains(&(b.as_ptr().as_ptr() as usize))) {
            return (p, proxy::to_c(b) as *mut ffi::PyTypeObject, in_c);
        }
    }
    // SAFETY: as above.
    (p, unsafe { (*p).ob_type }, in_c)
}

/// Calls a C function with the arguments as a tuple and a dict.
fn with_tuple_dict<R>(
    vm: &Vm,
    args: CallArgs<'_>,
    f: impl FnOnce(*mut ffi::PyObject, *mut ffi::PyObject) -> R,
) -> R {
    let (a, k) = crate::cfunction::pack_call(vm, args);
    let r = f(a, k);
    proxy::decref(a);
    if !k.is_null() {
        proxy::decref(k);
    }
    r
}

/// `new` slot of C types: their `tp_new`.
pub fn c_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let _in_c = InC::enter();
    let sub = proxy::to_c(cls) as *mut ffi::PyTypeObject;
    // A Python subclass inherits the `tp_new` of its nearest C base (a
    // Python metaclass deriving from ctypes' `PyCStructType`); its own
    // proxy's `tp_new` would lead back to an oxpy `new`.
    let mro = as_type(cls).mro.borrow().clone();
    let tp = mro
        .iter()
        .find(|b| is_c_type(b))
        .map_or(sub, |b| proxy::to_c(b) as *mut ffi::PyTypeObject);
    // SAFETY: `tp` is a readied type.
    let Some(f) = (unsafe { (*tp).tp_new }) else {
        return Err(vm.new_type_error(format!("cannot create '{}' instances", as_type(cls).name())));
    };
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    let r = with_tuple_dict(vm, args, |a, k| unsafe { f(sub, a, k) });
    c_result(r, "tp_new")
}

fn c_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: `tp` is a readied type.
    let Some(f) = (unsafe { (*tp).tp_init }) else {
        return Ok(());
    };
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    if with_tuple_dict(vm, args, |a, k| unsafe { f(p, a, k) }) < 0 {
        return Err(fetch_after_failure("__init__"));
    }
    Ok(())
}

fn c_call(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult {
    let (p, tp, _in_c) = c_type_of(obj);
    if let Some(f) = crate::vectorcall::function_of(p) {
        return crate::vectorcall::call(vm, f, p, args);
    }
    // SAFETY: `tp` is a readied type.
    let f = unsafe { (*tp).tp_call }.expect("tp_call");
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    c_result(
        with_tuple_dict(vm, args, |a, k| unsafe { f(p, a, k) }),
        "__call__",
    )
}

macro_rules! unary_dispatch {
    ($name:ident, $field:ident, $what:literal) => {
        fn $name(_vm: &Vm, obj: &PyRef) -> PyResult {
            let (p, tp, _in_c) = c_type_of(obj);
            // SAFETY: the slot was set when this dispatcher was installed.
            let f = unsafe { (*tp).$field }.expect($what);
            // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
            c_result(unsafe { f(p) }, $what)
        }
    };
}
unary_dispatch!(c_repr, tp_repr, "__repr__");
unary_dispatch!(c_str, tp_str, "__str__");
unary_dispatch!(c_iter, tp_iter, "__iter__");

macro_rules! async_dispatch {
    ($name:ident, $field:ident, $what:literal) => {
        fn $name(_vm: &Vm, obj: &PyRef) -> PyResult {
            let (p, tp, _in_c) = c_type_of(obj);
            // SAFETY: installed only when the async table has the slot.
            let f = unsafe { (*(*tp).tp_as_async).$field }.expect($what);
            // SAFETY: calling the type's C slot with a live proxy, per the C-API contract.
            c_result(unsafe { f(p) }, $what)
        }
    };
}
async_dispatch!(c_am_await, am_await, "__await__");
async_dispatch!(c_am_aiter, am_aiter, "__aiter__");
async_dispatch!(c_am_anext, am_anext, "__anext__");

fn c_hash(_vm: &Vm, obj: &PyRef) -> PyResult<isize> {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: set when installed.
    let f = unsafe { (*tp).tp_hash }.expect("tp_hash");
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    let h = unsafe { f(p) };
    if h == -1 && crate::runtime::error_occurred() {
        return Err(fetch_after_failure("__hash__"));
    }
    Ok(h)
}

fn c_iternext(_vm: &Vm, obj: &PyRef) -> PyResult<Option<PyRef>> {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: set when installed.
    let f = unsafe { (*tp).tp_iternext }.expect("tp_iternext");
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    let r = unsafe { f(p) };
    if !r.is_null() {
        return Ok(Some(proxy::steal(r)));
    }
    match crate::runtime::take_error() {
        None => Ok(None),
        Some(e) if e.matches(&vm().exceptions.stop_iteration) => {
            core_interp::vm::eval_support::stash_stop_value(vm(), &e);
            Ok(None)
        }
        Some(e) => Err(e),
    }
}

fn c_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let (p, tp, _in_c) = c_type_of(a);
    // SAFETY: set when installed.
    let Some(f) = (unsafe { (*tp).tp_richcompare }) else {
        return Ok(vm.not_implemented.clone());
    };
    let q = proxy::to_c(b);
    let code = match op {
        CompareOperator::Lt => 0,
        CompareOperator::Le => 1,
        CompareOperator::Eq => 2,
        CompareOperator::Ne => 3,
        CompareOperator::Gt => 4,
        CompareOperator::Ge => 5,
    };
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    c_result(unsafe { f(p, q, code) }, "rich comparison")
}

fn c_getattro(_vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: set when installed.
    let f = unsafe { (*tp).tp_getattro }.expect("tp_getattro");
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    c_result(unsafe { f(p, proxy::to_c(name)) }, "__getattribute__")
}

fn c_setattro(_vm: &Vm, obj: &PyRef, name: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: set when installed.
    let f = unsafe { (*tp).tp_setattro }.expect("tp_setattro");
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    if unsafe { f(p, proxy::to_c(name), value.map_or(null_mut(), proxy::to_c)) } < 0 {
        return Err(fetch_after_failure("__setattr__"));
    }
    Ok(())
}

/// The UTF-8 form of an attribute name, for the `char *` slots.
fn name_cstring(vm: &Vm, name: &PyRef) -> PyResult<CString> {
    let s = vm.str_string(name)?;
    CString::new(s).map_err(|_| vm.new_value_error("embedded null character"))
}

fn c_getattr(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: installed only when the type has tp_getattr.
    let f = unsafe { (*tp).tp_getattr }.expect("tp_getattr");
    let n = name_cstring(vm, name)?;
    // SAFETY: calling the type's C slot with a live proxy and a C string.
    c_result(
        unsafe { f(p, n.as_ptr() as *mut libc::c_char) },
        "__getattr__",
    )
}

fn c_setattr(vm: &Vm, obj: &PyRef, name: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: installed only when the type has tp_setattr.
    let f = unsafe { (*tp).tp_setattr }.expect("tp_setattr");
    let n = name_cstring(vm, name)?;
    // SAFETY: calling the type's C slot with a live proxy and a C string.
    if unsafe {
        f(
            p,
            n.as_ptr() as *mut libc::c_char,
            value.map_or(null_mut(), proxy::to_c),
        )
    } < 0
    {
        return Err(fetch_after_failure("__setattr__"));
    }
    Ok(())
}

fn c_len(_vm: &Vm, obj: &PyRef) -> PyResult<usize> {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: one of the tables has a length slot (checked when installed).
    let f = unsafe {
        let m = (*tp).tp_as_mapping;
        let s = (*tp).tp_as_sequence;
        (if m.is_null() { None } else { (*m).mp_length }).or(if s.is_null() {
            None
        } else {
            (*s).sq_length
        })
    }
    .expect("length slot");
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    let n = unsafe { f(p) };
    if n < 0 {
        return Err(fetch_after_failure("__len__"));
    }
    Ok(n as usize)
}

fn c_getitem(vm: &Vm, obj: &PyRef, key: &PyRef) -> PyResult {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: reading the type's tables.
    let (mp, sq) = unsafe {
        let m = (*tp).tp_as_mapping;
        let s = (*tp).tp_as_sequence;
        (
            if m.is_null() { None } else { (*m).mp_subscript },
            if s.is_null() { None } else { (*s).sq_item },
        )
    };
    if let Some(f) = mp {
        // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
        return c_result(unsafe { f(p, proxy::to_c(key)) }, "__getitem__");
    }
    let f = sq.expect("item slot");
    let mut i = sequence_index(vm, key)?;
    if i < 0 {
        i += c_len(vm, obj)? as isize;
    }
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    c_result(unsafe { f(p, i) }, "__getitem__")
}

/// The index `sq_item`/`sq_ass_item` get (CPython's `PySequence_GetItem`
/// path of `PyObject_GetItem`).
fn sequence_index(vm: &Vm, key: &PyRef) -> PyResult<isize> {
    if as_type(key.class()).slots.index.get().is_none() {
        return Err(vm.new_type_error(format!(
            "sequence index must be integer, not '{}'",
            core_interp::objects::typeobject::class_name(key)
        )));
    }
    vm.index_isize(key)
}

fn c_setitem(vm: &Vm, obj: &PyRef, key: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let (p, tp, _in_c) = c_type_of(obj);
    let v = value.map_or(null_mut(), proxy::to_c);
    // SAFETY: reading the type's tables.
    let (mp, sq) = unsafe {
        let m = (*tp).tp_as_mapping;
        let s = (*tp).tp_as_sequence;
        (
            if m.is_null() {
                None
            } else {
                (*m).mp_ass_subscript
            },
            if s.is_null() { None } else { (*s).sq_ass_item },
        )
    };
    let r = if let Some(f) = mp {
        // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
        unsafe { f(p, proxy::to_c(key), v) }
    } else {
        let f = sq.expect("item assignment slot");
        let mut i = sequence_index(vm, key)?;
        if i < 0 {
            i += c_len(vm, obj)? as isize;
        }
        // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
        unsafe { f(p, i, v) }
    };
    if r < 0 {
        return Err(fetch_after_failure("__setitem__"));
    }
    Ok(())
}

fn c_contains(_vm: &Vm, obj: &PyRef, item: &PyRef) -> PyResult<bool> {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: installed only when the sequence table has sq_contains.
    let f = unsafe { (*(*tp).tp_as_sequence).sq_contains }.expect("sq_contains");
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    match unsafe { f(p, proxy::to_c(item)) } {
        r if r < 0 => Err(fetch_after_failure("__contains__")),
        r => Ok(r != 0),
    }
}

fn c_bool(_vm: &Vm, obj: &PyRef) -> PyResult<bool> {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: installed only when the number table has nb_bool.
    let f = unsafe { (*(*tp).tp_as_number).nb_bool }.expect("nb_bool");
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    match unsafe { f(p) } {
        r if r < 0 => Err(fetch_after_failure("__bool__")),
        r => Ok(r != 0),
    }
}

fn c_descr_get(vm: &Vm, descr: &PyRef, obj: Option<&PyRef>, ty: Option<&PyRef>) -> PyResult {
    let (p, tp, _in_c) = c_type_of(descr);
    // SAFETY: set when installed.
    let f = unsafe { (*tp).tp_descr_get }.expect("tp_descr_get");
    let o = obj
        .filter(|o| !vm.is_none(o))
        .map_or(null_mut(), proxy::to_c);
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    c_result(
        unsafe { f(p, o, ty.map_or(null_mut(), proxy::to_c)) },
        "__get__",
    )
}

macro_rules! binary_dispatch {
    ($name:ident, $field:ident) => {
        fn $name(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
            // The slot belongs to whichever operand is a C instance.
            let (pa, ta, _in_c) = c_type_of(a);
            let pb = proxy::to_c(b);
            // SAFETY: reading number tables of live types.
            let f = unsafe {
                let tb = (*pb).ob_type;
                // Only C types' own slots: oxpy types' tables lead back here.
                let from = |t: *mut ffi::PyTypeObject| {
                    if (*t).tp_as_number.is_null() || !is_c_type_ptr(t) {
                        None
                    } else {
                        (*(*t).tp_as_number).$field
                    }
                };
                from(ta).or_else(|| from(tb))
            };
            match f {
                // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
                Some(f) => c_result(unsafe { f(pa, pb) }, stringify!($field)),
                None => Ok(vm.not_implemented.clone()),
            }
        }
    };
}
binary_dispatch!(c_add, nb_add);
binary_dispatch!(c_subtract, nb_subtract);
binary_dispatch!(c_multiply, nb_multiply);
binary_dispatch!(c_remainder, nb_remainder);
binary_dispatch!(c_divmod, nb_divmod);
binary_dispatch!(c_floor_divide, nb_floor_divide);
binary_dispatch!(c_true_divide, nb_true_divide);
binary_dispatch!(c_lshift, nb_lshift);
binary_dispatch!(c_rshift, nb_rshift);
binary_dispatch!(c_and, nb_and);
binary_dispatch!(c_xor, nb_xor);
binary_dispatch!(c_or, nb_or);
binary_dispatch!(c_matrix_multiply, nb_matrix_multiply);

/// `**` / `pow(a, b, m)` through `nb_power` of whichever operand is a C
/// instance (`m` is None for the binary form, as in CPython).
fn c_power(vm: &Vm, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
    let (pa, ta, _in_c) = c_type_of(a);
    let pb = proxy::to_c(b);
    // SAFETY: reading number tables of live types.
    let f = unsafe {
        let from = |t: *mut ffi::PyTypeObject| {
            if (*t).tp_as_number.is_null() || !is_c_type_ptr(t) {
                None
            } else {
                (*(*t).tp_as_number).nb_power
            }
        };
        from(ta).or_else(|| from((*pb).ob_type))
    };
    match f {
        // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
        Some(f) => c_result(unsafe { f(pa, pb, proxy::to_c(m)) }, "nb_power"),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// `**=` through the left operand's `nb_inplace_power`.
fn c_inplace_power(vm: &Vm, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
    let (pa, ta, _in_c) = c_type_of(a);
    // SAFETY: reading the number table of a live C type.
    let f = unsafe { (*ta).tp_as_number.as_ref().and_then(|n| n.nb_inplace_power) };
    match f {
        // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
        Some(f) => c_result(
            unsafe { f(pa, proxy::to_c(b), proxy::to_c(m)) },
            "nb_inplace_power",
        ),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// In-place operators: only the left operand's slot is tried (the
/// interpreter falls back to the plain operator on NotImplemented).
macro_rules! inplace_dispatch {
    ($name:ident, $field:ident) => {
        fn $name(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
            let (pa, ta, _in_c) = c_type_of(a);
            // SAFETY: reading the number table of a live C type.
            let f = unsafe { (*ta).tp_as_number.as_ref().and_then(|n| n.$field) };
            match f {
                // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
                Some(f) => c_result(unsafe { f(pa, proxy::to_c(b)) }, stringify!($field)),
                None => Ok(vm.not_implemented.clone()),
            }
        }
    };
}
inplace_dispatch!(c_inplace_add, nb_inplace_add);
inplace_dispatch!(c_inplace_subtract, nb_inplace_subtract);
inplace_dispatch!(c_inplace_multiply, nb_inplace_multiply);
inplace_dispatch!(c_inplace_remainder, nb_inplace_remainder);
inplace_dispatch!(c_inplace_floor_divide, nb_inplace_floor_divide);
inplace_dispatch!(c_inplace_true_divide, nb_inplace_true_divide);
inplace_dispatch!(c_inplace_lshift, nb_inplace_lshift);
inplace_dispatch!(c_inplace_rshift, nb_inplace_rshift);
inplace_dispatch!(c_inplace_and, nb_inplace_and);
inplace_dispatch!(c_inplace_xor, nb_inplace_xor);
inplace_dispatch!(c_inplace_or, nb_inplace_or);
inplace_dispatch!(c_inplace_matrix_multiply, nb_inplace_matrix_multiply);

/// `__set__`/`__delete__` through `tp_descr_set` (NULL value deletes).
fn c_descr_set(_vm: &Vm, descr: &PyRef, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let (p, tp, _in_c) = c_type_of(descr);
    // SAFETY: installed only when the type has tp_descr_set.
    let f = unsafe { (*tp).tp_descr_set }.expect("tp_descr_set");
    // SAFETY: calling the type's C slot with live proxies, per the C-API contract.
    if unsafe { f(p, proxy::to_c(obj), value.map_or(null_mut(), proxy::to_c)) } < 0 {
        return Err(fetch_after_failure("__set__"));
    }
    Ok(())
}

/// The sequence table of `obj`'s C type, if it has one.
fn c_sequence(obj: &PyRef) -> Option<(*mut ffi::PyObject, *mut ffi::PySequenceMethods, InC)> {
    let (p, tp, in_c) = c_type_of(obj);
    // SAFETY: reading the type of a live proxy.
    unsafe {
        (is_c_type_ptr(tp) && !(*tp).tp_as_sequence.is_null())
            .then(|| (p, (*tp).tp_as_sequence, in_c))
    }
}

/// `+` through `sq_concat` (for the left operand only, as CPython).
fn c_sq_concat(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    sq_concat_with(vm, a, b, false)
}

/// `+=` through `sq_inplace_concat`.
fn c_sq_inplace_concat(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    sq_concat_with(vm, a, b, true)
}

fn sq_concat_with(vm: &Vm, a: &PyRef, b: &PyRef, inplace: bool) -> PyResult {
    let Some((pa, sq, _in_c)) = c_sequence(a) else {
        return Ok(vm.not_implemented.clone());
    };
    // SAFETY: a live sequence table.
    let f = unsafe {
        if inplace {
            (*sq).sq_inplace_concat
        } else {
            (*sq).sq_concat
        }
    };
    match f {
        // SAFETY: calling the type's C slot with live proxies.
        Some(f) => c_result(unsafe { f(pa, proxy::to_c(b)) }, "sq_concat"),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// `*` through `sq_repeat` of whichever operand is the sequence.
fn c_sq_repeat(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    sq_repeat_with(vm, a, b, false)
}

/// `*=` through `sq_inplace_repeat`.
fn c_sq_inplace_repeat(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    sq_repeat_with(vm, a, b, true)
}

fn sq_repeat_with(vm: &Vm, a: &PyRef, b: &PyRef, inplace: bool) -> PyResult {
    let pick = |seq: &PyRef| {
        let (p, sq, in_c) = c_sequence(seq)?;
        // SAFETY: a live sequence table.
        let f = unsafe {
            if inplace {
                (*sq).sq_inplace_repeat
            } else {
                (*sq).sq_repeat
            }
        }?;
        Some((p, f, in_c))
    };
    let (seq_p, f, count, _in_c) = match pick(a) {
        Some((p, f, in_c)) => (p, f, b, in_c),
        None if !inplace => match pick(b) {
            Some((p, f, in_c)) => (p, f, a, in_c),
            None => return Ok(vm.not_implemented.clone()),
        },
        None => return Ok(vm.not_implemented.clone()),
    };
    if as_type(count.class()).slots.index.get().is_none() {
        return Err(vm.new_type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            core_interp::objects::typeobject::class_name(count)
        )));
    }
    let n = crate::capi::abstract_::PyNumber_AsSsize_t(
        proxy::to_c(count),
        proxy::to_c(&vm.exceptions.overflow_error),
    );
    if n == -1 && crate::runtime::error_occurred() {
        return Err(fetch_after_failure("sq_repeat"));
    }
    // SAFETY: calling the type's C slot with a live proxy.
    c_result(unsafe { f(seq_p, n) }, "sq_repeat")
}

/// The buffer a C type exports (`bf_getbuffer`), as an oxpy buffer; the
/// C `Py_buffer` travels in `internal` until the buffer is released.
fn c_getbuffer(
    _vm: &Vm,
    obj: &PyRef,
    request: u32,
) -> PyResult<core_interp::objects::buffer::PyBuffer> {
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: installed only for types whose buffer table has bf_getbuffer.
    let get = unsafe { (*(*tp).tp_as_buffer).bf_getbuffer }.expect("bf_getbuffer");
    // SAFETY: Py_buffer is plain C data; zero is its empty state.
    let view: *mut ffi::Py_buffer = Box::into_raw(Box::new(unsafe { std::mem::zeroed() }));
    // SAFETY: calling the type's C slot with a live proxy and a fresh view.
    if unsafe { get(p, view, request as libc::c_int) } != 0 {
        // SAFETY: the view was not filled; reclaim it.
        drop(unsafe { Box::from_raw(view) });
        return Err(fetch_after_failure("bf_getbuffer"));
    }
    // SAFETY: bf_getbuffer filled the view as the buffer protocol says.
    unsafe {
        let v = &*view;
        let itemsize = v.itemsize.max(1) as usize;
        let format = if v.format.is_null() {
            "B".into()
        } else {
            CStr::from_ptr(v.format)
                .to_string_lossy()
                .into_owned()
                .into()
        };
        let ndim = v.ndim.max(0) as usize;
        let shape: Vec<usize> = if v.shape.is_null() {
            if ndim == 0 && v.format.is_null() {
                vec![v.len as usize / itemsize]
            } else {
                (0..ndim.max(1))
                    .map(|_| v.len as usize / itemsize)
                    .collect()
            }
        } else {
            (0..ndim).map(|i| *v.shape.add(i) as usize).collect()
        };
        let strides: Vec<isize> = if v.strides.is_null() {
            let mut st = vec![0isize; shape.len()];
            let mut step = itemsize as isize;
            for i in (0..shape.len()).rev() {
                st[i] = step;
                step *= shape[i] as isize;
            }
            st
        } else {
            (0..shape.len()).map(|i| *v.strides.add(i)).collect()
        };
        Ok(core_interp::objects::buffer::PyBuffer {
            obj: obj.clone(),
            buf: v.buf as *mut u8,
            len: v.len as usize,
            itemsize,
            readonly: v.readonly != 0,
            format,
            shape,
            strides,
            internal: view as usize,
        })
    }
}

/// Gives a C-exported buffer back (`bf_releasebuffer`, then the view's
/// reference to the exporter).
fn c_releasebuffer(obj: &PyRef, b: &core_interp::objects::buffer::PyBuffer) {
    if b.internal == 0 {
        return;
    }
    let (p, tp, _in_c) = c_type_of(obj);
    // SAFETY: `internal` is the view `c_getbuffer` boxed; released once.
    unsafe {
        let view = b.internal as *mut ffi::Py_buffer;
        if let Some(rel) = (*(*tp).tp_as_buffer).bf_releasebuffer {
            rel(p, view);
        }
        let owner = (*view).obj;
        drop(Box::from_raw(view));
        if !owner.is_null() {
            proxy::decref(owner);
        }
    }
}

macro_rules! unary_number_dispatch {
    ($name:ident, $field:ident) => {
        fn $name(_vm: &Vm, obj: &PyRef) -> PyResult {
            let (p, tp, _in_c) = c_type_of(obj);
            // SAFETY: installed only when the number table has the slot.
            let f = unsafe { (*(*tp).tp_as_number).$field }.expect(stringify!($field));
            // SAFETY: calling the type's C slot with a live proxy, per the C-API contract.
            c_result(unsafe { f(p) }, stringify!($field))
        }
    };
}
unary_number_dispatch!(c_negative, nb_negative);
unary_number_dispatch!(c_positive, nb_positive);
unary_number_dispatch!(c_absolute, nb_absolute);
unary_number_dispatch!(c_invert, nb_invert);
unary_number_dispatch!(c_int, nb_int);
unary_number_dispatch!(c_float, nb_float);
unary_number_dispatch!(c_index, nb_index);

/// Readies a C type: creates its oxpy type and fills inherited slots.
pub fn ready(tp: *mut ffi::PyTypeObject) -> PyResult<PyRef> {
    init(vm());
    ready_inner(tp)
}

/// `ready` once the static types exist (also used while creating them).
pub fn ready_inner(tp: *mut ffi::PyTypeObject) -> PyResult<PyRef> {
    let vm = vm();
    // SAFETY: `tp` is a type object C passed to PyType_Ready/FromSpec.
    unsafe {
        if (*tp).tp_flags & ffi::Py_TPFLAGS_READY as u64 != 0 || !(*tp).tp_dict.is_null() {
            return Ok(proxy::from_c(tp_obj(tp)));
        }
        if (*tp).ob_base.ob_base.ob_type.is_null() {
            (*tp).ob_base.ob_base.ob_type = addr_of_mut!(ffi::PyType_Type);
        }
        if (*tp).tp_base.is_null() {
            (*tp).tp_base = addr_of_mut!(ffi::PyBaseObject_Type);
        }
        let base_tp = (*tp).tp_base;
        let base = if (*base_tp).tp_flags & ffi::Py_TPFLAGS_READY as u64 == 0 {
            ready_inner(base_tp)?
        } else {
            proxy::from_c(tp_obj(base_tp))
        };
        if (*tp).tp_name.is_null() {
            return Err(vm.new_system_error("Type does not define the tp_name field."));
        }
        let full = CStr::from_ptr((*tp).tp_name).to_string_lossy().into_owned();
        let module = full.rsplit_once('.').map(|(m, _)| m.to_string());
        let mut flags = 0;
        if (*tp).tp_flags & ffi::Py_TPFLAGS_BASETYPE as u64 != 0 {
            flags |= tpflags::BASETYPE;
        }
        if (*tp).tp_dictoffset != 0 {
            flags |= tpflags::HAS_DICT;
        }
        if (*tp).tp_weaklistoffset != 0 {
            flags |= tpflags::WEAKREFABLE;
        }
        let doc = if (*tp).tp_doc.is_null() {
            None
        } else {
            Some(&*Box::leak(
                CStr::from_ptr((*tp).tp_doc)
                    .to_string_lossy()
                    .into_owned()
                    .into_boxed_str(),
            ))
        };
        // The type keeps the whole tp_name, as CPython's messages show it;
        // `__name__` and `__qualname__` are its last part.
        let ty = core_interp::objects::typeobject::new_builtin_type(vm, &full, &base, flags, doc);
        let heap = (*tp).tp_flags & ffi::Py_TPFLAGS_HEAPTYPE as u64 != 0;
        let t = as_type(&ty);
        if heap && (*tp).tp_flags & ffi::Py_TPFLAGS_IMMUTABLETYPE as u64 == 0 {
            t.flags.set(t.flags.get() & !tpflags::IMMUTABLE);
        }
        ty.set_class(proxy::from_c(tp_obj((*tp).ob_base.ob_base.ob_type)));
        C_TYPES.with(|s| s.borrow_mut().insert(ty.as_ptr().as_ptr() as usize));
        // Oxpy slots for the C slots this type defines itself.
        let s = &t.slots;
        let nb = (*tp).tp_as_number;
        let sq = (*tp).tp_as_sequence;
        let mp = (*tp).tp_as_mapping;
        let disallow = (*tp).tp_flags & ffi::Py_TPFLAGS_DISALLOW_INSTANTIATION as u64 != 0
            || ((*tp).tp_new.is_none() && base_tp == addr_of_mut!(ffi::PyBaseObject_Type) && !heap);
        if disallow {
            (*tp).tp_new = None;
            s.new.set(None);
        } else {
            if (*tp).tp_new.is_none() {
                (*tp).tp_new = (*base_tp).tp_new;
            }
            s.new.set(Some(c_new));
        }
        if (*tp).tp_init.is_some() {
            s.init.set(Some(c_init))
        }
        if (*tp).tp_call.is_some() {
            s.call.set(Some(c_call))
        }
        if (*tp).tp_repr.is_some() {
            s.repr.set(Some(c_repr))
        }
        if (*tp).tp_str.is_some() {
            s.str.set(Some(c_str))
        }
        if (*tp).tp_hash.is_some() {
            s.hash.set(Some(c_hash))
        }
        if (*tp).tp_richcompare.is_some() {
            s.richcompare.set(Some(c_richcompare))
        }
        if (*tp).tp_getattro.is_some() {
            s.getattro.set(Some(c_getattro))
        } else if (*tp).tp_getattr.is_some() {
            s.getattro.set(Some(c_getattr))
        }
        if (*tp).tp_setattro.is_some() {
            s.setattro.set(Some(c_setattro))
        } else if (*tp).tp_setattr.is_some() {
            s.setattro.set(Some(c_setattr))
        }
        if (*tp).tp_iter.is_some() {
            s.iter.set(Some(c_iter))
        }
        if (*tp).tp_iternext.is_some() {
            s.iternext.set(Some(c_iternext))
        }
        if (*tp).tp_descr_get.is_some() {
            s.descr_get.set(Some(c_descr_get))
        }
        if (*tp).tp_descr_set.is_some() {
            s.descr_set.set(Some(c_descr_set))
        }
        if (!mp.is_null() && (*mp).mp_length.is_some())
            || (!sq.is_null() && (*sq).sq_length.is_some())
        {
            s.len.set(Some(c_len))
        }
        if (!mp.is_null() && (*mp).mp_subscript.is_some())
            || (!sq.is_null() && (*sq).sq_item.is_some())
        {
            s.getitem.set(Some(c_getitem));
            if (sq.is_null() || (*sq).sq_item.is_none()) && (*tp).tp_iter.is_none() {
                t.flags.set(t.flags.get() | tpflags::MAPPING_GETITEM_ONLY);
            }
        }
        if (!mp.is_null() && (*mp).mp_ass_subscript.is_some())
            || (!sq.is_null() && (*sq).sq_ass_item.is_some())
        {
            s.setitem.set(Some(c_setitem))
        }
        if !sq.is_null() && (*sq).sq_contains.is_some() {
            s.contains.set(Some(c_contains))
        }
        let am = (*tp).tp_as_async;
        if !am.is_null() {
            if (*am).am_await.is_some() {
                s.am_await.set(Some(c_am_await))
            }
            if (*am).am_aiter.is_some() {
                s.am_aiter.set(Some(c_am_aiter))
            }
            if (*am).am_anext.is_some() {
                s.am_anext.set(Some(c_am_anext))
            }
        }
        let bf = (*tp).tp_as_buffer;
        if !bf.is_null() && (*bf).bf_getbuffer.is_some() {
            s.getbuffer.set(Some(c_getbuffer));
            s.releasebuffer.set(Some(c_releasebuffer));
        }
        // Sequence concatenation and repetition, where the number slots do
        // not take `+` and `*` (array, mmap-like types).
        if !sq.is_null() {
            let no_nb = |f: Option<&dyn Fn(&ffi::PyNumberMethods) -> bool>| {
                nb.is_null() || !f.is_some_and(|f| f(&*nb))
            };
            if (*sq).sq_concat.is_some() && no_nb(Some(&|n| n.nb_add.is_some())) {
                s.add.set(Some(c_sq_concat))
            }
            if (*sq).sq_repeat.is_some() && no_nb(Some(&|n| n.nb_multiply.is_some())) {
                s.multiply.set(Some(c_sq_repeat))
            }
            if (*sq).sq_inplace_concat.is_some() && no_nb(Some(&|n| n.nb_inplace_add.is_some())) {
                s.inplace_add.set(Some(c_sq_inplace_concat))
            }
            if (*sq).sq_inplace_repeat.is_some()
                && no_nb(Some(&|n| n.nb_inplace_multiply.is_some()))
            {
                s.inplace_multiply.set(Some(c_sq_inplace_repeat))
            }
        }
        if !nb.is_null() {
            if (*nb).nb_bool.is_some() {
                s.bool.set(Some(c_bool))
            }
            if (*nb).nb_add.is_some() {
                s.add.set(Some(c_add))
            }
            if (*nb).nb_subtract.is_some() {
                s.subtract.set(Some(c_subtract))
            }
            if (*nb).nb_multiply.is_some() {
                s.multiply.set(Some(c_multiply))
            }
            macro_rules! number_slots {
                ($($field:ident => $slot:ident = $f:ident),* $(,)?) => {$(
                    if (*nb).$field.is_some() {
                        s.$slot.set(Some($f))
                    }
                )*};
            }
            number_slots!(
                nb_remainder => remainder = c_remainder,
                nb_divmod => divmod = c_divmod,
                nb_floor_divide => floor_divide = c_floor_divide,
                nb_true_divide => true_divide = c_true_divide,
                nb_lshift => lshift = c_lshift,
                nb_rshift => rshift = c_rshift,
                nb_and => and = c_and,
                nb_xor => xor = c_xor,
                nb_or => or = c_or,
                nb_matrix_multiply => matrix_multiply = c_matrix_multiply,
                nb_negative => negative = c_negative,
                nb_positive => positive = c_positive,
                nb_absolute => absolute = c_absolute,
                nb_invert => invert = c_invert,
                nb_int => int = c_int,
                nb_float => float = c_float,
                nb_index => index = c_index,
                nb_power => power = c_power,
                nb_inplace_power => inplace_power = c_inplace_power,
                nb_inplace_add => inplace_add = c_inplace_add,
                nb_inplace_subtract => inplace_subtract = c_inplace_subtract,
                nb_inplace_multiply => inplace_multiply = c_inplace_multiply,
                nb_inplace_remainder => inplace_remainder = c_inplace_remainder,
                nb_inplace_floor_divide => inplace_floor_divide = c_inplace_floor_divide,
                nb_inplace_true_divide => inplace_true_divide = c_inplace_true_divide,
                nb_inplace_lshift => inplace_lshift = c_inplace_lshift,
                nb_inplace_rshift => inplace_rshift = c_inplace_rshift,
                nb_inplace_and => inplace_and = c_inplace_and,
                nb_inplace_xor => inplace_xor = c_inplace_xor,
                nb_inplace_or => inplace_or = c_inplace_or,
                nb_inplace_matrix_multiply => inplace_matrix_multiply = c_inplace_matrix_multiply,
            );
        }
        // C slots this type inherits.
        macro_rules! inherit {
            ($($f:ident),*) => { $(if (*tp).$f.is_none() { (*tp).$f = (*base_tp).$f; })* };
        }
        inherit!(
            tp_dealloc,
            tp_repr,
            tp_str,
            tp_getattro,
            tp_setattro,
            tp_iter,
            tp_iternext,
            tp_init,
            tp_alloc,
            tp_free,
            tp_call,
            tp_descr_get,
            tp_descr_set
        );
        if (*tp).tp_hash.is_none() && (*tp).tp_richcompare.is_none() {
            (*tp).tp_hash = (*base_tp).tp_hash;
            (*tp).tp_richcompare = (*base_tp).tp_richcompare;
        }
        if (*tp).tp_as_number.is_null() {
            (*tp).tp_as_number = (*base_tp).tp_as_number
        }
        if (*tp).tp_as_async.is_null() {
            (*tp).tp_as_async = (*base_tp).tp_as_async
        }
        if (*tp).tp_as_sequence.is_null() {
            (*tp).tp_as_sequence = (*base_tp).tp_as_sequence
        }
        if (*tp).tp_as_mapping.is_null() {
            (*tp).tp_as_mapping = (*base_tp).tp_as_mapping
        }
        if (*tp).tp_basicsize == 0 {
            (*tp).tp_basicsize = (*base_tp).tp_basicsize
        }
        if (*tp).tp_itemsize == 0 {
            (*tp).tp_itemsize = (*base_tp).tp_itemsize
        }
        (*tp).tp_flags |= (*base_tp).tp_flags & 0xff00_0000;
        // Heap types keep `__module__` in their dict; static ones derive it
        // from the dotted tp_name.
        if let Some(m) = module.filter(|_| heap) {
            t.namespace().set_str(
                vm,
                "__module__",
                core_interp::objects::unicodeobject::new_str_object(vm, &m),
            );
        }
        crate::cfunction::add_type_members(vm, &ty, tp)?;
        core_interp::objects::typeslots::add_slot_wrappers(vm, &ty);
        core_interp::objects::typeobject_new::add_new_wrapper(vm, &ty);
        ty.make_immortal();
        proxy::register_mapped(
            tp_obj(tp),
            &ty,
            if heap { Kind::Type } else { Kind::Static },
        );
        (*tp).tp_dict = proxy::to_c(&t.dict);
        fill_mro(tp, &ty);
        (*tp).tp_flags |= ffi::Py_TPFLAGS_READY as u64;
        Ok(ty)
    }
}
