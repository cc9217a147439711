//! `complex(real=0, imag=0)`: construction from numbers, from objects with
//! `__complex__`, and from strings (`"1+2j"`, `"(3j)"`, `"nan+infj"`, with
//! underscores between digits), with CPython 3.11's error messages.

use super::complexobject::{new_complex, PyComplex};
use super::floatobject_ops::float_from_object;
use super::object::PyRef;
use super::typeobject::{as_type, class_name};
use super::unicodeobject::PyStr;
use crate::vm::args::Signature;
use crate::vm::{CallArgs, PyResult, Vm};

const SIGNATURE: Signature = Signature {
    name: "complex",
    params: &["real", "imag"],
    posonly: 0,
    positional: 2,
    required: 0,
};

/// Whether `o` counts as a number for `complex()`: a complex, or a type
/// with `__float__` or `__index__`.
fn is_number(vm: &Vm, o: &PyRef) -> bool {
    if o.downcast_ref::<PyComplex>().is_some() {
        return true;
    }
    let slots = &as_type(o.class()).slots;
    slots.float.get().is_some() || slots.index.get().is_some() || o.class().is(&vm.types.float_type)
}

/// Calls `o.__complex__()` if its type defines it; the result must be a complex.
fn complex_special(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    if o.class().is(&vm.types.complex_type) {
        return Ok(None);
    }
    let Some(r) = vm.call_special(o, "__complex__", &[])? else {
        return Ok(None);
    };
    if r.downcast_ref::<PyComplex>().is_none() {
        return Err(vm.new_type_error(format!(
            "__complex__ returned non-complex (type {})",
            class_name(&r)
        )));
    }
    Ok(Some(r))
}

/// `complex.__new__`.
pub fn complex_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let bound = SIGNATURE.bind(vm, args)?;
    let (r, i) = (bound[0].clone(), bound[1].clone());
    let exact = cls.is(&vm.types.complex_type);
    let make = |re: f64, im: f64| -> PyResult {
        if exact {
            Ok(new_complex(vm, re, im))
        } else {
            Ok(PyRef::new(PyComplex { real: re, imag: im }, cls.clone()))
        }
    };
    let Some(r) = r else {
        let im = match &i {
            None => 0.0,
            Some(i) => return combine(vm, &super::longobject::new_int(vm, 0), i, make),
        };
        return make(0.0, im);
    };
    if exact && i.is_none() && r.class().is(&vm.types.complex_type) {
        return Ok(r);
    }
    if let Some(s) = r.downcast_ref::<PyStr>() {
        if i.is_some() {
            return Err(vm.new_type_error("complex() can't take second arg if first is a string"));
        }
        let text = s.to_string_lossy();
        let (re, im) = parse_complex_str(&text).map_err(|kind| match kind {
            ParseError::Underscores => vm.new_value_error(format!(
                "could not convert string to complex: {}",
                vm.repr_string(&r).unwrap_or_default()
            )),
            ParseError::Malformed => vm.new_value_error("complex() arg is a malformed string"),
        })?;
        return make(re, im);
    }
    match &i {
        Some(i) => combine(vm, &r, i, make),
        None => {
            let r = complex_special(vm, &r)?.unwrap_or(r);
            if !is_number(vm, &r) {
                return Err(vm.new_type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    class_name(&r)
                )));
            }
            if let Some(c) = r.downcast_ref::<PyComplex>() {
                return make(c.real, c.imag);
            }
            make(float_from_object(vm, &r)?, 0.0)
        }
    }
}

/// `complex(r, i)` for two non-string arguments: `r + i*1j`, component-wise
/// as CPython computes it (so signed zeros survive).
fn combine(vm: &Vm, r: &PyRef, i: &PyRef, make: impl Fn(f64, f64) -> PyResult) -> PyResult {
    if i.downcast_ref::<PyStr>().is_some() {
        return Err(vm.new_type_error("complex() second arg can't be a string"));
    }
    let r = complex_special(vm, r)?.unwrap_or_else(|| r.clone());
    if !is_number(vm, &r) {
        return Err(vm.new_type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            class_name(&r)
        )));
    }
    if !is_number(vm, i) {
        return Err(vm.new_type_error(format!(
            "complex() second argument must be a number, not '{}'",
            class_name(i)
        )));
    }
    let (mut cr_re, cr_im, cr_complex) = match r.downcast_ref::<PyComplex>() {
        Some(c) => (c.real, c.imag, true),
        None => (float_from_object(vm, &r)?, 0.0, false),
    };
    let mut ci_re = match i.downcast_ref::<PyComplex>() {
        Some(c) => {
            cr_re -= c.imag;
            c.real
        }
        None => float_from_object(vm, i)?,
    };
    if cr_complex {
        ci_re += cr_im;
    }
    make(cr_re, ci_re)
}

/// Why a string is not a complex number.
#[derive(Debug, PartialEq)]
pub enum ParseError {
    /// An underscore not between two digits.
    Underscores,
    Malformed,
}

