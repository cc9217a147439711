//! `str` from C: creation from UTF-8, the UTF-8 view (`PyUnicode_AsUTF8`,
//! cached in the compact proxy as CPython caches it), comparison,
//! concatenation and interning.

use super::{arg, cstr, ret};
use crate::ffi::{self, PyObject};
use crate::proxy;
use crate::runtime::vm;
use core_interp::objects::object::PyRef;
use core_interp::objects::unicodeobject::{as_str, new_str_object, PyStr};
use core_interp::vm::PyResult;
use libc::{c_char, c_int};
use std::ptr::null_mut;

fn decode_utf8(bytes: &[u8]) -> PyResult<PyRef> {
    let vm = vm();
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(new_str_object(vm, s)),
        Err(e) => {
            let b = core_interp::objects::bytesobject::new_bytes(vm, bytes.to_vec());
            let r = vm.call_method(&b, "decode", &[new_str_object(vm, "utf-8")]);
            match r {
                Ok(s) => Ok(s),
                Err(err) => Err(if err.matches(&vm.exceptions.unicode_decode_error) {
                    err
                } else {
                    vm.new_value_error(e.to_string())
                }),
            }
        }
    }
}

fn str_arg(o: *mut PyObject) -> PyResult<PyRef> {
    let o = arg(o)?;
    if as_str(&o).is_none() {
        return Err(vm().new_type_error("bad argument type for built-in operation"));
    }
    Ok(o)
}

/// The UTF-8 bytes of a str proxy (cached in the proxy), and their length.
fn utf8_of(p: *mut PyObject) -> PyResult<(*const c_char, isize)> {
    let o = str_arg(p)?;
    let p = proxy::to_c(&o);
    // SAFETY: str proxies are compact unicode objects (see layouts.rs).
    unsafe {
        let a = p as *mut ffi::PyASCIIObject;
        if (*a).state.ascii() != 0 {
            return Ok(((a.add(1)) as *const c_char, (*a).length));
        }
        let c = p as *mut ffi::PyCompactUnicodeObject;
        if (*c).utf8.is_null() {
            let s = as_str(&o).unwrap();
            if s.has_surrogates() {
                let vm = vm();
                return Err(vm
                    .call_method(&o, "encode", &[new_str_object(vm, "utf-8")])
                    .err()
                    .unwrap_or_else(|| vm.new_value_error("surrogates not allowed")));
            }
            let text = s.to_string_lossy();
            let buf = libc::malloc(text.len() + 1) as *mut u8;
            std::ptr::copy_nonoverlapping(text.as_ptr(), buf, text.len());
            *buf.add(text.len()) = 0;
            (*c).utf8 = buf as *mut c_char;
            (*c).utf8_length = text.len() as isize;
        }
        Ok(((*c).utf8, (*c).utf8_length))
    }
}

