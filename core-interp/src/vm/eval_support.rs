//! The parts of instructions too large for the dispatch loop: name lookup,
//! method loading, unpacking, calls with `*args`/`**kwargs`, function
//! creation, raising and exception matching, `with`, imports, pattern
//! matching, f-string formatting, and the fast paths for common operand types.

use super::frame::Frame;
use super::{CallArgs, PyErr, PyResult, Vm};
use crate::objects::codeobject::PyCode;
use crate::objects::dictobject::PyDict;
use crate::objects::exceptions::as_exception;
use crate::objects::funcobject::PyFunction;
use crate::objects::listobject::as_list;
use crate::objects::longobject::{new_int, PyInt};
use crate::objects::object::PyRef;
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::{as_type, class_name, is_subtype};
use crate::objects::unicodeobject::PyStr;
use std::cell::RefCell;

fn name_str(name: &PyRef) -> String {
    name.downcast_ref::<PyStr>()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub fn unbound_local(vm: &Vm, code: &PyCode, idx: u32) -> PyErr {
    vm.new_unbound_local_error(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        name_str(&code.varnames[idx as usize])
    ))
}

pub fn unbound_deref(vm: &Vm, code: &PyCode, idx: u32) -> PyErr {
    let name = name_str(&code.cell_names[idx as usize]);
    if (idx as usize) < code.code.cellvars.len() {
        vm.new_unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    } else {
        vm.new_name_error(format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    }
}

pub fn name_error(vm: &Vm, name: &PyRef) -> PyErr {
    let e = vm.new_name_error(format!("name '{}' is not defined", name_str(name)));
    let _ = vm.setattr_str(e.value(), "name", name.clone());
    e
}

/// Reads `name` from a mapping (dict fast path); `Ok(None)` if absent.
pub fn mapping_get(vm: &Vm, mapping: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    if let Some(d) = mapping.downcast_ref::<PyDict>() {
        if mapping.class().is(&vm.types.dict_type) {
            return d.get_item(vm, name);
        }
    }
    match vm.getitem(mapping, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&vm.exceptions.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn mapping_set(vm: &Vm, mapping: &PyRef, name: PyRef, v: PyRef) -> PyResult<()> {
    if let Some(d) = mapping.downcast_ref::<PyDict>() {
        if mapping.class().is(&vm.types.dict_type) {
            return d.set_item(vm, name, v);
        }
    }
    vm.setitem(mapping, name, v)
}

pub fn load_name(vm: &Vm, frame: &Frame, name: &PyRef) -> PyResult {
    if let Some(l) = frame.locals.borrow().clone() {
        if let Some(v) = mapping_get(vm, &l, name)? {
            return Ok(v);
        }
    }
    load_global(vm, frame, name)
}

pub fn load_global(vm: &Vm, frame: &Frame, name: &PyRef) -> PyResult {
    if let Some(v) = mapping_get(vm, frame.globals(), name)? {
        return Ok(v);
    }
    match mapping_get(vm, frame.builtins(), name)? {
        Some(v) => Ok(v),
        None => Err(name_error(vm, name)),
    }
}

/// `LoadGlobal` through the instruction's cache (exact dicts only).
#[inline]
pub fn load_global_cached(vm: &Vm, frame: &Frame, code: &PyCode, at: usize, arg: u32) -> PyResult {
    let (Some(g), Some(b)) = (
        frame.globals().downcast_ref::<PyDict>(),
        frame.builtins().downcast_ref::<PyDict>(),
    ) else {
        return load_global(vm, frame, &code.names[arg as usize]);
    };
    let slot = &code.global_cache[at];
    if let Some(e) = slot.borrow().as_ref() {
        if e.globals_version == g.version.get() && e.builtins_version == b.version.get() {
            return Ok(e.value.clone());
        }
    }
    let v = load_global(vm, frame, &code.names[arg as usize])?;
    if g.version.get() != 0 && b.version.get() != 0 {
        *slot.borrow_mut() = Some(crate::objects::codeobject::GlobalCacheEntry {
            globals_version: g.version.get(),
            builtins_version: b.version.get(),
            value: v.clone(),
        });
    }
    Ok(v)
}

pub fn load_builtin(vm: &Vm, frame: &Frame, name: &str) -> PyResult {
    let key = vm.intern(name);
    match mapping_get(vm, frame.builtins(), &key)? {
        Some(v) => Ok(v),
        None => Err(vm.new_name_error(format!("{name} not found"))),
    }
}

/// `LoadMethod`: `[func, obj]` when the attribute is a plain function or
/// method descriptor on the type and not shadowed, else `[NULL, attr]`.
pub fn load_method(vm: &Vm, obj: PyRef, name: &PyRef) -> PyResult<(PyRef, PyRef)> {
    let ty = obj.class();
    let t = as_type(ty);
    let generic = t
        .slots
        .getattro
        .get()
        .is_none_or(|f| f as usize == crate::vm::attr::generic_getattr as *const () as usize);
    if generic {
        if let Some(descr) = t.lookup(vm, name) {
            let dt = descr.class();
            if dt.is(&vm.types.function_type)
                || dt.is(&vm.types.method_descriptor_type)
                || as_type(dt).has_flag(crate::objects::typeobject::tpflags::METHOD_DESCRIPTOR)
            {
                let shadowed = obj.dict().is_some_and(|d| {
                    d.downcast_ref::<PyDict>()
                        .is_some_and(|d| d.get_str(vm, name).is_some())
                });
                if !shadowed {
                    return Ok((descr, obj));
                }
            }
        }
    }
    let attr = vm.getattr(&obj, name)?;
    Ok((vm.stack_null.clone(), attr))
}

/// Truth with fast paths for bool, None, int.
#[inline]
pub fn truth(vm: &Vm, v: &PyRef) -> PyResult<bool> {
    if v.is(&vm.true_) {
        return Ok(true);
    }
    if v.is(&vm.false_) || v.is(&vm.none) {
        return Ok(false);
    }
    vm.is_true(v)
}

/// `obj[key]` with fast paths for lists and tuples indexed by small ints.
pub fn subscr(vm: &Vm, obj: &PyRef, key: &PyRef) -> PyResult {
    if let Some(i) = key.downcast_ref::<PyInt>().and_then(|i| i.value.as_i64()) {
        if obj.class().is(&vm.types.list_type) {
            let items = as_list(obj).unwrap().items.borrow();
            let n = items.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                return Ok(items[j as usize].clone());
            }
        } else if obj.class().is(&vm.types.tuple_type) {
            let items = tuple_items(obj).unwrap();
            let n = items.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                return Ok(items[j as usize].clone());
            }
        }
    }
    vm.getitem(obj, key)
}

/// `obj[key] = v` for an exact list and an in-range small int; gives `v` back otherwise.
#[inline]
pub fn fast_store_subscr(vm: &Vm, obj: &PyRef, key: &PyRef, v: PyRef) -> Result<(), PyRef> {
    if !obj.class().is(&vm.types.list_type) {
        return Err(v);
    }
    let Some(i) = key.downcast_ref::<PyInt>().and_then(|i| i.value.as_i64()) else {
        return Err(v);
    };
    let mut items = as_list(obj).unwrap().items.borrow_mut();
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(v);
    }
    let old = std::mem::replace(&mut items[j as usize], v);
    drop(items);
    drop(old);
    Ok(())
}

