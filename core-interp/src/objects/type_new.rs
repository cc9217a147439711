//! Creating classes from Python: `type.__new__(meta, name, bases, ns)` and
//! `builtins.__build_class__` (metaclass selection, `__prepare__`, running
//! the class body, `__classcell__`, `__set_name__`, `__init_subclass__`).

use super::cellobject::PyCell;
use super::descrobject::PyMemberDescriptor;
use super::dictobject::PyDict;
use super::funcobject::PyFunction;
use super::object::PyRef;
use super::tupleobject::{new_tuple, tuple_items};
use super::typeobject::{as_type, compute_mro, is_subtype, tpflags, PyType};
use super::unicodeobject::PyStr;
use crate::vm::ceval::{run_frame, FrameExit, Resume};
use crate::vm::frame::Frame;
use crate::vm::{CallArgs, PyResult, Vm};

/// The most derived metaclass among `meta` and the bases' types.
pub fn calculate_metaclass(vm: &Vm, meta: &PyRef, bases: &[PyRef]) -> PyResult {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.class();
        if is_subtype(&winner, bt) {
            continue;
        }
        if is_subtype(bt, &winner) {
            winner = bt.clone();
            continue;
        }
        return Err(vm.new_type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The base whose instance layout the new class extends.
pub fn solid_base(vm: &Vm, ty: &PyRef) -> PyRef {
    let t = as_type(ty);
    let base = t.base.borrow().clone();
    let parent = match &base {
        Some(b) => solid_base(vm, b),
        None => vm.types.object_type.clone(),
    };
    // Built-in exceptions below BaseException share its instance layout
    // (extra fields live in the instance dict), so they combine freely.
    let shares_exception_layout = !t.is_heap()
        && t.has_flag(tpflags::BASE_EXC_SUBCLASS)
        && !ty.is(&vm.exceptions.base_exception);
    let extra = (t.is_heap() && t.slot_names.borrow().len() > 0 || !t.is_heap())
        && !shares_exception_layout;
    if extra && base.is_some() {
        ty.clone()
    } else {
        parent
    }
}

pub fn best_base(vm: &Vm, bases: &[PyRef]) -> PyResult {
    let mut winner: Option<PyRef> = None;
    let mut base: Option<PyRef> = None;
    for b in bases {
        let Some(bt) = b.downcast_ref::<PyType>() else {
            return Err(vm.new_type_error("bases must be types"));
        };
        if !bt.has_flag(tpflags::BASETYPE) {
            return Err(vm.new_type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name()
            )));
        }
        let cand = solid_base(vm, b);
        match &winner {
            None => {
                winner = Some(cand);
                base = Some(b.clone());
            }
            Some(w) if is_subtype(w, &cand) => {}
            Some(w) if is_subtype(&cand, w) => {
                winner = Some(cand);
                base = Some(b.clone());
            }
            Some(_) => {
                return Err(vm.new_type_error("multiple bases have instance lay-out conflict"))
            }
        }
    }
    Ok(base.unwrap_or_else(|| vm.types.object_type.clone()))
}