capi! {
    api fn PyUnicode_FromString(s: *const c_char) -> *mut PyObject {
        // SAFETY: a NUL-terminated C string.
        let bytes = unsafe { std::ffi::CStr::from_ptr(s) }.to_bytes();
        Ok(ret(decode_utf8(bytes)?))
    }
    api fn PyUnicode_FromStringAndSize(s: *const c_char, n: isize) -> *mut PyObject {
        if n < 0 {
            return Err(vm().new_system_error("Negative size passed to PyUnicode_FromStringAndSize"));
        }
        if s.is_null() {
            return Err(crate::runtime::not_implemented("PyUnicode_FromStringAndSize(NULL, n)"));
        }
        // SAFETY: `s` has `n` readable bytes.
        let bytes = unsafe { std::slice::from_raw_parts(s as *const u8, n as usize) };
        Ok(ret(decode_utf8(bytes)?))
    }
    api fn PyUnicode_DecodeUTF8(s: *const c_char, n: isize, _errors: *const c_char) -> *mut PyObject {
        // SAFETY: `s` has `n` readable bytes.
        let bytes = unsafe { std::slice::from_raw_parts(s as *const u8, n.max(0) as usize) };
        Ok(ret(decode_utf8(bytes)?))
    }
    api fn PyUnicode_FromOrdinal(c: c_int) -> *mut PyObject {
        if !(0..=0x10ffff).contains(&c) {
            return Err(vm().new_value_error("chr() arg not in range(0x110000)"));
        }
        Ok(ret(core_interp::objects::object::PyRef::new(PyStr::from_code_points(&[c as u32]), vm().types.str_type.clone())))
    }
    api fn PyUnicode_AsUTF8AndSize(o: *mut PyObject, size: *mut isize) -> *const c_char {
        let (p, n) = utf8_of(o)?;
        if !size.is_null() {
            // SAFETY: writable size slot.
            unsafe { *size = n };
        }
        Ok(p)
    }
    api fn PyUnicode_AsUTF8(o: *mut PyObject) -> *const c_char {
        Ok(utf8_of(o)?.0)
    }
    api fn PyUnicode_AsUTF8String(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_method(&str_arg(o)?, "encode", &[new_str_object(vm, "utf-8")])?))
    }
    api fn PyUnicode_AsASCIIString(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_method(&str_arg(o)?, "encode", &[new_str_object(vm, "ascii")])?))
    }
    api fn PyUnicode_AsLatin1String(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_method(&str_arg(o)?, "encode", &[new_str_object(vm, "latin-1")])?))
    }
    api fn PyUnicode_AsEncodedString(o: *mut PyObject, encoding: *const c_char, errors: *const c_char) -> *mut PyObject {
        let vm = vm();
        let mut a = vec![new_str_object(vm, if encoding.is_null() { "utf-8".into() } else { cstr(encoding)? }.as_ref())];
        if !errors.is_null() {
            a.push(new_str_object(vm, &cstr(errors)?));
        }
        Ok(ret(vm.call_method(&str_arg(o)?, "encode", &a)?))
    }
    api fn PyUnicode_Decode(s: *const c_char, n: isize, encoding: *const c_char, errors: *const c_char) -> *mut PyObject {
        let vm = vm();
        // SAFETY: `s` has `n` readable bytes.
        let bytes = unsafe { std::slice::from_raw_parts(s as *const u8, n.max(0) as usize) };
        let b = core_interp::objects::bytesobject::new_bytes(vm, bytes.to_vec());
        let mut a = vec![new_str_object(vm, if encoding.is_null() { "utf-8".into() } else { cstr(encoding)? }.as_ref())];
        if !errors.is_null() {
            a.push(new_str_object(vm, &cstr(errors)?));
        }
        Ok(ret(vm.call_method(&b, "decode", &a)?))
    }
    api fn PyUnicode_GetLength(o: *mut PyObject) -> isize {
        Ok(as_str(&str_arg(o)?).unwrap().len() as isize)
    }
    api fn PyUnicode_ReadChar(o: *mut PyObject, i: isize) -> u32 {
        let o = str_arg(o)?;
        let s = as_str(&o).unwrap();
        if i < 0 || i as usize >= s.len() {
            return Err(vm().new_index_error("string index out of range"));
        }
        Ok(s.char_at(i as usize))
    }
    api fn PyUnicode_Format(format: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        let f = arg(format)?;
        if f.downcast_ref::<core_interp::objects::unicodeobject::PyStr>().is_none() {
            return Err(vm.new_type_error(format!("must be str, not {}", core_interp::objects::typeobject::class_name(&f))));
        }
        Ok(ret(vm.binary_op(&f, &arg(args)?, core_interp::compile::bytecode::BinaryOperator::Remainder, false)?))
    }
    api fn PyUnicode_Concat(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().binary_op(&arg(a)?, &arg(b)?, core_interp::compile::bytecode::BinaryOperator::Add, false)?))
    }
    api fn PyUnicode_Append(pleft: *mut *mut PyObject, right: *mut PyObject) {
        // SAFETY: `pleft` holds an owned reference (or NULL).
        unsafe {
            let l = *pleft;
            if l.is_null() {
                return Ok(());
            }
            let r = PyUnicode_Concat(l, right);
            proxy::decref(l);
            *pleft = r;
        }
        Ok(())
    }
    api fn PyUnicode_AppendAndDel(pleft: *mut *mut PyObject, right: *mut PyObject) {
        PyUnicode_Append(pleft, right);
        if !right.is_null() {
            proxy::decref(right);
        }
        Ok(())
    }
    api fn PyUnicode_Compare(a: *mut PyObject, b: *mut PyObject) -> c_int {
        let (a, b) = (str_arg(a)?, str_arg(b)?);
        let (x, y) = (as_str(&a).unwrap().to_code_points(), as_str(&b).unwrap().to_code_points());
        Ok(x.cmp(&y) as c_int)
    }
    api fn PyUnicode_CompareWithASCIIString(a: *mut PyObject, s: *const c_char) -> c_int {
        let a = str_arg(a)?;
        let x = as_str(&a).unwrap().to_code_points();
        // SAFETY: NUL-terminated C string.
        let y: Vec<u32> = unsafe { std::ffi::CStr::from_ptr(s) }.to_bytes().iter().map(|&b| b as u32).collect();
        Ok(x.cmp(&y) as c_int)
    }
    /// Whether the str `a` equals the ASCII C string `s`; never fails (a
    /// non-str is unequal), as CPython's: callers test the result as a bool.
    api fn _PyUnicode_EqualToASCIIString(a: *mut PyObject, s: *const c_char) -> c_int {
        let Some(a) = crate::proxy::from_c_opt(a) else { return Ok(0) };
        let Some(x) = as_str(&a) else { return Ok(0) };
        // SAFETY: NUL-terminated C string.
        let y = unsafe { std::ffi::CStr::from_ptr(s) }.to_bytes();
        Ok(x.to_code_points().into_iter().eq(y.iter().map(|&b| b as u32)) as c_int)
    }
    api fn PyUnicode_Contains(a: *mut PyObject, b: *mut PyObject) -> c_int {
        Ok(vm().contains(&arg(a)?, &arg(b)?)? as c_int)
    }
    api fn PyUnicode_Join(sep: *mut PyObject, seq: *mut PyObject) -> *mut PyObject {
        Ok(ret(vm().call_method(&arg(sep)?, "join", &[arg(seq)?])?))
    }
    api fn PyUnicode_InternFromString(s: *const c_char) -> *mut PyObject {
        Ok(ret(vm().intern(&cstr(s)?)))
    }
    api fn PyUnicode_InternInPlace(p: *mut *mut PyObject) {
        // SAFETY: `p` holds an owned reference to a str.
        unsafe {
            let o = proxy::from_c(*p);
            if let Some(s) = as_str(&o) {
                let interned = vm().intern(&s.to_string_lossy());
                if !interned.is(&o) {
                    proxy::decref(*p);
                    *p = ret(interned);
                }
            }
        }
        Ok(())
    }
    api fn PyUnicode_FromObject(o: *mut PyObject) -> *mut PyObject {
        let o = arg(o)?;
        if as_str(&o).is_none() {
            return Err(vm().new_type_error(format!("Can't convert '{}' object to str implicitly", core_interp::objects::typeobject::class_name(&o))));
        }
        Ok(ret(o))
    }
    api fn PyUnicode_FromEncodedObject(o: *mut PyObject, encoding: *const c_char, errors: *const c_char) -> *mut PyObject {
        let o = arg(o)?;
        let b = core_interp::objects::bytesobject::as_bytes(&o).map(|b| b.to_vec()).ok_or_else(|| vm().new_type_error("decoding to str: need a bytes-like object"))?;
        Ok(PyUnicode_Decode(b.as_ptr() as *const c_char, b.len() as isize, encoding, errors))
    }
    api fn PyUnicode_Substring(o: *mut PyObject, start: isize, end: isize) -> *mut PyObject {
        let o = str_arg(o)?;
        let cps = as_str(&o).unwrap().to_code_points();
        let e = (end.max(0) as usize).min(cps.len());
        let s = (start.max(0) as usize).min(e);
        Ok(ret(core_interp::objects::object::PyRef::new(PyStr::from_code_points(&cps[s..e]), vm().types.str_type.clone())))
    }
    api fn PyUnicode_Split(s: *mut PyObject, sep: *mut PyObject, maxsplit: isize) -> *mut PyObject {
        let vm = vm();
        let sep = proxy::from_c_opt(sep).unwrap_or_else(|| vm.none.clone());
        Ok(ret(vm.call_method(&arg(s)?, "split", &[sep, core_interp::objects::longobject::new_int(vm, maxsplit as i64)])?))
    }
    api fn PyUnicode_Replace(s: *mut PyObject, a: *mut PyObject, b: *mut PyObject, count: isize) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_method(&arg(s)?, "replace", &[arg(a)?, arg(b)?, core_interp::objects::longobject::new_int(vm, count as i64)])?))
    }
    api fn PyUnicode_FromWideChar(w: *const libc::wchar_t, n: isize) -> *mut PyObject {
        // SAFETY: `w` has `n` (or, with -1, NUL-terminated) wide characters.
        let cps: Vec<u32> = unsafe {
            let len = if n < 0 { libc::wcslen(w) } else { n as usize };
            std::slice::from_raw_parts(w, len).iter().map(|&c| c as u32).collect()
        };
        Ok(ret(core_interp::objects::object::PyRef::new(PyStr::from_code_points(&cps), vm().types.str_type.clone())))
    }
    api fn _PyUnicode_Ready(_o: *mut PyObject) -> c_int {
        Ok(0)
    }
    api fn PyUnicode_GetDefaultEncoding() -> *const c_char {
        Ok(c"utf-8".as_ptr())
    }
    api fn _PyUnicode_AsString(o: *mut PyObject) -> *const c_char {
        Ok(utf8_of(o)?.0)
    }
    api fn PyUnicode_AsUCS4Copy(o: *mut PyObject) -> *mut u32 {
        let o = str_arg(o)?;
        let cps = as_str(&o).unwrap().to_code_points();
        // SAFETY: allocating len+1 code points for C to free with PyMem_Free.
        unsafe {
            let buf = libc::malloc(4 * (cps.len() + 1)) as *mut u32;
            if buf.is_null() {
                return Ok(null_mut());
            }
            std::ptr::copy_nonoverlapping(cps.as_ptr(), buf, cps.len());
            *buf.add(cps.len()) = 0;
            Ok(buf)
        }
    }
    api fn PyUnicode_AsUCS4(o: *mut PyObject, buf: *mut u32, size: isize, copy_null: c_int) -> *mut u32 {
        let vm = vm();
        if buf.is_null() || size < 0 {
            return Err(vm.new_system_error("bad argument to internal function"));
        }
        let o = str_arg(o)?;
        let cps = as_str(&o).unwrap().to_code_points();
        let need = cps.len() + (copy_null != 0) as usize;
        // SAFETY: the caller's buffer holds `size` code points.
        unsafe {
            if (size as usize) < need {
                if copy_null != 0 && size > 0 {
                    *buf = 0;
                }
                return Err(vm.new_system_error("string is longer than the buffer"));
            }
            std::ptr::copy_nonoverlapping(cps.as_ptr(), buf, cps.len());
            if copy_null != 0 {
                *buf.add(cps.len()) = 0;
            }
        }
        Ok(buf)
    }
    /// 1 if `sub` matches `s[start:end]` at its start (`direction` -1)
    /// or end, else 0: `str.startswith`/`endswith`.
    api fn PyUnicode_Tailmatch(s: *mut PyObject, sub: *mut PyObject, start: isize, end: isize, direction: c_int) -> isize {
        let vm = vm();
        let (s, sub) = (str_arg(s)?, str_arg(sub)?);
        let method = if direction < 0 { "startswith" } else { "endswith" };
        let int = |v: isize| core_interp::objects::longobject::new_int(vm, v as i64);
        let r = vm.call_method(&s, method, &[sub, int(start), int(end)])?;
        Ok(vm.is_true(&r)? as isize)
    }
}

