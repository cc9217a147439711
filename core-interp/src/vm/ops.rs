//! The abstract object protocols (CPython's `abstract.c`/`object.c`):
//! binary and unary operators through number slots with the reflected and
//! subclass-first rules, rich comparison, truth, hashing, repr/str,
//! iteration, subscription, length, containment, isinstance/issubclass.

use super::{PyResult, Vm};
use crate::compile::bytecode::{BinaryOperator, CompareOperator};
use crate::objects::object::PyRef;
use crate::objects::typeobject::{as_type, class_name, is_subtype, tpflags};
use crate::objects::typeslots::{BinaryFn, TypeSlots};
use crate::objects::unicodeobject::PyStr;

/// Selects a binary slot: (plain slot, in-place slot).
fn binary_slots(
    op: BinaryOperator,
) -> (
    fn(&TypeSlots) -> Option<BinaryFn>,
    fn(&TypeSlots) -> Option<BinaryFn>,
) {
    use BinaryOperator::*;
    match op {
        Add => (|s| s.add.get(), |s| s.inplace_add.get()),
        Subtract => (|s| s.subtract.get(), |s| s.inplace_subtract.get()),
        Multiply => (|s| s.multiply.get(), |s| s.inplace_multiply.get()),
        MatrixMultiply => (
            |s| s.matrix_multiply.get(),
            |s| s.inplace_matrix_multiply.get(),
        ),
        TrueDivide => (|s| s.true_divide.get(), |s| s.inplace_true_divide.get()),
        FloorDivide => (|s| s.floor_divide.get(), |s| s.inplace_floor_divide.get()),
        Remainder => (|s| s.remainder.get(), |s| s.inplace_remainder.get()),
        LShift => (|s| s.lshift.get(), |s| s.inplace_lshift.get()),
        RShift => (|s| s.rshift.get(), |s| s.inplace_rshift.get()),
        And => (|s| s.and.get(), |s| s.inplace_and.get()),
        Or => (|s| s.or.get(), |s| s.inplace_or.get()),
        Xor => (|s| s.xor.get(), |s| s.inplace_xor.get()),
        Power => (|_| None, |_| None),
    }
}

fn fn_eq(a: BinaryFn, b: BinaryFn) -> bool {
    a as usize == b as usize
}

impl Vm {
    pub fn is_not_implemented(&self, o: &PyRef) -> bool {
        o.is(&self.not_implemented)
    }

