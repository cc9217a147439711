//! `_string`: the parsing helpers `string.Formatter` uses —
//! `formatter_parser` (the `str.format` template split into literal text
//! and fields) and `formatter_field_name_split` (a field name split into
//! its first part and the attribute/index accesses after it).

use super::new_builtin_module;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{as_type, class_name, finish_builtin_type, new_builtin_type};
use crate::objects::unicode_format::parse_field;
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::OnceLock;

/// The payload of both iterator types: the items still to produce, and
/// the error (if any) to raise after them. Parsing has no side effects,
/// so computing the items up front is indistinguishable from CPython's
/// lazy parsing.
struct PendingItems {
    items: RefCell<VecDeque<PyRef>>,
    error: RefCell<Option<crate::vm::PyErr>>,
}

impl PyPayload for PendingItems {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.items.borrow().iter().for_each(visit);
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
}

fn pending_next(_vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let p = o.downcast_ref::<PendingItems>().expect("PendingItems");
    let next = p.items.borrow_mut().pop_front();
    match next {
        Some(v) => Ok(Some(v)),
        None => match p.error.borrow_mut().take() {
            Some(e) => Err(e),
            None => Ok(None),
        },
    }
}

struct Types {
    formatter: PyRef,
    field_name: PyRef,
}

static TYPES: OnceLock<Types> = OnceLock::new();

fn iterator_type(vm: &Vm, name: &str) -> PyRef {
    let t = new_builtin_type(vm, name, &vm.types.object_type, 0, None);
    let s = &as_type(&t).slots;
    s.iter.set(Some(|_, o| Ok(o.clone())));
    s.iternext.set(Some(pending_next));
    finish_builtin_type(vm, &t, &[], &[]);
    t
}

fn new_pending(items: Vec<PyRef>, error: Option<crate::vm::PyErr>, ty: &PyRef) -> PyRef {
    PyRef::new(
        PendingItems {
            items: RefCell::new(items.into()),
            error: RefCell::new(error),
        },
        ty.clone(),
    )
}

/// The str argument of both functions.
fn str_arg(vm: &Vm, args: CallArgs<'_>, name: &str) -> PyResult<String> {
    let a = args.check_positional(vm, name, 1, 1)?;
    match a[0].downcast_ref::<PyStr>() {
        Some(s) => Ok(s.to_string_lossy().into_owned()),
        None => Err(vm.new_type_error(format!("expected str, got {}", class_name(&a[0])))),
    }
}

/// Parses a whole template into (literal, field_name, format_spec,
/// conversion) tuples, stopping at the first error.
fn parse_template(vm: &Vm, template: &str, out: &mut Vec<PyRef>) -> PyResult<()> {
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let mut literal = String::new();
        let mut field = None;
        while i < chars.len() {
            let c = chars[i];
            if c == '{' || c == '}' {
                if chars.get(i + 1) == Some(&c) {
                    // An escaped brace ends this literal chunk.
                    literal.push(c);
                    i += 2;
                    break;
                }
                if c == '}' {
                    return Err(vm.new_value_error("Single '}' encountered in format string"));
                }
                if i + 1 == chars.len() {
                    return Err(vm.new_value_error("Single '{' encountered in format string"));
                }
                let (f, next) = parse_field(vm, &chars, i + 1)?;
                field = Some(f);
                i = next;
                break;
            }
            literal.push(c);
            i += 1;
        }
        let lit = new_str_object(vm, &literal);
        let item = match field {
            None => new_tuple(
                vm,
                vec![lit, vm.none.clone(), vm.none.clone(), vm.none.clone()],
            ),
            Some(f) => {
                let conv = match f.conversion {
                    Some(c) => new_str_object(vm, &c.to_string()),
                    None => vm.none.clone(),
                };
                new_tuple(
                    vm,
                    vec![
                        lit,
                        new_str_object(vm, &f.name),
                        new_str_object(vm, &f.spec),
                        conv,
                    ],
                )
            }
        };
        out.push(item);
    }
    Ok(())
}

fn formatter_parser(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let template = str_arg(vm, args, "formatter_parser")?;
    let mut items = Vec::new();
    let err = parse_template(vm, &template, &mut items).err();
    let t = TYPES.get().expect("_string types");
    Ok(new_pending(items, err, &t.formatter))
}

/// An int if `s` is all ASCII digits (and fits), else a str.
fn int_or_str(vm: &Vm, s: &str) -> PyRef {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(n) = s.parse::<i64>() {
            return new_int(vm, n);
        }
    }
    new_str_object(vm, s)
}

/// The (is_attribute, key) accesses of a field name after its first part.
fn parse_accesses(vm: &Vm, mut rest: &str, out: &mut Vec<PyRef>) -> PyResult<()> {
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(vm.new_value_error("Empty attribute in format string"));
            }
            let key = new_str_object(vm, &r[..end]);
            out.push(new_tuple(vm, vec![vm.bool_obj(true), key]));
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.new_value_error("Missing ']' in format string"));
            };
            if end == 0 {
                return Err(vm.new_value_error("Empty attribute in format string"));
            }
            let key = int_or_str(vm, &r[..end]);
            out.push(new_tuple(vm, vec![vm.bool_obj(false), key]));
            rest = &r[end + 1..];
        } else {
            return Err(
                vm.new_value_error("Only '.' or '[' may follow ']' in format field specifier")
            );
        }
    }
    Ok(())
}

fn formatter_field_name_split(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let name = str_arg(vm, args, "formatter_field_name_split")?;
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = int_or_str(vm, &name[..first_end]);
    let mut items = Vec::new();
    let err = parse_accesses(vm, &name[first_end..], &mut items).err();
    let t = TYPES.get().expect("_string types");
    Ok(new_tuple(
        vm,
        vec![first, new_pending(items, err, &t.field_name)],
    ))
}

/// Creates the `_string` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    TYPES.get_or_init(|| Types {
        formatter: iterator_type(vm, "formatteriterator"),
        field_name: iterator_type(vm, "fieldnameiterator"),
    });
    Ok(new_builtin_module(
        vm,
        "_string",
        &[
            MethodDef::new("formatter_field_name_split", formatter_field_name_split)
                .with_doc("split the argument as a field name"),
            MethodDef::new("formatter_parser", formatter_parser)
                .with_doc("parse the argument as a format string"),
        ],
    ))
}
