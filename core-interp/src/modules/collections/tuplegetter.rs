//! `_collections._tuplegetter`: the data descriptor `namedtuple` puts on
//! its classes for each field (`index`-th item of a tuple).

use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::{
    as_type, class_name, finish_builtin_type, new_builtin_type, tpflags,
};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;

/// The payload of `_tuplegetter` objects.
pub struct TupleGetter {
    index: isize,
    doc: RefCell<PyRef>,
}

impl PyPayload for TupleGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.doc.borrow());
    }
}

fn tg(o: &PyRef) -> &TupleGetter {
    o.downcast_ref::<TupleGetter>().expect("_tuplegetter")
}

fn new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::check_args(vm, "_tuplegetter", args, 2, 2)?;
    let index = crate::modules::ssize_arg(vm, &a[0])?;
    Ok(PyRef::new(
        TupleGetter {
            index,
            doc: RefCell::new(a[1].clone()),
        },
        cls.clone(),
    ))
}

fn get(vm: &Vm, d: &PyRef, obj: Option<&PyRef>, _ty: Option<&PyRef>) -> PyResult {
    let g = tg(d);
    let Some(o) = obj.filter(|o| !vm.is_none(o)) else {
        return Ok(d.clone());
    };
    let Some(items) = tuple_items(o) else {
        return Err(vm.new_type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            class_name(o)
        )));
    };
    if g.index < 0 || g.index as usize >= items.len() {
        return Err(vm.new_index_error("tuple index out of range"));
    }
    Ok(items[g.index as usize].clone())
}

fn set(vm: &Vm, _d: &PyRef, _obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    Err(vm.new_attribute_error(if value.is_some() {
        "can't set attribute"
    } else {
        "can't delete attribute"
    }))
}

fn repr(vm: &Vm, o: &PyRef) -> PyResult {
    let g = tg(o);
    let doc = g.doc.borrow().clone();
    let name = as_type(o.class()).qualname.borrow().clone();
    let s = format!("{name}({}, {})", g.index, vm.repr_string(&doc)?);
    Ok(crate::objects::unicodeobject::new_str_object(vm, &s))
}

fn reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let g = tg(&a[0]);
    let inner = new_tuple(
        vm,
        vec![new_int(vm, g.index as i64), g.doc.borrow().clone()],
    );
    Ok(new_tuple(vm, vec![a[0].class().clone(), inner]))
}

/// Creates the `_tuplegetter` type.
pub fn make_type(vm: &Vm) -> PyRef {
    use crate::objects::descrobject::GetSetDef;
    let t = new_builtin_type(
        vm,
        "_collections._tuplegetter",
        &vm.types.object_type,
        tpflags::BASETYPE,
        None,
    );
    let s = &as_type(&t).slots;
    s.new.set(Some(new));
    s.descr_get.set(Some(get));
    s.descr_set.set(Some(set));
    s.repr.set(Some(repr));
    finish_builtin_type(
        vm,
        &t,
        &[MethodDef::new("__reduce__", reduce)],
        &[
            GetSetDef::new("__doc__", |_, o| Ok(tg(o).doc.borrow().clone())).with_setter(
                |vm, o, v| {
                    *tg(o).doc.borrow_mut() = v.cloned().unwrap_or_else(|| vm.none.clone());
                    Ok(())
                },
            ),
        ],
    );
    t
}