/// `type.__new__(meta, name, bases, namespace, **kwargs)`.
pub fn type_new(vm: &Vm, meta: &PyRef, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    if pos.len() != 3 {
        return Err(vm.new_type_error("type.__new__() takes exactly 3 arguments"));
    }
    let name = pos[0].clone();
    let Some(name_s) = name.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            super::typeobject::class_name(&name)
        )));
    };
    let Some(bases_in) = tuple_items(&pos[1]) else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            super::typeobject::class_name(&pos[1])
        )));
    };
    let ns = &pos[2];
    let Some(ns_dict) = ns.downcast_ref::<PyDict>() else {
        return Err(vm.new_type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            super::typeobject::class_name(ns)
        )));
    };
    let winner = calculate_metaclass(vm, meta, bases_in)?;
    if !winner.is(meta) {
        // A more derived metaclass with its own __new__ gets the call (type_new's "pass it to the winner").
        let own_new = as_type(&winner).slots.new.get().map(|f| f as usize);
        if own_new.is_some()
            && own_new
                != as_type(&vm.types.type_type)
                    .slots
                    .new
                    .get()
                    .map(|f| f as usize)
        {
            let new = vm.getattr_str(&winner, "__new__")?;
            let mut all: Vec<PyRef> = vec![winner.clone()];
            all.extend_from_slice(args.args);
            return vm.call(&new, CallArgs::new(&all, args.kwnames));
        }
    }
    let meta = winner;
    let bases: Vec<PyRef> = if bases_in.is_empty() {
        vec![vm.types.object_type.clone()]
    } else {
        bases_in.to_vec()
    };
    let base = best_base(vm, &bases)?;

    // The namespace is copied into a fresh dict.
    let dict = PyDict::new_ref(vm);
    let d = dict.downcast_ref::<PyDict>().unwrap();
    for (k, v) in ns_dict.items() {
        d.set_item(vm, k, v)?;
    }
    let qualname = match d.pop_item(vm, &vm.intern("__qualname__"))? {
        Some(q) => {
            if q.downcast_ref::<PyStr>().is_none() {
                return Err(vm.new_type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    super::typeobject::class_name(&q)
                )));
            }
            vm.str_string(&q)?
        }
        None => name_s.to_string_lossy().into_owned(),
    };
    if d.get_rust_str(vm, "__module__").is_none() {
        if let Some(frame) = vm.ts.frames.borrow().last() {
            let g = frame.downcast_ref::<Frame>().unwrap().globals();
            if let Some(m) = g
                .downcast_ref::<PyDict>()
                .and_then(|g| g.get_rust_str(vm, "__name__"))
            {
                d.set_str(vm, "__module__", m);
            }
        }
    }
    if d.get_rust_str(vm, "__doc__").is_none() {
        d.set_str(vm, "__doc__", vm.none.clone());
    }
    // `__eq__` without `__hash__` makes instances unhashable.
    if d.get_rust_str(vm, "__eq__").is_some() && d.get_rust_str(vm, "__hash__").is_none() {
        d.set_str(vm, "__hash__", vm.none.clone());
    }
    // Special methods that are implicitly static/class methods.
    for (n, wrap) in [
        ("__new__", &vm.types.staticmethod_type),
        ("__init_subclass__", &vm.types.classmethod_type),
        ("__class_getitem__", &vm.types.classmethod_type),
    ] {
        if let Some(f) = d.get_rust_str(vm, n) {
            if f.class().is(&vm.types.function_type) {
                let w = vm.call_positional(wrap, &[f])?;
                d.set_str(vm, n, w);
            }
        }
    }

    let base_t = as_type(&base);
    let mut flags = tpflags::HEAPTYPE | tpflags::BASETYPE | tpflags::HAVE_GC;
    // Instances get a weakref list unless a base has one, or the base's
    // instances are variable-sized (int, tuple, bytes), or __slots__ omits it.
    let base_weak = bases
        .iter()
        .any(|b| as_type(b).has_flag(tpflags::WEAKREFABLE));
    let may_add_weak = !base_weak
        && !base_t
            .has_flag(tpflags::LONG_SUBCLASS | tpflags::TUPLE_SUBCLASS | tpflags::BYTES_SUBCLASS);
    let mut add_weak = may_add_weak;
    flags |= base_t.flags.get()
        & (tpflags::LONG_SUBCLASS
            | tpflags::LIST_SUBCLASS
            | tpflags::TUPLE_SUBCLASS
            | tpflags::BYTES_SUBCLASS
            | tpflags::UNICODE_SUBCLASS
            | tpflags::DICT_SUBCLASS
            | tpflags::BASE_EXC_SUBCLASS
            | tpflags::TYPE_SUBCLASS
            | tpflags::SEQUENCE
            | tpflags::MAPPING
            | tpflags::MATCH_SELF);
    let t = PyType::new_payload(&name_s.to_string_lossy(), dict.clone(), flags, None);
    *t.qualname.borrow_mut() = qualname;

    // __slots__
    let mut slot_names: Vec<PyRef> = Vec::new();
    let mut add_dict = true;
    let inherited_slots: usize = bases
        .iter()
        .map(|b| as_type(b).slot_count.get())
        .max()
        .unwrap_or(0);
    if let Some(slots) = d.get_rust_str(vm, "__slots__") {
        let items = if slots.downcast_ref::<PyStr>().is_some() {
            vec![slots.clone()]
        } else {
            vm.collect(&slots)?
        };
        add_dict = bases.iter().any(|b| as_type(b).has_flag(tpflags::HAS_DICT));
        add_weak = false;
        if !items.is_empty()
            && base_t.has_flag(
                tpflags::LONG_SUBCLASS | tpflags::TUPLE_SUBCLASS | tpflags::BYTES_SUBCLASS,
            )
        {
            return Err(vm.new_type_error(format!(
                "nonempty __slots__ not supported for subtype of '{}'",
                base_t.name()
            )));
        }
        for s in items {
            let Some(ss) = s.downcast_ref::<PyStr>() else {
                return Err(vm.new_type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    super::typeobject::class_name(&s)
                )));
            };
            let n = ss.to_string_lossy();
            if n == "__dict__" {
                add_dict = true;
                continue;
            }
            if n == "__weakref__" {
                if !may_add_weak || add_weak {
                    return Err(vm.new_type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"));
                }
                add_weak = true;
                continue;
            }
            // Only the class body's own names conflict (not the `__doc__` = None added above).
            if ns_dict.get_str(vm, &s).is_some() {
                return Err(
                    vm.new_value_error(format!("'{n}' in __slots__ conflicts with class variable"))
                );
            }
            slot_names.push(vm.intern(&crate::compile::mangle(Some(&t.name()), &n)));
        }
    }
    if add_dict {
        t.set_flag(tpflags::HAS_DICT);
    }
    if add_weak || base_weak {
        t.set_flag(tpflags::WEAKREFABLE);
    }
    t.slot_count.set(inherited_slots + slot_names.len());
    *t.slot_names.borrow_mut() = slot_names.clone();

    let ty = PyRef::new(t, meta.clone());
    let t = as_type(&ty);
    *t.base.borrow_mut() = Some(base.clone());
    let mro = compute_mro(vm, &ty, &bases)?;
    *t.mro.borrow_mut() = mro;
    *t.bases.borrow_mut() = bases.clone();
    for b in &bases {
        as_type(b)
            .subclasses
            .borrow_mut()
            .push(t as *const PyType as usize);
    }
    t.slots.inherit_from(&base_t.slots);
    for (i, n) in slot_names.iter().enumerate() {
        let m = PyMemberDescriptor {
            name: n.clone(),
            owner: ty.clone(),
            index: inherited_slots + i,
        };
        d.set_item(
            vm,
            n.clone(),
            PyRef::new(m, vm.types.member_descriptor_type.clone()),
        )?;
    }
    if add_dict && !base_t.has_flag(tpflags::HAS_DICT) && d.get_rust_str(vm, "__dict__").is_none() {
        d.set_str(
            vm,
            "__dict__",
            super::typeobject_attrs::instance_dict_descriptor(vm, &ty),
        );
    }
    if add_weak && d.get_rust_str(vm, "__weakref__").is_none() {
        d.set_str(
            vm,
            "__weakref__",
            super::weakrefobject::weakref_descriptor(vm, &ty),
        );
    }
    super::typeslots::update_slots(vm, &ty);

    // __classcell__
    if let Some(cell) = d.pop_item(vm, &vm.intern("__classcell__"))? {
        match cell.downcast_ref::<PyCell>() {
            Some(c) => *c.contents.borrow_mut() = Some(ty.clone()),
            None => {
                return Err(vm.new_type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    super::typeobject::class_name(&cell)
                )))
            }
        }
    }

    // __set_name__
    for (k, v) in d.items() {
        if let Some(set_name) = vm.lookup_special(&v, "__set_name__")? {
            if let Err(e) = vm.call_positional(&set_name, &[ty.clone(), k.clone()]) {
                // 3.11 wraps the error, keeping it as the cause.
                let wrapped = vm.new_runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    super::typeobject::class_name(&v),
                    vm.repr_string(&k)?,
                    as_type(&ty).name()
                ));
                if let Some(x) = super::exceptions::as_exception(&wrapped.0) {
                    *x.cause.borrow_mut() = Some(e.0.clone());
                    *x.context.borrow_mut() = Some(e.0.clone());
                    x.suppress_context.set(true);
                }
                return Err(wrapped);
            }
        }
    }

    super::typeobject::modified(&ty);
    // super().__init_subclass__(**kwargs)
    let sup = vm.call_positional(&vm.types.super_type, &[ty.clone(), ty.clone()])?;
    let init_sub = vm.getattr_str(&sup, "__init_subclass__")?;
    vm.call(&init_sub, CallArgs::new(args.kw_values(), args.kwnames))?;
    Ok(ty)
}

