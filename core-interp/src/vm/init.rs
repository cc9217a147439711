//! Interpreter start-up: bootstraps `type`/`object`/`dict`, creates every
//! built-in type and exception, the singletons and small-int cache, then
//! lets each type install its slots and methods and builds `builtins`.

use super::{Context, Types, Vm};
use crate::objects::dictobject::PyDict;
use crate::objects::exceptions::{new_base_exception_type, ExceptionTypes};
use crate::objects::longobject::{IntValue, PyInt, SMALL_MAX, SMALL_MIN};
use crate::objects::noneobject::{PyEllipsis, PyNone, PyNotImplemented};
use crate::objects::object::PyRef;
use crate::objects::objectobject::PyBaseObject;
use crate::objects::tupleobject::PyTuple;
use crate::objects::typeobject::{as_type, link_builtin_type, tpflags, PyType, TypeFactory};
use crate::objects::typeslots::add_slot_wrappers;
use crate::objects::unicodeobject::PyStr;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

const BASE: u64 = tpflags::BASETYPE;

fn bootstrap_types() -> Types {
    let d0 = PyRef::new_self_typed(PyDict::default());
    let type_type = PyRef::new_self_typed(PyType::new_payload(
        "type",
        d0.clone(),
        BASE | tpflags::IMMUTABLE | tpflags::TYPE_SUBCLASS | tpflags::HAS_DICT,
        Some("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"),
    ));
    let d1 = PyRef::new_self_typed(PyDict::default());
    let object_type = PyRef::new(
        PyType::new_payload(
            "object",
            d1.clone(),
            BASE | tpflags::IMMUTABLE,
            Some("The base class of the class hierarchy."),
        ),
        type_type.clone(),
    );
    object_type.make_immortal();
    let d2 = PyRef::new_self_typed(PyDict::default());
    let dict_type = PyRef::new(
        PyType::new_payload(
            "dict",
            d2.clone(),
            BASE | tpflags::IMMUTABLE | tpflags::DICT_SUBCLASS | tpflags::MAPPING,
            None,
        ),
        type_type.clone(),
    );
    dict_type.make_immortal();
    for d in [&d0, &d1, &d2] {
        d.set_class(dict_type.clone());
    }
    link_builtin_type(&object_type, None);
    link_builtin_type(&type_type, Some(&object_type));
    link_builtin_type(&dict_type, Some(&object_type));
    let f = TypeFactory {
        type_type: type_type.clone(),
        dict_type: dict_type.clone(),
    };
    let o = Some(&object_type);
    let int_type = f.make("int", o, BASE | tpflags::LONG_SUBCLASS, None);
    let bool_type = f.make("bool", Some(&int_type), 0, None);
    let mk = |n: &str, flags: u64| f.make(n, o, flags, None);
    Types {
        bool_type,
        float_type: mk("float", BASE),
        complex_type: mk("complex", BASE),
        str_type: mk("str", BASE | tpflags::UNICODE_SUBCLASS),
        bytes_type: mk("bytes", BASE | tpflags::BYTES_SUBCLASS),
        bytearray_type: mk("bytearray", BASE),
        list_type: mk("list", BASE | tpflags::LIST_SUBCLASS | tpflags::SEQUENCE),
        tuple_type: mk("tuple", BASE | tpflags::TUPLE_SUBCLASS | tpflags::SEQUENCE),
        set_type: mk("set", BASE),
        frozenset_type: mk("frozenset", BASE),
        range_type: mk("range", tpflags::SEQUENCE),
        slice_type: mk("slice", 0),
        none_type: mk("NoneType", 0),
        notimplemented_type: mk("NotImplementedType", 0),
        ellipsis_type: mk("ellipsis", 0),
        function_type: mk("function", tpflags::HAS_DICT),
        builtin_function_type: mk("builtin_function_or_method", 0),
        method_type: mk("method", 0),
        method_descriptor_type: mk("method_descriptor", 0),
        classmethod_descriptor_type: mk("classmethod_descriptor", 0),
        wrapper_descriptor_type: mk("wrapper_descriptor", 0),
        method_wrapper_type: mk("method-wrapper", 0),
        getset_descriptor_type: mk("getset_descriptor", 0),
        member_descriptor_type: mk("member_descriptor", 0),
        property_type: mk("property", BASE),
        classmethod_type: mk("classmethod", BASE | tpflags::HAS_DICT),
        staticmethod_type: mk("staticmethod", BASE | tpflags::HAS_DICT),
        super_type: mk("super", BASE),
        module_type: mk("module", BASE | tpflags::HAS_DICT),
        code_type: mk("code", 0),
        frame_type: mk("frame", 0),
        traceback_type: mk("traceback", 0),
        cell_type: mk("cell", 0),
        generator_type: mk("generator", 0),
        coroutine_type: mk("coroutine", 0),
        async_generator_type: mk("async_generator", 0),
        mappingproxy_type: mk("mappingproxy", tpflags::MAPPING),
        list_iterator_type: mk("list_iterator", 0),
        list_reverseiterator_type: mk("list_reverseiterator", 0),
        tuple_iterator_type: mk("tuple_iterator", 0),
        str_iterator_type: mk("str_ascii_iterator", 0),
        range_iterator_type: mk("range_iterator", 0),
        seq_iterator_type: mk("iterator", 0),
        callable_iterator_type: mk("callable_iterator", 0),
        dict_keys_type: mk("dict_keys", 0),
        dict_values_type: mk("dict_values", 0),
        dict_items_type: mk("dict_items", 0),
        dict_iterator_type: mk("dict_keyiterator", 0),
        set_iterator_type: mk("set_iterator", 0),
        memoryview_type: mk("memoryview", tpflags::SEQUENCE),
        bytes_iterator_type: mk("bytes_iterator", 0),
        bytearray_iterator_type: mk("bytearray_iterator", 0),
        memory_iterator_type: mk("memory_iterator", 0),
        int_type,
        type_type,
        object_type,
        dict_type,
    }
}

