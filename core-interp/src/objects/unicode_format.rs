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
pub fn format_template(
    vm: &Vm,
    template: &str,
    args: &[PyRef],
    kw: &KwLookup<'_>,
) -> PyResult<String> {
    let mut counter = Counter {
        auto: None,
        manual: false,
    };
    expand(vm, template, args, kw, &mut counter, 2)
}

fn expand(
    vm: &Vm,
    template: &str,
    args: &[PyRef],
    kw: &KwLookup<'_>,
    counter: &mut Counter,
    depth: u32,
) -> PyResult<String> {
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
            let (field, next) = parse_field(vm, &chars, i + 1)?;
            out.push_str(&render_field(vm, field, args, kw, counter, depth)?);
            i = next;
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

/// One replacement field: name, conversion character and (unexpanded) spec.
pub(crate) struct Field {
    pub name: String,
    pub conversion: Option<char>,
    pub spec: String,
}

/// Parses the field starting after its `{` (CPython's `parse_field`);
/// returns it and the index after its closing `}`.
pub(crate) fn parse_field(vm: &Vm, chars: &[char], mut i: usize) -> PyResult<(Field, usize)> {
    let start = i;
    let mut c = '\0';
    while i < chars.len() {
        c = chars[i];
        i += 1;
        match c {
            '[' => {
                while i < chars.len() && chars[i] != ']' {
                    i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name_end = if matches!(c, '}' | ':' | '!') {
        i - 1
    } else {
        i
    };
    let name: String = chars[start..name_end].iter().collect();
    let mut conversion = None;
    if c == '!' || c == ':' {
        if c == '!' {
            if i >= chars.len() {
                return Err(
                    vm.new_value_error("end of string while looking for conversion specifier")
                );
            }
            conversion = Some(chars[i]);
            i += 1;
            if i < chars.len() {
                let d = chars[i];
                i += 1;
                if d == '}' {
                    return Ok((
                        Field {
                            name,
                            conversion,
                            spec: String::new(),
                        },
                        i,
                    ));
                }
                if d != ':' {
                    return Err(vm.new_value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = i;
        let mut count = 1;
        while i < chars.len() {
            let d = chars[i];
            i += 1;
            if d == '{' {
                count += 1;
            } else if d == '}' {
                count -= 1;
                if count == 0 {
                    let spec: String = chars[spec_start..i - 1].iter().collect();
                    return Ok((
                        Field {
                            name,
                            conversion,
                            spec,
                        },
                        i,
                    ));
                }
            }
        }
        return Err(vm.new_value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(vm.new_value_error("expected '}' before end of string"));
    }
    Ok((
        Field {
            name,
            conversion,
            spec: String::new(),
        },
        i,
    ))
}

fn render_field(
    vm: &Vm,
    field: Field,
    args: &[PyRef],
    kw: &KwLookup<'_>,
    counter: &mut Counter,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.new_value_error("Max string recursion exceeded"));
    }
    let value = resolve_name(vm, &field.name, args, kw, counter)?;
    let value = match field.conversion {
        None => value,
        Some('r') => vm.repr(&value)?,
        Some('s') => vm.str(&value)?,
        Some('a') => ascii_of(vm, &value)?,
        Some(c) => return Err(vm.new_value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = expand(vm, &field.spec, args, kw, counter, depth - 1)?;
    let r = format_object(vm, &value, &new_str_object(vm, &spec))?;
    Ok(vm.str_string(&r)?)
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn resolve_name(
    vm: &Vm,
    name: &str,
    args: &[PyRef],
    kw: &KwLookup<'_>,
    counter: &mut Counter,
) -> PyResult<PyRef> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let head = &name[..first_end];
    let mut obj = if head.is_empty() {
        if counter.manual {
            return Err(vm.new_value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let n = counter.auto.map_or(0, |n| n + 1);
        counter.auto = Some(n);
        args.get(n).cloned().ok_or_else(|| {
            vm.new_index_error(format!(
                "Replacement index {n} out of range for positional args tuple"
            ))
        })?
    } else if let Some(n) = Some(head)
        .filter(|h| all_digits(h))
        .and_then(|h| h.parse::<usize>().ok())
    {
        if counter.auto.is_some() {
            return Err(vm.new_value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        counter.manual = true;
        args.get(n).cloned().ok_or_else(|| {
            vm.new_index_error(format!(
                "Replacement index {n} out of range for positional args tuple"
            ))
        })?
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
            let end = r
                .find(']')
                .ok_or_else(|| vm.new_value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) if all_digits(key) => super::longobject::new_int(vm, n),
                _ => new_str_object(vm, key),
            };
            obj = vm.getitem(&obj, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(
                vm.new_value_error("Only '.' or '[' may follow ']' in format field specifier")
            );
        }
    }
    Ok(obj)
}