/// The next item of list and range iterators without slot dispatch;
/// `None` means "take the general path".
#[inline]
pub fn fast_next(vm: &Vm, it: &PyRef) -> Option<Option<PyRef>> {
    let t = it.class();
    if t.is(&vm.types.range_iterator_type) {
        let r = it.downcast_ref::<crate::objects::rangeobject::PyRangeIterator>()?;
        let n = r.remaining.get();
        if n == 0 {
            return Some(None);
        }
        r.remaining.set(n - 1);
        let v = r.next.get();
        r.next.set(v.wrapping_add(r.step));
        return Some(Some(new_int(vm, v)));
    }
    if t.is(&vm.types.list_iterator_type) {
        let li = it.downcast_ref::<crate::objects::listobject::PyListIterator>()?;
        if li.reverse {
            return None;
        }
        let list = li.list.borrow();
        let l = list.as_ref()?;
        let items = as_list(l)?.items.borrow();
        let i = li.index.get();
        if i < items.len() {
            li.index.set(i + 1);
            return Some(Some(items[i].clone()));
        }
        return None;
    }
    None
}

/// Periodic check at loop back-edges (signals, thread switches).
#[inline]
pub fn check_signals(vm: &Vm) -> PyResult<()> {
    crate::vm::gil::check_eval_breaker(vm)
}

