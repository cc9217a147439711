//! `complex`: pairs of doubles.

use super::object::{PyPayload, PyRef};
use crate::vm::Vm;

/// The payload of complex objects.
pub struct PyComplex {
    pub real: f64,
    pub imag: f64,
}

impl PyPayload for PyComplex {}

pub fn new_complex(vm: &Vm, real: f64, imag: f64) -> PyRef {
    PyRef::new(PyComplex { real, imag }, vm.types.complex_type.clone())
}

/// Installs complex's slots.
pub fn init(_vm: &Vm) {}
