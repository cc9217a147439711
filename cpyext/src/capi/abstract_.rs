//! The number, sequence and mapping protocols (`PyNumber_*`,
//! `PySequence_*`, `PyMapping_*`).

use super::{arg, cstr, ret};
use crate::ffi::PyObject;
use crate::runtime::vm;
use core_interp::compile::bytecode::BinaryOperator as Op;
use core_interp::objects::object::PyRef;
use core_interp::objects::typeobject::class_type;
use core_interp::objects::unicodeobject::new_str_object;
use core_interp::vm::PyResult;
use libc::{c_char, c_int};

fn binop(a: *mut PyObject, b: *mut PyObject, op: Op, inplace: bool) -> PyResult<*mut PyObject> {
    Ok(ret(vm().binary_op(&arg(a)?, &arg(b)?, op, inplace)?))
}

capi! {
    api fn PyNumber_Add(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Add, false)
    }
    api fn PyNumber_InPlaceAdd(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Add, true)
    }
    api fn PyNumber_Subtract(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Subtract, false)
    }
    api fn PyNumber_InPlaceSubtract(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Subtract, true)
    }
    api fn PyNumber_Multiply(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Multiply, false)
    }
    api fn PyNumber_InPlaceMultiply(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Multiply, true)
    }
    api fn PyNumber_MatrixMultiply(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::MatrixMultiply, false)
    }
    api fn PyNumber_InPlaceMatrixMultiply(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::MatrixMultiply, true)
    }
    api fn PyNumber_FloorDivide(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::FloorDivide, false)
    }
    api fn PyNumber_InPlaceFloorDivide(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::FloorDivide, true)
    }
    api fn PyNumber_TrueDivide(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::TrueDivide, false)
    }
    api fn PyNumber_InPlaceTrueDivide(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::TrueDivide, true)
    }
    api fn PyNumber_Remainder(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Remainder, false)
    }
    api fn PyNumber_InPlaceRemainder(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Remainder, true)
    }
    api fn PyNumber_Lshift(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::LShift, false)
    }
    api fn PyNumber_InPlaceLshift(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::LShift, true)
    }
    api fn PyNumber_Rshift(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::RShift, false)
    }
    api fn PyNumber_InPlaceRshift(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::RShift, true)
    }
    api fn PyNumber_And(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::And, false)
    }
    api fn PyNumber_InPlaceAnd(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::And, true)
    }
    api fn PyNumber_Or(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Or, false)
    }
    api fn PyNumber_InPlaceOr(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Or, true)
    }
    api fn PyNumber_Xor(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Xor, false)
    }
    api fn PyNumber_InPlaceXor(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Xor, true)
    }
}

fn seq_index(i: isize) -> PyRef {
    core_interp::objects::longobject::new_int(vm(), i as i64)
}

