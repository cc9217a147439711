//! `types.GenericAlias` (CPython's `Objects/genericaliasobject.c`): what
//! `list[int]` evaluates to, with `__origin__`, `__args__`, `__parameters__`,
//! type-variable substitution, attribute forwarding to the origin and
//! `__mro_entries__`; and `__class_getitem__` on the built-in containers.

use super::descrobject::{add_getsets, add_methods, GetSetDef};
use super::methodobject::MethodDef;
use super::object::{PyPayload, PyRef};
use super::tupleobject::{new_tuple, tuple_items};
use super::typeobject::{as_type, new_builtin_type, tpflags, PyType};
use super::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::RefCell;
use std::sync::OnceLock;

/// The payload of `types.GenericAlias` objects.
pub struct PyGenericAlias {
    pub origin: PyRef,
    /// Always a tuple.
    pub args: PyRef,
    pub starred: bool,
    parameters: RefCell<Option<PyRef>>,
}

impl PyPayload for PyGenericAlias {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.origin);
        visit(&self.args);
        if let Some(p) = self.parameters.borrow().as_ref() {
            visit(p);
        }
    }
}

static GENERIC_ALIAS_TYPE: OnceLock<PyRef> = OnceLock::new();

fn ga(o: &PyRef) -> &PyGenericAlias {
    o.downcast_ref::<PyGenericAlias>().expect("GenericAlias")
}

fn as_args_tuple(vm: &Vm, args: &PyRef) -> PyRef {
    if args.class().is(&vm.types.tuple_type) {
        args.clone()
    } else {
        new_tuple(vm, vec![args.clone()])
    }
}

/// `GenericAlias(origin, args)`.
pub fn new_generic_alias(vm: &Vm, origin: PyRef, args: &PyRef) -> PyRef {
    let p = PyGenericAlias {
        origin,
        args: as_args_tuple(vm, args),
        starred: false,
        parameters: RefCell::new(None),
    };
    PyRef::new(p, generic_alias_type(vm).clone())
}

fn ga_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    if args.has_kwargs() && cls.is(generic_alias_type(vm)) {
        return Err(vm.new_type_error("GenericAlias() takes no keyword arguments"));
    }
    let a = args.check_positional(vm, "GenericAlias", 2, 2)?;
    let p = PyGenericAlias {
        origin: a[0].clone(),
        args: as_args_tuple(vm, &a[1]),
        starred: false,
        parameters: RefCell::new(None),
    };
    Ok(PyRef::new(p, cls.clone()))
}

fn is_type(o: &PyRef) -> bool {
    o.downcast_ref::<PyType>().is_some()
}

/// The repr of one argument, as CPython's `ga_repr_item`.
pub fn repr_item(vm: &Vm, p: &PyRef) -> PyResult<String> {
    if p.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    if p.downcast_ref::<PyGenericAlias>().is_some() {
        return vm.repr_string(p);
    }
    let has_origin = vm.getattr_opt(p, &vm.intern("__origin__"))?.is_some()
        && vm.getattr_opt(p, &vm.intern("__args__"))?.is_some();
    if has_origin {
        return vm.repr_string(p);
    }
    let qualname = vm.getattr_opt(p, &vm.intern("__qualname__"))?;
    let module = vm.getattr_opt(p, &vm.intern("__module__"))?;
    match (qualname, module) {
        (Some(q), Some(m)) if !vm.is_none(&m) => {
            let q = vm.str_string(&q)?;
            let m = vm.str_string(&m)?;
            Ok(if m == "builtins" {
                q
            } else {
                format!("{m}.{q}")
            })
        }
        _ => vm.repr_string(p),
    }
}

fn ga_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let g = ga(o);
    let mut s = String::new();
    if g.starred {
        s.push('*');
    }
    s.push_str(&repr_item(vm, &g.origin)?);
    s.push('[');
    let items = tuple_items(&g.args).expect("tuple");
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(inner) = tuple_items(it).filter(|_| it.class().is(&vm.types.tuple_type)) {
            // A list of types inside the arguments (Callable[[int], str]).
            let parts: Vec<String> = inner
                .iter()
                .map(|x| repr_item(vm, x))
                .collect::<PyResult<_>>()?;
            s.push_str(&format!("[{}]", parts.join(", ")));
        } else {
            s.push_str(&repr_item(vm, it)?);
        }
    }
    s.push(']');
    Ok(new_str_object(vm, &s))
}

/// Collects the type variables among `args` (`_Py_make_parameters`).
pub fn make_parameters(vm: &Vm, args: &[PyRef]) -> PyResult<PyRef> {
    let mut out: Vec<PyRef> = Vec::new();
    let push = |out: &mut Vec<PyRef>, v: PyRef| {
        if !out.iter().any(|x| x.is(&v)) {
            out.push(v);
        }
    };
    for a in args {
        if is_type(a) {
            continue;
        }
        if vm.getattr_opt(a, &vm.intern("__typing_subst__"))?.is_some() {
            push(&mut out, a.clone());
            continue;
        }
        if let Some(ps) = vm.getattr_opt(a, &vm.intern("__parameters__"))? {
            if let Some(items) = tuple_items(&ps) {
                for p in items {
                    push(&mut out, p.clone());
                }
            }
        }
    }
    Ok(new_tuple(vm, out))
}

