//! `int`: arbitrary-precision integers with a machine-word fast path.
//! (`bool` shares this payload; see `boolobject.rs`.)

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// An int's value: a machine word when it fits, else a big integer.
/// Invariant: `Big` never holds a value that fits in `i64`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntValue {
    Small(i64),
    Big(Box<BigInt>),
}

impl IntValue {
    /// Normalizes a big integer into the right variant.
    pub fn from_big(b: BigInt) -> IntValue {
        match b.to_i64() {
            Some(v) => IntValue::Small(v),
            None => IntValue::Big(Box::new(b)),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            IntValue::Small(v) => BigInt::from(*v),
            IntValue::Big(b) => (**b).clone(),
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            IntValue::Small(v) => Some(*v),
            IntValue::Big(_) => None,
        }
    }
}

/// The payload of int (and bool) objects.
pub struct PyInt {
    pub value: IntValue,
}

impl PyPayload for PyInt {}

/// First and last cached small int.
pub const SMALL_MIN: i64 = -5;
pub const SMALL_MAX: i64 = 256;

/// A new int object (cached for small values).
pub fn new_int(vm: &Vm, v: i64) -> PyRef {
    if (SMALL_MIN..=SMALL_MAX).contains(&v) {
        return vm.small_ints[(v - SMALL_MIN) as usize].clone();
    }
    PyRef::new(PyInt { value: IntValue::Small(v) }, vm.types.int_type.clone())
}

/// A new int object from a big integer.
pub fn new_bigint(vm: &Vm, v: BigInt) -> PyRef {
    match IntValue::from_big(v) {
        IntValue::Small(s) => new_int(vm, s),
        big => PyRef::new(PyInt { value: big }, vm.types.int_type.clone()),
    }
}

/// The int payload of `obj`, if it is an int (bool and subclasses included).
pub fn as_int(obj: &PyRef) -> Option<&PyInt> {
    obj.downcast_ref::<PyInt>()
}

/// The value of an int object as `i64`, if it is an int that fits.
pub fn int_to_i64(obj: &PyRef) -> Option<i64> {
    as_int(obj).and_then(|i| i.value.as_i64())
}

/// `hash()` of an int value (modulo 2**61 - 1, sign preserved, -1 → -2).
pub fn hash_int_value(v: &IntValue) -> isize {
    use num_integer::Integer;
    match v {
        IntValue::Small(s) => super::hashing::hash_i64(*s),
        IntValue::Big(b) => {
            let m = BigInt::from(super::hashing::MODULUS);
            let (sign, mag) = (b.sign(), b.magnitude());
            let r = BigInt::from(mag.clone()).mod_floor(&m).to_i64().unwrap_or(0);
            let r = if sign == num_bigint::Sign::Minus { -r } else { r } as isize;
            if r == -1 { -2 } else { r }
        }
    }
}

use super::typeobject::as_type;
use crate::compile::bytecode::CompareOperator;
use crate::vm::{CallArgs, PyResult};

fn both(a: &PyRef, b: &PyRef) -> Option<(IntValue, IntValue)> {
    Some((as_int(a)?.value.clone(), as_int(b)?.value.clone()))
}

macro_rules! int_binop {
    ($name:ident, $small:expr, $big:expr) => {
        fn $name(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
            let Some((x, y)) = both(a, b) else { return Ok(vm.not_implemented.clone()) };
            if let (IntValue::Small(x), IntValue::Small(y)) = (&x, &y) {
                let f: fn(i64, i64) -> Option<i64> = $small;
                if let Some(r) = f(*x, *y) {
                    return Ok(new_int(vm, r));
                }
            }
            let g: fn(BigInt, BigInt) -> BigInt = $big;
            Ok(new_bigint(vm, g(x.to_big(), y.to_big())))
        }
    };
}

int_binop!(int_add, |x, y| x.checked_add(y), |x, y| x + y);
int_binop!(int_sub, |x, y| x.checked_sub(y), |x, y| x - y);
int_binop!(int_mul, |x, y| x.checked_mul(y), |x, y| x * y);

fn int_repr(vm: &Vm, a: &PyRef) -> PyResult {
    let s = match &as_int(a).expect("int").value {
        IntValue::Small(v) => v.to_string(),
        IntValue::Big(b) => b.to_string(),
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

fn int_hash(_vm: &Vm, a: &PyRef) -> PyResult<isize> {
    Ok(hash_int_value(&as_int(a).expect("int").value))
}

fn int_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let Some((x, y)) = both(a, b) else { return Ok(vm.not_implemented.clone()) };
    let ord = match (&x, &y) {
        (IntValue::Small(x), IntValue::Small(y)) => x.cmp(y),
        _ => x.to_big().cmp(&y.to_big()),
    };
    use std::cmp::Ordering::*;
    Ok(vm.bool_obj(match op {
        CompareOperator::Lt => ord == Less,
        CompareOperator::Le => ord != Greater,
        CompareOperator::Eq => ord == Equal,
        CompareOperator::Ne => ord != Equal,
        CompareOperator::Gt => ord == Greater,
        CompareOperator::Ge => ord != Less,
    }))
}

fn int_bool(_vm: &Vm, a: &PyRef) -> PyResult<bool> {
    Ok(as_int(a).expect("int").value != IntValue::Small(0))
}

fn int_index(vm: &Vm, a: &PyRef) -> PyResult {
    if a.class().is(&vm.types.int_type) {
        return Ok(a.clone());
    }
    Ok(new_bigint(vm, as_int(a).expect("int").value.to_big()))
}

fn int_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "int", 0, 1)?;
    let v = match a.first() {
        None => IntValue::Small(0),
        Some(x) => match as_int(x) {
            Some(i) => i.value.clone(),
            None => return Err(vm.new_not_implemented_error("oxpy: int() of non-int arguments is not implemented yet")),
        },
    };
    if cls.is(&vm.types.int_type) {
        return Ok(match v {
            IntValue::Small(s) => new_int(vm, s),
            big => PyRef::new(PyInt { value: big }, cls.clone()),
        });
    }
    Ok(PyRef::new(PyInt { value: v }, cls.clone()))
}

fn bool_repr(vm: &Vm, a: &PyRef) -> PyResult {
    Ok(vm.intern(if a.is(&vm.true_) { "True" } else { "False" }))
}

fn bool_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "bool", 0, 1)?;
    match a.first() {
        None => Ok(vm.false_.clone()),
        Some(x) => Ok(vm.bool_obj(vm.is_true(x)?)),
    }
}

/// Installs int's and bool's slots.
pub fn init(vm: &Vm) {
    let s = &as_type(&vm.types.int_type).slots;
    s.repr.set(Some(int_repr));
    s.hash.set(Some(int_hash));
    s.richcompare.set(Some(int_richcompare));
    s.add.set(Some(int_add));
    s.subtract.set(Some(int_sub));
    s.multiply.set(Some(int_mul));
    s.bool.set(Some(int_bool));
    s.index.set(Some(int_index));
    s.int.set(Some(int_index));
    s.new.set(Some(int_new));
    let b = &as_type(&vm.types.bool_type).slots;
    b.repr.set(Some(bool_repr));
    b.new.set(Some(bool_new));
}
