//! Text of complex numbers: `repr`/`str` (`(1+2j)`, `3j`, `(-0+1j)`) and
//! `complex.__format__` with CPython 3.11's rules (no type: like repr;
//! `e`/`f`/`g`/`n` applied to both parts; no `=` alignment, no zero padding).

use super::complexobject::PyComplex;
use super::floatobject::float_repr;
use super::floatobject_ops::format_float_text;
use super::formatspec::{Align, FormatSpec, Sign};
use super::object::PyRef;
use super::typeobject::class_name;
use super::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Vm};

/// A float part in repr style: the shortest round-tripping text, without `.0`.
fn repr_part(v: f64) -> String {
    let r = float_repr(v);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

/// `repr(complex)`: `imagj` when the real part is +0.0, else `(real±imagj)`.
pub fn complex_repr_text(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        return format!("{}j", repr_part(imag));
    }
    let im = repr_part(imag);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", repr_part(real))
}

pub fn repr(vm: &Vm, o: &PyRef) -> PyResult {
    let c = o.downcast_ref::<PyComplex>().expect("complex");
    Ok(new_str_object(vm, &complex_repr_text(c.real, c.imag)))
}

/// `complex.__format__(spec)`.
pub fn format(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__format__", 2, 2)?;
    let Some(spec_s) = a[1].downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "__format__() argument must be str, not {}",
            class_name(&a[1])
        )));
    };
    let text = spec_s.to_string_lossy();
    if text.is_empty() {
        return vm.str(&a[0]);
    }
    let c = a[0].downcast_ref::<PyComplex>().expect("complex");
    let spec = FormatSpec::parse_for(&text, "complex").map_err(|m| vm.new_value_error(m))?;
    let out = format_complex(c.real, c.imag, &spec).map_err(|m| vm.new_value_error(m))?;
    Ok(new_str_object(vm, &out))
}

/// Formats both parts per `spec`; errors are ValueError messages.
fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            ))
        }
    }
    if spec.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if spec.align == Some(Align::AfterSign) {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let (mut skip_re, mut parens) = (false, false);
    if spec.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    // Each part is formatted unpadded; the whole is padded at the end.
    let part_spec = |sign: Option<Sign>| FormatSpec {
        fill: ' ',
        align: None,
        width: None,
        zero_pad: false,
        zero_implied_align: false,
        sign,
        ty: match spec.ty {
            Some('n') => Some('g'),
            None if spec.precision.is_some() => Some('g'),
            t => t,
        },
        ..spec.clone()
    };
    let part = |v: f64, sign: Option<Sign>| -> Result<String, String> {
        let ps = part_spec(sign);
        if ps.ty.is_none() {
            // Repr style: shortest text without a trailing `.0`.
            let body = repr_part(v.abs());
            let neg = v.is_sign_negative() && !v.is_nan() && !(spec.no_neg_zero && v == 0.0);
            let sign = match (neg, sign) {
                (true, _) => "-",
                (false, Some(Sign::Plus)) => "+",
                (false, Some(Sign::Space)) => " ",
                _ => "",
            };
            return Ok(format!("{sign}{body}"));
        }
        format_float_text(v, &ps)
    };
    let re_text = if skip_re {
        String::new()
    } else {
        part(re, spec.sign)?
    };
    let im_sign = if skip_re { spec.sign } else { Some(Sign::Plus) };
    let im_text = part(im, im_sign)?;
    let body = if parens {
        format!("({re_text}{im_text}j)")
    } else {
        format!("{re_text}{im_text}j")
    };
    Ok(spec.pad(&body, 0, Align::Right))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(re: f64, im: f64, spec: &str) -> String {
        format_complex(re, im, &FormatSpec::parse(spec).unwrap()).unwrap_or_else(|e| e)
    }

    #[test]
    fn matches_cpython() {
        assert_eq!(complex_repr_text(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr_text(0.0, 3.0), "3j");
        assert_eq!(complex_repr_text(-0.0, 1.0), "(-0+1j)");
        assert_eq!(complex_repr_text(0.0, -0.0), "-0j");
        assert_eq!(f(1.0, 2.0, ".2f"), "1.00+2.00j");
        assert_eq!(f(1.0, 2.0, "^12"), "   (1+2j)   ");
        assert_eq!(f(0.0, 1.0, "+"), "+1j");
        assert_eq!(f(1.0, 0.0, " "), "( 1+0j)");
        assert_eq!(f(12.5, 0.5, ".0f"), "12+0j");
        assert_eq!(f(12.5, 0.5, "10.2g"), "   12+0.5j");
        assert_eq!(f(1.0, 2.0, "+.3e"), "+1.000e+00+2.000e+00j");
        assert_eq!(
            f(1.0, 2.0, "05"),
            "Zero padding is not allowed in complex format specifier"
        );
    }
}
