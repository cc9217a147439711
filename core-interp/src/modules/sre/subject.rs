//! The string a pattern runs over: the code units of a str (bytes for an
//! all-ASCII str, 32-bit code points otherwise) or of a bytes object, and
//! slicing results back out of it as CPython's `getslice` does.

use crate::objects::bytesobject::{new_bytes, PyBytes};
use crate::objects::object::PyRef;
use crate::objects::typeobject::class_name;
use crate::objects::unicodeobject::{new_str_object, PyStr, StrData};
use crate::vm::{PyResult, Vm};

/// Borrowed code units of a subject.
pub enum Units<'a> {
    Narrow(&'a [u8]),
    Wide(&'a [u32]),
}

impl Units<'_> {
    pub fn len(&self) -> usize {
        match self {
            Units::Narrow(s) => s.len(),
            Units::Wide(s) => s.len(),
        }
    }
}

/// The code units of `obj` and whether it is a bytes-like object; None if
/// it is neither a str nor a bytes-like object.
pub fn units(obj: &PyRef) -> Option<(Units<'_>, bool)> {
    if let Some(s) = obj.downcast_ref::<PyStr>() {
        return Some(match &s.data {
            StrData::Ascii(a) => (Units::Narrow(a.as_bytes()), false),
            StrData::Wide(w) => (Units::Wide(w), false),
        });
    }
    if let Some(b) = obj.downcast_ref::<PyBytes>() {
        return Some((Units::Narrow(&b.data), true));
    }
    None
}

/// Like `units`, raising CPython's TypeError for other objects.
pub fn units_or_error<'a>(vm: &Vm, obj: &'a PyRef) -> PyResult<(Units<'a>, bool)> {
    units(obj).ok_or_else(|| {
        vm.new_type_error(format!(
            "expected string or bytes-like object, got '{}'",
            class_name(obj)
        ))
    })
}

/// `string[a:b]` as `re` returns it: a str for str subjects, bytes for
/// bytes-like ones (the object itself when it is an exact bytes taken whole).
pub fn slice(vm: &Vm, obj: &PyRef, a: usize, b: usize) -> PyRef {
    let b = b.max(a);
    if let Some(s) = obj.downcast_ref::<PyStr>() {
        if a == 0 && b == s.len() && obj.class().is(&vm.types.str_type) {
            return obj.clone();
        }
        return match &s.data {
            StrData::Ascii(x) => new_str_object(vm, &x[a..b]),
            StrData::Wide(w) => {
                PyRef::new(PyStr::from_code_points(&w[a..b]), vm.types.str_type.clone())
            }
        };
    }
    let d = &obj.downcast_ref::<PyBytes>().expect("bytes subject").data;
    if a == 0 && b == d.len() && obj.class().is(&vm.types.bytes_type) {
        return obj.clone();
    }
    new_bytes(vm, d[a..b].to_vec())
}

/// The empty str or bytes matching the subject's kind.
pub fn empty_like(vm: &Vm, is_bytes: bool) -> PyRef {
    if is_bytes {
        new_bytes(vm, Vec::new())
    } else {
        vm.empty_str.clone()
    }
}

/// Joins the pieces of a `sub()` result (`''.join` / `b''.join`), with
/// CPython's TypeError for items of the wrong kind.
pub fn join(vm: &Vm, pieces: &[PyRef], is_bytes: bool) -> PyResult {
    if is_bytes {
        let mut out = Vec::new();
        for (i, p) in pieces.iter().enumerate() {
            match p.downcast_ref::<PyBytes>() {
                Some(b) => out.extend_from_slice(&b.data),
                None => {
                    return Err(vm.new_type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        class_name(p)
                    )))
                }
            }
        }
        return Ok(new_bytes(vm, out));
    }
    let mut all_ascii = true;
    for (i, p) in pieces.iter().enumerate() {
        match p.downcast_ref::<PyStr>() {
            Some(s) => all_ascii &= s.is_ascii(),
            None => {
                return Err(vm.new_type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    class_name(p)
                )))
            }
        }
    }
    if all_ascii {
        let mut out = String::new();
        for p in pieces {
            out.push_str(
                p.downcast_ref::<PyStr>()
                    .and_then(|s| s.as_ascii())
                    .unwrap_or(""),
            );
        }
        return Ok(new_str_object(vm, &out));
    }
    let mut out: Vec<u32> = Vec::new();
    for p in pieces {
        out.extend(p.downcast_ref::<PyStr>().expect("checked").code_points());
    }
    Ok(PyRef::new(
        PyStr::from_code_points(&out),
        vm.types.str_type.clone(),
    ))
}