    /// CPython's `binary_op1`: tries `a`'s slot and `b`'s slot (b first if its
    /// type is a proper subclass overriding it). Returns NotImplemented if neither applies.
    pub fn binary_op1(
        &self,
        a: &PyRef,
        b: &PyRef,
        slot: fn(&TypeSlots) -> Option<BinaryFn>,
    ) -> PyResult {
        let ta = a.class();
        let tb = b.class();
        let slota = slot(&as_type(ta).slots);
        let mut slotb = if ta.is(tb) {
            None
        } else {
            slot(&as_type(tb).slots)
        };
        if let (Some(x), Some(y)) = (slota, slotb) {
            if fn_eq(x, y) {
                slotb = None;
            }
        }
        if let Some(sa) = slota {
            if let Some(sb) = slotb {
                if is_subtype(tb, ta) {
                    let r = sb(self, a, b)?;
                    if !self.is_not_implemented(&r) {
                        return Ok(r);
                    }
                    slotb = None;
                }
            }
            let r = sa(self, a, b)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(sb) = slotb {
            let r = sb(self, a, b)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        Ok(self.not_implemented.clone())
    }

    /// str, list and tuple concatenate through `sq_concat` in CPython, which
    /// comes after the right operand's `__radd__`: for `a + b` with `a` one
    /// of them and `b` of another type, `b`'s slot runs first (the left
    /// slot then raises "can only concatenate").
    fn reflected_before_concat(&self, a: &PyRef, b: &PyRef) -> PyResult<Option<PyRef>> {
        let t = &self.types;
        let Some(seq) = [&t.str_type, &t.list_type, &t.tuple_type]
            .into_iter()
            .find(|st| is_subtype(a.class(), st))
        else {
            return Ok(None);
        };
        if is_subtype(b.class(), seq) {
            return Ok(None);
        }
        let Some(sb) = as_type(b.class()).slots.add.get() else {
            return Ok(None);
        };
        if as_type(a.class())
            .slots
            .add
            .get()
            .is_some_and(|sa| fn_eq(sa, sb))
        {
            return Ok(None);
        }
        let r = sb(self, a, b)?;
        Ok((!self.is_not_implemented(&r)).then_some(r))
    }

    /// `a <op> b` (or `a <op>= b` when `inplace`).
    pub fn binary_op(&self, a: &PyRef, b: &PyRef, op: BinaryOperator, inplace: bool) -> PyResult {
        if op == BinaryOperator::Power {
            return self.power(a, b, None, inplace);
        }
        let (plain, inpl) = binary_slots(op);
        if inplace {
            if let Some(f) = inpl(&as_type(a.class()).slots) {
                let r = f(self, a, b)?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if op == BinaryOperator::Add {
            if let Some(r) = self.reflected_before_concat(a, b)? {
                return Ok(r);
            }
        }
        let r = self.binary_op1(a, b, plain)?;
        if !self.is_not_implemented(&r) {
            return Ok(r);
        }
        // CPython's sequence-repeat fallback names the offending operand.
        if op == BinaryOperator::Multiply {
            let is_seq = |o: &PyRef| {
                let t = &self.types;
                [
                    &t.str_type,
                    &t.bytes_type,
                    &t.bytearray_type,
                    &t.list_type,
                    &t.tuple_type,
                ]
                .iter()
                .any(|st| is_subtype(o.class(), st))
            };
            let is_index = |o: &PyRef| as_type(o.class()).slots.index.get().is_some();
            if is_seq(a) && !is_index(b) {
                return Err(self.new_type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    class_name(b)
                )));
            }
            if is_seq(b) && !is_index(a) {
                return Err(self.new_type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    class_name(a)
                )));
            }
        }
        // CPython's bytes/bytearray `sq_concat` names the right operand.
        if op == BinaryOperator::Add {
            if let Some(e) = crate::objects::bytesobject::concat_error(self, a, b) {
                return Err(e);
            }
        }
        let sym = op.symbol();
        Err(self.new_type_error(format!(
            "unsupported operand type(s) for {}{}: '{}' and '{}'",
            sym,
            if inplace { "=" } else { "" },
            class_name(a),
            class_name(b)
        )))
    }

    /// `pow(a, b[, m])` / `a ** b`.
    pub fn power(&self, a: &PyRef, b: &PyRef, m: Option<&PyRef>, inplace: bool) -> PyResult {
        let none = self.none.clone();
        let m = m.unwrap_or(&none);
        if inplace {
            if let Some(f) = as_type(a.class()).slots.inplace_power.get() {
                let r = f(self, a, b, m)?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let ta = a.class();
        let tb = b.class();
        let slota = as_type(ta).slots.power.get();
        let mut slotb = if ta.is(tb) {
            None
        } else {
            as_type(tb).slots.power.get()
        };
        if let (Some(x), Some(y)) = (slota, slotb) {
            if x as usize == y as usize {
                slotb = None;
            }
        }
        if let Some(sa) = slota {
            if let Some(sb) = slotb {
                if is_subtype(tb, ta) {
                    let r = sb(self, a, b, m)?;
                    if !self.is_not_implemented(&r) {
                        return Ok(r);
                    }
                    slotb = None;
                }
            }
            let r = sa(self, a, b, m)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(sb) = slotb {
            let r = sb(self, a, b, m)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if m.is(&self.none) {
            Err(self.new_type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if inplace { "**=" } else { "** or pow()" },
                class_name(a),
                class_name(b)
            )))
        } else {
            Err(self.new_type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                class_name(a),
                class_name(b),
                class_name(m)
            )))
        }
    }

    pub fn negative(&self, a: &PyRef) -> PyResult {
        self.unary(a, as_type(a.class()).slots.negative.get(), "unary -")
    }
    pub fn positive(&self, a: &PyRef) -> PyResult {
        self.unary(a, as_type(a.class()).slots.positive.get(), "unary +")
    }
    pub fn invert(&self, a: &PyRef) -> PyResult {
        self.unary(a, as_type(a.class()).slots.invert.get(), "unary ~")
    }
    pub fn absolute(&self, a: &PyRef) -> PyResult {
        self.unary(a, as_type(a.class()).slots.absolute.get(), "abs()")
    }

