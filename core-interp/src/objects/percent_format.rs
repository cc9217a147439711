//! printf-style `%` formatting for `str`, `bytes` and `bytearray`
//! (CPython's `PyUnicode_Format` and `_PyBytes_FormatEx`): one engine over
//! code units, parameterised by the target (str: `%s` is `str()`, `%c` a
//! character; bytes: `%s`/`%b` need a bytes-like object or `__bytes__`,
//! `%c` a byte), with CPython's flags, `*` width/precision, mapping keys
//! and error messages.

use super::longobject::as_int;
use super::object::PyRef;
use super::typeobject::{class_name, class_type};
use super::unicodeobject::PyStr;
use crate::modules::bltinmodule::{ascii_of, format_object};
use crate::vm::{PyResult, Vm};
use num_traits::Signed;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Str,
    Bytes,
}

#[derive(Default)]
struct Spec {
    left: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

fn units_of(s: &str) -> impl Iterator<Item = u32> + '_ {
    s.chars().map(|c| c as u32)
}

/// `fmt % values` for str: returns the result's code points.
pub fn str_percent_format(vm: &Vm, fmt: &[u32], values: &PyRef) -> PyResult<Vec<u32>> {
    engine(vm, fmt, values, Target::Str)
}

/// `fmt % values` for bytes and bytearray: returns the result's bytes.
pub fn bytes_percent_format(vm: &Vm, fmt: &[u8], values: &PyRef) -> PyResult<Vec<u8>> {
    let units: Vec<u32> = fmt.iter().map(|&b| b as u32).collect();
    let out = engine(vm, &units, values, Target::Bytes)?;
    Ok(out.into_iter().map(|u| u as u8).collect())
}

struct Args<'a> {
    /// The tuple's items, or the single non-tuple argument.
    items: Vec<PyRef>,
    next: usize,
    vm: &'a Vm,
}

impl Args<'_> {
    fn take(&mut self) -> PyResult<PyRef> {
        let v = self.items.get(self.next).cloned().ok_or_else(|| {
            self.vm
                .new_type_error("not enough arguments for format string")
        })?;
        self.next += 1;
        Ok(v)
    }
}