fn decode_with(
    s: *const c_char,
    n: isize,
    encoding: &str,
    errors: *const c_char,
) -> PyResult<PyRef> {
    let vm = vm();
    // SAFETY: `s` has `n` readable bytes.
    let bytes = unsafe { std::slice::from_raw_parts(s as *const u8, n.max(0) as usize) };
    if encoding == "latin-1" {
        let cps: Vec<u32> = bytes.iter().map(|&b| b as u32).collect();
        return Ok(PyRef::new(
            PyStr::from_code_points(&cps),
            vm.types.str_type.clone(),
        ));
    }
    let b = core_interp::objects::bytesobject::new_bytes(vm, bytes.to_vec());
    let mut a = vec![new_str_object(vm, encoding)];
    if !errors.is_null() {
        a.push(new_str_object(vm, &cstr(errors)?));
    }
    vm.call_method(&b, "decode", &a)
}

capi! {
    api fn PyUnicode_DecodeASCII(s: *const c_char, n: isize, errors: *const c_char) -> *mut PyObject {
        Ok(ret(decode_with(s, n, "ascii", errors)?))
    }
    api fn PyUnicode_DecodeLatin1(s: *const c_char, n: isize, errors: *const c_char) -> *mut PyObject {
        Ok(ret(decode_with(s, n, "latin-1", errors)?))
    }
    api fn PyUnicode_DecodeUTF8Stateful(s: *const c_char, n: isize, errors: *const c_char, consumed: *mut isize) -> *mut PyObject {
        if !consumed.is_null() {
            // SAFETY: writable slot; the whole input is consumed.
            unsafe { *consumed = n };
        }
        Ok(ret(decode_with(s, n, "utf-8", errors)?))
    }
}