fn parameters(vm: &Vm, o: &PyRef) -> PyResult {
    let g = ga(o);
    if let Some(p) = g.parameters.borrow().clone() {
        return Ok(p);
    }
    let p = make_parameters(vm, tuple_items(&g.args).expect("tuple"))?;
    *g.parameters.borrow_mut() = Some(p.clone());
    Ok(p)
}

/// Substitutes `item` for the parameters of `args` (`_Py_subs_parameters`).
pub fn subs_parameters(
    vm: &Vm,
    owner: &PyRef,
    args: &PyRef,
    params: &PyRef,
    item: &PyRef,
) -> PyResult<PyRef> {
    let params = tuple_items(params).expect("tuple").to_vec();
    if params.is_empty() {
        return Err(vm.new_type_error(format!("{} is not a generic class", vm.repr_string(owner)?)));
    }
    let mut argitems: Vec<PyRef> = if item.class().is(&vm.types.tuple_type) {
        tuple_items(item).expect("tuple").to_vec()
    } else {
        vec![item.clone()]
    };
    for p in &params {
        if let Some(prep) = vm.getattr_opt(p, &vm.intern("__typing_prepare_subst__"))? {
            let r = vm.call_positional(&prep, &[owner.clone(), new_tuple(vm, argitems.clone())])?;
            argitems = vm.collect(&r)?;
        }
    }
    if argitems.len() != params.len() {
        let which = if argitems.len() > params.len() {
            "many"
        } else {
            "few"
        };
        return Err(vm.new_type_error(format!(
            "Too {which} arguments for {}; actual {}, expected {}",
            vm.repr_string(owner)?,
            argitems.len(),
            params.len()
        )));
    }
    let mut out = Vec::new();
    for a in tuple_items(args).expect("tuple") {
        if is_type(a) {
            out.push(a.clone());
            continue;
        }
        if let Some(subst) = vm.getattr_opt(a, &vm.intern("__typing_subst__"))? {
            let i = params.iter().position(|p| p.is(a)).unwrap_or(0);
            out.push(vm.call_positional(&subst, &[argitems[i].clone()])?);
            continue;
        }
        let sub = match vm.getattr_opt(a, &vm.intern("__parameters__"))? {
            Some(ps) if tuple_items(&ps).is_some_and(|t| !t.is_empty()) => ps,
            _ => {
                out.push(a.clone());
                continue;
            }
        };
        let subargs: Vec<PyRef> = tuple_items(&sub)
            .expect("tuple")
            .iter()
            .map(|p| argitems[params.iter().position(|q| q.is(p)).unwrap_or(0)].clone())
            .collect();
        let key = if subargs.len() == 1 {
            subargs[0].clone()
        } else {
            new_tuple(vm, subargs)
        };
        out.push(vm.getitem(a, &key)?);
    }
    Ok(new_tuple(vm, out))
}

fn ga_getitem(vm: &Vm, o: &PyRef, item: &PyRef) -> PyResult {
    let g = ga(o);
    let params = parameters(vm, o)?;
    let new_args = subs_parameters(vm, o, &g.args, &params, item)?;
    let r = PyGenericAlias {
        origin: g.origin.clone(),
        args: new_args,
        starred: g.starred,
        parameters: RefCell::new(None),
    };
    Ok(PyRef::new(r, o.class().clone()))
}

const OWN_ATTRS: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn ga_getattro(vm: &Vm, o: &PyRef, name: &PyRef) -> PyResult {
    let n = vm.str_string(name)?;
    if !OWN_ATTRS.contains(&n.as_str()) {
        return vm.getattr(&ga(o).origin, name);
    }
    crate::vm::attr::generic_getattr(vm, o, name)
}

fn ga_richcompare(
    vm: &Vm,
    a: &PyRef,
    b: &PyRef,
    op: crate::compile::bytecode::CompareOperator,
) -> PyResult {
    use crate::compile::bytecode::CompareOperator as C;
    let (Some(x), Some(y)) = (
        a.downcast_ref::<PyGenericAlias>(),
        b.downcast_ref::<PyGenericAlias>(),
    ) else {
        return Ok(vm.not_implemented.clone());
    };
    if !matches!(op, C::Eq | C::Ne) {
        return Ok(vm.not_implemented.clone());
    }
    let eq = x.starred == y.starred && vm.eq(&x.origin, &y.origin)? && vm.eq(&x.args, &y.args)?;
    Ok(vm.bool_obj(if op == C::Eq { eq } else { !eq }))
}

fn ga_hash(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    let g = ga(o);
    Ok(vm.hash(&g.origin)? ^ vm.hash(&g.args)?)
}

