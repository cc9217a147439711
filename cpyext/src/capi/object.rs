//! The object protocol (`PyObject_*` from object.h and abstract.h): attribute
//! access, calls, comparison, hashing, truth, repr/str, items, iteration.

use super::{arg, cstr, ret};
use crate::ffi::{PyObject, PyThreadState};
use crate::proxy;
use crate::runtime::vm;
use core_interp::compile::bytecode::CompareOperator;
use core_interp::objects::object::PyRef;
use core_interp::objects::unicodeobject::new_str_object;
use core_interp::vm::{CallArgs, PyResult};
use libc::{c_char, c_int};
use std::ptr::null_mut;

fn compare_op(op: c_int) -> PyResult<CompareOperator> {
    Ok(match op {
        0 => CompareOperator::Lt,
        1 => CompareOperator::Le,
        2 => CompareOperator::Eq,
        3 => CompareOperator::Ne,
        4 => CompareOperator::Gt,
        5 => CompareOperator::Ge,
        _ => return Err(vm().new_system_error("bad argument to internal function")),
    })
}

fn name_obj(name: *const c_char) -> PyResult<PyRef> {
    Ok(vm().intern(&cstr(name)?))
}

/// Calls `callable` with C arguments: a tuple (or NULL) and a dict (or NULL).
pub fn call_tuple_dict(callable: &PyRef, args: *mut PyObject, kw: *mut PyObject) -> PyResult {
    let vm = vm();
    let (a, names) = crate::cfunction::unpack_call(vm, args, kw)?;
    call_out(callable, CallArgs::new(&a, &names))
}

/// Calls into Python from C: the callee sees what C wrote into lists it was
/// given, and C sees what the callee changed (`mirror.rs`).
pub fn call_out(callable: &PyRef, args: CallArgs<'_>) -> PyResult {
    crate::mirror::leaving_c();
    let r = vm().call(callable, args);
    crate::mirror::flush();
    r
}