pub fn concat_strings(vm: &Vm, parts: &[PyRef]) -> PyRef {
    if parts
        .iter()
        .all(|p| p.downcast_ref::<PyStr>().is_some_and(|s| s.is_ascii()))
    {
        let mut s = String::new();
        for p in parts {
            s.push_str(p.downcast_ref::<PyStr>().unwrap().as_ascii().unwrap());
        }
        return crate::objects::unicodeobject::new_str_object(vm, &s);
    }
    let mut cps: Vec<u32> = Vec::new();
    for p in parts {
        if let Some(s) = p.downcast_ref::<PyStr>() {
            cps.extend(s.code_points());
        }
    }
    PyRef::new(PyStr::from_code_points(&cps), vm.types.str_type.clone())
}

pub fn list_extend(vm: &Vm, list: &PyRef, iterable: &PyRef) -> PyResult<()> {
    let items = match vm.collect(iterable) {
        Ok(i) => i,
        Err(e)
            if e.matches(&vm.exceptions.type_error)
                && as_type(iterable.class()).slots.iter.get().is_none()
                && as_type(iterable.class()).slots.getitem.get().is_none() =>
        {
            return Err(vm.new_type_error(format!(
                "Value after * must be an iterable, not {}",
                class_name(iterable)
            )));
        }
        Err(e) => return Err(e),
    };
    as_list(list)
        .expect("list")
        .items
        .borrow_mut()
        .extend(items);
    Ok(())
}

/// `{**m}` (func None) or `f(**m)` (duplicate keys are a TypeError naming func).
pub fn dict_update(vm: &Vm, d: &PyRef, m: &PyRef, func: Option<&PyRef>) -> PyResult<()> {
    let dict = d.downcast_ref::<PyDict>().expect("dict");
    let items: Vec<(PyRef, PyRef)> = if let Some(src) = m
        .downcast_ref::<PyDict>()
        .filter(|_| crate::objects::dictobject::merges_from_storage(vm, m))
    {
        src.items()
    } else {
        let Some(keys_m) = vm.getattr_opt(m, &vm.intern("keys"))? else {
            return Err(match func {
                Some(f) => vm.new_type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    func_desc(vm, f),
                    class_name(m)
                )),
                None => vm.new_type_error(format!("'{}' object is not a mapping", class_name(m))),
            });
        };
        let keys = vm.call_positional(&keys_m, &[])?;
        let mut out = Vec::new();
        for k in vm.collect(&keys)? {
            let v = vm.getitem(m, &k)?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in items {
        if let Some(f) = func {
            if k.downcast_ref::<PyStr>().is_none() {
                return Err(vm.new_type_error("keywords must be strings"));
            }
            if dict.contains(vm, &k)? {
                return Err(vm.new_type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    func_desc(vm, f),
                    name_str(&k)
                )));
            }
        }
        dict.set_item(vm, k, v)?;
    }
    Ok(())
}

/// `qualname()` as CPython's `_PyObject_FunctionStr` prints callables.
pub fn func_desc(vm: &Vm, f: &PyRef) -> String {
    let q = vm.getattr_opt(f, &vm.intern("__qualname__")).ok().flatten();
    match q {
        Some(q) => {
            let m = vm.getattr_opt(f, &vm.intern("__module__")).ok().flatten();
            match m.filter(|m| {
                m.downcast_ref::<PyStr>()
                    .is_some_and(|s| !s.eq_rust("builtins"))
            }) {
                Some(m) => format!("{}.{}()", name_str(&m), name_str(&q)),
                None => format!("{}()", name_str(&q)),
            }
        }
        None => format!("{} object", class_name(f)),
    }
}

pub fn unpack(vm: &Vm, seq: &PyRef, n: usize) -> PyResult<Vec<PyRef>> {
    if let Some(items) = tuple_items(seq).filter(|_| seq.class().is(&vm.types.tuple_type)) {
        if items.len() == n {
            return Ok(items.to_vec());
        }
    }
    if seq.class().is(&vm.types.list_type) {
        let items = as_list(seq).unwrap().items.borrow();
        if items.len() == n {
            return Ok(items.clone());
        }
    }
    let it = match vm.get_iter(seq) {
        Ok(it) => it,
        Err(e) if e.matches(&vm.exceptions.type_error) => {
            return Err(vm.new_type_error(format!(
                "cannot unpack non-iterable {} object",
                class_name(seq)
            )));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match vm.next(&it)? {
            Some(v) => out.push(v),
            None => {
                return Err(vm.new_value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    out.len()
                )))
            }
        }
    }
    if vm.next(&it)?.is_some() {
        return Err(vm.new_value_error(format!("too many values to unpack (expected {n})")));
    }
    Ok(out)
}

