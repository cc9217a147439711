//! `ast.AST`, the base of every node class, and the node classes
//! themselves: like CPython, each class is made by calling `type` with its
//! `_fields`, `__match_args__`, `_attributes`, docstring and the `None`
//! class defaults of its optional fields.

use super::nodes::{Arity, NodeType};
use crate::objects::dictobject::PyDict;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{
    as_type, class_name, finish_builtin_type, new_builtin_type, tpflags,
};
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};

/// `AST.__init__(self, *args, **kwargs)`: positional arguments fill
/// `_fields` in order, keywords set any attribute.
fn ast_init(vm: &Vm, obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let fields = vm.getattr_opt(obj.class(), &vm.intern("_fields"))?;
    let fields: Vec<PyRef> = match &fields {
        Some(f) => vm.collect(f)?,
        None => Vec::new(),
    };
    let pos = args.positional();
    let name = class_name(obj);
    let name = name.rsplit('.').next().unwrap_or_default();
    if pos.len() > fields.len() {
        let n = fields.len();
        return Err(vm.new_type_error(format!(
            "{name} constructor takes at most {n} positional argument{}",
            if n == 1 { "" } else { "s" }
        )));
    }
    for (f, v) in fields.iter().zip(pos) {
        vm.setattr(obj, f, Some(v))?;
    }
    for (k, v) in args.kwargs() {
        for f in &fields[..pos.len()] {
            if vm.eq(f, k)? {
                return Err(vm.new_type_error(format!(
                    "{name} got multiple values for argument '{}'",
                    vm.str_string(k)?
                )));
            }
        }
        vm.setattr(obj, k, Some(v))?;
    }
    Ok(())
}

/// `AST.__reduce__()`: `(type(self), (), self.__dict__)`.
fn ast_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let o = &a[0];
    let cls = o.class().clone();
    let empty = new_tuple(vm, Vec::new());
    let dict = o.dict().unwrap_or_else(|| PyDict::new_ref(vm));
    Ok(new_tuple(vm, vec![cls, empty, dict]))
}

fn str_tuple(vm: &Vm, names: impl Iterator<Item = &'static str>) -> PyRef {
    new_tuple(vm, names.map(|n| vm.intern(n)).collect())
}

/// Creates `ast.AST`.
pub fn make_base(vm: &Vm) -> PyRef {
    let t = new_builtin_type(
        vm,
        "ast.AST",
        &vm.types.object_type,
        tpflags::BASETYPE | tpflags::HAS_DICT,
        None,
    );
    as_type(&t).slots.init.set(Some(ast_init));
    finish_builtin_type(vm, &t, &[MethodDef::new("__reduce__", ast_reduce)], &[]);
    let ns = as_type(&t).namespace();
    let empty = new_tuple(vm, Vec::new());
    ns.set_str(vm, "_fields", empty.clone());
    ns.set_str(vm, "__match_args__", empty.clone());
    ns.set_str(vm, "_attributes", empty);
    ns.set_str(vm, "__module__", vm.intern("ast"));
    ns.set_str(vm, "__doc__", vm.none.clone());
    let dict = crate::objects::typeobject_attrs::instance_dict_descriptor(vm, &t);
    ns.set_str(vm, "__dict__", dict);
    t
}

/// Creates one node class deriving from `base`.
pub fn make_node_class(vm: &Vm, node: &NodeType, base: &PyRef) -> PyResult<PyRef> {
    let ns = PyDict::new_ref(vm);
    let d = ns.downcast_ref::<PyDict>().expect("dict");
    let fields = str_tuple(vm, node.fields.iter().map(|f| f.name));
    d.set_str(vm, "_fields", fields.clone());
    d.set_str(vm, "__match_args__", fields);
    d.set_str(vm, "__module__", vm.intern("ast"));
    d.set_str(vm, "__doc__", new_str_object(vm, &node.doc));
    let optional = node.fields.iter().filter(|f| f.arity == Arity::Optional);
    for f in optional {
        d.set_str(vm, f.name, vm.none.clone());
    }
    if let Some(attrs) = &node.attributes {
        d.set_str(
            vm,
            "_attributes",
            str_tuple(vm, attrs.iter().map(|f| f.name)),
        );
        for f in attrs.iter().filter(|f| f.arity == Arity::Optional) {
            d.set_str(vm, f.name, vm.none.clone());
        }
    }
    let bases = new_tuple(vm, vec![base.clone()]);
    vm.call_positional(
        &vm.types.type_type,
        &[vm.intern(node.name), bases, ns.clone()],
    )
}
