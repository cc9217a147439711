//! `functools.partial`: a callable holding a function and some of its
//! arguments. Nested partials without an instance `__dict__` are flattened
//! at construction; the type has no `__get__`, like CPython's C version.

use crate::objects::descrobject::GetSetDef;
use crate::objects::dictobject::{as_dict, PyDict};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::sequence::ReprGuard;
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::{
    as_type, class_name, finish_builtin_type, new_builtin_type, tpflags,
};
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;

/// What a partial object holds: the function, the leading positional
/// arguments (a tuple) and the keyword arguments (a dict).
#[derive(Clone)]
struct State {
    func: PyRef,
    args: PyRef,
    kw: PyRef,
}

/// The payload of `partial` objects (`None` only after the collector cleared it).
pub struct Partial {
    state: RefCell<Option<State>>,
}

impl PyPayload for Partial {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(s) = &*self.state.borrow() {
            visit(&s.func);
            visit(&s.args);
            visit(&s.kw);
        }
    }
    fn clear(&self) {
        let old = self.state.borrow_mut().take();
        drop(old);
    }
}

fn state(vm: &Vm, o: &PyRef) -> PyResult<State> {
    o.downcast_ref::<Partial>()
        .and_then(|p| p.state.borrow().clone())
        .ok_or_else(|| vm.new_system_error("partial object was cleared"))
}

/// `partial.__new__(cls, func, /, *args, **keywords)`.
fn partial_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    let Some(first) = pos.first() else {
        return Err(vm.new_type_error("type 'partial' takes at least one argument"));
    };
    let mut func = first.clone();
    let mut head: Vec<PyRef> = Vec::new();
    let mut inner_kw: Option<PyRef> = None;
    if func.dict().is_none() {
        if let Some(Some(s)) = func
            .downcast_ref::<Partial>()
            .map(|p| p.state.borrow().clone())
        {
            head.extend_from_slice(tuple_items(&s.args).unwrap_or(&[]));
            inner_kw = Some(s.kw);
            func = s.func;
        }
    }
    if !super::is_callable(&func) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    head.extend_from_slice(&pos[1..]);
    let kw = PyDict::new_ref(vm);
    let d = as_dict(&kw).expect("dict");
    if let Some(inner) = inner_kw.as_ref().and_then(|k| as_dict(k)) {
        for (k, v) in inner.items() {
            d.set_item(vm, k, v)?;
        }
    }
    for (k, v) in args.kwargs() {
        d.set_item(vm, k.clone(), v.clone())?;
    }
    Ok(PyRef::new(
        Partial {
            state: RefCell::new(Some(State {
                func,
                args: new_tuple(vm, head),
                kw,
            })),
        },
        cls.clone(),
    ))
}

/// `partial.__call__`: the stored arguments first, then the call's.
fn partial_call(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult {
    let s = state(vm, o)?;
    let stored = tuple_items(&s.args).unwrap_or(&[]);
    let kw = as_dict(&s.kw).expect("partial keywords are a dict");
    if kw.is_empty() {
        if stored.is_empty() {
            return vm.call(&s.func, args);
        }
        let mut v = Vec::with_capacity(stored.len() + args.args.len());
        v.extend_from_slice(stored);
        v.extend_from_slice(args.args);
        return vm.call(&s.func, CallArgs::new(&v, args.kwnames));
    }
    // Merge: the call's keywords override the stored ones.
    let merged = PyDict::new_ref(vm);
    let m = as_dict(&merged).expect("dict");
    for (k, v) in kw.items() {
        m.set_item(vm, k, v)?;
    }
    for (k, v) in args.kwargs() {
        m.set_item(vm, k.clone(), v.clone())?;
    }
    let pos = args.positional();
    let items = m.items();
    let mut v = Vec::with_capacity(stored.len() + pos.len() + items.len());
    v.extend_from_slice(stored);
    v.extend_from_slice(pos);
    let mut names = Vec::with_capacity(items.len());
    for (k, val) in items {
        names.push(k);
        v.push(val);
    }
    vm.call(&s.func, CallArgs::new(&v, &names))
}

/// `repr`: `tp_name(func, arg, ..., key=value, ...)`, `...` when recursive.
fn partial_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(new_str_object(vm, "..."));
    };
    let s = state(vm, o)?;
    let mut out = format!("{}({}", class_name(o), vm.repr_string(&s.func)?);
    for a in tuple_items(&s.args).unwrap_or(&[]) {
        out.push_str(", ");
        out.push_str(&vm.repr_string(a)?);
    }
    for (k, v) in as_dict(&s.kw).expect("dict").items() {
        out.push_str(", ");
        out.push_str(&vm.str_string(&k)?);
        out.push('=');
        out.push_str(&vm.repr_string(&v)?);
    }
    out.push(')');
    Ok(new_str_object(vm, &out))
}