capi! {
    api fn PyNumber_Power(a: *mut PyObject, b: *mut PyObject, m: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let m = crate::proxy::from_c_opt(m).filter(|m| !vm.is_none(m));
        Ok(ret(vm.power(&arg(a)?, &arg(b)?, m.as_ref(), false)?))
    }
    api fn PyNumber_InPlacePower(a: *mut PyObject, b: *mut PyObject, m: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let m = crate::proxy::from_c_opt(m).filter(|m| !vm.is_none(m));
        Ok(ret(vm.power(&arg(a)?, &arg(b)?, m.as_ref(), true)?))
    }
    api fn PyNumber_Divmod(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let f = vm.getattr_str(&vm.builtins_module(), "divmod")?;
        Ok(ret(vm.call_positional(&f, &[arg(a)?, arg(b)?])?))
    }
    api fn PyNumber_Negative(a: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().negative(&arg(a)?)?))
    }
    api fn PyNumber_Positive(a: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().positive(&arg(a)?)?))
    }
    api fn PyNumber_Invert(a: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().invert(&arg(a)?)?))
    }
    api fn PyNumber_Absolute(a: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().absolute(&arg(a)?)?))
    }
    api fn PyNumber_Index(a: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().index(&arg(a)?)?))
    }
    api fn _PyNumber_Index(a: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().index(&arg(a)?)?))
    }
    api fn PyNumber_AsSsize_t(a: *mut PyObject, exc: *mut PyObject) -> isize {
        let vm = vm();
        let v = vm.index(&arg(a)?)?;
        match core_interp::objects::longobject::int_to_i64(&v) {
            Some(i) => Ok(i as isize),
            None if exc.is_null() => {
                let neg = vm.richcompare(&v, &core_interp::objects::longobject::new_int(vm, 0), core_interp::compile::bytecode::CompareOperator::Lt)?;
                Ok(if vm.is_true(&neg)? { isize::MIN } else { isize::MAX })
            }
            None => Err(crate::capi::errors::normalize(&arg(exc)?, Some(new_str_object(vm, &format!("cannot fit '{}' into an index-sized integer", core_interp::objects::typeobject::class_name(&v)))))),
        }
    }
    api fn PyNumber_Long(a: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_positional(&vm.types.int_type, &[arg(a)?])?))
    }
    api fn PyNumber_Float(a: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_positional(&vm.types.float_type, &[arg(a)?])?))
    }
    api fn PyNumber_Check(a: *mut PyObject) -> c_int {
        let o = arg(a)?;
        let s = &class_type(&o).slots;
        Ok((s.index.get().is_some() || s.int.get().is_some() || s.float.get().is_some()) as c_int)
    }
    api fn PyIndex_Check(a: *mut PyObject) -> c_int {
        let o = arg(a)?;
        Ok(class_type(&o).slots.index.get().is_some() as c_int)
    }
    api fn PyNumber_ToBase(a: *mut PyObject, base: c_int) -> *mut PyObject {
        let vm = vm();
        let f = match base {
            2 => "bin",
            8 => "oct",
            16 => "hex",
            _ => return Ok(ret(vm.str(&vm.index(&arg(a)?)?)?)),
        };
        let f = vm.getattr_str(&vm.builtins_module(), f)?;
        Ok(ret(vm.call_positional(&f, &[arg(a)?])?))
    }
    api fn PySequence_Check(a: *mut PyObject) -> c_int {
        let o = arg(a)?;
        if o.downcast_ref::<core_interp::objects::dictobject::PyDict>().is_some() {
            return Ok(0);
        }
        Ok(class_type(&o).slots.getitem.get().is_some() as c_int)
    }
    api fn PySequence_Size(a: *mut PyObject) -> isize {
        Ok(vm().len(&arg(a)?)? as isize)
    }
    api fn PySequence_Length(a: *mut PyObject) -> isize {
        Ok(vm().len(&arg(a)?)? as isize)
    }
    api fn PySequence_GetItem(a: *mut PyObject, i: isize) -> *mut PyObject {
        let o = arg(a)?;
        let vm = vm();
        let mut i = i;
        if i < 0 {
            if let Ok(n) = vm.len(&o) {
                i += n as isize;
            }
        }
        Ok(ret(vm.getitem(&o, &seq_index(i))?))
    }
    api fn PySequence_SetItem(a: *mut PyObject, i: isize, v: *mut PyObject) -> c_int {
        let o = arg(a)?;
        vm().setitem(&o, seq_index(i), arg(v)?)?;
        Ok(0)
    }
    api fn PySequence_DelItem(a: *mut PyObject, i: isize) -> c_int {
        let o = arg(a)?;
        vm().delitem(&o, &seq_index(i))?;
        Ok(0)
    }
    api fn PySequence_GetSlice(a: *mut PyObject, lo: isize, hi: isize) -> *mut PyObject {
        let vm = vm();
        let s = vm.call_positional(&vm.types.slice_type, &[core_interp::objects::longobject::new_int(vm, lo as i64), core_interp::objects::longobject::new_int(vm, hi as i64)])?;
        Ok(ret(vm.getitem(&arg(a)?, &s)?))
    }
    api fn PySequence_Contains(a: *mut PyObject, v: *mut PyObject) -> c_int {
        Ok(vm().contains(&arg(a)?, &arg(v)?)? as c_int)
    }
    api fn PySequence_Concat(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Add, false)
    }
    api fn PySequence_Repeat(a: *mut PyObject, n: isize) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.binary_op(&arg(a)?, &core_interp::objects::longobject::new_int(vm, n as i64), Op::Multiply, false)?))
    }
    api fn PySequence_InPlaceConcat(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        binop(a, b, Op::Add, true)
    }
    api fn PySequence_InPlaceRepeat(a: *mut PyObject, n: isize) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.binary_op(&arg(a)?, &core_interp::objects::longobject::new_int(vm, n as i64), Op::Multiply, true)?))
    }
    api fn PySequence_Tuple(a: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(core_interp::objects::tupleobject::new_tuple(vm, vm.collect(&arg(a)?)?)))
    }
    api fn PySequence_List(a: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(core_interp::objects::listobject::new_list(vm, vm.collect(&arg(a)?)?)))
    }
    api fn PySequence_Fast(a: *mut PyObject, msg: *const c_char) -> *mut PyObject {
        let vm = vm();
        let o = arg(a)?;
        if o.downcast_ref::<core_interp::objects::listobject::PyList>().is_some() || core_interp::objects::tupleobject::tuple_items(&o).is_some() {
            return Ok(ret(o));
        }
        match vm.collect(&o) {
            Ok(items) => Ok(ret(core_interp::objects::listobject::new_list(vm, items))),
            Err(e) if e.matches(&vm.exceptions.type_error) => Err(vm.new_type_error(cstr(msg)?)),
            Err(e) => Err(e),
        }
    }
    api fn PySequence_Index(a: *mut PyObject, v: *mut PyObject) -> isize {
        let vm = vm();
        let r = vm.call_method(&arg(a)?, "index", &[arg(v)?])?;
        Ok(vm.index_isize(&r)?)
    }
    api fn PySequence_Count(a: *mut PyObject, v: *mut PyObject) -> isize {
        let vm = vm();
        let r = vm.call_method(&arg(a)?, "count", &[arg(v)?])?;
        Ok(vm.index_isize(&r)?)
    }
    api fn PyMapping_Check(a: *mut PyObject) -> c_int {
        let o = arg(a)?;
        Ok(class_type(&o).slots.getitem.get().is_some() as c_int)
    }
    api fn PyMapping_Size(a: *mut PyObject) -> isize {
        Ok(vm().len(&arg(a)?)? as isize)
    }
    api fn PyMapping_Length(a: *mut PyObject) -> isize {
        Ok(vm().len(&arg(a)?)? as isize)
    }
    api fn PyMapping_GetItemString(a: *mut PyObject, key: *const c_char) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.getitem(&arg(a)?, &new_str_object(vm, &cstr(key)?))?))
    }
    api fn PyMapping_SetItemString(a: *mut PyObject, key: *const c_char, v: *mut PyObject) -> c_int {
        let vm = vm();
        vm.setitem(&arg(a)?, new_str_object(vm, &cstr(key)?), arg(v)?)?;
        Ok(0)
    }
    api fn PyMapping_HasKeyString(a: *mut PyObject, key: *const c_char) -> c_int {
        let vm = vm();
        let k = new_str_object(vm, &cstr(key)?);
        Ok(vm.getitem(&arg(a)?, &k).is_ok() as c_int)
    }
    api fn PyMapping_HasKey(a: *mut PyObject, key: *mut PyObject) -> c_int {
        Ok(vm().getitem(&arg(a)?, &arg(key)?).is_ok() as c_int)
    }
    api fn PyMapping_Keys(a: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(core_interp::objects::listobject::new_list(vm, vm.collect(&vm.call_method(&arg(a)?, "keys", &[])?)?)))
    }
    api fn PyMapping_Values(a: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(core_interp::objects::listobject::new_list(vm, vm.collect(&vm.call_method(&arg(a)?, "values", &[])?)?)))
    }
    api fn PyMapping_Items(a: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(core_interp::objects::listobject::new_list(vm, vm.collect(&vm.call_method(&arg(a)?, "items", &[])?)?)))
    }
}
