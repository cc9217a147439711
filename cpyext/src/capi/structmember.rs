//! `PyMemberDef` access: reading and writing C struct fields of an instance
//! by member type (`T_INT`, `T_OBJECT_EX`, …) with CPython's checks.

use crate::ffi::{self, PyObject};
use crate::proxy;
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::vm::{PyResult, Vm};
use std::ffi::CStr;

fn name(m: *const ffi::PyMemberDef) -> String {
    // SAFETY: a row of a static member table.
    unsafe { CStr::from_ptr((*m).name) }
        .to_string_lossy()
        .into_owned()
}

/// Reads member `m` of the instance at `p`.
pub fn member_get(vm: &Vm, p: *mut PyObject, m: *const ffi::PyMemberDef) -> PyResult {
    use core_interp::objects::longobject::{new_bigint, new_int};
    // SAFETY: `p` is an instance of the member's type, so the offset is
    // inside it and holds a field of the member's C type.
    unsafe {
        let addr = (p as *mut u8).add((*m).offset as usize);
        let t = (*m).type_ as u32;
        Ok(match t {
            ffi::T_SHORT => new_int(vm, *(addr as *const i16) as i64),
            ffi::T_INT => new_int(vm, *(addr as *const i32) as i64),
            ffi::T_LONG | ffi::T_LONGLONG | ffi::T_PYSSIZET => new_int(vm, *(addr as *const i64)),
            ffi::T_BYTE => new_int(vm, *(addr as *const i8) as i64),
            ffi::T_UBYTE => new_int(vm, *addr as i64),
            ffi::T_USHORT => new_int(vm, *(addr as *const u16) as i64),
            ffi::T_UINT => new_int(vm, *(addr as *const u32) as i64),
            ffi::T_ULONG | ffi::T_ULONGLONG => new_bigint(vm, (*(addr as *const u64)).into()),
            ffi::T_BOOL => vm.bool_obj(*addr != 0),
            ffi::T_FLOAT => {
                core_interp::objects::floatobject::new_float(vm, *(addr as *const f32) as f64)
            }
            ffi::T_DOUBLE => {
                core_interp::objects::floatobject::new_float(vm, *(addr as *const f64))
            }
            ffi::T_CHAR => core_interp::objects::unicodeobject::new_str_object(
                vm,
                &((*addr) as char).to_string(),
            ),
            ffi::T_STRING | ffi::T_STRING_INPLACE => {
                let s = if t == ffi::T_STRING {
                    *(addr as *const *const libc::c_char)
                } else {
                    addr as *const libc::c_char
                };
                if s.is_null() {
                    vm.none.clone()
                } else {
                    core_interp::objects::unicodeobject::new_str_object(
                        vm,
                        &CStr::from_ptr(s).to_string_lossy(),
                    )
                }
            }
            ffi::T_OBJECT | ffi::T_OBJECT_EX => {
                let o = *(addr as *const *mut PyObject);
                if o.is_null() {
                    if t == ffi::T_OBJECT_EX {
                        // CPython names the type by its whole tp_name here.
                        let owner = CStr::from_ptr((*(*p).ob_type).tp_name).to_string_lossy();
                        return Err(vm.new_attribute_error(format!(
                            "'{owner}' object has no attribute '{}'",
                            name(m)
                        )));
                    }
                    vm.none.clone()
                } else {
                    proxy::from_c(o)
                }
            }
            ffi::T_NONE => vm.none.clone(),
            _ => return Err(vm.new_system_error("bad memberdescr type")),
        })
    }
}