fn ga_call(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult {
    let obj = vm.call(&ga(o).origin, args)?;
    if let Err(e) = vm.setattr_str(&obj, "__orig_class__", o.clone()) {
        if !e.matches(&vm.exceptions.attribute_error) && !e.matches(&vm.exceptions.type_error) {
            return Err(e);
        }
    }
    Ok(obj)
}

fn mro_entries(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__mro_entries__", 1, 1)?;
    Ok(new_tuple(vm, vec![ga(&a[0]).origin.clone()]))
}

fn instancecheck(vm: &Vm, _args: CallArgs<'_>) -> PyResult {
    Err(vm.new_type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn subclasscheck(vm: &Vm, _args: CallArgs<'_>) -> PyResult {
    Err(vm.new_type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let g = ga(&a[0]);
    Ok(new_tuple(
        vm,
        vec![
            a[0].class().clone(),
            new_tuple(vm, vec![g.origin.clone(), g.args.clone()]),
        ],
    ))
}

fn dir(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__dir__", 0, 0)?;
    let mut names = vm.collect(&vm.call_positional(
        &vm.getattr_str(&vm.builtins_module(), "dir")?,
        &[ga(&a[0]).origin.clone()],
    )?)?;
    for n in OWN_ATTRS {
        let s = vm.intern(n);
        if !names.iter().any(|x| vm.eq(x, &s).unwrap_or(false)) {
            names.push(s);
        }
    }
    Ok(super::listobject::new_list(vm, names))
}

/// `iter(alias)`: yields `*alias` once (PEP 646), so `[*tuple[int]]` and
/// `C[*Ts]` unpack the alias instead of indexing it forever.
fn ga_iter(vm: &Vm, o: &PyRef) -> PyResult {
    let g = ga(o);
    let starred = PyRef::new(
        PyGenericAlias {
            origin: g.origin.clone(),
            args: g.args.clone(),
            starred: true,
            parameters: RefCell::new(None),
        },
        o.class().clone(),
    );
    Ok(super::iterobject::new_seq_iterator(
        vm,
        new_tuple(vm, vec![starred]),
    ))
}

/// The `types.GenericAlias` type.
pub fn generic_alias_type(vm: &Vm) -> &'static PyRef {
    GENERIC_ALIAS_TYPE.get_or_init(|| {
        let t = new_builtin_type(vm, "GenericAlias", &vm.types.object_type, tpflags::BASETYPE, Some("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."));
        let s = &as_type(&t).slots;
        s.new.set(Some(ga_new));
        s.repr.set(Some(ga_repr));
        s.getattro.set(Some(ga_getattro));
        s.richcompare.set(Some(ga_richcompare));
        s.hash.set(Some(ga_hash));
        s.call.set(Some(ga_call));
        s.getitem.set(Some(ga_getitem));
        s.iter.set(Some(ga_iter));
        s.or.set(Some(super::unionobject::union_or));
        as_type(&t).namespace().set_str(vm, "__module__", vm.intern("types"));
        add_methods(
            vm,
            &t,
            &[
                MethodDef::new("__mro_entries__", mro_entries),
                MethodDef::new("__instancecheck__", instancecheck),
                MethodDef::new("__subclasscheck__", subclasscheck),
                MethodDef::new("__reduce__", reduce),
                MethodDef::new("__dir__", dir),
            ],
        );
        add_getsets(
            vm,
            &t,
            &[
                GetSetDef::new("__origin__", |_, o| Ok(ga(o).origin.clone())),
                GetSetDef::new("__args__", |_, o| Ok(ga(o).args.clone())),
                GetSetDef::new("__parameters__", parameters),
                GetSetDef::new("__unpacked__", |vm, o| Ok(vm.bool_obj(ga(o).starred))),
                GetSetDef::new("__typing_unpacked_tuple_args__", |vm, o| {
                    let g = ga(o);
                    Ok(if g.starred && g.origin.is(&vm.types.tuple_type) { g.args.clone() } else { vm.none.clone() })
                }),
            ],
        );
        super::typeslots::add_slot_wrappers(vm, &t);
        super::typeobject_new::add_new_wrapper(vm, &t);
        t
    })
}

fn class_getitem(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "__class_getitem__", 2, 2)?;
    Ok(new_generic_alias(vm, a[0].clone(), &a[1]))
}

/// The `__class_getitem__` class method, for types that are generic.
pub const CLASS_GETITEM: MethodDef =
    MethodDef::class("__class_getitem__", class_getitem).with_doc("See PEP 585");

/// Gives the built-in containers `__class_getitem__`.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    for ty in [
        &t.list_type,
        &t.dict_type,
        &t.tuple_type,
        &t.set_type,
        &t.frozenset_type,
        &t.mappingproxy_type,
        &t.async_generator_type,
        &vm.exceptions.base_exception_group,
    ] {
        add_methods(vm, ty, &[CLASS_GETITEM]);
    }
    generic_alias_type(vm);
}