pub fn unpack_ex(vm: &Vm, seq: &PyRef, before: usize, after: usize) -> PyResult<Vec<PyRef>> {
    let all = match vm.collect(seq) {
        Ok(v) => v,
        Err(e)
            if e.matches(&vm.exceptions.type_error)
                && as_type(seq.class()).slots.iter.get().is_none() =>
        {
            return Err(vm.new_type_error(format!(
                "cannot unpack non-iterable {} object",
                class_name(seq)
            )));
        }
        Err(e) => return Err(e),
    };
    if all.len() < before + after {
        return Err(vm.new_value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            all.len()
        )));
    }
    let mut out = all[..before].to_vec();
    let mid = all[before..all.len() - after].to_vec();
    out.push(crate::objects::listobject::new_list(vm, mid));
    out.extend_from_slice(&all[all.len() - after..]);
    Ok(out)
}

pub fn call_ex(vm: &Vm, func: &PyRef, args: &PyRef, kwargs: Option<&PyRef>) -> PyResult {
    let mut v: Vec<PyRef> = match tuple_items(args) {
        Some(t) => t.to_vec(),
        None => match vm.collect(args) {
            Ok(v) => v,
            Err(e) if e.matches(&vm.exceptions.type_error) => {
                return Err(vm.new_type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    func_desc(vm, func),
                    class_name(args)
                )))
            }
            Err(e) => return Err(e),
        },
    };
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        let d = kw
            .downcast_ref::<PyDict>()
            .expect("CallEx kwargs is a dict");
        for (k, val) in d.items() {
            names.push(k);
            v.push(val);
        }
    }
    vm.call(func, CallArgs::new(&v, &names))
}

#[allow(clippy::too_many_arguments)]
pub fn make_function(
    vm: &Vm,
    frame: &Frame,
    code_obj: PyRef,
    defaults: Option<PyRef>,
    kwdefaults: Option<PyRef>,
    annotations: Option<PyRef>,
    closure: Option<PyRef>,
) -> PyResult {
    let c = code_obj
        .downcast_ref::<PyCode>()
        .expect("MakeFunction needs a code object");
    let name = vm.intern(&c.code.name);
    let qualname = vm.intern(&c.code.qualname);
    let doc = match &c.code.docstring {
        Some(d) => crate::objects::unicodeobject::new_str_object(vm, d),
        None => vm.none.clone(),
    };
    let module = mapping_get(vm, frame.globals(), &vm.intern("__name__"))?
        .unwrap_or_else(|| vm.none.clone());
    let annotations = match annotations {
        Some(a) => {
            let d = PyDict::new_ref(vm);
            let dd = d.downcast_ref::<PyDict>().unwrap();
            let items = tuple_items(&a).map(|t| t.to_vec()).unwrap_or_default();
            for pair in items.chunks(2) {
                if let [k, v] = pair {
                    dd.set_item(vm, k.clone(), v.clone())?;
                }
            }
            Some(d)
        }
        None => None,
    };
    let f = PyFunction {
        code: RefCell::new(code_obj.clone()),
        globals: frame.globals().clone(),
        builtins: frame.builtins().clone(),
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        annotations: RefCell::new(annotations),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        spare_frame: std::cell::Cell::new(None),
    };
    Ok(PyRef::new(f, vm.types.function_type.clone()))
}

/// Result of one `Send` step.
pub enum SendResult {
    Yielded(PyRef),
    Returned(PyRef),
}

thread_local! {
    /// The `value` of the StopIteration an iterator slot last turned into
    /// exhaustion (`Ok(None)`), for `send` (`yield from`/`await` on an
    /// iterator that is not a generator returns it).
    static STOP_VALUE: std::cell::RefCell<Option<PyRef>> = const { std::cell::RefCell::new(None) };
}

/// Records the value of the StopIteration an `iternext` slot swallowed.
pub fn stash_stop_value(vm: &Vm, e: &PyErr) {
    let v = stop_iteration_value(vm, e);
    STOP_VALUE.with(|s| *s.borrow_mut() = Some(v));
}

