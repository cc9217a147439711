//! `_operator`: the C half of `operator` — the operator functions
//! (functions.rs) and the callables `itemgetter`, `attrgetter` and
//! `methodcaller` (one file each), which `operator.py` re-exports with
//! `from _operator import *`.

mod attrgetter;
mod functions;
mod itemgetter;
mod methodcaller;

use super::{module_set, new_builtin_module};
use crate::objects::object::PyRef;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};
use std::sync::OnceLock;

/// The module's three types, created once per process.
struct Types {
    attrgetter: PyRef,
    itemgetter: PyRef,
    methodcaller: PyRef,
}

static TYPES: OnceLock<Types> = OnceLock::new();

/// The one operand of an itemgetter/attrgetter/methodcaller call, with
/// CPython's messages (`itemgetter expected 1 argument, got 2`).
fn one_operand(vm: &Vm, args: CallArgs<'_>, name: &str) -> PyResult<PyRef> {
    args.no_kwargs(vm, name)?;
    match args.positional() {
        [obj] => Ok(obj.clone()),
        pos => Err(vm.new_type_error(format!("{name} expected 1 argument, got {}", pos.len()))),
    }
}

const DOC: &str = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

/// Creates the `_operator` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let t = TYPES.get_or_init(|| Types {
        attrgetter: attrgetter::make_type(vm),
        itemgetter: itemgetter::make_type(vm),
        methodcaller: methodcaller::make_type(vm),
    });
    let m = new_builtin_module(vm, "_operator", functions::FUNCTIONS);
    module_set(vm, &m, "__doc__", new_str_object(vm, DOC));
    module_set(vm, &m, "attrgetter", t.attrgetter.clone());
    module_set(vm, &m, "itemgetter", t.itemgetter.clone());
    module_set(vm, &m, "methodcaller", t.methodcaller.clone());
    Ok(m)
}