    fn unary(&self, a: &PyRef, f: Option<fn(&Vm, &PyRef) -> PyResult>, what: &str) -> PyResult {
        match f {
            Some(f) => f(self, a),
            None => {
                Err(self
                    .new_type_error(format!("bad operand type for {what}: '{}'", class_name(a))))
            }
        }
    }

    /// Rich comparison with reflected-operand and subclass-first rules.
    pub fn richcompare(&self, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
        self.enter_recursive_call(" in comparison")?;
        let r = self.do_richcompare(a, b, op);
        self.leave_call();
        r
    }

    fn do_richcompare(&self, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
        let ta = a.class();
        let tb = b.class();
        let swapped = swap_op(op);
        let mut checked_reverse = false;
        if !ta.is(tb) && is_subtype(tb, ta) {
            if let Some(f) = as_type(tb).slots.richcompare.get() {
                checked_reverse = true;
                let r = f(self, b, a, swapped)?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = as_type(ta).slots.richcompare.get() {
            let r = f(self, a, b, op)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !checked_reverse {
            if let Some(f) = as_type(tb).slots.richcompare.get() {
                let r = f(self, b, a, swapped)?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOperator::Eq => Ok(self.bool_obj(a.is(b))),
            CompareOperator::Ne => Ok(self.bool_obj(!a.is(b))),
            _ => Err(self.new_type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op_symbol(op),
                class_name(a),
                class_name(b)
            ))),
        }
    }

    /// `a == b` as a Rust bool (identity implies equality, as in containers).
    pub fn eq(&self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        let r = self.richcompare(a, b, CompareOperator::Eq)?;
        self.is_true(&r)
    }

    /// `bool(obj)`.
    pub fn is_true(&self, obj: &PyRef) -> PyResult<bool> {
        if obj.is(&self.true_) {
            return Ok(true);
        }
        if obj.is(&self.false_) || obj.is(&self.none) {
            return Ok(false);
        }
        let t = as_type(obj.class());
        if let Some(f) = t.slots.bool.get() {
            return f(self, obj);
        }
        if let Some(f) = t.slots.len.get() {
            return Ok(f(self, obj)? != 0);
        }
        Ok(true)
    }

    /// `hash(obj)`.
    pub fn hash(&self, obj: &PyRef) -> PyResult<isize> {
        if let Some(s) = obj.downcast_ref::<PyStr>() {
            if obj.class().is(&self.types.str_type) {
                return Ok(s.hash());
            }
        }
        match as_type(obj.class()).slots.hash.get() {
            Some(f) => f(self, obj),
            None => Err(self.new_type_error(format!("unhashable type: '{}'", class_name(obj)))),
        }
    }

    /// `repr(obj)` as a str object.
    pub fn repr(&self, obj: &PyRef) -> PyResult {
        let f = as_type(obj.class())
            .slots
            .repr
            .get()
            .expect("object defines __repr__");
        self.enter_recursive_call(" while getting the repr of an object")?;
        let r = f(self, obj);
        self.leave_call();
        let r = r?;
        if r.downcast_ref::<PyStr>().is_none() {
            return Err(self.new_type_error(format!(
                "__repr__ returned non-string (type {})",
                class_name(&r)
            )));
        }
        Ok(r)
    }

    /// `str(obj)` as a str object.
    pub fn str(&self, obj: &PyRef) -> PyResult {
        if obj.class().is(&self.types.str_type) {
            return Ok(obj.clone());
        }
        let f = as_type(obj.class())
            .slots
            .str
            .get()
            .expect("object defines __str__");
        self.enter_recursive_call(" while getting the str of an object")?;
        let r = f(self, obj);
        self.leave_call();
        let r = r?;
        if r.downcast_ref::<PyStr>().is_none() {
            return Err(self.new_type_error(format!(
                "__str__ returned non-string (type {})",
                class_name(&r)
            )));
        }
        Ok(r)
    }

    /// `repr(obj)` as a Rust string.
    pub fn repr_string(&self, obj: &PyRef) -> PyResult<String> {
        Ok(self
            .repr(obj)?
            .downcast_ref::<PyStr>()
            .unwrap()
            .to_string_lossy()
            .into_owned())
    }

    /// `str(obj)` as a Rust string.
    pub fn str_string(&self, obj: &PyRef) -> PyResult<String> {
        Ok(self
            .str(obj)?
            .downcast_ref::<PyStr>()
            .unwrap()
            .to_string_lossy()
            .into_owned())
    }

    /// `iter(obj)`.
    pub fn get_iter(&self, obj: &PyRef) -> PyResult {
        let t = as_type(obj.class());
        if let Some(f) = t.slots.iter.get() {
            let it = f(self, obj)?;
            if as_type(it.class()).slots.iternext.get().is_none() {
                return Err(self.new_type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    class_name(&it)
                )));
            }
            return Ok(it);
        }
        if t.slots.getitem.get().is_some() && !t.has_flag(tpflags::MAPPING_GETITEM_ONLY) {
            return Ok(crate::objects::iterobject::new_seq_iterator(
                self,
                obj.clone(),
            ));
        }
        Err(self.new_type_error(format!("'{}' object is not iterable", class_name(obj))))
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&self, it: &PyRef) -> PyResult<Option<PyRef>> {
        match as_type(it.class()).slots.iternext.get() {
            Some(f) => f(self, it),
            None => {
                Err(self.new_type_error(format!("'{}' object is not an iterator", class_name(it))))
            }
        }
    }

