//! `BaseExceptionGroup`/`ExceptionGroup`: construction checks, `message`,
//! `exceptions`, `split`, `subgroup`, `derive`, and the `except*` support
//! (matching a group by type and combining what the handlers re-raised).

use super::exceptions::as_exception;
use super::object::PyRef;
use super::tupleobject::{new_tuple, tuple_items};
use super::typeobject::{as_type, class_name, is_subtype};
use crate::vm::{CallArgs, PyResult, Vm};

fn args_of(o: &PyRef) -> Vec<PyRef> {
    as_exception(o)
        .map(|x| {
            tuple_items(&x.args.borrow())
                .map(|t| t.to_vec())
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

fn message(vm: &Vm, o: &PyRef) -> PyRef {
    args_of(o)
        .first()
        .cloned()
        .unwrap_or_else(|| vm.empty_str.clone())
}

/// The sub-exceptions of an exception group.
pub fn excs(o: &PyRef) -> Vec<PyRef> {
    args_of(o)
        .get(1)
        .and_then(|t| {
            tuple_items(t)
                .map(|t| t.to_vec())
                .or_else(|| super::listobject::as_list(t).map(|_| super::listobject::list_items(t)))
        })
        .unwrap_or_default()
}

fn eg_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, &as_type(cls).name())?;
    let a = args.positional();
    if a.len() != 2 {
        return Err(vm.new_type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            a.len()
        )));
    }
    if a[0].downcast_ref::<super::unicodeobject::PyStr>().is_none() {
        return Err(vm.new_type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            class_name(&a[0])
        )));
    }
    let items = vm
        .collect(&a[1])
        .map_err(|_| vm.new_type_error("second argument (exceptions) must be a sequence"))?;
    if items.is_empty() {
        return Err(vm.new_value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, e) in items.iter().enumerate() {
        if as_exception(e).is_none() {
            return Err(vm.new_value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !is_subtype(e.class(), &vm.exceptions.exception) {
            all_exceptions = false;
        }
    }
    let mut cls = cls.clone();
    if cls.is(&vm.exceptions.base_exception_group) && all_exceptions {
        cls = vm.exceptions.exception_group.clone();
    } else if is_subtype(&cls, &vm.exceptions.exception) && !all_exceptions {
        return Err(
            vm.new_type_error(if cls.is(&vm.exceptions.exception_group) {
                "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
            } else {
                format!("Cannot nest BaseExceptions in '{}'", as_type(&cls).name())
            }),
        );
    }
    // `args` keeps the sequence as given (its repr shows it); other
    // sequences are stored as a tuple.
    let seq = if tuple_items(&a[1]).is_some() || super::listobject::as_list(&a[1]).is_some() {
        a[1].clone()
    } else {
        new_tuple(vm, items)
    };
    Ok(super::exceptions::PyBaseException::new_instance(
        vm,
        &cls,
        vec![a[0].clone(), seq],
    ))
}

fn eg_str(vm: &Vm, o: &PyRef) -> PyResult {
    let n = excs(o).len();
    let m = vm.str_string(&message(vm, o))?;
    Ok(super::unicodeobject::new_str_object(
        vm,
        &format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" }),
    ))
}

fn eg_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let seq = args_of(o)
        .get(1)
        .cloned()
        .unwrap_or_else(|| new_tuple(vm, Vec::new()));
    Ok(super::unicodeobject::new_str_object(
        vm,
        &format!(
            "{}({}, {})",
            class_name(o),
            vm.repr_string(&message(vm, o))?,
            vm.repr_string(&seq)?
        ),
    ))
}

/// Checks a `split`/`subgroup` condition: an exception type, a tuple of
/// them, or a predicate (any other callable that is not a type).
fn check_matcher(vm: &Vm, cond: &PyRef) -> PyResult<()> {
    let is_exc_type = |t: &PyRef| {
        t.downcast_ref::<super::typeobject::PyType>().is_some()
            && is_subtype(t, &vm.exceptions.base_exception)
    };
    let is_type = cond.downcast_ref::<super::typeobject::PyType>().is_some();
    let ok = (!is_type && as_type(cond.class()).slots.call.get().is_some())
        || is_exc_type(cond)
        || tuple_items(cond).is_some_and(|items| items.iter().all(is_exc_type));
    if ok {
        Ok(())
    } else {
        Err(vm.new_type_error("expected a function, exception type or tuple of exception types"))
    }
}

/// A matcher for `split`/`subgroup`: a type, a tuple of types, or a predicate.
fn matches(vm: &Vm, cond: &PyRef, e: &PyRef) -> PyResult<bool> {
    if cond.downcast_ref::<super::typeobject::PyType>().is_some() || tuple_items(cond).is_some() {
        return vm.isinstance(e, cond);
    }
    let r = vm.call_positional(cond, std::slice::from_ref(e))?;
    vm.is_true(&r)
}

fn derive_with(vm: &Vm, eg: &PyRef, items: Vec<PyRef>) -> PyResult {
    let new = vm.call_method(eg, "derive", &[super::listobject::new_list(vm, items)])?;
    if let (Some(src), Some(dst)) = (as_exception(eg), as_exception(&new)) {
        *dst.traceback.borrow_mut() = src.traceback.borrow().clone();
        *dst.cause.borrow_mut() = src.cause.borrow().clone();
        *dst.context.borrow_mut() = src.context.borrow().clone();
    }
    if let Some(notes) = vm.getattr_opt(eg, &vm.intern("__notes__"))? {
        // The parts get independent copies of the notes list.
        let copy = super::listobject::new_list(vm, vm.collect(&notes)?);
        vm.setattr_str(&new, "__notes__", copy)?;
    }
    Ok(new)
}

/// Splits `eg` into (matching, rest), either possibly None.
fn split_impl(vm: &Vm, eg: &PyRef, cond: &PyRef) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    split_by(vm, eg, &|e| matches(vm, cond, e))
}

