//! The generic slot functions installed on Python classes: each calls the
//! class's dunder method (CPython's `slot_tp_*`/`slot_nb_*`), including the
//! reflected-operand protocol for binary operators.

use super::object::PyRef;
use super::typeobject::{as_type, class_name, is_subtype};
use crate::compile::bytecode::CompareOperator;
use crate::vm::attr::{generic_getattr, generic_setattr};
use crate::vm::{CallArgs, PyResult, Vm};

fn call_dunder(vm: &Vm, obj: &PyRef, name: &str, args: &[PyRef]) -> PyResult {
    match vm.call_special(obj, name, args)? {
        Some(v) => Ok(v),
        // CPython's lookup_method: the bare method name is the message.
        None => Err(vm.new_attribute_error(name)),
    }
}

/// Calls the dunder if the type defines it; NotImplemented otherwise.
fn call_maybe(vm: &Vm, obj: &PyRef, name: &str, args: &[PyRef]) -> PyResult {
    Ok(vm
        .call_special(obj, name, args)?
        .unwrap_or_else(|| vm.not_implemented.clone()))
}

pub fn slot_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let init = vm
        .lookup_special(obj, "__init__")?
        .expect("object defines __init__");
    let r = vm.call(&init, args)?;
    if !vm.is_none(&r) {
        return Err(vm.new_type_error(format!(
            "__init__() should return None, not '{}'",
            class_name(&r)
        )));
    }
    Ok(())
}

pub fn slot_call(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult {
    match vm.lookup_special(obj, "__call__")? {
        Some(f) => vm.call(&f, args),
        None => Err(vm.new_type_error(format!("'{}' object is not callable", class_name(obj)))),
    }
}

pub fn slot_repr(vm: &Vm, obj: &PyRef) -> PyResult {
    call_dunder(vm, obj, "__repr__", &[])
}

pub fn slot_str(vm: &Vm, obj: &PyRef) -> PyResult {
    call_dunder(vm, obj, "__str__", &[])
}

pub fn slot_hash(vm: &Vm, obj: &PyRef) -> PyResult<isize> {
    let h = vm.lookup_special(obj, "__hash__")?;
    let Some(h) = h.filter(|h| !vm.is_none(h)) else {
        return hash_not_implemented(vm, obj);
    };
    let r = vm.call_positional(&h, &[])?;
    let Some(i) = super::longobject::as_int(&r) else {
        return Err(vm.new_type_error("__hash__ method should return an integer"));
    };
    Ok(match &i.value {
        super::longobject::IntValue::Small(v) => {
            let v = *v as isize;
            if v == -1 {
                -2
            } else {
                v
            }
        }
        super::longobject::IntValue::Big(_) => super::longobject::hash_int_value(&i.value),
    })
}

/// The hash slot of unhashable types (`__hash__ = None`).
pub fn hash_not_implemented(vm: &Vm, obj: &PyRef) -> PyResult<isize> {
    Err(vm.new_type_error(format!("unhashable type: '{}'", class_name(obj))))
}

pub fn slot_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let name = match op {
        CompareOperator::Lt => "__lt__",
        CompareOperator::Le => "__le__",
        CompareOperator::Eq => "__eq__",
        CompareOperator::Ne => "__ne__",
        CompareOperator::Gt => "__gt__",
        CompareOperator::Ge => "__ge__",
    };
    call_maybe(vm, a, name, std::slice::from_ref(b))
}

