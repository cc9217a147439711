//! `str.format`'s template language: fields, attribute/index access,
//! conversions and nested specs (printf-style `%` is in `percent_format.rs`).

use super::object::PyRef;
use super::unicodeobject::new_str_object;
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
