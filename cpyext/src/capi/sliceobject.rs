//! `sliceobject.h`: slices from C (`PySlice_New`, `PySlice_Unpack`,
//! `PySlice_AdjustIndices`, `PySlice_GetIndicesEx`, the `_PyEval_SliceIndex`
//! helpers) with CPython's clamping and messages.

use super::{arg, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::objects::sliceobject::{new_slice, PySlice};
use core_interp::vm::PyResult;
use libc::c_int;

/// A slice bound as a C index: `__index__`, clamped to the `isize` range.
fn slice_index(o: &PyRef) -> PyResult<isize> {
    let vm = vm();
    let s = &core_interp::objects::typeobject::as_type(o.class()).slots;
    if s.index.get().is_none() {
        return Err(
            vm.new_type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let v = vm.index(o)?;
    Ok(match core_interp::objects::longobject::int_to_i64(&v) {
        Some(i) => i as isize,
        None => {
            let zero = core_interp::objects::longobject::new_int(vm, 0);
            let lt = core_interp::compile::bytecode::CompareOperator::Lt;
            if vm.is_true(&vm.richcompare(&v, &zero, lt)?)? {
                isize::MIN
            } else {
                isize::MAX
            }
        }
    })
}

/// `(start, stop, step)` of a slice before fitting them to a length.
fn unpack(s: &PyRef) -> PyResult<(isize, isize, isize)> {
    let vm = vm();
    let Some(sl) = s.downcast_ref::<PySlice>() else {
        return Err(vm.new_system_error("bad argument to internal function"));
    };
    let step = if vm.is_none(&sl.step) {
        1
    } else {
        let st = slice_index(&sl.step)?;
        if st == 0 {
            return Err(vm.new_value_error("slice step cannot be zero"));
        }
        st.max(-isize::MAX)
    };
    let start = if vm.is_none(&sl.start) {
        if step < 0 {
            isize::MAX
        } else {
            0
        }
    } else {
        slice_index(&sl.start)?
    };
    let stop = if vm.is_none(&sl.stop) {
        if step < 0 {
            isize::MIN
        } else {
            isize::MAX
        }
    } else {
        slice_index(&sl.stop)?
    };
    Ok((start, stop, step))
}

/// Fits `start`/`stop` to a sequence of `len` items; the slice's length.
fn adjust(len: isize, start: &mut isize, stop: &mut isize, step: isize) -> isize {
    for b in [&mut *start, &mut *stop] {
        if *b < 0 {
            *b = b.saturating_add(len);
            if *b < 0 {
                *b = if step < 0 { -1 } else { 0 };
            }
        } else if *b >= len {
            *b = if step < 0 { len - 1 } else { len };
        }
    }
    if step < 0 {
        if *stop < *start {
            return (*start - *stop - 1) / (-step) + 1;
        }
    } else if *start < *stop {
        return (*stop - *start - 1) / step + 1;
    }
    0
}

/// Writes `o` as a slice index to `pi`: 1, or 0 with the error set.
fn store_index(o: &PyRef, pi: *mut isize) -> c_int {
    match slice_index(o) {
        Ok(i) => {
            // SAFETY: C passes a writable out pointer.
            unsafe { *pi = i };
            1
        }
        Err(e) => {
            crate::runtime::set_error(e);
            0
        }
    }
}

capi! {
    api fn PySlice_New(start: *mut PyObject, stop: *mut PyObject, step: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let or_none = |p: *mut PyObject| crate::proxy::from_c_opt(p).unwrap_or_else(|| vm.none.clone());
        Ok(ret(new_slice(vm, or_none(start), or_none(stop), crate::proxy::from_c_opt(step))))
    }
    api fn PySlice_Unpack(s: *mut PyObject, start: *mut isize, stop: *mut isize, step: *mut isize) -> c_int {
        let (a, b, c) = unpack(&arg(s)?)?;
        // SAFETY: C passes writable out pointers.
        unsafe {
            *start = a;
            *stop = b;
            *step = c;
        }
        Ok(0)
    }
    api fn PySlice_AdjustIndices(len: isize, start: *mut isize, stop: *mut isize, step: isize) -> isize {
        // SAFETY: C passes the values PySlice_Unpack wrote.
        Ok(unsafe { adjust(len, &mut *start, &mut *stop, step) })
    }
    api fn PySlice_GetIndicesEx(s: *mut PyObject, len: isize, start: *mut isize, stop: *mut isize, step: *mut isize, slicelen: *mut isize) -> c_int {
        let (mut a, mut b, c) = match unpack(&arg(s)?) {
            Ok(v) => v,
            Err(e) => {
                // SAFETY: a writable out pointer.
                unsafe { *slicelen = 0 };
                return Err(e);
            }
        };
        let n = adjust(len, &mut a, &mut b, c);
        // SAFETY: C passes writable out pointers.
        unsafe {
            *start = a;
            *stop = b;
            *step = c;
            *slicelen = n;
        }
        Ok(0)
    }
    /// 1 on success, 0 (not -1) with the error set on failure.
    api fn _PyEval_SliceIndex(v: *mut PyObject, pi: *mut isize) -> c_int {
        let o = arg(v)?;
        if vm().is_none(&o) {
            return Ok(1);
        }
        Ok(store_index(&o, pi))
    }
    /// As `_PyEval_SliceIndex`, without accepting None.
    api fn _PyEval_SliceIndexNotNone(v: *mut PyObject, pi: *mut isize) -> c_int {
        Ok(store_index(&arg(v)?, pi))
    }
}