pub fn send(vm: &Vm, receiver: &PyRef, v: PyRef) -> PyResult<SendResult> {
    if let Some(g) = receiver.downcast_ref::<crate::objects::genobject::PyGenerator>() {
        return match crate::objects::genobject::gen_send_ex(vm, receiver, g, v)? {
            crate::vm::ceval::FrameExit::Yield(y) => Ok(SendResult::Yielded(y)),
            crate::vm::ceval::FrameExit::Return(r) => Ok(SendResult::Returned(r)),
        };
    }
    let r = if vm.is_none(&v) {
        STOP_VALUE.with(|s| s.borrow_mut().take());
        vm.next(receiver)
    } else {
        vm.call_method(receiver, "send", &[v]).map(Some)
    };
    match r {
        Ok(Some(y)) => Ok(SendResult::Yielded(y)),
        Ok(None) => Ok(SendResult::Returned(
            STOP_VALUE
                .with(|s| s.borrow_mut().take())
                .unwrap_or_else(|| vm.none.clone()),
        )),
        Err(e) if e.matches(&vm.exceptions.stop_iteration) => {
            Ok(SendResult::Returned(stop_iteration_value(vm, &e)))
        }
        Err(e) => Err(e),
    }
}

/// The `value` of a StopIteration.
pub fn stop_iteration_value(vm: &Vm, e: &PyErr) -> PyRef {
    as_exception(e.value())
        .and_then(|x| tuple_items(&x.args.borrow()).and_then(|a| a.first().cloned()))
        .unwrap_or_else(|| vm.none.clone())
}

pub fn get_yield_from_iter(vm: &Vm, frame: &Frame, o: PyRef) -> PyResult {
    if o.class().is(&vm.types.coroutine_type) {
        let flags = frame.pycode().code.flags;
        if flags
            & (crate::compile::bytecode::code_flags::COROUTINE
                | crate::compile::bytecode::code_flags::ITERABLE_COROUTINE)
            == 0
        {
            return Err(vm.new_type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            ));
        }
        return Ok(o);
    }
    if o.class().is(&vm.types.generator_type) {
        return Ok(o);
    }
    vm.get_iter(&o)
}

/// `GET_AWAITABLE`: `where_` is 1 after `__aenter__`, 2 after `__aexit__`,
/// which CPython names in the error for objects without `__await__`.
pub fn get_awaitable(vm: &Vm, o: PyRef, where_: u32) -> PyResult {
    let no_await = as_type(o.class()).slots.am_await.get().is_none();
    let name = class_name(&o);
    crate::objects::genobject::get_awaitable_iter(vm, o).map_err(|e| {
        if !no_await || !e.matches(&vm.exceptions.type_error) {
            return e;
        }
        match where_ {
            1 => vm.new_type_error(format!("'async with' received an object from __aenter__ that does not implement __await__: {name}")),
            2 => vm.new_type_error(format!("'async with' received an object from __aexit__ that does not implement __await__: {name}")),
            _ => e,
        }
    })
}

pub fn get_aiter(vm: &Vm, o: PyRef) -> PyResult {
    match as_type(o.class()).slots.am_aiter.get() {
        Some(f) => f(vm, &o),
        None => Err(vm.new_type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            class_name(&o)
        ))),
    }
}

pub fn get_anext(vm: &Vm, it: &PyRef) -> PyResult {
    let Some(f) = as_type(it.class()).slots.am_anext.get() else {
        return Err(vm.new_type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            class_name(it)
        )));
    };
    let aw = f(vm, it)?;
    let name = class_name(&aw);
    crate::objects::genobject::get_awaitable_iter(vm, aw).map_err(|e| {
        if !e.matches(&vm.exceptions.type_error) {
            return e;
        }
        let new = vm.new_type_error(format!(
            "'async for' received an invalid object from __anext__: {name}"
        ));
        if let Some(x) = crate::objects::exceptions::as_exception(new.value()) {
            *x.cause.borrow_mut() = Some(e.value().clone());
            *x.context.borrow_mut() = Some(e.value().clone());
            x.suppress_context.set(true);
        }
        new
    })
}

