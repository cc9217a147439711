//! `UnicodeEncodeError`, `UnicodeDecodeError` and `UnicodeTranslateError`:
//! their constructors (argument checks as CPython's), the `encoding`,
//! `object`, `start`, `end` and `reason` attributes (kept in the instance
//! `__dict__`, so they are assignable), and `__str__`, which describes the
//! offending character or byte range from those attributes.

use super::object::PyRef;
use super::typeobject::{as_type, class_name};
use super::unicodeobject::PyStr;
use crate::vm::{CallArgs, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

fn kind_of(vm: &Vm, o: &PyRef) -> Kind {
    let t = o.class();
    if super::typeobject::is_subtype(t, &vm.exceptions.unicode_decode_error) {
        Kind::Decode
    } else if super::typeobject::is_subtype(t, &vm.exceptions.unicode_translate_error) {
        Kind::Translate
    } else {
        Kind::Encode
    }
}

fn arg_type_error(vm: &Vm, n: usize, want: &str, got: &PyRef) -> crate::vm::PyErr {
    vm.new_type_error(format!(
        "argument {n} must be {want}, not {}",
        class_name(got)
    ))
}

fn unicode_error_init(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let name = class_name(o);
    args.no_kwargs(vm, &name)?;
    let a = args.positional();
    let kind = kind_of(vm, o);
    let want = if kind == Kind::Translate { 4 } else { 5 };
    if let Some(x) = super::exceptions::as_exception(o) {
        *x.args.borrow_mut() = super::tupleobject::new_tuple(vm, a.to_vec());
    }
    if a.len() != want {
        return Err(vm.new_type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            a.len()
        )));
    }
    let mut i = 0;
    if kind != Kind::Translate {
        if a[0].downcast_ref::<PyStr>().is_none() {
            return Err(arg_type_error(vm, 1, "str", &a[0]));
        }
        vm.setattr_str(o, "encoding", a[0].clone())?;
        i = 1;
    }
    let object = if kind == Kind::Decode {
        match super::buffer::bytes_like(vm, &a[i])? {
            Some(b) => super::bytesobject::new_bytes(vm, b.into_owned()),
            None => return Err(arg_type_error(vm, i + 1, "bytes-like object", &a[i])),
        }
    } else {
        if a[i].downcast_ref::<PyStr>().is_none() {
            return Err(arg_type_error(vm, i + 1, "str", &a[i]));
        }
        a[i].clone()
    };
    for (k, what) in [(i + 1, "start"), (i + 2, "end")] {
        if super::longobject::as_int(&a[k]).is_none() {
            return Err(vm.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                class_name(&a[k])
            )));
        }
        vm.setattr_str(o, what, a[k].clone())?;
    }
    if a[i + 3].downcast_ref::<PyStr>().is_none() {
        return Err(arg_type_error(vm, i + 4, "str", &a[i + 3]));
    }
    vm.setattr_str(o, "object", object)?;
    vm.setattr_str(o, "reason", a[i + 3].clone())?;
    Ok(())
}

fn unicode_error_str(vm: &Vm, o: &PyRef) -> PyResult {
    let get = |n: &str| -> PyResult<Option<PyRef>> { vm.getattr_opt(o, &vm.intern(n)) };
    let (Some(object), Some(start), Some(end), Some(reason)) =
        (get("object")?, get("start")?, get("end")?, get("reason")?)
    else {
        // Created without the five attributes (e.g. `UnicodeError("msg")`-style): show args.
        let args = vm.getattr_str(o, "args")?;
        let items = super::tupleobject::tuple_items(&args)
            .map(|t| t.to_vec())
            .unwrap_or_default();
        return match items.len() {
            0 => Ok(vm.empty_str.clone()),
            1 => vm.str(&items[0]),
            _ => vm.str(&args),
        };
    };
    let reason = vm.str_string(&reason)?;
    let start = vm.index_isize(&start)?;
    let end = vm.index_isize(&end)?;
    let len = vm.len(&object)? as isize;
    let single = start >= 0 && start < len && end == start + 1;
    let kind = kind_of(vm, o);
    let encoding = match kind {
        Kind::Translate => String::new(),
        _ => match get("encoding")? {
            Some(e) => vm.str_string(&e)?,
            None => String::new(),
        },
    };
    let s = match kind {
        Kind::Decode if single => {
            let b = super::bytesobject::as_bytes(&object).map_or(0, |d| d[start as usize]);
            format!("'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
        }
        Kind::Decode => format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ),
        _ if single => {
            let c = object
                .downcast_ref::<PyStr>()
                .map_or(0, |s| s.char_at(start as usize));
            let shown = if c <= 0xFF {
                format!("\\x{c:02x}")
            } else if c <= 0xFFFF {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            if kind == Kind::Encode {
                format!("'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}")
            } else {
                format!("can't translate character '{shown}' in position {start}: {reason}")
            }
        }
        Kind::Encode => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
        Kind::Translate => format!(
            "can't translate characters in position {start}-{}: {reason}",
            end - 1
        ),
    };
    Ok(super::unicodeobject::new_str_object(vm, &s))
}

/// Installs the constructors and `__str__` of the three Unicode errors.
pub fn init(vm: &Vm) {
    for t in [
        &vm.exceptions.unicode_encode_error,
        &vm.exceptions.unicode_decode_error,
        &vm.exceptions.unicode_translate_error,
    ] {
        let s = &as_type(t).slots;
        s.init.set(Some(unicode_error_init));
        s.str.set(Some(unicode_error_str));
    }
}

fn new_error(vm: &Vm, ty: &PyRef, args: Vec<PyRef>) -> PyResult {
    let e = super::exceptions::PyBaseException::new_instance(vm, ty, args.clone());
    unicode_error_init(vm, &e, CallArgs::positional_only(&args))?;
    Ok(e)
}

fn five_args(
    vm: &Vm,
    encoding: &str,
    object: &PyRef,
    start: usize,
    end: usize,
    reason: &str,
) -> Vec<PyRef> {
    use super::longobject::new_int;
    use super::unicodeobject::new_str_object;
    vec![
        new_str_object(vm, encoding),
        object.clone(),
        new_int(vm, start as i64),
        new_int(vm, end as i64),
        new_str_object(vm, reason),
    ]
}

/// A new `UnicodeDecodeError(encoding, object, start, end, reason)`.
pub fn new_decode_error(
    vm: &Vm,
    encoding: &str,
    object: &PyRef,
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult {
    new_error(
        vm,
        &vm.exceptions.unicode_decode_error,
        five_args(vm, encoding, object, start, end, reason),
    )
}

/// A new `UnicodeEncodeError(encoding, object, start, end, reason)`.
pub fn new_encode_error(
    vm: &Vm,
    encoding: &str,
    object: &PyRef,
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult {
    new_error(
        vm,
        &vm.exceptions.unicode_encode_error,
        five_args(vm, encoding, object, start, end, reason),
    )
}
