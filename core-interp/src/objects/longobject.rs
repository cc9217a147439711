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

impl PyPayload for PyInt {
    const GC: bool = false;
}

/// First and last cached small int.
pub const SMALL_MIN: i64 = -5;
pub const SMALL_MAX: i64 = 256;

/// A new int object (cached for small values).
pub fn new_int(vm: &Vm, v: i64) -> PyRef {
    if (SMALL_MIN..=SMALL_MAX).contains(&v) {
        return vm.small_ints[(v - SMALL_MIN) as usize].clone();
    }
    PyRef::new(
        PyInt {
            value: IntValue::Small(v),
        },
        vm.types.int_type.clone(),
    )
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
            let r = BigInt::from(mag.clone())
                .mod_floor(&m)
                .to_i64()
                .unwrap_or(0);
            let r = if sign == num_bigint::Sign::Minus {
                -r
            } else {
                r
            } as isize;
            if r == -1 {
                -2
            } else {
                r
            }
        }
    }
}
