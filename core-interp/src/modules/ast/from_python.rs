//! `ast` node objects → ruff's syntax tree, for `compile(tree, …)`.

use crate::compile::Mode;
use crate::objects::object::PyRef;
use crate::vm::{PyResult, Vm};

/// `compile(tree, filename, mode)`: converts `tree` and compiles it.
pub fn compile_object(vm: &Vm, tree: &PyRef, filename: &str, mode: Mode) -> PyResult {
    let _ = (tree, filename, mode);
    Err(vm.new_not_implemented_error("compile() of an AST object"))
}