/// Vectorcall-style C arguments as Rust values.
pub fn vector_args(
    args: *const *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> PyResult<(Vec<PyRef>, Vec<PyRef>)> {
    let names = if kwnames.is_null() {
        Vec::new()
    } else {
        vm().collect(&proxy::from_c(kwnames))?
    };
    let n = (nargs & !(1usize << 63)) + names.len();
    // SAFETY: the caller passes `nargs` positional and len(kwnames) keyword values.
    let a = (0..n)
        .map(|i| proxy::from_c(unsafe { *args.add(i) }))
        .collect();
    Ok((a, names))
}

capi! {
    api fn PyObject_Repr(o: *mut PyObject) -> *mut PyObject {
        if o.is_null() {
            return Ok(ret(new_str_object(vm(), "<NULL>")));
        }
        Ok(ret(vm().repr(&arg(o)?)?))
    }
    api fn PyObject_Str(o: *mut PyObject) -> *mut PyObject {
        if o.is_null() {
            return Ok(ret(new_str_object(vm(), "<NULL>")));
        }
        Ok(ret(vm().str(&arg(o)?)?))
    }
    api fn PyObject_ASCII(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let f = vm.getattr_str(&vm.builtins_module(), "ascii")?;
        Ok(ret(vm.call_positional(&f, &[arg(o)?])?))
    }
    api fn PyObject_Bytes(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let o = arg(o)?;
        // __bytes__ first, then what PyBytes_FromObject accepts.
        if vm.lookup_special(&o, "__bytes__")?.is_some() {
            return Ok(ret(vm.call_positional(&vm.types.bytes_type, &[o])?));
        }
        Ok(ret(super::bytesobject::from_object(&o)?))
    }
    api fn PyObject_Format(o: *mut PyObject, spec: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let f = vm.getattr_str(&vm.builtins_module(), "format")?;
        let mut a = vec![arg(o)?];
        if !spec.is_null() {
            a.push(arg(spec)?);
        }
        Ok(ret(vm.call_positional(&f, &a)?))
    }
    api fn PyObject_Hash(o: *mut PyObject) -> isize {
        vm().hash(&arg(o)?)
    }
    api fn PyObject_HashNotImplemented(o: *mut PyObject) -> isize {
        let o = arg(o)?;
        Err(vm().new_type_error(format!("unhashable type: '{}'", core_interp::objects::typeobject::class_name(&o))))
    }
    api fn PyObject_RichCompare(a: *mut PyObject, b: *mut PyObject, op: c_int) -> *mut PyObject {
        Ok(ret(vm().richcompare(&arg(a)?, &arg(b)?, compare_op(op)?)?))
    }
    api fn PyObject_RichCompareBool(a: *mut PyObject, b: *mut PyObject, op: c_int) -> c_int {
        let (a, b) = (arg(a)?, arg(b)?);
        if a.is(&b) && (op == 2 || op == 3) {
            return Ok((op == 2) as c_int);
        }
        let vm = vm();
        let r = vm.richcompare(&a, &b, compare_op(op)?)?;
        Ok(vm.is_true(&r)? as c_int)
    }
    api fn PyObject_IsTrue(o: *mut PyObject) -> c_int {
        Ok(vm().is_true(&arg(o)?)? as c_int)
    }
    api fn PyObject_Not(o: *mut PyObject) -> c_int {
        Ok(!vm().is_true(&arg(o)?)? as c_int)
    }
    api fn PyObject_GetAttr(o: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().getattr(&arg(o)?, &arg(name)?)?))
    }
    api fn PyObject_GetAttrString(o: *mut PyObject, name: *const c_char) -> *mut PyObject {
        Ok(ret(vm().getattr(&arg(o)?, &name_obj(name)?)?))
    }
    /// The special method `name` of `o`'s type bound to `o`, or NULL
    /// without an exception (CPython's internal `_PyObject_LookupSpecial`).
    api fn _PyObject_LookupSpecialObj(o: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let name = vm.str_string(&arg(name)?)?;
        Ok(proxy::new_ref_opt(vm.lookup_special(&arg(o)?, &name)?))
    }
    api fn _PyObject_LookupAttr(o: *mut PyObject, name: *mut PyObject, result: *mut *mut PyObject) -> c_int {
        let r = vm().getattr_opt(&arg(o)?, &arg(name)?);
        // SAFETY: `result` points to a PyObject* the caller provides.
        unsafe { *result = null_mut() };
        let r = r?;
        Ok(match r {
            Some(v) => {
                // SAFETY: as above.
                unsafe { *result = ret(v) };
                1
            }
            None => 0,
        })
    }
    api fn PyObject_SetAttr(o: *mut PyObject, name: *mut PyObject, v: *mut PyObject) -> c_int {
        let v = proxy::from_c_opt(v);
        vm().setattr(&arg(o)?, &arg(name)?, v.as_ref())?;
        Ok(0)
    }
    api fn PyObject_SetAttrString(o: *mut PyObject, name: *const c_char, v: *mut PyObject) -> c_int {
        let v = proxy::from_c_opt(v);
        vm().setattr(&arg(o)?, &name_obj(name)?, v.as_ref())?;
        Ok(0)
    }
    api fn PyObject_HasAttr(o: *mut PyObject, name: *mut PyObject) -> c_int {
        Ok(match vm().getattr_opt(&arg(o)?, &arg(name)?) {
            Ok(Some(_)) => 1,
            _ => 0,
        })
    }
    api fn PyObject_HasAttrString(o: *mut PyObject, name: *const c_char) -> c_int {
        Ok(match vm().getattr_opt(&arg(o)?, &name_obj(name)?) {
            Ok(Some(_)) => 1,
            _ => 0,
        })
    }
    api fn PyObject_GenericGetAttr(o: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
        Ok(ret(core_interp::vm::attr::generic_getattr(vm(), &arg(o)?, &arg(name)?)?))
    }
    api fn PyObject_GenericSetAttr(o: *mut PyObject, name: *mut PyObject, v: *mut PyObject) -> c_int {
        let v = proxy::from_c_opt(v);
        core_interp::vm::attr::generic_setattr(vm(), &arg(o)?, &arg(name)?, v.as_ref())?;
        Ok(0)
    }
    // The instance dict lives on the oxpy object (not at tp_dictoffset).
    api fn PyObject_GenericGetDict(o: *mut PyObject, _ctx: *mut libc::c_void) -> *mut PyObject {
        Ok(ret(core_interp::objects::typeobject_attrs::instance_dict_get(vm(), &arg(o)?)?))
    }
    api fn PyObject_GenericSetDict(o: *mut PyObject, v: *mut PyObject, _ctx: *mut libc::c_void) -> c_int {
        let v = proxy::from_c_opt(v);
        core_interp::objects::typeobject_attrs::instance_dict_set(vm(), &arg(o)?, v.as_ref())?;
        Ok(0)
    }
    api fn PyObject_GetItem(o: *mut PyObject, key: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().getitem(&arg(o)?, &arg(key)?)?))
    }
    api fn PyObject_SetItem(o: *mut PyObject, key: *mut PyObject, v: *mut PyObject) -> c_int {
        vm().setitem(&arg(o)?, arg(key)?, arg(v)?)?;
        Ok(0)
    }
    api fn PyObject_DelItem(o: *mut PyObject, key: *mut PyObject) -> c_int {
        vm().delitem(&arg(o)?, &arg(key)?)?;
        Ok(0)
    }
    api fn PyObject_DelItemString(o: *mut PyObject, key: *const c_char) -> c_int {
        let vm = vm();
        vm.delitem(&arg(o)?, &new_str_object(vm, &cstr(key)?))?;
        Ok(0)
    }
    api fn PyObject_Size(o: *mut PyObject) -> isize {
        Ok(vm().len(&arg(o)?)? as isize)
    }
    api fn PyObject_Length(o: *mut PyObject) -> isize {
        Ok(vm().len(&arg(o)?)? as isize)
    }
    api fn PyObject_Type(o: *mut PyObject) -> *mut PyObject {
        Ok(ret(arg(o)?.class().clone()))
    }
    api fn PyObject_GetIter(o: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().get_iter(&arg(o)?)?))
    }
    api fn PyObject_SelfIter(o: *mut PyObject) -> *mut PyObject {
        Ok(ret(arg(o)?))
    }
    api fn PyIter_Next(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        // Exhaustion is NULL without an exception, even when the iterator
        // raised StopIteration itself (a generator's return).
        match vm.next(&arg(o)?) {
            Ok(v) => Ok(v.map_or(null_mut(), ret)),
            Err(e) if e.matches(&vm.exceptions.stop_iteration) => Ok(null_mut()),
            Err(e) => Err(e),
        }
    }
    api fn PyIter_Send(iter: *mut PyObject, v: *mut PyObject, result: *mut *mut PyObject) -> crate::ffi::PySendResult {
        use core_interp::vm::eval_support::{send, SendResult};
        let (kind, r) = match send(vm(), &arg(iter)?, arg(v)?) {
            Ok(SendResult::Yielded(y)) => (crate::ffi::PYGEN_NEXT, y),
            Ok(SendResult::Returned(r)) => (crate::ffi::PYGEN_RETURN, r),
            Err(e) => {
                // SAFETY: C passes a place for the result.
                unsafe { *result = null_mut() };
                return Err(e);
            }
        };
        // SAFETY: C passes a place for the result (a new reference).
        unsafe { *result = ret(r) };
        Ok(kind)
    }
    api fn PyObject_LengthHint(o: *mut PyObject, default: isize) -> isize {
        let vm = vm();
        let operator = core_interp::vm::import::import_module(vm, "operator")?;
        let f = vm.getattr_str(&operator, "length_hint")?;
        let r = vm.call_positional(&f, &[arg(o)?, core_interp::objects::longobject::new_int(vm, default as i64)])?;
        Ok(core_interp::objects::longobject::int_to_i64(&r).unwrap_or(default as i64) as isize)
    }
    api fn PyIter_Check(o: *mut PyObject) -> c_int {
        let o = arg(o)?;
        Ok(core_interp::objects::typeobject::class_type(&o).slots.iternext.get().is_some() as c_int)
    }
    api fn PyObject_IsInstance(o: *mut PyObject, cls: *mut PyObject) -> c_int {
        Ok(vm().isinstance(&arg(o)?, &arg(cls)?)? as c_int)
    }
    api fn PyObject_IsSubclass(o: *mut PyObject, cls: *mut PyObject) -> c_int {
        Ok(vm().issubclass(&arg(o)?, &arg(cls)?)? as c_int)
    }
    api fn PyCallable_Check(o: *mut PyObject) -> c_int {
        if o.is_null() {
            return Ok(0);
        }
        let o = arg(o)?;
        Ok(core_interp::objects::typeobject::class_type(&o).slots.call.get().is_some() as c_int)
    }
    api fn PyObject_Call(callable: *mut PyObject, args: *mut PyObject, kw: *mut PyObject) -> *mut PyObject {
        Ok(ret(call_tuple_dict(&arg(callable)?, args, kw)?))
    }
    api fn PyObject_CallObject(callable: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
        if !args.is_null() && arg(args)?.downcast_ref::<core_interp::objects::tupleobject::PyTuple>().is_none() {
            return Err(vm().new_type_error("argument list must be a tuple"));
        }
        Ok(ret(call_tuple_dict(&arg(callable)?, args, null_mut())?))
    }
    api fn PyEval_CallObjectWithKeywords(callable: *mut PyObject, args: *mut PyObject, kw: *mut PyObject) -> *mut PyObject {
        Ok(ret(call_tuple_dict(&arg(callable)?, args, kw)?))
    }
    api fn PyObject_CallOneArg(callable: *mut PyObject, a: *mut PyObject) -> *mut PyObject {
        Ok(ret(call_out(&arg(callable)?, CallArgs::new(&[arg(a)?], &[]))?))
    }
    api fn PyObject_CallMethodNoArgs(o: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
        let m = vm().getattr(&arg(o)?, &arg(name)?)?;
        Ok(ret(call_out(&m, CallArgs::new(&[], &[]))?))
    }
    api fn PyObject_CallMethodOneArg(o: *mut PyObject, name: *mut PyObject, a: *mut PyObject) -> *mut PyObject {
        let m = vm().getattr(&arg(o)?, &arg(name)?)?;
        Ok(ret(call_out(&m, CallArgs::new(&[arg(a)?], &[]))?))
    }
    api fn PyObject_CallNoArgs(callable: *mut PyObject) -> *mut PyObject {
        Ok(ret(call_out(&arg(callable)?, CallArgs::new(&[], &[]))?))
    }
    api fn PyObject_Vectorcall(callable: *mut PyObject, args: *const *mut PyObject, nargs: usize, kwnames: *mut PyObject) -> *mut PyObject {
        let (a, names) = vector_args(args, nargs, kwnames)?;
        Ok(ret(call_out(&arg(callable)?, CallArgs::new(&a, &names))?))
    }
    api fn _PyObject_MakeTpCall(_ts: *mut PyThreadState, callable: *mut PyObject, args: *const *mut PyObject, nargs: isize, kwnames: *mut PyObject) -> *mut PyObject {
        let (a, names) = vector_args(args, nargs as usize, kwnames)?;
        Ok(ret(call_out(&arg(callable)?, CallArgs::new(&a, &names))?))
    }
    api fn PyObject_VectorcallDict(callable: *mut PyObject, args: *const *mut PyObject, nargs: usize, kw: *mut PyObject) -> *mut PyObject {
        let (mut a, _) = vector_args(args, nargs, null_mut())?;
        let vm = vm();
        let (extra, names) = crate::cfunction::unpack_call(vm, null_mut(), kw)?;
        // Checked while the dict is unpacked, before the callee sees the
        // call (CPython's `_PyStack_UnpackDict`).
        let str_type = &vm.types.str_type;
        if names.iter().any(|n| !core_interp::objects::typeobject::is_subtype(n.class(), str_type)) {
            return Err(vm.new_type_error("keywords must be strings"));
        }
        a.extend(extra);
        Ok(ret(call_out(&arg(callable)?, CallArgs::new(&a, &names))?))
    }
    api fn PyObject_VectorcallMethod(name: *mut PyObject, args: *const *mut PyObject, nargs: usize, kwnames: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let (a, names) = vector_args(args, nargs, kwnames)?;
        let Some((obj, rest)) = a.split_first() else {
            return Err(vm.new_system_error("PyObject_VectorcallMethod called without self"));
        };
        let m = vm.getattr(obj, &arg(name)?)?;
        Ok(ret(call_out(&m, CallArgs::new(rest, &names))?))
    }
    /// A C object's own vectorcall function (numpy's ufuncs make this
    /// their `tp_call`); oxpy's callables (whose CPython counterparts all
    /// have one) are called directly.
    api fn PyVectorcall_Call(callable: *mut PyObject, args: *mut PyObject, kw: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let obj = arg(callable)?;
        let Some(f) = crate::vectorcall::function_of(callable) else {
            return Ok(ret(call_tuple_dict(&obj, args, kw)?));
        };
        let (a, names) = crate::cfunction::unpack_call(vm, args, kw)?;
        Ok(ret(crate::vectorcall::call(vm, f, callable, CallArgs::new(&a, &names))?))
    }
    api fn PyVectorcall_Function(callable: *mut PyObject) -> crate::ffi::vectorcallfunc {
        arg(callable)?;
        Ok(crate::vectorcall::function_of(callable))
    }
    api fn PyObject_Dir(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let f = vm.getattr_str(&vm.builtins_module(), "dir")?;
        let a: Vec<PyRef> = proxy::from_c_opt(o).into_iter().collect();
        Ok(ret(vm.call_positional(&f, &a)?))
    }
    api fn Py_Is(a: *mut PyObject, b: *mut PyObject) -> c_int {
        Ok((a == b) as c_int)
    }
    api fn Py_IsNone(a: *mut PyObject) -> c_int {
        Ok(arg(a)?.is(&vm().none) as c_int)
    }
    api fn Py_IsTrue(a: *mut PyObject) -> c_int {
        Ok(arg(a)?.is(&vm().true_) as c_int)
    }
    api fn Py_IsFalse(a: *mut PyObject) -> c_int {
        Ok(arg(a)?.is(&vm().false_) as c_int)
    }
    api fn Py_NewRef(a: *mut PyObject) -> *mut PyObject {
        proxy::incref(a);
        Ok(a)
    }
    api fn Py_XNewRef(a: *mut PyObject) -> *mut PyObject {
        if !a.is_null() {
            proxy::incref(a);
        }
        Ok(a)
    }
    api fn PyObject_Print(o: *mut PyObject, fp: *mut libc::FILE, flags: c_int) -> c_int {
        let vm = vm();
        let o = arg(o)?;
        let s = if flags & 1 != 0 { vm.str_string(&o)? } else { vm.repr_string(&o)? };
        let c = std::ffi::CString::new(s).unwrap_or_default();
        // SAFETY: `fp` is an open stdio stream from C.
        unsafe { libc::fputs(c.as_ptr(), fp) };
        Ok(0)
    }
    api fn PyObject_CallFinalizerFromDealloc(_o: *mut PyObject) -> c_int {
        Ok(0)
    }
}
