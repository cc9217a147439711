//! `code`: a compiled body plus its constants materialized as objects.

use super::object::{PyPayload, PyRef};
use crate::compile::bytecode::{CodeObject, Constant};
use crate::vm::Vm;
use std::sync::Arc;

/// The payload of code objects.
pub struct PyCode {
    pub code: Arc<CodeObject>,
    /// `consts` as objects, index-parallel to `code.consts`.
    pub consts: Vec<PyRef>,
    /// `names` as interned str objects.
    pub names: Vec<PyRef>,
    /// `varnames` as interned str objects.
    pub varnames: Vec<PyRef>,
    /// `cellvars` then `freevars` as interned str objects.
    pub cell_names: Vec<PyRef>,
}

impl PyPayload for PyCode {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.consts.iter().for_each(visit);
    }
}

/// Wraps a compiled code object, materializing its constants.
pub fn new_code(vm: &Vm, code: Arc<CodeObject>) -> PyRef {
    let consts = code.consts.iter().map(|c| constant_to_object(vm, c)).collect();
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let varnames = code.varnames.iter().map(|n| vm.intern(n)).collect();
    let cell_names = code.cellvars.iter().chain(code.freevars.iter()).map(|n| vm.intern(n)).collect();
    PyRef::new(PyCode { code, consts, names, varnames, cell_names }, vm.types.code_type.clone())
}

/// Builds the object for a compile-time constant.
pub fn constant_to_object(vm: &Vm, c: &Constant) -> PyRef {
    use super::{complexobject, floatobject, longobject, tupleobject, unicodeobject};
    match c {
        Constant::None => vm.none.clone(),
        Constant::Ellipsis => vm.ellipsis.clone(),
        Constant::Bool(b) => vm.bool_obj(*b),
        Constant::Int(i) => longobject::new_bigint(vm, i.clone()),
        Constant::Float(f) => floatobject::new_float(vm, *f),
        Constant::Complex { real, imag } => complexobject::new_complex(vm, *real, *imag),
        Constant::Str(s) => vm.intern(s),
        Constant::StrCodePoints(cps) => PyRef::new(unicodeobject::PyStr::from_code_points(cps), vm.types.str_type.clone()),
        Constant::Bytes(b) => super::bytesobject::new_bytes(vm, b.to_vec()),
        Constant::Tuple(items) => tupleobject::new_tuple(vm, items.iter().map(|c| constant_to_object(vm, c)).collect()),
        Constant::FrozenSet(items) => {
            let items: Vec<PyRef> = items.iter().map(|c| constant_to_object(vm, c)).collect();
            super::setobject::new_frozenset(vm, items).expect("constant frozenset items are hashable")
        }
        Constant::Code(code) => new_code(vm, code.clone()),
    }
}

/// Installs the type's slots.
pub fn init(_vm: &Vm) {}