/// Creates the interpreter and the main thread's `Vm`.
pub fn create_interpreter() -> Vm {
    // Objects are created from here on: take the GIL first (the Vm keeps it).
    if !super::gil::holds_gil() {
        super::gil::acquire();
    }
    let types = bootstrap_types();
    let f = TypeFactory {
        type_type: types.type_type.clone(),
        dict_type: types.dict_type.clone(),
    };
    let base_exc = new_base_exception_type(&f, &types.object_type);
    let exceptions = ExceptionTypes::create(&f, base_exc);
    let immortal = |o: PyRef| {
        o.make_immortal();
        o
    };
    let none = immortal(PyRef::new(PyNone, types.none_type.clone()));
    let not_implemented = immortal(PyRef::new(
        PyNotImplemented,
        types.notimplemented_type.clone(),
    ));
    let ellipsis = immortal(PyRef::new(PyEllipsis, types.ellipsis_type.clone()));
    let false_ = immortal(PyRef::new(
        PyInt {
            value: IntValue::Small(0),
        },
        types.bool_type.clone(),
    ));
    let true_ = immortal(PyRef::new(
        PyInt {
            value: IntValue::Small(1),
        },
        types.bool_type.clone(),
    ));
    let small_ints = (SMALL_MIN..=SMALL_MAX)
        .map(|v| {
            immortal(PyRef::new(
                PyInt {
                    value: IntValue::Small(v),
                },
                types.int_type.clone(),
            ))
        })
        .collect();
    let empty_tuple = immortal(PyRef::new(
        PyTuple {
            items: Box::new([]),
        },
        types.tuple_type.clone(),
    ));
    let empty_str = immortal(PyRef::new(PyStr::from_str(""), types.str_type.clone()));
    let stack_null = immortal(PyRef::new(
        PyBaseObject::default(),
        types.object_type.clone(),
    ));
    let modules = immortal(PyRef::new(PyDict::default(), types.dict_type.clone()));
    let ctx = Context {
        exceptions,
        none,
        true_,
        false_,
        not_implemented,
        ellipsis,
        empty_tuple,
        empty_str,
        stack_null,
        small_ints,
        interned: RefCell::new(HashMap::new()),
        builtins: RefCell::new(None),
        modules,
        sys: RefCell::new(None),
        importlib: RefCell::new(None),
        recursion_limit: Cell::new(1000),
        types,
    };
    let ctx: &'static Context = Box::leak(Box::new(ctx));
    let vm = Vm::new_thread(ctx);
    crate::objects::init_builtin_types(&vm);
    // Inherit slots parent-first, then expose each type's own slots as wrappers.
    let mut all: Vec<PyRef> = Vec::new();
    collect_subclasses(&vm.types.object_type, &mut all);
    for ty in &all {
        let t = as_type(ty);
        if let Some(b) = t.base.borrow().clone() {
            // As CPython's static types: one based directly on object
            // without a `new` of its own cannot be instantiated from Python.
            let own_new = t.slots.new.get();
            t.slots.inherit_missing(&as_type(&b).slots);
            if own_new.is_none() && b.is(&vm.types.object_type) {
                t.slots.new.set(None);
            }
        }
    }
    for ty in &all {
        add_slot_wrappers(&vm, ty);
        crate::objects::typeobject_new::add_new_wrapper(&vm, ty);
    }
    // Every built-in type has `__doc__` in its dict (None when it has no
    // docstring), so instances find it through the MRO as in CPython.
    for ty in &all {
        let t = as_type(ty);
        if t.namespace().get_rust_str(&vm, "__doc__").is_none() {
            let doc = match t.doc {
                Some(d) => crate::objects::unicodeobject::new_str_object(&vm, d),
                None => vm.none.clone(),
            };
            t.namespace().set_str(&vm, "__doc__", doc);
        }
    }
    crate::objects::builtin_iterators::init(&vm);
    crate::objects::weakrefobject::init(&vm);
    // Types whose class pattern matches the subject itself (`case int(n):`).
    for t in [
        &vm.types.bool_type,
        &vm.types.bytearray_type,
        &vm.types.bytes_type,
        &vm.types.dict_type,
        &vm.types.float_type,
        &vm.types.frozenset_type,
        &vm.types.int_type,
        &vm.types.list_type,
        &vm.types.set_type,
        &vm.types.str_type,
        &vm.types.tuple_type,
    ] {
        as_type(t).set_flag(tpflags::MATCH_SELF);
    }
    crate::vm::dealloc_hooks::install(&vm);
    crate::modules::init_core_modules(&vm);
    vm
}

fn collect_subclasses(ty: &PyRef, out: &mut Vec<PyRef>) {
    out.push(ty.clone());
    let subs = as_type(ty).subclasses.borrow().clone();
    for s in subs {
        // SAFETY: built-in types are immortal, so the stored pointers are live.
        let st = unsafe { &*(s as *const PyType) };
        let me = st.mro.borrow().first().cloned();
        if let Some(m) = me {
            collect_subclasses(&m, out);
        }
    }
}