/// `raise exc from cause` / bare `raise`. Returns the error and whether it
/// is a re-raise (which adds no traceback entry).
pub fn do_raise(vm: &Vm, exc: Option<PyRef>, cause: Option<PyRef>) -> (PyErr, bool) {
    let Some(exc) = exc else {
        return match vm.ts.exc_info.borrow().clone() {
            Some(e) => (PyErr(e), true),
            None => (
                vm.new_runtime_error("No active exception to reraise"),
                false,
            ),
        };
    };
    let value = match make_exception(vm, exc) {
        Ok(v) => v,
        Err(e) => return (e, false),
    };
    if let Some(c) = cause {
        let cause_v = if vm.is_none(&c) {
            None
        } else {
            match make_exception(vm, c) {
                Ok(v) => Some(v),
                Err(e) => {
                    if e.matches(&vm.exceptions.type_error) {
                        return (
                            vm.new_type_error("exception causes must derive from BaseException"),
                            false,
                        );
                    }
                    return (e, false);
                }
            }
        };
        if let Some(x) = as_exception(&value) {
            *x.cause.borrow_mut() = cause_v;
            x.suppress_context.set(true);
        }
    }
    (PyErr(value), false)
}

/// An exception instance from a raised class or instance.
pub fn make_exception(vm: &Vm, exc: PyRef) -> PyResult {
    if exc
        .downcast_ref::<crate::objects::typeobject::PyType>()
        .is_some()
        && is_subtype(&exc, &vm.exceptions.base_exception)
    {
        let v = vm.call_positional(&exc, &[])?;
        if as_exception(&v).is_none() {
            return Err(vm.new_type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                vm.repr_string(&exc)?,
                class_name(&v)
            )));
        }
        return Ok(v);
    }
    if as_exception(&exc).is_some() {
        return Ok(exc);
    }
    Err(vm.new_type_error("exceptions must derive from BaseException"))
}

/// Sets `__context__` of a newly raised exception to the one being handled.
pub fn chain_context(vm: &Vm, err: &PyErr) {
    let Some(handled) = vm.ts.exc_info.borrow().clone() else {
        return;
    };
    if handled.is(err.value()) {
        return;
    }
    let Some(x) = as_exception(err.value()) else {
        return;
    };
    if x.context.borrow().is_some() {
        return;
    }
    // Break cycles: if err is already in handled's context chain, cut it
    // there. The chain may itself hold a cycle (`e.__context__ = e`): a
    // second pointer at half speed (Floyd's) stops the walk, as in CPython.
    let context_of = |o: &PyRef| as_exception(o).and_then(|e| e.context.borrow().clone());
    let mut o = handled.clone();
    let mut slow = handled.clone();
    let mut slow_turn = false;
    while let Some(n) = context_of(&o) {
        if n.is(err.value()) {
            *as_exception(&o).unwrap().context.borrow_mut() = None;
            break;
        }
        o = n;
        if o.is(&slow) {
            break;
        }
        if slow_turn {
            slow = context_of(&slow).unwrap_or_else(|| o.clone());
        }
        slow_turn = !slow_turn;
    }
    *x.context.borrow_mut() = Some(handled);
}

pub fn add_traceback(vm: &Vm, err: &PyErr, frame_ref: &PyRef, lasti: u32) {
    crate::objects::tracebackobject::add_entry(vm, err.value(), frame_ref, lasti);
}

fn check_except_type(vm: &Vm, ty: &PyRef, star: bool) -> PyResult<()> {
    let ok = |t: &PyRef| {
        t.downcast_ref::<crate::objects::typeobject::PyType>()
            .is_some()
            && is_subtype(t, &vm.exceptions.base_exception)
    };
    let valid = match tuple_items(ty) {
        Some(items) => items.iter().all(ok),
        None => ok(ty),
    };
    if !valid {
        return Err(vm.new_type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    if star {
        let is_eg = |t: &PyRef| is_subtype(t, &vm.exceptions.base_exception_group);
        let bad = match tuple_items(ty) {
            Some(items) => items.iter().any(is_eg),
            None => is_eg(ty),
        };
        if bad {
            return Err(vm.new_type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    Ok(())
}

pub fn check_exc_match(vm: &Vm, exc: &PyRef, ty: &PyRef) -> PyResult<bool> {
    check_except_type(vm, ty, false)?;
    vm.isinstance(exc, ty)
}

pub fn check_eg_match(vm: &Vm, exc: PyRef, ty: &PyRef) -> PyResult<(PyRef, PyRef)> {
    check_except_type(vm, ty, true)?;
    crate::objects::exceptions_group::exception_group_match(vm, exc, ty)
}

pub fn prep_reraise_star(vm: &Vm, orig: PyRef, raised: PyRef) -> PyResult {
    crate::objects::exceptions_group::prep_reraise_star(vm, orig, raised)
}

pub fn with_except_start(vm: &Vm, exit: &PyRef, exc: PyRef) -> PyResult {
    let tb = as_exception(&exc)
        .and_then(|e| e.traceback.borrow().clone())
        .unwrap_or_else(|| vm.none.clone());
    vm.call_positional(exit, &[exc.class().clone(), exc, tb])
}

pub fn before_with(vm: &Vm, mgr: &PyRef) -> PyResult<(PyRef, PyRef)> {
    let Some(enter) = vm.lookup_special(mgr, "__enter__")? else {
        return Err(vm.new_type_error(format!(
            "'{}' object does not support the context manager protocol",
            class_name(mgr)
        )));
    };
    let Some(exit) = vm.lookup_special(mgr, "__exit__")? else {
        return Err(vm.new_type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            class_name(mgr)
        )));
    };
    let r = vm.call_positional(&enter, &[])?;
    Ok((exit, r))
}

pub fn before_async_with(vm: &Vm, mgr: &PyRef) -> PyResult<(PyRef, PyRef)> {
    let Some(enter) = vm.lookup_special(mgr, "__aenter__")? else {
        return Err(vm.new_type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            class_name(mgr)
        )));
    };
    let Some(exit) = vm.lookup_special(mgr, "__aexit__")? else {
        return Err(vm.new_type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            class_name(mgr)
        )));
    };
    let r = vm.call_positional(&enter, &[])?;
    Ok((exit, r))
}