/// `__getattribute__` then, on AttributeError, `__getattr__`.
pub fn slot_getattr_hook(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult {
    let t = as_type(obj.class());
    let getattribute = t.lookup(vm, &vm.intern("__getattribute__"));
    let getattr = t.lookup(vm, &vm.intern("__getattr__"));
    let generic = getattribute.as_ref().is_none_or(|g| {
        g.downcast_ref::<super::typeslots::PySlotWrapper>()
            .is_some_and(|w| w.owner.is(&vm.types.object_type))
    });
    let r = if generic {
        generic_getattr(vm, obj, name)
    } else {
        let ga = getattribute.unwrap();
        call_unbound(vm, &ga, obj, std::slice::from_ref(name))
    };
    match (r, getattr) {
        (Err(e), Some(ga)) if e.matches(&vm.exceptions.attribute_error) => {
            call_unbound(vm, &ga, obj, std::slice::from_ref(name))
        }
        (r, _) => r,
    }
}

/// Calls a descriptor found on the type as a method of `obj`.
fn call_unbound(vm: &Vm, descr: &PyRef, obj: &PyRef, args: &[PyRef]) -> PyResult {
    let mut v = Vec::with_capacity(args.len() + 1);
    if descr.class().is(&vm.types.function_type) {
        v.push(obj.clone());
        v.extend_from_slice(args);
        return vm.call(descr, CallArgs::positional_only(&v));
    }
    let bound = match as_type(descr.class()).slots.descr_get.get() {
        Some(get) => get(vm, descr, Some(obj), Some(obj.class()))?,
        None => descr.clone(),
    };
    vm.call(&bound, CallArgs::positional_only(args))
}

pub fn slot_setattr(vm: &Vm, obj: &PyRef, name: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    match value {
        Some(v) => call_dunder(vm, obj, "__setattr__", &[name.clone(), v.clone()]).map(|_| ()),
        None => call_dunder(vm, obj, "__delattr__", std::slice::from_ref(name)).map(|_| ()),
    }
}

/// `object.__setattr__` is what classes without `__setattr__` use.
pub fn object_setattr(vm: &Vm, obj: &PyRef, name: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    generic_setattr(vm, obj, name, value)
}

pub fn slot_iter(vm: &Vm, obj: &PyRef) -> PyResult {
    let f = vm.lookup_special(obj, "__iter__")?;
    match f.filter(|f| !vm.is_none(f)) {
        Some(f) => vm.call_positional(&f, &[]),
        None => Err(vm.new_type_error(format!("'{}' object is not iterable", class_name(obj)))),
    }
}

pub fn slot_iternext(vm: &Vm, obj: &PyRef) -> PyResult<Option<PyRef>> {
    match call_dunder(vm, obj, "__next__", &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&vm.exceptions.stop_iteration) => {
            crate::vm::eval_support::stash_stop_value(vm, &e);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

pub fn slot_descr_get(vm: &Vm, descr: &PyRef, obj: Option<&PyRef>, ty: Option<&PyRef>) -> PyResult {
    let none = vm.none.clone();
    let obj = obj.cloned().unwrap_or_else(|| none.clone());
    let ty = ty.cloned().unwrap_or(none);
    call_dunder(vm, descr, "__get__", &[obj, ty])
}

pub fn slot_descr_set(vm: &Vm, descr: &PyRef, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    match value {
        Some(v) => call_dunder(vm, descr, "__set__", &[obj.clone(), v.clone()]).map(|_| ()),
        None => call_dunder(vm, descr, "__delete__", std::slice::from_ref(obj)).map(|_| ()),
    }
}

pub fn slot_len(vm: &Vm, obj: &PyRef) -> PyResult<usize> {
    let r = call_dunder(vm, obj, "__len__", &[])?;
    let i = vm.index(&r).map_err(|_| {
        vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            class_name(&r)
        ))
    })?;
    match super::longobject::int_to_i64(&i) {
        Some(v) if v >= 0 => Ok(v as usize),
        Some(_) => Err(vm.new_value_error("__len__() should return >= 0")),
        None => Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

pub fn slot_getitem(vm: &Vm, obj: &PyRef, key: &PyRef) -> PyResult {
    call_dunder(vm, obj, "__getitem__", std::slice::from_ref(key))
}

pub fn slot_setitem(vm: &Vm, obj: &PyRef, key: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    match value {
        Some(v) => call_dunder(vm, obj, "__setitem__", &[key.clone(), v.clone()]).map(|_| ()),
        None => call_dunder(vm, obj, "__delitem__", std::slice::from_ref(key)).map(|_| ()),
    }
}

pub fn slot_contains(vm: &Vm, obj: &PyRef, item: &PyRef) -> PyResult<bool> {
    match vm.lookup_special(obj, "__contains__")? {
        Some(f) if !vm.is_none(&f) => {
            let r = vm.call_positional(&f, std::slice::from_ref(item))?;
            vm.is_true(&r)
        }
        _ => {
            let it = vm.get_iter(obj)?;
            while let Some(v) = vm.next(&it)? {
                if v.is(item) || vm.eq(&v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn slot_bool(vm: &Vm, obj: &PyRef) -> PyResult<bool> {
    if let Some(f) = vm.lookup_special(obj, "__bool__")? {
        let r = vm.call_positional(&f, &[])?;
        if !r.class().is(&vm.types.bool_type) {
            return Err(vm.new_type_error(format!(
                "__bool__ should return bool, returned {}",
                class_name(&r)
            )));
        }
        return Ok(r.is(&vm.true_));
    }
    if vm.lookup_special(obj, "__len__")?.is_some() {
        return Ok(slot_len(vm, obj)? != 0);
    }
    Ok(true)
}

/// CPython's SLOT1BINFULL: `a.__op__(b)`, or `b.__rop__(a)` with the subclass-first rule.
fn binary_full(
    vm: &Vm,
    a: &PyRef,
    b: &PyRef,
    op: &str,
    rop: &str,
    this: fn(&Vm, &PyRef, &PyRef) -> PyResult,
    get: fn(&super::typeslots::TypeSlots) -> Option<fn(&Vm, &PyRef, &PyRef) -> PyResult>,
) -> PyResult {
    let is_this = |t: &PyRef| get(&as_type(t).slots).is_some_and(|f| f as usize == this as usize);
    let ta = a.class();
    let tb = b.class();
    let mut do_other = !ta.is(tb) && is_this(tb);
    if is_this(ta) {
        if do_other && is_subtype(tb, ta) && overrides(vm, b, a, rop) {
            let r = call_maybe(vm, b, rop, std::slice::from_ref(a))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
            do_other = false;
        }
        let r = call_maybe(vm, a, op, std::slice::from_ref(b))?;
        if !vm.is_not_implemented(&r) || ta.is(tb) {
            return Ok(r);
        }
    }
    if do_other {
        return call_maybe(vm, b, rop, std::slice::from_ref(a));
    }
    Ok(vm.not_implemented.clone())
}

/// Whether `b`'s type defines `name` differently from `a`'s type.
fn overrides(vm: &Vm, b: &PyRef, a: &PyRef, name: &str) -> bool {
    let key = vm.intern(name);
    let mb = as_type(b.class()).lookup(vm, &key);
    let ma = as_type(a.class()).lookup(vm, &key);
    match (mb, ma) {
        (Some(x), Some(y)) => !x.is(&y),
        (Some(_), None) => true,
        _ => false,
    }
}

macro_rules! binary_slots {
    ($($fname:ident, $field:ident, $op:literal, $rop:literal;)*) => {$(
        pub fn $fname(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
            binary_full(vm, a, b, $op, $rop, $fname, |s| s.$field.get())
        }
    )*};
}

binary_slots! {
    slot_add, add, "__add__", "__radd__";
    slot_subtract, subtract, "__sub__", "__rsub__";
    slot_multiply, multiply, "__mul__", "__rmul__";
    slot_matrix_multiply, matrix_multiply, "__matmul__", "__rmatmul__";
    slot_true_divide, true_divide, "__truediv__", "__rtruediv__";
    slot_floor_divide, floor_divide, "__floordiv__", "__rfloordiv__";
    slot_remainder, remainder, "__mod__", "__rmod__";
    slot_divmod, divmod, "__divmod__", "__rdivmod__";
    slot_lshift, lshift, "__lshift__", "__rlshift__";
    slot_rshift, rshift, "__rshift__", "__rrshift__";
    slot_and, and, "__and__", "__rand__";
    slot_or, or, "__or__", "__ror__";
    slot_xor, xor, "__xor__", "__rxor__";
}

pub fn slot_power(vm: &Vm, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
    if vm.is_none(m) {
        let is_this = |t: &PyRef| {
            as_type(t)
                .slots
                .power
                .get()
                .is_some_and(|f| f as usize == slot_power as *const () as usize)
        };
        let ta = a.class();
        let tb = b.class();
        let mut do_other = !ta.is(tb) && is_this(tb);
        if is_this(ta) {
            if do_other && is_subtype(tb, ta) && overrides(vm, b, a, "__rpow__") {
                let r = call_maybe(vm, b, "__rpow__", std::slice::from_ref(a))?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
                do_other = false;
            }
            let r = call_maybe(vm, a, "__pow__", std::slice::from_ref(b))?;
            if !vm.is_not_implemented(&r) || ta.is(tb) {
                return Ok(r);
            }
        }
        if do_other {
            return call_maybe(vm, b, "__rpow__", std::slice::from_ref(a));
        }
        return Ok(vm.not_implemented.clone());
    }
    // Three-argument pow only tries the first operand.
    call_maybe(vm, a, "__pow__", &[b.clone(), m.clone()])
}

macro_rules! unary_slots {
    ($($fname:ident, $name:literal;)*) => {$(
        pub fn $fname(vm: &Vm, a: &PyRef) -> PyResult {
            call_dunder(vm, a, $name, &[])
        }
    )*};
}

unary_slots! {
    slot_negative, "__neg__";
    slot_positive, "__pos__";
    slot_invert, "__invert__";
    slot_absolute, "__abs__";
    slot_int, "__int__";
    slot_float, "__float__";
    slot_index, "__index__";
    slot_am_await, "__await__";
    slot_am_aiter, "__aiter__";
    slot_am_anext, "__anext__";
}

macro_rules! inplace_slots {
    ($($fname:ident, $name:literal;)*) => {$(
        pub fn $fname(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
            call_maybe(vm, a, $name, std::slice::from_ref(b))
        }
    )*};
}

inplace_slots! {
    slot_inplace_add, "__iadd__";
    slot_inplace_subtract, "__isub__";
    slot_inplace_multiply, "__imul__";
    slot_inplace_matrix_multiply, "__imatmul__";
    slot_inplace_true_divide, "__itruediv__";
    slot_inplace_floor_divide, "__ifloordiv__";
    slot_inplace_remainder, "__imod__";
    slot_inplace_lshift, "__ilshift__";
    slot_inplace_rshift, "__irshift__";
    slot_inplace_and, "__iand__";
    slot_inplace_or, "__ior__";
    slot_inplace_xor, "__ixor__";
}

pub fn slot_inplace_power(vm: &Vm, a: &PyRef, b: &PyRef, _m: &PyRef) -> PyResult {
    call_maybe(vm, a, "__ipow__", std::slice::from_ref(b))
}

/// `tp_new` of a Python class that defines `__new__`: `cls.__new__(cls, *args, **kw)`.
pub fn slot_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let new = vm.getattr_str(cls, "__new__")?;
    let mut v = Vec::with_capacity(args.args.len() + 1);
    v.push(cls.clone());
    v.extend_from_slice(args.args);
    vm.call(&new, CallArgs::new(&v, args.kwnames))
}
