//! String formatting engines: `str.format`'s template language (fields,
//! attribute/index access, conversions, nested specs) and printf-style `%`.

use super::object::PyRef;
use super::typeobject::class_name;
use super::unicodeobject::{new_str_object, PyStr};
use crate::modules::bltinmodule::{ascii_of, format_object};
use crate::vm::{PyResult, Vm};

type KwLookup<'a> = dyn Fn(&Vm, &str) -> PyResult<Option<PyRef>> + 'a;

struct Counter {
    auto: Option<usize>,
    manual: bool,
}

/// Expands a `str.format` template.
pub fn format_template(vm: &Vm, template: &str, args: &[PyRef], kw: &KwLookup<'_>) -> PyResult<String> {
    let mut counter = Counter { auto: None, manual: false };
    expand(vm, template, args, kw, &mut counter, 2)
}

fn expand(vm: &Vm, template: &str, args: &[PyRef], kw: &KwLookup<'_>, counter: &mut Counter, depth: u32) -> PyResult<String> {
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 == chars.len() {
                return Err(vm.new_value_error("Single '{' encountered in format string"));
            }
            // Find the matching close brace, honouring nesting.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.new_value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&render_field(vm, &field, args, kw, counter, depth)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.new_value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn render_field(vm: &Vm, field: &str, args: &[PyRef], kw: &KwLookup<'_>, counter: &mut Counter, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.new_value_error("Max string recursion exceeded"));
    }
    // Split name / conversion / spec (the spec may contain nested fields).
    let mut name_end = field.len();
    let mut bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => bracket = true,
            ']' => bracket = false,
            '!' | ':' if !bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conversion, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut cs = r.chars();
        let conv = cs.next();
        let after = cs.as_str();
        if !(after.is_empty() || after.starts_with(':')) {
            return Err(vm.new_value_error("expected ':' after conversion specifier"));
        }
        (conv, after.strip_prefix(':').unwrap_or(""))
    } else {
        (None, rest.strip_prefix(':').unwrap_or(""))
    };
    let value = resolve_name(vm, name, args, kw, counter)?;
    let value = match conversion {
        None => value,
        Some('r') => vm.repr(&value)?,
        Some('s') => vm.str(&value)?,
        Some('a') => ascii_of(vm, &value)?,
        Some(c) => return Err(vm.new_value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = expand(vm, spec, args, kw, counter, depth - 1)?;
    let r = format_object(vm, &value, &new_str_object(vm, &spec))?;
    Ok(vm.str_string(&r)?)
}

fn resolve_name(vm: &Vm, name: &str, args: &[PyRef], kw: &KwLookup<'_>, counter: &mut Counter) -> PyResult<PyRef> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let head = &name[..first_end];
    let mut obj = if head.is_empty() {
        if counter.manual {
            return Err(vm.new_value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        let n = counter.auto.map_or(0, |n| n + 1);
        counter.auto = Some(n);
        args.get(n).cloned().ok_or_else(|| vm.new_index_error(format!("Replacement index {n} out of range for positional args tuple")))?
    } else if let Ok(n) = head.parse::<usize>() {
        if counter.auto.is_some() {
            return Err(vm.new_value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        counter.manual = true;
        args.get(n).cloned().ok_or_else(|| vm.new_index_error(format!("Replacement index {n} out of range for positional args tuple")))?
    } else {
        match kw(vm, head)? {
            Some(v) => v,
            None => return Err(vm.new_key_error(new_str_object(vm, head))),
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.new_value_error("Empty attribute in format string"));
            }
            obj = vm.getattr_str(&obj, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| vm.new_value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => super::longobject::new_int(vm, n),
                Err(_) => new_str_object(vm, key),
            };
            obj = vm.getitem(&obj, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.new_value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

/// Applies printf-style formatting: `fmt % values`.
pub fn percent_format(vm: &Vm, fmt: &str, values: &PyRef) -> PyResult<String> {
    let tuple_args: Option<Vec<PyRef>> = super::tupleobject::tuple_items(values).map(|t| t.to_vec());
    let is_mapping = tuple_args.is_none()
        && values.downcast_ref::<PyStr>().is_none()
        && super::typeobject::as_type(values.class()).slots.getitem.get().is_some();
    let args: Vec<PyRef> = tuple_args.clone().unwrap_or_else(|| vec![values.clone()]);
    let mut next = 0usize;
    let mut used_mapping = false;
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut take = |vm: &Vm| -> PyResult<PyRef> {
        let v = args.get(next).cloned().ok_or_else(|| vm.new_type_error("not enough arguments for format string"))?;
        next += 1;
        Ok(v)
    };
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.new_value_error("incomplete format"));
        }
        let mut mapped: Option<PyRef> = None;
        if chars[i] == '(' {
            let mut level = 1;
            let start = i + 1;
            let mut j = start;
            while j < chars.len() && level > 0 {
                match chars[j] {
                    '(' => level += 1,
                    ')' => level -= 1,
                    _ => {}
                }
                j += 1;
            }
            if level > 0 {
                return Err(vm.new_value_error("incomplete format key"));
            }
            if !is_mapping {
                return Err(vm.new_type_error("format requires a mapping"));
            }
            let key: String = chars[start..j - 1].iter().collect();
            mapped = Some(vm.getitem(values, &new_str_object(vm, &key))?);
            used_mapping = true;
            i = j;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width = String::new();
        if i < chars.len() && chars[i] == '*' {
            let w = take(vm)?;
            width = vm.index_isize(&w)?.to_string();
            i += 1;
        } else {
            while i < chars.len() && chars[i].is_ascii_digit() {
                width.push(chars[i]);
                i += 1;
            }
        }
        let mut prec: Option<String> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            if i < chars.len() && chars[i] == '*' {
                let w = take(vm)?;
                p = vm.index_isize(&w)?.to_string();
                i += 1;
            } else {
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
            }
            prec = Some(if p.is_empty() { "0".into() } else { p });
        }
        while i < chars.len() && "hlL".contains(chars[i]) {
            i += 1;
        }
        let Some(&ty) = chars.get(i) else { return Err(vm.new_value_error("incomplete format")) };
        i += 1;
        if ty == '%' {
            out.push('%');
            continue;
        }
        let v = match mapped {
            Some(v) => v,
            None => take(vm)?,
        };
        let left = flags.contains('-');
        let align = if left { "<" } else { ">" };
        let piece = match ty {
            's' | 'r' | 'a' => {
                let s = match ty {
                    's' => vm.str(&v)?,
                    'r' => vm.repr(&v)?,
                    _ => ascii_of(vm, &v)?,
                };
                let mut text = vm.str_string(&s)?;
                if let Some(p) = &prec {
                    text = text.chars().take(p.parse().unwrap_or(0)).collect();
                }
                let w: usize = width.parse().unwrap_or(0);
                let n = text.chars().count();
                if n < w {
                    if left { format!("{text}{}", " ".repeat(w - n)) } else { format!("{}{text}", " ".repeat(w - n)) }
                } else {
                    text
                }
            }
            'c' => {
                let ch = if let Some(s) = v.downcast_ref::<PyStr>() {
                    if s.len() != 1 {
                        return Err(vm.new_type_error("%c requires int or char"));
                    }
                    s.to_string_lossy().into_owned()
                } else {
                    let n = vm.index_isize(&v).map_err(|_| vm.new_type_error("%c requires int or char"))?;
                    char::from_u32(n as u32).map(|c| c.to_string()).ok_or_else(|| vm.new_overflow_error("%c arg not in range(0x110000)"))?
                };
                let w: usize = width.parse().unwrap_or(0);
                let n = ch.chars().count();
                if n < w { if left { format!("{ch}{}", " ".repeat(w - n)) } else { format!("{}{ch}", " ".repeat(w - n)) } } else { ch }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let is_int = matches!(ty, 'd' | 'i' | 'u' | 'x' | 'X' | 'o');
                let num = if is_int {
                    if super::longobject::as_int(&v).is_some() {
                        v.clone()
                    } else if ty == 'd' || ty == 'i' || ty == 'u' {
                        if super::floatobject::as_float(&v).is_none() && super::typeobject::as_type(v.class()).slots.int.get().is_none() && super::typeobject::as_type(v.class()).slots.index.get().is_none() {
                            return Err(vm.new_type_error(format!("%{ty} format: a real number is required, not {}", class_name(&v))));
                        }
                        vm.call_positional(&vm.types.int_type, std::slice::from_ref(&v))?
                    } else {
                        vm.index(&v).map_err(|_| vm.new_type_error(format!("%{ty} format: an integer is required, not {}", class_name(&v))))?
                    }
                } else {
                    if super::floatobject::as_float(&v).is_none() && super::longobject::as_int(&v).is_none() && super::typeobject::as_type(v.class()).slots.float.get().is_none() {
                        return Err(vm.new_type_error(format!("must be real number, not {}", class_name(&v))));
                    }
                    vm.call_positional(&vm.types.float_type, std::slice::from_ref(&v))?
                };
                let t = if matches!(ty, 'i' | 'u') { 'd' } else { ty };
                let mut spec = String::new();
                if flags.contains('0') && !left {
                    spec.push('0');
                    spec.push('=');
                } else {
                    spec.push(' ');
                    spec.push_str(align);
                }
                if flags.contains('+') {
                    spec.push('+');
                } else if flags.contains(' ') {
                    spec.push(' ');
                }
                if flags.contains('#') {
                    spec.push('#');
                }
                spec.push_str(&width);
                if let Some(p) = &prec {
                    if !is_int {
                        spec.push('.');
                        spec.push_str(p);
                    }
                }
                spec.push(t);
                let r = format_object(vm, &num, &new_str_object(vm, &spec))?;
                let mut s = vm.str_string(&r)?;
                if is_int {
                    if let Some(p) = &prec {
                        let p: usize = p.parse().unwrap_or(0);
                        let neg = s.trim_start().starts_with('-');
                        let digits: String = s.trim().trim_start_matches('-').to_string();
                        if digits.len() < p {
                            let padded = format!("{}{}{}", if neg { "-" } else { "" }, "0".repeat(p - digits.len()), digits);
                            let w: usize = width.parse().unwrap_or(0);
                            s = if padded.len() < w { if left { format!("{padded:<w$}") } else { format!("{padded:>w$}") } } else { padded };
                        }
                    }
                }
                s
            }
            other => {
                return Err(vm.new_value_error(format!("unsupported format character '{other}' (0x{:x}) at index {}", other as u32, i - 1)));
            }
        };
        out.push_str(&piece);
    }
    if !used_mapping && next < args.len() && tuple_args.is_some() {
        return Err(vm.new_type_error("not all arguments converted during string formatting"));
    }
    if tuple_args.is_none() && !is_mapping && next == 0 && !args.is_empty() {
        return Err(vm.new_type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}