pub fn import_name(
    vm: &Vm,
    frame: &Frame,
    name: &PyRef,
    fromlist: PyRef,
    level: PyRef,
) -> PyResult {
    let import = load_builtin(vm, frame, "__import__")?;
    let locals = frame
        .locals
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none.clone());
    vm.call_positional(
        &import,
        &[
            name.clone(),
            frame.globals().clone(),
            locals,
            fromlist,
            level,
        ],
    )
}

pub fn import_from(vm: &Vm, module: &PyRef, name: &PyRef) -> PyResult {
    crate::vm::import::import_from(vm, module, name)
}

pub fn import_star(vm: &Vm, frame: &Frame, module: &PyRef) -> PyResult<()> {
    let locals = frame
        .locals
        .borrow()
        .clone()
        .ok_or_else(|| vm.new_system_error("no locals found during 'import *'"))?;
    let all = vm.getattr_opt(module, &vm.intern("__all__"))?;
    let (names, skip_private) = match all {
        Some(a) => (vm.collect(&a)?, false),
        None => {
            let d = vm.getattr_str(module, "__dict__")?;
            (vm.collect(&d)?, true)
        }
    };
    for n in names {
        if skip_private
            && n.downcast_ref::<PyStr>()
                .is_some_and(|s| s.code_points().next() == Some('_' as u32))
        {
            continue;
        }
        let v = vm.getattr(module, &n)?;
        mapping_set(vm, &locals, n, v)?;
    }
    Ok(())
}

pub fn setup_annotations(vm: &Vm, frame: &Frame) -> PyResult<()> {
    let locals = frame
        .locals
        .borrow()
        .clone()
        .ok_or_else(|| vm.new_system_error("no locals found when setting up annotations"))?;
    let key = vm.intern("__annotations__");
    if mapping_get(vm, &locals, &key)?.is_none() {
        mapping_set(vm, &locals, key, PyDict::new_ref(vm))?;
    }
    Ok(())
}

pub fn print_expr(vm: &Vm, v: PyRef) -> PyResult<()> {
    let hook = crate::vm::import::sys_attr(vm, "displayhook")?;
    vm.call_positional(&hook, &[v])?;
    Ok(())
}

pub fn format_value(vm: &Vm, v: PyRef, conversion: u32, spec: Option<PyRef>) -> PyResult {
    let v = match conversion {
        1 => vm.str(&v)?,
        2 => vm.repr(&v)?,
        3 => crate::modules::bltinmodule::ascii_of(vm, &v)?,
        _ => v,
    };
    if spec.is_none() && v.class().is(&vm.types.str_type) {
        return Ok(v);
    }
    let spec = spec.unwrap_or_else(|| vm.empty_str.clone());
    crate::modules::bltinmodule::format_object(vm, &v, &spec)
}

pub fn match_mapping(vm: &Vm, subject: &PyRef) -> bool {
    as_type(subject.class()).has_flag(crate::objects::typeobject::tpflags::MAPPING)
        || subject.downcast_ref::<PyDict>().is_some() && !subject.class().is(&vm.types.type_type)
}