fn split_by(
    vm: &Vm,
    eg: &PyRef,
    is_match: &dyn Fn(&PyRef) -> PyResult<bool>,
) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    if is_match(eg)? {
        return Ok((Some(eg.clone()), None));
    }
    let mut yes = Vec::new();
    let mut no = Vec::new();
    for e in excs(eg) {
        if is_subtype(e.class(), &vm.exceptions.base_exception_group) {
            let (m, r) = split_by(vm, &e, is_match)?;
            yes.extend(m);
            no.extend(r);
        } else if is_match(&e)? {
            yes.push(e);
        } else {
            no.push(e);
        }
    }
    let m = if yes.is_empty() {
        None
    } else {
        Some(derive_with(vm, eg, yes)?)
    };
    let r = if no.is_empty() {
        None
    } else {
        Some(derive_with(vm, eg, no)?)
    };
    Ok((m, r))
}

/// The ids of the non-group exceptions inside `e` (or of `e` itself).
fn leaf_ids(vm: &Vm, e: &PyRef, out: &mut std::collections::HashSet<usize>) {
    if is_subtype(e.class(), &vm.exceptions.base_exception_group) {
        for x in excs(e) {
            leaf_ids(vm, &x, out);
        }
    } else {
        out.insert(e.id());
    }
}

/// Whether `e` is `orig` (or a part split from it) re-raised: the same
/// traceback, cause and context objects, as CPython compares them.
fn same_metadata(e: &PyRef, orig: &PyRef) -> bool {
    let (Some(a), Some(b)) = (as_exception(e), as_exception(orig)) else {
        return false;
    };
    let same = |x: &Option<PyRef>, y: &Option<PyRef>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    same(&a.traceback.borrow(), &b.traceback.borrow())
        && same(&a.cause.borrow(), &b.cause.borrow())
        && same(&a.context.borrow(), &b.context.borrow())
}

fn split(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "split", 2, 2)?;
    check_matcher(vm, &a[1])?;
    let (m, r) = split_impl(vm, &a[0], &a[1])?;
    let none = vm.none.clone();
    Ok(new_tuple(
        vm,
        vec![m.unwrap_or_else(|| none.clone()), r.unwrap_or(none)],
    ))
}

fn subgroup(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "subgroup", 2, 2)?;
    check_matcher(vm, &a[1])?;
    let (m, _) = split_impl(vm, &a[0], &a[1])?;
    Ok(m.unwrap_or_else(|| vm.none.clone()))
}

