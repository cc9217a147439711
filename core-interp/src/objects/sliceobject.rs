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
        let step = if vm.is_none(&self.step) {
            1
        } else {
            clamp_index(vm, &self.step)?
        };
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
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
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
    let i = vm.index(v).map_err(|_| {
        vm.new_type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    let iv = super::longobject::as_int(&i).unwrap();
    Ok(match &iv.value {
        super::longobject::IntValue::Small(s) => {
            (*s).clamp(isize::MIN as i64 + 1, isize::MAX as i64) as isize
        }
        super::longobject::IntValue::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                isize::MIN + 1
            } else {
                isize::MAX
            }
        }
    })
}

fn slice_new(vm: &Vm, _cls: &PyRef, args: crate::vm::CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "slice")?;
    let a = args.positional();
    let none = || vm.none.clone();
    match a.len() {
        1 => Ok(new_slice(vm, none(), a[0].clone(), None)),
        2 => Ok(new_slice(vm, a[0].clone(), a[1].clone(), None)),
        3 => Ok(new_slice(
            vm,
            a[0].clone(),
            a[1].clone(),
            Some(a[2].clone()),
        )),
        0 => Err(vm.new_type_error("slice expected at least 1 argument, got 0")),
        n => Err(vm.new_type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

fn of(o: &PyRef) -> &PySlice {
    o.downcast_ref::<PySlice>().expect("slice")
}

fn slice_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let s = of(o);
    let r = format!(
        "slice({}, {}, {})",
        vm.repr_string(&s.start)?,
        vm.repr_string(&s.stop)?,
        vm.repr_string(&s.step)?
    );
    Ok(super::unicodeobject::new_str_object(vm, &r))
}

fn indices(vm: &Vm, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "indices", 2, 2)?;
    let n = vm.index_isize(&a[1])?;
    if n < 0 {
        return Err(vm.new_value_error("length should not be negative"));
    }
    let (start, stop, step, _) = of(&a[0]).indices(vm, n)?;
    let i = |v: isize| super::longobject::new_int(vm, v as i64);
    Ok(super::tupleobject::new_tuple(
        vm,
        vec![i(start), i(stop), i(step)],
    ))
}

fn slice_richcompare(
    vm: &Vm,
    a: &PyRef,
    b: &PyRef,
    op: crate::compile::bytecode::CompareOperator,
) -> PyResult {
    let Some(y) = b.downcast_ref::<PySlice>() else {
        return Ok(vm.not_implemented.clone());
    };
    let x = of(a);
    let ta =
        super::tupleobject::new_tuple(vm, vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
    let tb =
        super::tupleobject::new_tuple(vm, vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
    vm.richcompare(&ta, &tb, op)
}

/// Installs slice's slots.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, add_methods, GetSetDef};
    let t = &vm.types.slice_type;
    let s = &super::typeobject::as_type(t).slots;
    s.new.set(Some(slice_new));
    s.repr.set(Some(slice_repr));
    s.richcompare.set(Some(slice_richcompare));
    s.hash.set(Some(super::slotfuncs::hash_not_implemented));
    add_methods(
        vm,
        t,
        &[super::methodobject::MethodDef::new("indices", indices)],
    );
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("start", |_, o| Ok(of(o).start.clone())),
            GetSetDef::new("stop", |_, o| Ok(of(o).stop.clone())),
            GetSetDef::new("step", |_, o| Ok(of(o).step.clone())),
        ],
    );
}