    /// Collects an iterable into a vector.
    pub fn collect(&self, iterable: &PyRef) -> PyResult<Vec<PyRef>> {
        if let Some(t) = crate::objects::tupleobject::tuple_items(iterable) {
            if iterable.class().is(&self.types.tuple_type) {
                return Ok(t.to_vec());
            }
        }
        if let Some(l) = crate::objects::listobject::as_list(iterable) {
            if iterable.class().is(&self.types.list_type) {
                return Ok(l.items.borrow().clone());
            }
        }
        let it = self.get_iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    /// `obj[key]`.
    pub fn getitem(&self, obj: &PyRef, key: &PyRef) -> PyResult {
        if let Some(f) = as_type(obj.class()).slots.getitem.get() {
            return f(self, obj, key);
        }
        if obj
            .downcast_ref::<crate::objects::typeobject::PyType>()
            .is_some()
        {
            // `type[int]` is a generic alias, as in CPython's PyObject_GetItem.
            if obj.is(&self.types.type_type) {
                return Ok(crate::objects::genericaliasobject::new_generic_alias(
                    self,
                    obj.clone(),
                    key,
                ));
            }
            if let Some(cg) = self.getattr_opt(obj, &self.intern("__class_getitem__"))? {
                return self.call_positional(&cg, std::slice::from_ref(key));
            }
            return Err(self.new_type_error(format!(
                "type '{}' is not subscriptable",
                as_type(obj).name()
            )));
        }
        Err(self.new_type_error(format!("'{}' object is not subscriptable", class_name(obj))))
    }

    /// `obj[key] = value`.
    pub fn setitem(&self, obj: &PyRef, key: PyRef, value: PyRef) -> PyResult<()> {
        match as_type(obj.class()).slots.setitem.get() {
            Some(f) => f(self, obj, &key, Some(&value)),
            None => Err(self.new_type_error(format!(
                "'{}' object does not support item assignment",
                class_name(obj)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&self, obj: &PyRef, key: &PyRef) -> PyResult<()> {
        match as_type(obj.class()).slots.setitem.get() {
            Some(f) => f(self, obj, key, None),
            None => {
                // CPython words it "doesn't" for types with sequence methods.
                let slots = &as_type(obj.class()).slots;
                let seq = slots.getitem.get().is_some()
                    || slots.len.get().is_some()
                    || slots.contains.get().is_some();
                let verb = if seq { "doesn't" } else { "does not" };
                Err(self.new_type_error(format!(
                    "'{}' object {verb} support item deletion",
                    class_name(obj)
                )))
            }
        }
    }

    /// `len(obj)`.
    pub fn len(&self, obj: &PyRef) -> PyResult<usize> {
        match as_type(obj.class()).slots.len.get() {
            Some(f) => f(self, obj),
            None => {
                Err(self
                    .new_type_error(format!("object of type '{}' has no len()", class_name(obj))))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&self, container: &PyRef, item: &PyRef) -> PyResult<bool> {
        if let Some(f) = as_type(container.class()).slots.contains.get() {
            return f(self, container, item);
        }
        let t = as_type(container.class());
        if t.slots.iter.get().is_none()
            && (t.slots.getitem.get().is_none() || t.has_flag(tpflags::MAPPING_GETITEM_ONLY))
        {
            return Err(self.new_type_error(format!(
                "argument of type '{}' is not iterable",
                class_name(container)
            )));
        }
        let it = self.get_iter(container)?;
        while let Some(v) = self.next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `isinstance(obj, cls)` with `__instancecheck__` and tuples.
    pub fn isinstance(&self, obj: &PyRef, cls: &PyRef) -> PyResult<bool> {
        if obj.class().is(cls) {
            return Ok(true);
        }
        if cls.class().is(&self.types.type_type) {
            return Ok(is_subtype(obj.class(), cls) || self.isinstance_via_class_attr(obj, cls)?);
        }
        if let Some(items) = crate::objects::tupleobject::tuple_items(cls) {
            for c in items {
                if self.isinstance(obj, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(r) = self.call_special(cls, "__instancecheck__", std::slice::from_ref(obj))? {
            return self.is_true(&r);
        }
        if cls
            .downcast_ref::<crate::objects::typeobject::PyType>()
            .is_some()
        {
            return Ok(is_subtype(obj.class(), cls));
        }
        Err(self.new_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
    }

    fn isinstance_via_class_attr(&self, obj: &PyRef, cls: &PyRef) -> PyResult<bool> {
        let Some(c) = self.getattr_opt(obj, &self.intern("__class__"))? else {
            return Ok(false);
        };
        if c.is(obj.class()) {
            return Ok(false);
        }
        Ok(c.downcast_ref::<crate::objects::typeobject::PyType>()
            .is_some()
            && is_subtype(&c, cls))
    }

    /// `issubclass(sub, cls)` with `__subclasscheck__` and tuples.
    pub fn issubclass(&self, sub: &PyRef, cls: &PyRef) -> PyResult<bool> {
        if cls.class().is(&self.types.type_type) {
            if sub
                .downcast_ref::<crate::objects::typeobject::PyType>()
                .is_none()
            {
                return Err(self.new_type_error("issubclass() arg 1 must be a class"));
            }
            return Ok(is_subtype(sub, cls));
        }
        if let Some(items) = crate::objects::tupleobject::tuple_items(cls) {
            for c in items {
                if self.issubclass(sub, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(r) = self.call_special(cls, "__subclasscheck__", std::slice::from_ref(sub))? {
            return self.is_true(&r);
        }
        if sub
            .downcast_ref::<crate::objects::typeobject::PyType>()
            .is_none()
        {
            return Err(self.new_type_error("issubclass() arg 1 must be a class"));
        }
        if cls
            .downcast_ref::<crate::objects::typeobject::PyType>()
            .is_none()
        {
            return Err(self.new_type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ));
        }
        Ok(is_subtype(sub, cls))
    }

    /// `operator.index(obj)`: an exact int.
    pub fn index(&self, obj: &PyRef) -> PyResult {
        if obj.class().is(&self.types.int_type) {
            return Ok(obj.clone());
        }
        match as_type(obj.class()).slots.index.get() {
            Some(f) => {
                let r = f(self, obj)?;
                if crate::objects::longobject::as_int(&r).is_none() {
                    return Err(self.new_type_error(format!(
                        "__index__ returned non-int (type {})",
                        class_name(&r)
                    )));
                }
                Ok(r)
            }
            None => Err(self.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                class_name(obj)
            ))),
        }
    }

    /// `obj.__index__()` as `isize`, raising OverflowError ("cannot fit 'int' into an index-sized integer") if too big.
    pub fn index_isize(&self, obj: &PyRef) -> PyResult<isize> {
        let i = self.index(obj)?;
        match crate::objects::longobject::int_to_i64(&i) {
            Some(v) => Ok(v as isize),
            None => Err(self.new_exception_msg(
                &self.exceptions.index_error,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    class_name(obj)
                ),
            )),
        }
    }
}

pub fn swap_op(op: CompareOperator) -> CompareOperator {
    use CompareOperator::*;
    match op {
        Lt => Gt,
        Le => Ge,
        Eq => Eq,
        Ne => Ne,
        Gt => Lt,
        Ge => Le,
    }
}

pub fn op_symbol(op: CompareOperator) -> &'static str {
    use CompareOperator::*;
    match op {
        Lt => "<",
        Le => "<=",
        Eq => "==",
        Ne => "!=",
        Gt => ">",
        Ge => ">=",
    }
}