fn derive(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "derive", 2, 2)?;
    let msg = message(vm, &a[0]);
    vm.call_positional(&vm.exceptions.base_exception_group, &[msg, a[1].clone()])
}

/// `except* T` on `exc`: returns `(rest, matched)`; `matched` is None when nothing matched.
pub fn exception_group_match(vm: &Vm, exc: PyRef, ty: &PyRef) -> PyResult<(PyRef, PyRef)> {
    if vm.is_none(&exc) {
        return Ok((vm.none.clone(), vm.none.clone()));
    }
    if vm.isinstance(&exc, ty)? && !is_subtype(exc.class(), &vm.exceptions.base_exception_group) {
        // A naked exception matches by being wrapped in a new group.
        let wrapped = vm.call_positional(
            &vm.exceptions.base_exception_group,
            &[vm.empty_str.clone(), new_tuple(vm, vec![exc])],
        )?;
        return Ok((vm.none.clone(), wrapped));
    }
    if is_subtype(exc.class(), &vm.exceptions.base_exception_group) {
        let (m, r) = split_impl(vm, &exc, ty)?;
        let none = vm.none.clone();
        return Ok((r.unwrap_or_else(|| none.clone()), m.unwrap_or(none)));
    }
    Ok((exc, vm.none.clone()))
}

/// Combines the exceptions raised by `except*` handlers with the unhandled
/// rest: re-raised parts of `orig` are projected back onto `orig`'s
/// structure; new exceptions are grouped with them.
pub fn prep_reraise_star(vm: &Vm, orig: PyRef, raised: PyRef) -> PyResult {
    let items: Vec<PyRef> = vm
        .collect(&raised)?
        .into_iter()
        .filter(|e| !vm.is_none(e))
        .collect();
    if items.is_empty() {
        return Ok(vm.none.clone());
    }
    if !is_subtype(orig.class(), &vm.exceptions.base_exception_group) {
        return Ok(items[0].clone());
    }
    let (reraised, mut new): (Vec<PyRef>, Vec<PyRef>) =
        items.into_iter().partition(|e| same_metadata(e, &orig));
    let mut keep = std::collections::HashSet::new();
    for e in &reraised {
        leaf_ids(vm, e, &mut keep);
    }
    let projected = if keep.is_empty() {
        None
    } else {
        split_by(vm, &orig, &|e| Ok(keep.contains(&e.id())))?.0
    };
    if new.is_empty() {
        return Ok(projected.unwrap_or_else(|| vm.none.clone()));
    }
    new.extend(projected);
    if new.len() == 1 {
        return Ok(new.remove(0));
    }
    vm.call_positional(
        &vm.exceptions.base_exception_group,
        &[vm.empty_str.clone(), super::listobject::new_list(vm, new)],
    )
}

/// Installs the exception-group types' slots and methods.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, add_methods, GetSetDef};
    use super::methodobject::MethodDef;
    let t = &vm.exceptions.base_exception_group;
    let s = &as_type(t).slots;
    s.new.set(Some(eg_new));
    s.init.set(Some(|_, _, _| Ok(())));
    s.str.set(Some(eg_str));
    s.repr.set(Some(eg_repr));
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("message", |vm, o| Ok(message(vm, o))),
            GetSetDef::new("exceptions", |vm, o| Ok(new_tuple(vm, excs(o)))),
        ],
    );
    add_methods(
        vm,
        t,
        &[
            MethodDef::new("split", split),
            MethodDef::new("subgroup", subgroup),
            MethodDef::new("derive", derive),
        ],
    );
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    let egt = as_type(&vm.exceptions.exception_group);
    *egt.bases.borrow_mut() = vec![t.clone(), vm.exceptions.exception.clone()];
    *egt.mro.borrow_mut() = vec![
        vm.exceptions.exception_group.clone(),
        t.clone(),
        vm.exceptions.exception.clone(),
        vm.exceptions.base_exception.clone(),
        vm.types.object_type.clone(),
    ];
    let eg = &egt.slots;
    eg.new.set(Some(eg_new));
    eg.init.set(Some(|_, _, _| Ok(())));
    eg.str.set(Some(eg_str));
    eg.repr.set(Some(eg_repr));
}
