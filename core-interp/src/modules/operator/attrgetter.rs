//! `operator.attrgetter`: a callable fetching one attribute (`f(r)` is
//! `r.name`, dotted names follow the chain `r.name.first`) or several (a
//! tuple) from its operand. Dotted names are split once, at construction.

use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::sequence::ReprGuard;
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{class_name, finish_builtin_type, new_builtin_type};
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The payload of `attrgetter` objects: for each requested attribute, the
/// chain of names to follow (one name when it was not dotted). Empty only
/// after the collector cleared it.
struct AttrGetter {
    chains: RefCell<Rc<[Vec<PyRef>]>>,
}

impl PyPayload for AttrGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.chains.borrow().iter().flatten().for_each(visit);
    }
    fn clear(&self) {
        let old = self.chains.replace(Rc::new([]));
        drop(old);
    }
}

fn chains(o: &PyRef) -> Rc<[Vec<PyRef>]> {
    o.downcast_ref::<AttrGetter>()
        .map(|g| g.chains.borrow().clone())
        .unwrap_or_else(|| Rc::new([]))
}

/// Splits one attribute name at its dots; a name without dots is kept as
/// it was given.
fn split_name(vm: &Vm, name: &PyRef) -> PyResult<Vec<PyRef>> {
    let Some(s) = name.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error("attribute name must be a string"));
    };
    let cps = s.to_code_points();
    if !cps.contains(&u32::from(b'.')) {
        return Ok(vec![name.clone()]);
    }
    Ok(cps
        .split(|&c| c == u32::from(b'.'))
        .map(|part| {
            if part.iter().all(|&c| c < 0x80) {
                let ascii: String = part.iter().map(|&c| c as u8 as char).collect();
                vm.intern(&ascii)
            } else {
                PyRef::new(PyStr::from_code_points(part), vm.types.str_type.clone())
            }
        })
        .collect())
}

/// `attrgetter(attr, ...)`.
fn attrgetter_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "attrgetter")?;
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.new_type_error("attrgetter expected 1 argument, got 0"));
    }
    let chains = pos
        .iter()
        .map(|n| split_name(vm, n))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyRef::new(
        AttrGetter {
            chains: RefCell::new(chains.into()),
        },
        cls.clone(),
    ))
}

fn dotted_getattr(vm: &Vm, obj: &PyRef, chain: &[PyRef]) -> PyResult {
    let mut cur = obj.clone();
    for name in chain {
        cur = vm.getattr(&cur, name)?;
    }
    Ok(cur)
}

fn attrgetter_call(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult {
    let obj = &super::one_operand(vm, args, "attrgetter")?;
    let chains = chains(o);
    if let [chain] = &*chains {
        return dotted_getattr(vm, obj, chain);
    }
    let mut out = Vec::with_capacity(chains.len());
    for chain in chains.iter() {
        out.push(dotted_getattr(vm, obj, chain)?);
    }
    Ok(new_tuple(vm, out))
}

/// The attribute names as given to the constructor (chains joined by dots).
fn attr_strings(vm: &Vm, o: &PyRef) -> Vec<PyRef> {
    chains(o)
        .iter()
        .map(|chain| match chain.as_slice() {
            [one] => one.clone(),
            parts => {
                let mut cps = Vec::new();
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        cps.push(u32::from(b'.'));
                    }
                    cps.extend(p.downcast_ref::<PyStr>().expect("str").code_points());
                }
                PyRef::new(PyStr::from_code_points(&cps), vm.types.str_type.clone())
            }
        })
        .collect()
}

/// `operator.attrgetter('a.b')` or `operator.attrgetter('a', 'b')`.
fn attrgetter_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let name = class_name(o);
    let Some(_guard) = ReprGuard::enter(o) else {
        return Ok(new_str_object(vm, &format!("{name}(...)")));
    };
    let mut names = attr_strings(vm, o);
    let r = if names.len() == 1 {
        format!("{name}({})", vm.repr_string(&names.remove(0))?)
    } else {
        format!("{name}{}", vm.repr_string(&new_tuple(vm, names))?)
    };
    Ok(new_str_object(vm, &r))
}

fn attrgetter_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let names = new_tuple(vm, attr_strings(vm, &a[0]));
    Ok(new_tuple(vm, vec![a[0].class().clone(), names]))
}

const DOC: &str = "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).";

/// Creates the `operator.attrgetter` type.
pub fn make_type(vm: &Vm) -> PyRef {
    let t = new_builtin_type(
        vm,
        "operator.attrgetter",
        &vm.types.object_type,
        0,
        Some(DOC),
    );
    let s = &crate::objects::typeobject::as_type(&t).slots;
    s.new.set(Some(attrgetter_new));
    s.call.set(Some(attrgetter_call));
    s.repr.set(Some(attrgetter_repr));
    finish_builtin_type(
        vm,
        &t,
        &[MethodDef::new("__reduce__", attrgetter_reduce)
            .with_doc("Return state information for pickling")],
        &[],
    );
    t
}
