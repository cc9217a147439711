//! `slice` objects and index normalization for sequences.

use super::object::{PyPayload, PyRef};
use crate::vm::{PyResult, Vm};

/// The payload of slice objects.
pub struct PySlice {
    pub start: PyRef,
    pub stop: PyRef,
    pub step: PyRef,
}

impl PyPayload for PySlice {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
}

pub fn new_slice(vm: &Vm, start: PyRef, stop: PyRef, step: Option<PyRef>) -> PyRef {
    let step = step.unwrap_or_else(|| vm.none.clone());
    PyRef::new(PySlice { start, stop, step }, vm.types.slice_type.clone())
}

impl PySlice {
    /// CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`: (start, stop, step, slicelength).
    pub fn indices(&self, vm: &Vm, len: isize) -> PyResult<(isize, isize, isize, usize)> {
        let step = if vm.is_none(&self.step) { 1 } else { clamp_index(vm, &self.step)? };
        if step == 0 {
            return Err(vm.new_value_error("slice step cannot be zero"));
        }
        let (def_start, def_stop) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let adjust = |v: &PyRef, default: isize| -> PyResult<isize> {
            if vm.is_none(v) {
                return Ok(default);
            }
            let mut i = clamp_index(vm, v)?;
            if i < 0 {
                i += len;
                if i < 0 {
                    i = if step < 0 { -1 } else { 0 };
                }
            } else if i >= len {
                i = if step < 0 { len - 1 } else { len };
            }
            Ok(i)
        };
        let start = adjust(&self.start, def_start)?;
        let stop = adjust(&self.stop, def_stop)?;
        let n = if step < 0 {
            if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok((start, stop, step, n as usize))
    }
}

/// An index from `__index__`, clamped to the isize range like `_PyEval_SliceIndex`.
fn clamp_index(vm: &Vm, v: &PyRef) -> PyResult<isize> {
    let i = vm.index(v).map_err(|_| vm.new_type_error("slice indices must be integers or None or have an __index__ method"))?;
    let iv = super::longobject::as_int(&i).unwrap();
    Ok(match &iv.value {
        super::longobject::IntValue::Small(s) => (*s).clamp(isize::MIN as i64 + 1, isize::MAX as i64) as isize,
        super::longobject::IntValue::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus { isize::MIN + 1 } else { isize::MAX }
        }
    })
}

/// Installs slice's slots.
pub fn init(_vm: &Vm) {}