/// `builtins.__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.new_type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    let Some(f) = func.downcast_ref::<PyFunction>() else {
        return Err(vm.new_type_error("__build_class__: func must be a function"));
    };
    let name = pos[1].clone();
    if name.downcast_ref::<PyStr>().is_none() {
        return Err(vm.new_type_error("__build_class__: name is not a string"));
    }
    let orig_bases = pos[2..].to_vec();
    let bases = resolve_bases(vm, &orig_bases)?;
    let mut meta: Option<PyRef> = None;
    let mut kw_names: Vec<PyRef> = Vec::new();
    let mut kw_values: Vec<PyRef> = Vec::new();
    for (k, v) in args.kwargs() {
        if k.downcast_ref::<PyStr>()
            .is_some_and(|s| s.eq_rust("metaclass"))
        {
            meta = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_values.push(v.clone());
        }
    }
    let is_class = meta
        .as_ref()
        .is_none_or(|m| m.downcast_ref::<PyType>().is_some());
    let meta = match meta {
        Some(m) if is_class => calculate_metaclass(vm, &m, &bases)?,
        Some(m) => m,
        None => match bases.first() {
            Some(b) => calculate_metaclass(vm, b.class(), &bases)?,
            None => vm.types.type_type.clone(),
        },
    };
    let bases_t = new_tuple(vm, bases.clone());
    let ns = match vm.getattr_opt(&meta, &vm.intern("__prepare__"))? {
        Some(prep) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kw_values.iter().cloned());
            vm.call(&prep, CallArgs::new(&a, &kw_names))?
        }
        None => PyDict::new_ref(vm),
    };
    if !super::typeobject::as_type(ns.class())
        .slots
        .getitem
        .get()
        .is_some()
    {
        return Err(vm.new_type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            if is_class {
                as_type(&meta).name()
            } else {
                "<metaclass>".into()
            },
            super::typeobject::class_name(&ns)
        )));
    }
    let code = f.code.borrow().clone();
    let closure = f.closure.as_ref().and_then(|c| tuple_items(c));
    let frame = Frame::new_with_locals(vm, code, f.globals.clone(), Some(ns.clone()), closure);
    vm.enter_call()?;
    let r = run_frame(vm, &frame, Resume::Start);
    vm.leave_call();
    let cell = match r? {
        FrameExit::Return(v) => v,
        FrameExit::Yield(_) => return Err(vm.new_system_error("class body yielded")),
    };
    if !orig_bases.iter().zip(bases.iter()).all(|(a, b)| a.is(b)) || orig_bases.len() != bases.len()
    {
        vm.setitem(
            &ns,
            vm.intern("__orig_bases__"),
            new_tuple(vm, orig_bases.clone()),
        )?;
    }
    let mut a = vec![name, bases_t, ns];
    a.extend(kw_values);
    let cls = vm.call(&meta, CallArgs::new(&a, &kw_names))?;
    if let Some(c) = cell.downcast_ref::<PyCell>() {
        let cur = c.contents.borrow().clone();
        if cur.as_ref().is_none_or(|v| !v.is(&cls)) && cls.downcast_ref::<PyType>().is_some() {
            match cur {
                None => {
                    return Err(vm.new_runtime_error(format!(
                        "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                        vm.repr_string(&a_name(vm, &cls))?,
                        vm.repr_string(&cls)?
                    )))
                }
                Some(_) => {
                    return Err(vm.new_type_error(format!(
                        "__class__ set to {} defining {} as {}",
                        vm.repr_string(&c.contents.borrow().clone().unwrap())?,
                        vm.repr_string(&a_name(vm, &cls))?,
                        vm.repr_string(&cls)?
                    )))
                }
            }
        }
    }
    Ok(cls)
}

fn a_name(vm: &Vm, cls: &PyRef) -> PyRef {
    vm.getattr_str(cls, "__name__")
        .unwrap_or_else(|_| vm.none.clone())
}

/// PEP 560: replaces non-class bases that define `__mro_entries__`.
fn resolve_bases(vm: &Vm, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    let mut out = Vec::with_capacity(bases.len());
    let bt = new_tuple(vm, bases.to_vec());
    for b in bases {
        if b.downcast_ref::<PyType>().is_some() {
            out.push(b.clone());
            continue;
        }
        match vm.getattr_opt(b, &vm.intern("__mro_entries__"))? {
            Some(me) => {
                let r = vm.call_positional(&me, std::slice::from_ref(&bt))?;
                let Some(items) = tuple_items(&r) else {
                    return Err(vm.new_type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(items.iter().cloned());
            }
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}
