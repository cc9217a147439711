//! The fields of `SyntaxError` (`msg`, `filename`, `lineno`, `offset`,
//! `text`, `end_lineno`, `end_offset`, `print_file_and_line`) and its
//! constructor, and the keyword-only `name` of `NameError`
//! and `name`/`obj` of `AttributeError`. As OSError's, the fields live in the
//! instance `__dict__`.

use super::dictobject::PyDict;
use super::exceptions::as_exception;
use super::exceptions_oserror::{dict_fields, instance_dict};
use super::object::PyRef;
use super::tupleobject::{new_tuple, tuple_items};
use super::typeobject::{as_type, class_name};
use crate::vm::{CallArgs, PyResult, Vm};

const SYNTAX_FIELDS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

fn set_args(vm: &Vm, obj: &PyRef, args: &[PyRef]) {
    if let Some(x) = as_exception(obj) {
        *x.args.borrow_mut() = new_tuple(vm, args.to_vec());
    }
}

/// `SyntaxError.__init__(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
fn syntax_error_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    args.no_kwargs(vm, &class_name(obj))?;
    let pos = args.positional();
    set_args(vm, obj, pos);
    let d = instance_dict(vm, obj);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    if let Some(m) = pos.first() {
        d.set_str(vm, "msg", m.clone());
    }
    if pos.len() == 2 {
        let info = super::tupleobject::new_tuple(vm, vm.collect(&pos[1])?);
        let items = tuple_items(&info).map(|t| t.to_vec()).unwrap_or_default();
        if items.len() < 4 {
            return Err(vm.new_type_error(format!(
                "function takes at least 4 arguments ({} given)",
                items.len()
            )));
        }
        if items.len() > 6 {
            return Err(vm.new_type_error(format!(
                "function takes at most 6 arguments ({} given)",
                items.len()
            )));
        }
        for (name, v) in SYNTAX_FIELDS.iter().zip(items) {
            d.set_str(vm, name, v);
        }
    }
    Ok(())
}

/// Stores the keyword-only fields `names` of NameError/AttributeError and
/// the positional arguments as `args`.
fn keyword_fields_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>, names: &[&str]) -> PyResult<()> {
    let d = instance_dict(vm, obj);
    let d = d.downcast_ref::<PyDict>().expect("dict");
    for (k, v) in args.kwargs() {
        let key = vm.str_string(k)?;
        if !names.contains(&key.as_str()) {
            return Err(vm.new_type_error(format!(
                "'{key}' is an invalid keyword argument for {}()",
                as_type(obj.class()).name()
            )));
        }
        d.set_str(vm, &key, v.clone());
    }
    set_args(vm, obj, args.positional());
    Ok(())
}

fn name_error_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    keyword_fields_init(vm, obj, args, &["name"])
}

fn attribute_error_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    keyword_fields_init(vm, obj, args, &["name", "obj"])
}

/// Installs the fields, constructors and `__str__` above.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, GetSetDef};
    let e = &vm.exceptions;
    add_getsets(
        vm,
        &e.syntax_error,
        &dict_fields!(
            "msg",
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
            "print_file_and_line"
        ),
    );
    let s = &as_type(&e.syntax_error).slots;
    s.init.set(Some(syntax_error_init));
    add_getsets(vm, &e.name_error, &dict_fields!("name"));
    as_type(&e.name_error).slots.init.set(Some(name_error_init));
    add_getsets(vm, &e.attribute_error, &dict_fields!("name", "obj"));
    as_type(&e.attribute_error)
        .slots
        .init
        .set(Some(attribute_error_init));
}

/// Gives an AttributeError that came out of looking `name` up on `obj`
/// those two as its `name` and `obj`, unless it has either already (as
/// CPython's `PyObject_GetAttr` does, for the printer's suggestions).
pub fn set_attribute_error_context(vm: &Vm, err: &crate::vm::PyErr, obj: &PyRef, name: &PyRef) {
    use super::exceptions_oserror::{dict_field, set_dict_field};
    let e = err.value();
    if !err.matches(&vm.exceptions.attribute_error)
        || !vm.is_none(&dict_field(vm, e, "name"))
        || !vm.is_none(&dict_field(vm, e, "obj"))
    {
        return;
    }
    let _ = set_dict_field(vm, e, "name", Some(name));
    let _ = set_dict_field(vm, e, "obj", Some(obj));
}
