//! `types.UnionType` (CPython's `Objects/unionobject.c`): what `int | str`
//! evaluates to. Arguments are flattened and deduplicated, `None` stands for
//! `NoneType`; `isinstance`/`issubclass` accept unions of plain classes.

use super::descrobject::{add_getsets, add_methods, GetSetDef};
use super::genericaliasobject::{make_parameters, repr_item, subs_parameters, PyGenericAlias};
use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use super::tupleobject::{new_tuple, tuple_items};
use super::typeobject::{as_type, new_builtin_type, PyType};
use super::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;
use std::sync::OnceLock;

/// The payload of `types.UnionType` objects.
pub struct PyUnion {
    /// A tuple of the member types.
    pub args: PyRef,
    parameters: RefCell<Option<PyRef>>,
}

impl PyPayload for PyUnion {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.args);
    }
}

static UNION_TYPE: OnceLock<PyRef> = OnceLock::new();

fn un(o: &PyRef) -> &PyUnion {
    o.downcast_ref::<PyUnion>().expect("UnionType")
}

/// Whether `o` may be an operand of `|` between types.
fn is_unionable(vm: &Vm, o: &PyRef) -> bool {
    vm.is_none(o)
        || o.downcast_ref::<PyType>().is_some()
        || o.downcast_ref::<PyGenericAlias>().is_some()
        || o.downcast_ref::<PyUnion>().is_some()
}

fn flatten(vm: &Vm, o: &PyRef, out: &mut Vec<PyRef>) -> PyResult<()> {
    if let Some(u) = o.downcast_ref::<PyUnion>() {
        for a in tuple_items(&u.args).expect("tuple") {
            flatten(vm, a, out)?;
        }
        return Ok(());
    }
    let v = if vm.is_none(o) {
        vm.types.none_type.clone()
    } else {
        o.clone()
    };
    for x in out.iter() {
        let same = if x.downcast_ref::<PyGenericAlias>().is_some()
            && v.downcast_ref::<PyGenericAlias>().is_some()
        {
            vm.eq(x, &v)?
        } else {
            x.is(&v)
        };
        if same {
            return Ok(());
        }
    }
    out.push(v);
    Ok(())
}

/// `a | b` for types, generic aliases and unions (`nb_or` of `type`).
pub fn union_or(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    if !is_unionable(vm, a) || !is_unionable(vm, b) {
        return Ok(vm.not_implemented.clone());
    }
    let mut items = Vec::new();
    flatten(vm, a, &mut items)?;
    flatten(vm, b, &mut items)?;
    if items.len() == 1 {
        return Ok(items.pop().expect("one item"));
    }
    Ok(PyRef::new(
        PyUnion {
            args: new_tuple(vm, items),
            parameters: RefCell::new(None),
        },
        union_type(vm).clone(),
    ))
}

fn union_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let parts: Vec<String> = tuple_items(&un(o).args)
        .expect("tuple")
        .iter()
        .map(|a| {
            if a.is(&vm.types.none_type) {
                Ok("None".to_string())
            } else {
                repr_item(vm, a)
            }
        })
        .collect::<PyResult<_>>()?;
    Ok(new_str_object(vm, &parts.join(" | ")))
}

fn as_set(vm: &Vm, o: &PyRef) -> PyResult {
    vm.call_positional(&vm.types.frozenset_type, &[un(o).args.clone()])
}

fn union_richcompare(
    vm: &Vm,
    a: &PyRef,
    b: &PyRef,
    op: crate::compile::bytecode::CompareOperator,
) -> PyResult {
    use crate::compile::bytecode::CompareOperator as C;
    if b.downcast_ref::<PyUnion>().is_none() || !matches!(op, C::Eq | C::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    vm.richcompare(&as_set(vm, a)?, &as_set(vm, b)?, op)
}

fn union_hash(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    vm.hash(&as_set(vm, o)?)
}

fn parameters(vm: &Vm, o: &PyRef) -> PyResult {
    let u = un(o);
    if let Some(p) = u.parameters.borrow().clone() {
        return Ok(p);
    }
    let p = make_parameters(vm, tuple_items(&u.args).expect("tuple"))?;
    *u.parameters.borrow_mut() = Some(p.clone());
    Ok(p)
}

fn union_getitem(vm: &Vm, o: &PyRef, item: &PyRef) -> PyResult {
    let params = parameters(vm, o)?;
    let new_args = subs_parameters(vm, o, &un(o).args, &params, item)?;
    let items = tuple_items(&new_args).expect("tuple").to_vec();
    let mut r = items.first().cloned().unwrap_or_else(|| vm.none.clone());
    for x in &items[1..] {
        r = vm.binary_op(&r, x, crate::compile::bytecode::BinaryOperator::Or, false)?;
    }
    Ok(r)
}

fn check_members(vm: &Vm, o: &PyRef, what: &str) -> PyResult<Vec<PyRef>> {
    let items = tuple_items(&un(o).args).expect("tuple").to_vec();
    if items
        .iter()
        .any(|a| a.downcast_ref::<PyGenericAlias>().is_some())
    {
        return Err(vm.new_type_error(format!(
            "{what}() argument 2 cannot contain a parameterized generic"
        )));
    }
    Ok(items)
}

fn instancecheck(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__instancecheck__", 1, 1)?;
    for t in check_members(vm, &a[0], "isinstance")? {
        if vm.isinstance(&a[1], &t)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn subclasscheck(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__subclasscheck__", 1, 1)?;
    for t in check_members(vm, &a[0], "issubclass")? {
        if vm.issubclass(&a[1], &t)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

/// The `types.UnionType` type.
pub fn union_type(vm: &Vm) -> &'static PyRef {
    UNION_TYPE.get_or_init(|| {
        let t = new_builtin_type(
            vm,
            "UnionType",
            &vm.types.object_type,
            0,
            Some("Represent a PEP 604 union type\n\nE.g. for int | str"),
        );
        let s = &as_type(&t).slots;
        s.repr.set(Some(union_repr));
        s.richcompare.set(Some(union_richcompare));
        s.hash.set(Some(union_hash));
        s.getitem.set(Some(union_getitem));
        s.or.set(Some(union_or));
        as_type(&t)
            .namespace()
            .set_str(vm, "__module__", vm.intern("types"));
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("__instancecheck__", instancecheck),
                MethodDef::new("__subclasscheck__", subclasscheck),
            ],
        );
        add_getsets(
            vm,
            &t,
            &[
                GetSetDef::new("__args__", |_, o| Ok(un(o).args.clone())),
                GetSetDef::new("__parameters__", parameters),
            ],
        );
        super::typeslots::add_slot_wrappers(vm, &t);
        t
    })
}

/// Gives `type` its `|` operator.
pub fn init(vm: &Vm) {
    as_type(&vm.types.type_type).slots.or.set(Some(union_or));
    union_type(vm);
}