/// `__reduce__`: `(type, (func,), (func, args, keywords, __dict__ or None))`.
fn partial_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let o = &a[0];
    let s = state(vm, o)?;
    let dict = o.dict().unwrap_or_else(|| vm.none.clone());
    Ok(new_tuple(
        vm,
        vec![
            o.class().clone(),
            new_tuple(vm, vec![s.func.clone()]),
            new_tuple(vm, vec![s.func, s.args, s.kw, dict]),
        ],
    ))
}

/// `__setstate__((func, args, keywords, dict))`.
fn partial_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__setstate__", 1, 1)?;
    let (o, st) = (&a[0], &a[1]);
    let invalid = || vm.new_type_error("invalid partial state");
    let items = tuple_items(st)
        .filter(|i| i.len() == 4)
        .ok_or_else(invalid)?;
    let (func, fargs, kw, dict) = (&items[0], &items[1], &items[2], &items[3]);
    if !super::is_callable(func)
        || tuple_items(fargs).is_none()
        || (!vm.is_none(kw) && as_dict(kw).is_none())
    {
        return Err(invalid());
    }
    let fargs = if fargs.class().is(&vm.types.tuple_type) {
        fargs.clone()
    } else {
        new_tuple(vm, tuple_items(fargs).expect("tuple").to_vec())
    };
    let kw = if vm.is_none(kw) {
        PyDict::new_ref(vm)
    } else if kw.class().is(&vm.types.dict_type) {
        kw.clone()
    } else {
        let copy = PyDict::new_ref(vm);
        for (k, v) in as_dict(kw).expect("dict").items() {
            as_dict(&copy).expect("dict").set_item(vm, k, v)?;
        }
        copy
    };
    let p = o.downcast_ref::<Partial>().expect("partial");
    let old = p.state.replace(Some(State {
        func: func.clone(),
        args: fargs,
        kw,
    }));
    drop(old);
    let old_dict = o.set_dict(if vm.is_none(dict) {
        None
    } else {
        Some(dict.clone())
    });
    drop(old_dict);
    Ok(vm.none.clone())
}

const DOC: &str = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n";

/// Creates the `functools.partial` type.
pub fn make_type(vm: &Vm) -> PyRef {
    let t = new_builtin_type(
        vm,
        "functools.partial",
        &vm.types.object_type,
        tpflags::BASETYPE | tpflags::HAS_DICT | tpflags::WEAKREFABLE,
        Some(DOC),
    );
    let s = &as_type(&t).slots;
    s.new.set(Some(partial_new));
    s.call.set(Some(partial_call));
    s.repr.set(Some(partial_repr));
    let mut getsets = vec![
        GetSetDef::new("func", |vm, o| Ok(state(vm, o)?.func)),
        GetSetDef::new("args", |vm, o| Ok(state(vm, o)?.args)),
        GetSetDef::new("keywords", |vm, o| Ok(state(vm, o)?.kw)),
    ];
    getsets
        .iter_mut()
        .zip([
            "function object to use in future partial calls",
            "tuple of arguments to future partial calls",
            "dictionary of keyword arguments to future partial calls",
        ])
        .for_each(|(g, d)| g.doc = Some(d));
    finish_builtin_type(
        vm,
        &t,
        &[
            MethodDef::new("__reduce__", partial_reduce),
            MethodDef::new("__setstate__", partial_setstate),
            crate::objects::genericaliasobject::CLASS_GETITEM,
        ],
        &getsets,
    );
    let dict_descr = crate::objects::typeobject_attrs::instance_dict_descriptor(vm, &t);
    as_type(&t).namespace().set_str(vm, "__dict__", dict_descr);
    t
}
