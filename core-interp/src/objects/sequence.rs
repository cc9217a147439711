//! Helpers shared by the sequence types: index normalization with CPython's
//! IndexError messages, slice resolution, lexicographic comparison, and the
//! generic iterator over an indexable payload.

use super::longobject::{as_int, IntValue};
use super::object::PyRef;
use super::sliceobject::PySlice;
use crate::compile::bytecode::CompareOperator;
use crate::vm::{PyResult, Vm};

/// A subscript: a single index or a resolved slice.
pub enum Subscript {
    Index(usize),
    Slice {
        start: isize,
        step: isize,
        len: usize,
    },
}

/// Resolves `key` against a sequence of length `len`; `what` names the
/// sequence in messages ("list", "tuple"…).
pub fn subscript(vm: &Vm, key: &PyRef, len: usize, what: &str) -> PyResult<Subscript> {
    if let Some(s) = key.downcast_ref::<PySlice>() {
        let (start, _stop, step, n) = s.indices(vm, len as isize)?;
        return Ok(Subscript::Slice {
            start,
            step,
            len: n,
        });
    }
    let i = index_value(vm, key, what)?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_index_error(format!("{what} index out of range")));
    }
    Ok(Subscript::Index(j as usize))
}

/// A subscript index from an int or `__index__` (CPython's
/// `PyNumber_AsSsize_t(key, PyExc_IndexError)`): values beyond the machine
/// word are an IndexError naming the key's type.
pub fn index_value(vm: &Vm, key: &PyRef, what: &str) -> PyResult<i64> {
    let i = match as_int(key) {
        Some(_) => key.clone(),
        None if super::typeobject::as_type(key.class())
            .slots
            .index
            .get()
            .is_some() =>
        {
            vm.index(key)?
        }
        None => {
            return Err(vm.new_type_error(format!(
                "{what} indices must be integers or slices, not {}",
                super::typeobject::class_name(key)
            )))
        }
    };
    match &as_int(&i).expect("int").value {
        IntValue::Small(v) => Ok(*v),
        IntValue::Big(_) => Err(vm.new_exception_msg(
            &vm.exceptions.index_error,
            format!(
                "cannot fit '{}' into an index-sized integer",
                super::typeobject::class_name(key)
            ),
        )),
    }
}

/// A machine-word integer argument (`list.insert`, `list.pop`): `__index__`,
/// then OverflowError if it does not fit.
pub fn ssize_arg(vm: &Vm, v: &PyRef) -> PyResult<i64> {
    let i = vm.index(v)?;
    match &as_int(&i).expect("int").value {
        IntValue::Small(v) => Ok(*v),
        IntValue::Big(_) => {
            Err(vm.new_overflow_error("Python int too large to convert to C ssize_t"))
        }
    }
}

/// A start/stop bound of `index`/`count`-style methods
/// (`_PyEval_SliceIndexNotNone`): `__index__`, huge values clamped.
pub fn slice_bound(vm: &Vm, v: &PyRef) -> PyResult<i64> {
    if as_int(v).is_none()
        && super::typeobject::as_type(v.class())
            .slots
            .index
            .get()
            .is_none()
    {
        return Err(vm.new_type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = vm.index(v)?;
    Ok(match &as_int(&i).expect("int").value {
        IntValue::Small(v) => *v,
        IntValue::Big(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN + 1,
        IntValue::Big(_) => i64::MAX,
    })
}

/// Items selected by a resolved slice.
pub fn slice_items<T: Clone>(items: &[T], start: isize, step: isize, len: usize) -> Vec<T> {
    (0..len)
        .map(|k| items[(start + k as isize * step) as usize].clone())
        .collect()
}

/// Lexicographic rich comparison of two item lists (identity implies equality).
pub fn compare_seqs(vm: &Vm, a: &[PyRef], b: &[PyRef], op: CompareOperator) -> PyResult {
    let n = a.len().min(b.len());
    for i in 0..n {
        let same = a[i].is(&b[i])
            || match crate::vm::fastpath::fast_compare_bool(vm, &a[i], &b[i], CompareOperator::Eq) {
                Some(r) => r,
                None => vm.eq(&a[i], &b[i])?,
            };
        if !same {
            return match op {
                CompareOperator::Eq => Ok(vm.false_.clone()),
                CompareOperator::Ne => Ok(vm.true_.clone()),
                _ => match crate::vm::fastpath::fast_compare(vm, &a[i], &b[i], op) {
                    Some(r) => Ok(r),
                    None => vm.richcompare(&a[i], &b[i], op),
                },
            };
        }
    }
    let ord = a.len().cmp(&b.len());
    Ok(vm.bool_obj(op.holds(ord)))
}

/// The repeat count of `seq * n` (negative counts give empty results).
pub fn repeat_count(vm: &Vm, n: &PyRef) -> PyResult<Option<usize>> {
    if as_int(n).is_none()
        && super::typeobject::as_type(n.class())
            .slots
            .index
            .get()
            .is_none()
    {
        return Ok(None);
    }
    let v = vm.index(n)?;
    match &as_int(&v).expect("int").value {
        IntValue::Small(k) => Ok(Some((*k).max(0) as usize)),
        IntValue::Big(b) if b.sign() == num_bigint::Sign::Minus => Ok(Some(0)),
        IntValue::Big(_) => Err(vm.new_overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            super::typeobject::class_name(n)
        ))),
    }
}

/// An empty vector with room for `len * k` items (`seq * k`), or
/// MemoryError when that many cannot be allocated.
pub fn repeat_buffer<T>(vm: &Vm, len: usize, k: usize) -> PyResult<Vec<T>> {
    let total = len.checked_mul(k).ok_or_else(|| vm.new_memory_error())?;
    let mut v = Vec::new();
    v.try_reserve_exact(total)
        .map_err(|_| vm.new_memory_error())?;
    Ok(v)
}

/// Guards `repr` of containers against infinite recursion (`[...]`).
pub struct ReprGuard {
    id: usize,
}

thread_local! {
    static REPR_STACK: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl ReprGuard {
    /// `None` if `obj` is already being repr'd on this thread.
    pub fn enter(obj: &PyRef) -> Option<ReprGuard> {
        let id = obj.id();
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if s.contains(&id) {
                None
            } else {
                s.push(id);
                Some(ReprGuard { id })
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(p) = s.iter().rposition(|&x| x == self.id) {
                s.remove(p);
            }
        });
    }
}