/// Writes (or, with `None`, deletes) member `m` of the instance at `p`.
pub fn member_set(
    vm: &Vm,
    p: *mut PyObject,
    m: *const ffi::PyMemberDef,
    value: Option<&PyRef>,
) -> PyResult<()> {
    // SAFETY: as in `member_get`.
    unsafe {
        if (*m).flags as u32 & ffi::READONLY != 0 {
            return Err(vm.new_attribute_error("readonly attribute"));
        }
        let addr = (p as *mut u8).add((*m).offset as usize);
        let t = (*m).type_ as u32;
        let Some(v) = value else {
            return match t {
                ffi::T_OBJECT | ffi::T_OBJECT_EX => {
                    let old = *(addr as *mut *mut PyObject);
                    if old.is_null() && t == ffi::T_OBJECT_EX {
                        return Err(vm.new_attribute_error(name(m)));
                    }
                    *(addr as *mut *mut PyObject) = std::ptr::null_mut();
                    if !old.is_null() {
                        proxy::decref(old);
                    }
                    Ok(())
                }
                _ => Err(vm.new_type_error("can't delete numeric/char attribute")),
            };
        };
        // PyLong_AsLong (through __index__) with the overflow message of the
        // C type being written.
        let long = |too_big: &str| -> PyResult<i64> {
            match crate::capi::longobject::index_value(v)? {
                core_interp::objects::longobject::IntValue::Small(i) => Ok(i),
                _ => Err(vm.new_overflow_error(too_big)),
            }
        };
        let c_long = || long("Python int too large to convert to C long");
        let warn =
            |msg: &str| crate::capi::warnings::warn(vm.exceptions.runtime_warning.clone(), msg, 1);
        // The unsigned fields take negative values too, with a warning.
        let unsigned = || -> PyResult<(u64, bool)> {
            let big = crate::capi::longobject::index_value(v)?.to_big();
            if big.sign() == num_bigint::Sign::Minus {
                return Ok((c_long()? as u64, true));
            }
            num_traits::ToPrimitive::to_u64(&big)
                .map(|u| (u, false))
                .ok_or_else(|| {
                    vm.new_overflow_error("Python int too large to convert to C unsigned long")
                })
        };
        match t {
            ffi::T_BYTE => {
                let x = c_long()?;
                *(addr as *mut i8) = x as i8;
                if x < i8::MIN as i64 || x > i8::MAX as i64 {
                    warn("Truncation of value to char")?;
                }
            }
            ffi::T_UBYTE => {
                let x = c_long()?;
                *addr = x as u8;
                if !(0..=u8::MAX as i64).contains(&x) {
                    warn("Truncation of value to unsigned char")?;
                }
            }
            ffi::T_SHORT => {
                let x = c_long()?;
                *(addr as *mut i16) = x as i16;
                if x < i16::MIN as i64 || x > i16::MAX as i64 {
                    warn("Truncation of value to short")?;
                }
            }
            ffi::T_USHORT => {
                let x = c_long()?;
                *(addr as *mut u16) = x as u16;
                if !(0..=u16::MAX as i64).contains(&x) {
                    warn("Truncation of value to unsigned short")?;
                }
            }
            ffi::T_INT => {
                let x = c_long()?;
                *(addr as *mut i32) = x as i32;
                if x < i32::MIN as i64 || x > i32::MAX as i64 {
                    warn("Truncation of value to int")?;
                }
            }
            ffi::T_UINT => {
                let (u, negative) = unsigned()?;
                *(addr as *mut u32) = u as u32;
                if negative {
                    warn("Writing negative value into unsigned field")?;
                }
                if u > u32::MAX as u64 {
                    warn("Truncation of value to unsigned int")?;
                }
            }
            ffi::T_ULONG => {
                let (u, negative) = unsigned()?;
                *(addr as *mut u64) = u;
                if negative {
                    warn("Writing negative value into unsigned field")?;
                }
            }
            ffi::T_LONG => *(addr as *mut i64) = c_long()?,
            ffi::T_PYSSIZET => {
                *(addr as *mut i64) = long("Python int too large to convert to C ssize_t")?
            }
            ffi::T_LONGLONG => *(addr as *mut i64) = long("int too big to convert")?,
            ffi::T_ULONGLONG => {
                *(addr as *mut u64) = match core_interp::objects::longobject::as_int(v) {
                    Some(i) => {
                        let big = i.value.to_big();
                        if big.sign() == num_bigint::Sign::Minus {
                            return Err(
                                vm.new_overflow_error("can't convert negative int to unsigned")
                            );
                        }
                        num_traits::ToPrimitive::to_u64(&big)
                            .ok_or_else(|| vm.new_overflow_error("int too big to convert"))?
                    }
                    None => c_long()? as u64,
                }
            }
            ffi::T_BOOL => {
                if !v.class().is(&vm.types.bool_type) {
                    return Err(vm.new_type_error("attribute value type must be bool"));
                }
                *addr = v.is(&vm.true_) as u8
            }
            ffi::T_DOUBLE => *(addr as *mut f64) = crate::capi::floatobject::as_double(v)?,
            ffi::T_FLOAT => *(addr as *mut f32) = crate::capi::floatobject::as_double(v)? as f32,
            ffi::T_CHAR => {
                let s = v
                    .downcast_ref::<core_interp::objects::unicodeobject::PyStr>()
                    .map(|_| vm.str_string(v))
                    .transpose()?
                    .filter(|s| s.len() == 1)
                    .ok_or_else(|| vm.new_type_error("bad argument type for built-in operation"))?;
                *addr = s.as_bytes()[0];
            }
            ffi::T_OBJECT | ffi::T_OBJECT_EX => {
                let old = *(addr as *mut *mut PyObject);
                *(addr as *mut *mut PyObject) = proxy::new_ref(v.clone());
                if !old.is_null() {
                    proxy::decref(old);
                }
            }
            _ => return Err(vm.new_type_error("readonly attribute")),
        }
        Ok(())
    }
}

capi! {
    api fn PyMember_GetOne(obj: *const libc::c_char, m: *mut ffi::PyMemberDef) -> *mut PyObject {
        Ok(proxy::new_ref(member_get(vm(), obj as *mut PyObject, m)?))
    }
    api fn PyMember_SetOne(obj: *mut libc::c_char, m: *mut ffi::PyMemberDef, v: *mut PyObject) -> libc::c_int {
        let v = proxy::from_c_opt(v);
        member_set(vm(), obj as *mut PyObject, m, v.as_ref())?;
        Ok(0)
    }
}
