//! `bytearray` from C, through functions only: `PyByteArray_AsString` is
//! the object's own storage (valid until Python resizes it, as in CPython).
//! The `PyByteArray_AS_STRING`/`GET_SIZE` macros read proxy fields this
//! module does not keep current (see README).

use super::{arg, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::objects::buffer::bytes_like_any;
use core_interp::objects::bytearrayobject::{new_bytearray, PyByteArray};
use core_interp::objects::object::PyRef;
use core_interp::vm::PyResult;
use libc::{c_char, c_int};

fn bytearray_arg(o: *mut PyObject) -> PyResult<PyRef> {
    let b = arg(o)?;
    if b.downcast_ref::<PyByteArray>().is_none() {
        return Err(vm().new_system_error("bad argument to internal function"));
    }
    Ok(b)
}

/// The contents of a bytes-like object (for `Concat`).
fn contents(o: &PyRef) -> PyResult<Vec<u8>> {
    let vm = vm();
    match bytes_like_any(vm, o)? {
        Some(b) => Ok(b.into_owned()),
        None => Err(vm.new_type_error(format!(
            "can't concat {} to {}",
            core_interp::objects::typeobject::class_name(o),
            "bytearray"
        ))),
    }
}

capi! {
    api fn PyByteArray_FromStringAndSize(s: *const c_char, n: isize) -> *mut PyObject {
        let vm = vm();
        if n < 0 {
            return Err(vm.new_system_error("Negative size passed to PyByteArray_FromStringAndSize"));
        }
        let data = if s.is_null() {
            vec![0; n as usize]
        } else {
            // SAFETY: C passes `n` readable bytes.
            unsafe { std::slice::from_raw_parts(s as *const u8, n as usize) }.to_vec()
        };
        Ok(ret(new_bytearray(vm, data)))
    }
    api fn PyByteArray_FromObject(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_positional(&vm.types.bytearray_type, &[arg(o)?])?))
    }
    api fn PyByteArray_Size(o: *mut PyObject) -> isize {
        let b = bytearray_arg(o)?;
        let n = b.downcast_ref::<PyByteArray>().unwrap().data.borrow().len();
        Ok(n as isize)
    }
    api fn PyByteArray_AsString(o: *mut PyObject) -> *mut c_char {
        let b = bytearray_arg(o)?;
        let ba = b.downcast_ref::<PyByteArray>().unwrap();
        let mut d = ba.data.borrow_mut();
        // CPython's storage always ends with a NUL after the items.
        let n = d.len();
        d.reserve(1);
        // SAFETY: one byte of spare capacity was reserved just above.
        unsafe { *d.as_mut_ptr().add(n) = 0 };
        Ok(d.as_mut_ptr() as *mut c_char)
    }
    api fn PyByteArray_Resize(o: *mut PyObject, n: isize) -> c_int {
        let vm = vm();
        let b = bytearray_arg(o)?;
        let ba = b.downcast_ref::<PyByteArray>().unwrap();
        if n < 0 {
            return Err(vm.new_value_error(format!("Can only resize to positive sizes, got {n}")));
        }
        let len = ba.data.borrow().len();
        if n as usize != len && ba.exports.get() > 0 {
            return Err(vm.new_exception_msg(
                &vm.exceptions.buffer_error,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        ba.data.borrow_mut().resize(n as usize, 0);
        Ok(0)
    }
    api fn PyByteArray_Concat(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        let mut data = contents(&arg(a)?)?;
        data.extend(contents(&arg(b)?)?);
        Ok(ret(new_bytearray(vm(), data)))
    }
}