capi! {
    api fn PyUnicode_FindChar(o: *mut PyObject, ch: u32, start: isize, end: isize, direction: c_int) -> isize {
        let o = str_arg(o)?;
        let cps = as_str(&o).unwrap().to_code_points();
        let n = cps.len() as isize;
        let clamp = |i: isize| if i < 0 { (i + n).max(0) } else { i.min(n) };
        let (s, e) = (clamp(start) as usize, clamp(end) as usize);
        if s >= e {
            return Ok(-1);
        }
        let hit = if direction > 0 { cps[s..e].iter().position(|&c| c == ch) } else { cps[s..e].iter().rposition(|&c| c == ch) };
        Ok(hit.map_or(-1, |i| (s + i) as isize))
    }
    api fn PyUnicode_New(size: isize, maxchar: u32) -> *mut PyObject {
        let vm = vm();
        if size < 0 {
            return Err(vm.new_system_error("Negative size passed to PyUnicode_New"));
        }
        if maxchar > 0x10ffff {
            return Err(vm.new_system_error("invalid maximum character passed to PyUnicode_New"));
        }
        if size == 0 {
            return Ok(ret(vm.empty_str.clone()));
        }
        Ok(crate::layouts::new_str_memory(size as usize, maxchar))
    }
    api fn PyUnicode_FromKindAndData(kind: c_int, data: *const libc::c_void, n: isize) -> *mut PyObject {
        let n = n.max(0) as usize;
        // SAFETY: `data` holds `n` units of `kind` bytes.
        let cps: Vec<u32> = unsafe {
            match kind {
                1 => std::slice::from_raw_parts(data as *const u8, n).iter().map(|&c| c as u32).collect(),
                2 => std::slice::from_raw_parts(data as *const u16, n).iter().map(|&c| c as u32).collect(),
                4 => std::slice::from_raw_parts(data as *const u32, n).to_vec(),
                _ => return Err(vm().new_system_error("invalid kind")),
            }
        };
        Ok(ret(PyRef::new(PyStr::from_code_points(&cps), vm().types.str_type.clone())))
    }
}