fn engine(vm: &Vm, fmt: &[u32], values: &PyRef, target: Target) -> PyResult<Vec<u32>> {
    let tuple = super::tupleobject::tuple_items(values).map(|t| t.to_vec());
    let is_text_like = match target {
        Target::Str => values.downcast_ref::<PyStr>().is_some(),
        Target::Bytes => {
            values
                .downcast_ref::<super::bytesobject::PyBytes>()
                .is_some()
                || values
                    .downcast_ref::<super::bytearrayobject::PyByteArray>()
                    .is_some()
        }
    };
    let mapping =
        if tuple.is_none() && !is_text_like && class_type(values).slots.getitem.get().is_some() {
            Some(values.clone())
        } else {
            None
        };
    let mut args = Args {
        items: tuple.unwrap_or_else(|| vec![values.clone()]),
        next: 0,
        vm,
    };
    let mut out: Vec<u32> = Vec::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let n = fmt.len();
    let pct = '%' as u32;
    while i < n {
        if fmt[i] != pct {
            let j = fmt[i..].iter().position(|&c| c == pct).map_or(n, |p| i + p);
            out.extend_from_slice(&fmt[i..j]);
            i = j;
            continue;
        }
        i += 1;
        if i >= n {
            return Err(vm.new_value_error("incomplete format"));
        }
        if fmt[i] == pct {
            out.push(pct);
            i += 1;
            continue;
        }
        let mut value: Option<PyRef> = None;
        if fmt[i] == '(' as u32 {
            let Some(map) = &mapping else {
                return Err(vm.new_type_error("format requires a mapping"));
            };
            let mut level = 1;
            let start = i + 1;
            let mut j = start;
            while j < n && level > 0 {
                if fmt[j] == ')' as u32 {
                    level -= 1;
                } else if fmt[j] == '(' as u32 {
                    level += 1;
                }
                j += 1;
            }
            if level > 0 {
                return Err(vm.new_value_error("incomplete format key"));
            }
            let key_units = &fmt[start..j - 1];
            let key = match target {
                Target::Str => PyRef::new(
                    PyStr::from_code_points(key_units),
                    vm.types.str_type.clone(),
                ),
                Target::Bytes => {
                    super::bytesobject::new_bytes(vm, key_units.iter().map(|&u| u as u8).collect())
                }
            };
            value = Some(vm.getitem(map, &key)?);
            args.items = Vec::new();
            args.next = 0;
            i = j;
        }
        let mut spec = Spec::default();
        while i < n {
            match char::from_u32(fmt[i]) {
                Some('-') => spec.left = true,
                Some('+') => spec.sign = true,
                Some(' ') => spec.blank = true,
                Some('#') => spec.alt = true,
                Some('0') => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < n && fmt[i] == '*' as u32 {
            let w = args.take()?;
            if as_int(&w).is_none() {
                return Err(vm.new_type_error("* wants int"));
            }
            let w = vm.index_isize(&w)?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = w.unsigned_abs();
            i += 1;
        } else {
            while i < n && (('0' as u32)..=('9' as u32)).contains(&fmt[i]) {
                spec.width = spec
                    .width
                    .saturating_mul(10)
                    .saturating_add((fmt[i] - '0' as u32) as usize);
                i += 1;
            }
        }
        if i < n && fmt[i] == '.' as u32 {
            i += 1;
            if i < n && fmt[i] == '*' as u32 {
                let p = args.take()?;
                if as_int(&p).is_none() {
                    return Err(vm.new_type_error("* wants int"));
                }
                spec.prec = Some(vm.index_isize(&p)?.max(0) as usize);
                i += 1;
            } else {
                let mut p = 0usize;
                while i < n && (('0' as u32)..=('9' as u32)).contains(&fmt[i]) {
                    p = p
                        .saturating_mul(10)
                        .saturating_add((fmt[i] - '0' as u32) as usize);
                    i += 1;
                }
                spec.prec = Some(p);
            }
        }
        if i >= n {
            return Err(vm.new_value_error("incomplete format"));
        }
        let ty = fmt[i];
        let ty_index = i;
        i += 1;
        let v = match value.take() {
            Some(v) => v,
            None => args.take()?,
        };
        let c = char::from_u32(ty).unwrap_or('\u{FFFD}');
        match c {
            's' | 'r' | 'a' | 'b' if target == Target::Bytes || c != 'b' => {
                let mut body: Vec<u32> = match (c, target) {
                    ('s' | 'b', Target::Bytes) => {
                        bytes_arg(vm, &v)?.into_iter().map(|b| b as u32).collect()
                    }
                    ('s', Target::Str) => str_units(&vm.str(&v)?),
                    ('r', Target::Str) => str_units(&vm.repr(&v)?),
                    _ => str_units(&ascii_of(vm, &v)?),
                };
                if let Some(p) = spec.prec {
                    body.truncate(p);
                }
                pad_plain(&mut out, &body, &spec);
            }
            'c' => {
                let ch = char_arg(vm, &v, target)?;
                pad_plain(&mut out, &[ch], &spec);
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let num = int_arg(vm, &v, c, target)?;
                let big = as_int(&num).expect("int").value.to_big();
                let (radix, upper) = match c {
                    'x' => (16, false),
                    'X' => (16, true),
                    'o' => (8, false),
                    _ => (10, false),
                };
                let mut digits = big.abs().to_str_radix(radix);
                if upper {
                    digits = digits.to_uppercase();
                }
                if let Some(p) = spec.prec {
                    if digits.len() < p {
                        digits = "0".repeat(p - digits.len()) + &digits;
                    }
                }
                let prefix = if spec.alt {
                    match c {
                        'x' => "0x",
                        'X' => "0X",
                        'o' => "0o",
                        _ => "",
                    }
                } else {
                    ""
                };
                let sign = sign_of(big.is_negative(), &spec);
                pad_number(&mut out, sign, prefix, &digits, &spec);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = float_arg(vm, &v, target)?;
                let mut fs = String::new();
                if spec.alt {
                    fs.push('#');
                }
                fs.push('.');
                fs.push_str(&spec.prec.unwrap_or(6).to_string());
                fs.push(c);
                let f = super::floatobject::new_float(vm, x.abs());
                let r = format_object(vm, &f, &super::unicodeobject::new_str_object(vm, &fs))?;
                let body = vm.str_string(&r)?;
                let sign = sign_of(x.is_sign_negative() && !x.is_nan(), &spec);
                pad_number(&mut out, sign, "", &body, &spec);
            }
            _ => {
                let shown = if (31..=126).contains(&ty) { c } else { '?' };
                return Err(vm.new_value_error(format!(
                    "unsupported format character '{shown}' (0x{ty:x}) at index {ty_index}"
                )));
            }
        }
    }
    if args.next < args.items.len() && mapping.is_none() {
        let what = if target == Target::Str {
            "string"
        } else {
            "bytes"
        };
        return Err(vm.new_type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

fn str_units(s: &PyRef) -> Vec<u32> {
    s.downcast_ref::<PyStr>()
        .map(|s| s.to_code_points())
        .unwrap_or_default()
}

fn sign_of(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else if spec.sign {
        "+"
    } else if spec.blank {
        " "
    } else {
        ""
    }
}

fn pad_plain(out: &mut Vec<u32>, body: &[u32], spec: &Spec) {
    let fill = spec.width.saturating_sub(body.len());
    if !spec.left {
        out.extend(std::iter::repeat(' ' as u32).take(fill));
    }
    out.extend_from_slice(body);
    if spec.left {
        out.extend(std::iter::repeat(' ' as u32).take(fill));
    }
}

fn pad_number(out: &mut Vec<u32>, sign: &str, prefix: &str, digits: &str, spec: &Spec) {
    let len = sign.len() + prefix.len() + digits.len();
    let fill = spec.width.saturating_sub(len);
    if spec.left {
        out.extend(
            units_of(sign)
                .chain(units_of(prefix))
                .chain(units_of(digits)),
        );
        out.extend(std::iter::repeat(' ' as u32).take(fill));
    } else if spec.zero {
        out.extend(units_of(sign).chain(units_of(prefix)));
        out.extend(std::iter::repeat('0' as u32).take(fill));
        out.extend(units_of(digits));
    } else {
        out.extend(std::iter::repeat(' ' as u32).take(fill));
        out.extend(
            units_of(sign)
                .chain(units_of(prefix))
                .chain(units_of(digits)),
        );
    }
}

/// `%s`/`%b` of bytes formatting: a bytes-like object or `__bytes__`.
fn bytes_arg(vm: &Vm, v: &PyRef) -> PyResult<Vec<u8>> {
    if let Some(b) = super::buffer::bytes_like(vm, v)? {
        return Ok(b.into_owned());
    }
    if let Some(r) = vm.call_special(v, "__bytes__", &[])? {
        return match super::bytesobject::as_bytes(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(vm.new_type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                class_name(&r)
            ))),
        };
    }
    Err(vm.new_type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        class_name(v)
    )))
}

fn char_arg(vm: &Vm, v: &PyRef, target: Target) -> PyResult<u32> {
    match target {
        Target::Str => {
            if let Some(s) = v.downcast_ref::<PyStr>() {
                if s.len() == 1 {
                    return Ok(s.char_at(0));
                }
                return Err(vm.new_type_error("%c requires int or char"));
            }
            if as_int(v).is_none() && class_type(v).slots.index.get().is_none() {
                return Err(vm.new_type_error("%c requires int or char"));
            }
            let i = vm.index(v)?;
            match super::longobject::int_to_i64(&i) {
                Some(n) if (0..0x110000).contains(&n) => Ok(n as u32),
                _ => Err(vm.new_overflow_error("%c arg not in range(0x110000)")),
            }
        }
        Target::Bytes => {
            let single = v
                .downcast_ref::<super::bytesobject::PyBytes>()
                .map(|b| b.data.to_vec())
                .or_else(|| {
                    v.downcast_ref::<super::bytearrayobject::PyByteArray>()
                        .map(|b| b.data.borrow().clone())
                });
            if let Some(b) = single {
                if b.len() == 1 {
                    return Ok(b[0] as u32);
                }
                return Err(
                    vm.new_type_error("%c requires an integer in range(256) or a single byte")
                );
            }
            if as_int(v).is_none() && class_type(v).slots.index.get().is_none() {
                return Err(
                    vm.new_type_error("%c requires an integer in range(256) or a single byte")
                );
            }
            let i = vm.index(v)?;
            match super::longobject::int_to_i64(&i) {
                Some(n) if (0..256).contains(&n) => Ok(n as u32),
                _ => Err(vm.new_overflow_error("%c arg not in range(256)")),
            }
        }
    }
}

/// The int an integer conversion formats: `%d` accepts any real number
/// (truncating floats), `%x`/`%o` only objects with `__index__`.
fn int_arg(vm: &Vm, v: &PyRef, c: char, _target: Target) -> PyResult<PyRef> {
    if as_int(v).is_some() {
        return vm.index(v).or_else(|_| Ok(v.clone()));
    }
    let slots = &class_type(v).slots;
    if matches!(c, 'd' | 'i' | 'u') {
        let is_number = super::floatobject::as_float(v).is_some()
            || slots.index.get().is_some()
            || slots.int.get().is_some()
            || slots.float.get().is_some();
        if !is_number
            || v.downcast_ref::<super::complexobject::PyComplex>()
                .is_some()
        {
            return Err(vm.new_type_error(format!(
                "%{c} format: a real number is required, not {}",
                class_name(v)
            )));
        }
        if slots.index.get().is_some() {
            return vm.index(v);
        }
        return vm.call_positional(&vm.types.int_type, std::slice::from_ref(v));
    }
    if slots.index.get().is_none() {
        return Err(vm.new_type_error(format!(
            "%{c} format: an integer is required, not {}",
            class_name(v)
        )));
    }
    vm.index(v)
}

fn float_arg(vm: &Vm, v: &PyRef, target: Target) -> PyResult<f64> {
    if let Some(x) = super::floatobject::as_float(v) {
        return Ok(x);
    }
    let slots = &class_type(v).slots;
    if as_int(v).is_none() && slots.float.get().is_none() && slots.index.get().is_none() {
        return Err(vm.new_type_error(match target {
            Target::Str => format!("must be real number, not {}", class_name(v)),
            Target::Bytes => format!("float argument required, not {}", class_name(v)),
        }));
    }
    let f = vm.call_positional(&vm.types.float_type, std::slice::from_ref(v))?;
    Ok(super::floatobject::as_float(&f).unwrap_or(0.0))
}