pub fn match_sequence(vm: &Vm, subject: &PyRef) -> bool {
    let t = as_type(subject.class());
    if t.has_flag(crate::objects::typeobject::tpflags::SEQUENCE) {
        return true;
    }
    let _ = vm;
    false
}

pub fn match_keys(vm: &Vm, subject: &PyRef, keys: &PyRef) -> PyResult {
    let keys = tuple_items(keys).expect("match keys tuple").to_vec();
    if keys.is_empty() {
        return Ok(new_tuple(vm, vec![]));
    }
    let get = vm.getattr_str(subject, "get")?;
    let dummy = crate::objects::object::PyRef::new(
        crate::objects::objectobject::PyBaseObject::default(),
        vm.types.object_type.clone(),
    );
    let mut values = Vec::new();
    for (i, k) in keys.iter().enumerate() {
        if keys[..i].iter().any(|p| vm.eq(p, k).unwrap_or(false)) {
            return Err(vm.new_value_error(format!(
                "mapping pattern checks duplicate key ({})",
                vm.repr_string(k)?
            )));
        }
        let v = vm.call_positional(&get, &[k.clone(), dummy.clone()])?;
        if v.is(&dummy) {
            return Ok(vm.none.clone());
        }
        values.push(v);
    }
    Ok(new_tuple(vm, values))
}

pub fn copy_dict_without_keys(vm: &Vm, subject: &PyRef, keys: &PyRef) -> PyResult {
    let d = PyDict::new_ref(vm);
    dict_update(vm, &d, subject, None)?;
    let dd = d.downcast_ref::<PyDict>().unwrap();
    for k in tuple_items(keys).expect("keys tuple") {
        dd.del_item(vm, k)?;
    }
    Ok(d)
}

pub fn match_class(vm: &Vm, subject: &PyRef, cls: &PyRef, nargs: usize, names: &PyRef) -> PyResult {
    if cls
        .downcast_ref::<crate::objects::typeobject::PyType>()
        .is_none()
    {
        return Err(vm.new_type_error("called match pattern must be a type"));
    }
    if !vm.isinstance(subject, cls)? {
        return Ok(vm.none.clone());
    }
    let mut attrs: Vec<PyRef> = Vec::new();
    let mut seen: Vec<PyRef> = Vec::new();
    let cls_name = as_type(cls).name();
    if nargs > 0 {
        let match_args = vm.getattr_opt(cls, &vm.intern("__match_args__"))?;
        let match_self = as_type(cls).has_flag(crate::objects::typeobject::tpflags::MATCH_SELF);
        match match_args {
            Some(ma) => {
                let Some(items) = tuple_items(&ma) else {
                    return Err(vm.new_type_error(format!(
                        "{cls_name}.__match_args__ must be a tuple (got {})",
                        class_name(&ma)
                    )));
                };
                if nargs > items.len() {
                    return Err(vm.new_type_error(format!(
                        "{cls_name}() accepts {} positional sub-pattern{} ({nargs} given)",
                        items.len(),
                        if items.len() == 1 { "" } else { "s" }
                    )));
                }
                for name in &items[..nargs] {
                    if name.downcast_ref::<PyStr>().is_none() {
                        return Err(vm.new_type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            class_name(name)
                        )));
                    }
                    match vm.getattr_opt(subject, name)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(vm.none.clone()),
                    }
                    seen.push(name.clone());
                }
            }
            None if match_self && nargs == 1 => attrs.push(subject.clone()),
            None => {
                return Err(vm.new_type_error(format!(
                    "{cls_name}() accepts {} positional sub-pattern{} ({nargs} given)",
                    if match_self { 1 } else { 0 },
                    if match_self { "" } else { "s" }
                )));
            }
        }
    }
    for name in tuple_items(names).expect("names tuple") {
        if seen.iter().any(|s| {
            s.downcast_ref::<PyStr>()
                .unwrap()
                .eq_str(name.downcast_ref::<PyStr>().unwrap())
        }) {
            return Err(vm.new_type_error(format!(
                "{cls_name}() got multiple sub-patterns for attribute {}",
                vm.repr_string(name)?
            )));
        }
        match vm.getattr_opt(subject, name)? {
            Some(v) => attrs.push(v),
            None => return Ok(vm.none.clone()),
        }
        seen.push(name.clone());
    }
    Ok(new_tuple(vm, attrs))
}