/// Parses the text of `complex(str)`.
pub fn parse_complex_str(text: &str) -> Result<(f64, f64), ParseError> {
    let mut s = super::unicode_ctype::ascii_numeric(text).into_owned();
    if !s.is_ascii() {
        return Err(ParseError::Malformed);
    }
    if s.contains('_') {
        s = strip_underscores(&s).ok_or(ParseError::Underscores)?;
    }
    parse_ascii(s.as_bytes()).ok_or(ParseError::Malformed)
}

/// Removes underscores that sit between digits; `None` if any other is present.
fn strip_underscores(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The grammar of CPython's complex_from_string: `<float>`, `<float>j`,
/// `<float><signed-float>j`, `<float><sign>j`, `<sign>j`, `j`, optionally
/// in parentheses, with surrounding whitespace.
fn parse_ascii(s: &[u8]) -> Option<(f64, f64)> {
    let mut p = 0;
    let skip_space = |p: &mut usize| {
        while *p < s.len() && is_space(s[*p]) {
            *p += 1;
        }
    };
    skip_space(&mut p);
    let bracket = s.get(p) == Some(&b'(');
    if bracket {
        p += 1;
        skip_space(&mut p);
    }
    let is_j = |b: Option<&u8>| matches!(b, Some(b'j' | b'J'));
    let (mut x, mut y) = (0.0, 0.0);
    match float_prefix(&s[p..]) {
        Some((z, n)) => {
            p += n;
            match s.get(p) {
                Some(&sign @ (b'+' | b'-')) => {
                    x = z;
                    match float_prefix(&s[p..]) {
                        Some((w, m)) => {
                            y = w;
                            p += m;
                        }
                        None => {
                            y = if sign == b'+' { 1.0 } else { -1.0 };
                            p += 1;
                        }
                    }
                    if !is_j(s.get(p)) {
                        return None;
                    }
                    p += 1;
                }
                Some(b'j' | b'J') => {
                    y = z;
                    p += 1;
                }
                _ => x = z,
            }
        }
        None => {
            match s.get(p) {
                Some(&sign @ (b'+' | b'-')) => {
                    y = if sign == b'+' { 1.0 } else { -1.0 };
                    p += 1;
                }
                _ => y = 1.0,
            }
            if !is_j(s.get(p)) {
                return None;
            }
            p += 1;
        }
    }
    skip_space(&mut p);
    if bracket {
        if s.get(p) != Some(&b')') {
            return None;
        }
        p += 1;
        skip_space(&mut p);
    }
    (p == s.len()).then_some((x, y))
}

/// The longest prefix of `s` that is a float (`[sign] digits[.digits][e[sign]digits]`,
/// `inf`, `infinity`, `nan`): its value and length.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut p = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        p = 1;
    }
    let rest = &s[p..];
    let lower: Vec<u8> = rest.iter().take(8).map(u8::to_ascii_lowercase).collect();
    let special = if lower.starts_with(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if lower.starts_with(b"inf") {
        Some((f64::INFINITY, 3))
    } else if lower.starts_with(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, n)) = special {
        let v = if s[0] == b'-' { -v } else { v };
        return Some((v, p + n));
    }
    let digits = |p: &mut usize| {
        let b = *p;
        while *p < s.len() && s[*p].is_ascii_digit() {
            *p += 1;
        }
        *p - b
    };
    let mut n = digits(&mut p);
    if s.get(p) == Some(&b'.') {
        p += 1;
        n += digits(&mut p);
    }
    if n == 0 {
        return None;
    }
    if matches!(s.get(p), Some(b'e' | b'E')) {
        let mut q = p + 1;
        if matches!(s.get(q), Some(b'+' | b'-')) {
            q += 1;
        }
        if digits(&mut q) > 0 {
            p = q;
        }
    }
    let text = std::str::from_utf8(&s[..p]).ok()?;
    text.parse::<f64>().ok().map(|v| (v, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cpython_forms() {
        assert_eq!(parse_complex_str("1+2j"), Ok((1.0, 2.0)));
        assert_eq!(parse_complex_str(" ( 3j ) "), Ok((0.0, 3.0)));
        assert_eq!(parse_complex_str("1+j"), Ok((1.0, 1.0)));
        assert_eq!(parse_complex_str("-j"), Ok((0.0, -1.0)));
        assert_eq!(parse_complex_str("1_0.5e1_0+2_0j"), Ok((105e9, 20.0)));
        assert_eq!(parse_complex_str("1e5"), Ok((1e5, 0.0)));
        assert_eq!(
            parse_complex_str("-Infinityj").unwrap().1,
            f64::NEG_INFINITY
        );
        for bad in ["1+", "j1", "1+2", "1 + 2j", "", "1jj", "(1+2j", "1\0"] {
            assert_eq!(
                parse_complex_str(bad),
                Err(ParseError::Malformed),
                "{bad:?}"
            );
        }
        assert_eq!(parse_complex_str("1__0j"), Err(ParseError::Underscores));
        assert_eq!(parse_complex_str("1_j"), Err(ParseError::Underscores));
    }
}