/// The code point `ch` as a one-character str.
fn char_str(ch: u32) -> PyRef {
    PyRef::new(PyStr::from_code_points(&[ch]), vm().types.str_type.clone())
}

/// `str` method `name` applied to the one-character string `ch`.
fn char_test(ch: u32, name: &str) -> bool {
    let vm = vm();
    vm.call_method(&char_str(ch), name, &[])
        .map(|r| r.is(&vm.true_))
        .unwrap_or(false)
}

fn char_map(ch: u32, name: &str) -> u32 {
    let vm = vm();
    match vm.call_method(&char_str(ch), name, &[]) {
        Ok(r) => as_str(&r)
            .filter(|s| s.len() == 1)
            .map_or(ch, |s| s.char_at(0)),
        Err(_) => ch,
    }
}

capi! {
    api fn PyUnicode_DecodeFSDefaultAndSize(s: *const c_char, n: isize) -> *mut PyObject {
        Ok(ret(decode_with(s, n, "utf-8", c"surrogateescape".as_ptr())?))
    }
    api fn PyUnicode_DecodeFSDefault(s: *const c_char) -> *mut PyObject {
        // SAFETY: NUL-terminated C string.
        let n = unsafe { libc::strlen(s) } as isize;
        Ok(ret(decode_with(s, n, "utf-8", c"surrogateescape".as_ptr())?))
    }
    api fn PyUnicode_EncodeFSDefault(o: *mut PyObject) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_method(&str_arg(o)?, "encode", &[new_str_object(vm, "utf-8"), new_str_object(vm, "surrogateescape")])?))
    }
    api fn PyUnicode_EncodeLocale(o: *mut PyObject, _errors: *const c_char) -> *mut PyObject {
        let vm = vm();
        Ok(ret(vm.call_method(&str_arg(o)?, "encode", &[new_str_object(vm, "utf-8"), new_str_object(vm, "surrogateescape")])?))
    }
    api fn PyUnicode_DecodeLocale(s: *const c_char, _errors: *const c_char) -> *mut PyObject {
        // SAFETY: NUL-terminated C string.
        let n = unsafe { libc::strlen(s) } as isize;
        Ok(ret(decode_with(s, n, "utf-8", c"surrogateescape".as_ptr())?))
    }
    api fn _PyUnicode_IsWhitespace(ch: u32) -> c_int {
        Ok(char_test(ch, "isspace") as c_int)
    }
    api fn _PyUnicode_IsLowercase(ch: u32) -> c_int {
        Ok(char_test(ch, "islower") as c_int)
    }
    api fn _PyUnicode_IsUppercase(ch: u32) -> c_int {
        Ok(char_test(ch, "isupper") as c_int)
    }
    api fn _PyUnicode_IsTitlecase(ch: u32) -> c_int {
        Ok(char_test(ch, "istitle") as c_int)
    }
    api fn _PyUnicode_IsDecimalDigit(ch: u32) -> c_int {
        Ok(char_test(ch, "isdecimal") as c_int)
    }
    api fn _PyUnicode_IsDigit(ch: u32) -> c_int {
        Ok(char_test(ch, "isdigit") as c_int)
    }
    api fn _PyUnicode_IsNumeric(ch: u32) -> c_int {
        Ok(char_test(ch, "isnumeric") as c_int)
    }
    api fn _PyUnicode_IsAlpha(ch: u32) -> c_int {
        Ok(char_test(ch, "isalpha") as c_int)
    }
    api fn _PyUnicode_IsPrintable(ch: u32) -> c_int {
        Ok(char_test(ch, "isprintable") as c_int)
    }
    api fn _PyUnicode_IsLinebreak(ch: u32) -> c_int {
        Ok(matches!(ch, 0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029) as c_int)
    }
    api fn _PyUnicode_ToLowercase(ch: u32) -> u32 {
        Ok(char_map(ch, "lower"))
    }
    api fn _PyUnicode_ToUppercase(ch: u32) -> u32 {
        Ok(char_map(ch, "upper"))
    }
    api fn _PyUnicode_ToTitlecase(ch: u32) -> u32 {
        Ok(char_map(ch, "title"))
    }
    api fn _PyUnicode_ToDecimalDigit(ch: u32) -> c_int {
        if !char_test(ch, "isdecimal") {
            return Ok(-1);
        }
        // Decimal digits come in runs of ten starting at zero: the value is
        // the position in the run of consecutive decimal code points.
        let mut k = 0;
        while k < ch && char_test(ch - k - 1, "isdecimal") {
            k += 1;
        }
        Ok((k % 10) as c_int)
    }
    api fn _PyUnicode_ToDigit(ch: u32) -> c_int {
        Ok(_PyUnicode_ToDecimalDigit(ch))
    }
}
