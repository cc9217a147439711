//! `_ast`: the node classes of Python's abstract syntax tree (`nodes.rs`
//! holds the grammar, `node_type.rs` builds `AST` and its subclasses), the
//! conversion of a parsed tree to those objects for `ast.parse`
//! (`to_python.rs`) and back for `compile(tree, …)` (`from_python.rs`).

mod from_python;
mod node_type;
mod nodes;
mod to_python;

use super::{module_set, new_builtin_module};
use crate::objects::longobject::new_int;
use crate::objects::object::PyRef;
use crate::vm::{PyResult, Vm};
use std::collections::HashMap;
use std::sync::OnceLock;

/// `compile()` flag: return the AST instead of a code object.
pub const PY_CF_ONLY_AST: i64 = 0x400;
/// `compile()` flag: keep `# type:` comments (accepted, not recorded).
pub const PY_CF_TYPE_COMMENTS: i64 = 0x1000;
/// `compile()` flag: allow `await` at module level.
pub const PY_CF_ALLOW_TOP_LEVEL_AWAIT: i64 = 0x2000;

/// The node classes, created once per process (the first `import _ast` or
/// `ast.parse`).
pub struct Types {
    pub base: PyRef,
    classes: HashMap<&'static str, PyRef>,
    /// The shared instances of field-less operator and context classes.
    singletons: HashMap<&'static str, PyRef>,
    /// Every class in grammar order (for the module namespace).
    order: Vec<(&'static str, PyRef)>,
    /// Class identity → grammar name.
    by_id: HashMap<usize, &'static str>,
}

impl Types {
    /// The class `name` (one of the grammar's names).
    pub fn class(&self, name: &str) -> &PyRef {
        &self.classes[name]
    }

    /// The grammar name of `cls` if it is one of the node classes.
    pub fn name_of(&self, cls: &PyRef) -> Option<&'static str> {
        self.by_id.get(&cls.id()).copied()
    }

    /// The shared instance of a field-less class such as `Load` or `Add`.
    pub fn singleton(&self, name: &str) -> &PyRef {
        &self.singletons[name]
    }
}

static TYPES: OnceLock<Types> = OnceLock::new();

/// The node classes, creating them on first use.
pub fn types(vm: &Vm) -> PyResult<&'static Types> {
    if let Some(t) = TYPES.get() {
        return Ok(t);
    }
    let base = node_type::make_base(vm);
    let mut classes = HashMap::new();
    let mut singletons = HashMap::new();
    let mut order = Vec::new();
    let mut by_id = HashMap::new();
    for node in nodes::node_types() {
        let parent = match node.base {
            Some(b) => classes.get(b).cloned().unwrap_or_else(|| base.clone()),
            None => base.clone(),
        };
        let cls = node_type::make_node_class(vm, &node, &parent)?;
        if node.singleton {
            singletons.insert(node.name, vm.call_positional(&cls, &[])?);
        }
        by_id.insert(cls.id(), node.name);
        classes.insert(node.name, cls.clone());
        order.push((node.name, cls));
    }
    let _ = TYPES.set(Types {
        base,
        classes,
        singletons,
        order,
        by_id,
    });
    Ok(TYPES.get().expect("just set"))
}

/// Creates the `_ast` module.
pub fn create(vm: &Vm) -> PyResult<PyRef> {
    let t = types(vm)?;
    let m = new_builtin_module(vm, "_ast", &[]);
    module_set(vm, &m, "AST", t.base.clone());
    for (name, cls) in &t.order {
        module_set(vm, &m, name, cls.clone());
    }
    for (name, v) in [
        ("PyCF_ONLY_AST", PY_CF_ONLY_AST),
        ("PyCF_TYPE_COMMENTS", PY_CF_TYPE_COMMENTS),
        ("PyCF_ALLOW_TOP_LEVEL_AWAIT", PY_CF_ALLOW_TOP_LEVEL_AWAIT),
    ] {
        module_set(vm, &m, name, new_int(vm, v));
    }
    Ok(m)
}

pub use from_python::compile_object;
pub use to_python::parse_to_object;

/// Whether `o` is an instance of `ast.AST` (only possible once the classes exist).
pub fn is_ast_object(vm: &Vm, o: &PyRef) -> PyResult<bool> {
    match TYPES.get() {
        Some(t) => vm.isinstance(o, &t.base),
        None => Ok(false),
    }
}
