//! `_abc`: the C accelerator `abc.ABCMeta` prefers over `_py_abc`. Each
//! ABC's `_abc_impl` is an `_abc_data` object holding its registry of
//! virtual subclasses and its positive and negative subclass caches (weak
//! sets, weak_set.rs); `register` on any ABC bumps a global token that
//! invalidates every negative cache. `_abc_init` also computes
//! `__abstractmethods__` and moves `__abc_tpflags__` into the type's
//! sequence/mapping flags (what `match` looks at), which `register`
//! passes on to the registered class and its subclasses.

mod weak_set;

use super::{module_set, new_builtin_module};
use crate::objects::listobject::{as_list, list_items};
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::setobject::{new_frozenset, new_set};
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::typeobject::{
    as_type, finish_builtin_type, modified, new_builtin_type, tpflags, PyType,
};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use weak_set::WeakSet;

/// Bumped by every `register`: a negative cache older than it is stale.
static INVALIDATION_COUNTER: AtomicU64 = AtomicU64::new(0);

fn token() -> u64 {
    INVALIDATION_COUNTER.load(Ordering::Relaxed)
}

/// The `_abc_data` type, created once per process.
static ABC_DATA_TYPE: OnceLock<PyRef> = OnceLock::new();

/// The payload of `_abc_data` objects: one ABC's registry and caches.
struct AbcData {
    registry: WeakSet,
    cache: WeakSet,
    negative_cache: WeakSet,
    negative_cache_version: Cell<u64>,
}

impl PyPayload for AbcData {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.registry.traverse(visit);
        self.cache.traverse(visit);
        self.negative_cache.traverse(visit);
    }
    fn clear(&self) {
        self.registry.clear();
        self.cache.clear();
        self.negative_cache.clear();
    }
}

fn new_abc_data(cls: &PyRef) -> PyRef {
    PyRef::new(
        AbcData {
            registry: WeakSet::default(),
            cache: WeakSet::default(),
            negative_cache: WeakSet::default(),
            negative_cache_version: Cell::new(token()),
        },
        cls.clone(),
    )
}

/// `self._abc_impl`, which must be an `_abc_data` object.
fn get_impl(vm: &Vm, cls: &PyRef) -> PyResult<PyRef> {
    let imp = vm.getattr_str(cls, "_abc_impl")?;
    if imp.downcast_ref::<AbcData>().is_none() || !imp.class().is(abc_data_type()) {
        return Err(vm.new_type_error("_abc_impl is set to a wrong type"));
    }
    Ok(imp)
}

fn data(imp: &PyRef) -> &AbcData {
    imp.downcast_ref::<AbcData>().expect("checked by get_impl")
}

fn abc_data_type() -> &'static PyRef {
    ABC_DATA_TYPE.get().expect("_abc initialised")
}

fn is_type(o: &PyRef) -> bool {
    o.downcast_ref::<PyType>().is_some()
}

/// The positional arguments of a module function taking exactly `n`,
/// with CPython's messages for the METH_O (`n == 1`) and fast-call forms.
fn args_of<'a>(vm: &Vm, args: CallArgs<'a>, name: &str, n: usize) -> PyResult<&'a [PyRef]> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("_abc.{name}() takes no keyword arguments")));
    }
    if n == 1 {
        return args.check_positional(vm, &format!("_abc.{name}"), 1, 1);
    }
    args.check_positional(vm, name, n, n)
}

/// `_PyObject_IsAbstract`: a true `__isabstractmethod__` attribute.
fn is_abstract(vm: &Vm, value: &PyRef) -> PyResult<bool> {
    match vm.getattr_opt(value, &vm.intern("__isabstractmethod__"))? {
        Some(v) => vm.is_true(&v),
        None => Ok(false),
    }
}

/// Sets `cls.__abstractmethods__`: the abstract names of its namespace,
/// then the inherited abstract names it still resolves to abstract values.
fn compute_abstract_methods(vm: &Vm, cls: &PyRef) -> PyResult<()> {
    let mut abstracts = Vec::new();
    let ns = vm.getattr_str(cls, "__dict__")?;
    let items = vm.call_method(&ns, "items", &[])?;
    for item in vm.collect(&items)? {
        let pair = vm.collect(&item).map_err(|e| {
            if e.matches(&vm.exceptions.type_error) {
                vm.new_type_error("items() returned non-iterable")
            } else {
                e
            }
        })?;
        if pair.len() != 2 {
            return Err(vm.new_type_error("items() returned item which size is not 2"));
        }
        if is_abstract(vm, &pair[1])? {
            abstracts.push(pair[0].clone());
        }
    }
    let bases = vm.getattr_str(cls, "__bases__")?;
    let Some(bases) = tuple_items(&bases).map(<[PyRef]>::to_vec) else {
        return Err(vm.new_type_error("__bases__ is not tuple"));
    };
    let abstract_name = vm.intern("__abstractmethods__");
    for base in &bases {
        let Some(inherited) = vm.getattr_opt(base, &abstract_name)? else {
            continue;
        };
        let it = vm.get_iter(&inherited)?;
        while let Some(key) = vm.next(&it)? {
            if let Some(value) = vm.getattr_opt(cls, &key)? {
                if is_abstract(vm, &value)? {
                    abstracts.push(key);
                }
            }
        }
    }
    let set = new_frozenset(vm, abstracts)?;
    vm.setattr(cls, &abstract_name, Some(&set))
}

const COLLECTION_FLAGS: u64 = tpflags::SEQUENCE | tpflags::MAPPING;

/// Moves an int `__abc_tpflags__` of `cls`'s namespace into its flags.
fn take_abc_tpflags(vm: &Vm, cls: &PyRef) -> PyResult<()> {
    let t = as_type(cls);
    let ns = t.namespace();
    let key = vm.intern("__abc_tpflags__");
    let Some(flags) = ns.get_item(vm, &key)? else {
        return Ok(());
    };
    if flags.class().is(&vm.types.int_type) {
        let val = crate::objects::longobject::int_to_i64(&flags)
            .ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C long"))?
            as u64;
        if val & COLLECTION_FLAGS == COLLECTION_FLAGS {
            return Err(vm.new_type_error(
                "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
            ));
        }
        t.flags.set(t.flags.get() | (val & COLLECTION_FLAGS));
    }
    ns.del_item(vm, &key)?;
    modified(cls);
    Ok(())
}

fn abc_init(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let cls = &args_of(vm, args, "_abc_init", 1)?[0];
    compute_abstract_methods(vm, cls)?;
    let d = new_abc_data(abc_data_type());
    vm.setattr(cls, &vm.intern("_abc_impl"), Some(&d))?;
    if is_type(cls) {
        take_abc_tpflags(vm, cls)?;
    }
    Ok(vm.none.clone())
}

/// Gives `child` and its subclasses the collection flag `flag`, stopping
/// at immutable types and at classes that already have it.
fn set_collection_flag_recursive(child: &PyType, flag: u64) {
    if child.has_flag(tpflags::IMMUTABLE) || child.flags.get() & COLLECTION_FLAGS == flag {
        return;
    }
    child
        .flags
        .set((child.flags.get() & !COLLECTION_FLAGS) | flag);
    let subs = child.subclasses.borrow().clone();
    for sub in subs {
        // SAFETY: subclasses remove themselves from this list when freed, so
        // every stored pointer is a live PyType payload.
        set_collection_flag_recursive(unsafe { &*(sub as *const PyType) }, flag);
    }
}

fn abc_register(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args_of(vm, args, "_abc_register", 2)?;
    let (cls, subclass) = (&a[0], &a[1]);
    if !is_type(subclass) {
        return Err(vm.new_type_error("Can only register classes"));
    }
    if vm.issubclass(subclass, cls)? {
        return Ok(subclass.clone());
    }
    // Checked after "already a subclass", so X.register(X) is a no-op.
    if vm.issubclass(cls, subclass)? {
        return Err(vm.new_runtime_error("Refusing to create an inheritance cycle"));
    }
    let imp = get_impl(vm, cls)?;
    data(&imp).registry.add(vm, subclass)?;
    INVALIDATION_COUNTER.fetch_add(1, Ordering::Relaxed);
    if is_type(cls) {
        let flag = as_type(cls).flags.get() & COLLECTION_FLAGS;
        if flag != 0 {
            set_collection_flag_recursive(as_type(subclass), flag);
        }
    }
    Ok(subclass.clone())
}

fn abc_instancecheck(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args_of(vm, args, "_abc_instancecheck", 2)?;
    let (cls, instance) = (&a[0], &a[1]);
    let imp = get_impl(vm, cls)?;
    let d = data(&imp);
    let subclass = vm.getattr_str(instance, "__class__")?;
    if d.cache.contains(&subclass) {
        return Ok(vm.true_.clone());
    }
    let subtype = instance.class();
    if subtype.is(&subclass) {
        if d.negative_cache_version.get() == token() && d.negative_cache.contains(&subclass) {
            return Ok(vm.false_.clone());
        }
        return vm.call_method(cls, "__subclasscheck__", &[subclass]);
    }
    let r = vm.call_method(cls, "__subclasscheck__", &[subclass])?;
    if vm.is_true(&r)? {
        return Ok(r);
    }
    vm.call_method(cls, "__subclasscheck__", &[subtype.clone()])
}

/// Whether `subclass` is a registered class or a subclass of one; a hit
/// found through a registered class is cached.
fn check_registry(vm: &Vm, d: &AbcData, subclass: &PyRef) -> PyResult<bool> {
    if d.registry.contains(subclass) {
        return Ok(true);
    }
    if d.registry.is_empty() {
        return Ok(false);
    }
    // A snapshot: the checks below may run code that registers classes.
    for rkey in d.registry.members() {
        if vm.issubclass(subclass, &rkey)? {
            d.cache.add(vm, subclass)?;
            return Ok(true);
        }
    }
    Ok(false)
}

fn abc_subclasscheck(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args_of(vm, args, "_abc_subclasscheck", 2)?;
    let (cls, subclass) = (&a[0], &a[1]);
    if !is_type(subclass) {
        return Err(vm.new_type_error("issubclass() arg 1 must be a class"));
    }
    let imp = get_impl(vm, cls)?;
    let d = data(&imp);
    // 1. The positive cache.
    if d.cache.contains(subclass) {
        return Ok(vm.true_.clone());
    }
    // 2. The negative cache, emptied first if a register() made it stale.
    if d.negative_cache_version.get() < token() {
        d.negative_cache.clear();
        d.negative_cache_version.set(token());
    } else if d.negative_cache.contains(subclass) {
        return Ok(vm.false_.clone());
    }
    let yes = |vm: &Vm| -> PyResult {
        d.cache.add(vm, subclass)?;
        Ok(vm.true_.clone())
    };
    // 3. The subclass hook.
    let ok = vm.call_method(cls, "__subclasshook__", std::slice::from_ref(subclass))?;
    if ok.is(&vm.true_) {
        return yes(vm);
    }
    if ok.is(&vm.false_) {
        d.negative_cache.add(vm, subclass)?;
        return Ok(vm.false_.clone());
    }
    if !vm.is_not_implemented(&ok) {
        return Err(vm.new_exception_msg(
            &vm.exceptions.assertion_error,
            "__subclasshook__ must return either False, True, or NotImplemented",
        ));
    }
    // 4. A real subclass.
    if as_type(subclass).mro.borrow().iter().any(|m| m.is(cls)) {
        return yes(vm);
    }
    // 5. A registered class or a subclass of one.
    if check_registry(vm, d, subclass)? {
        return Ok(vm.true_.clone());
    }
    // 6. A subclass of a subclass.
    let subclasses = vm.call_method(cls, "__subclasses__", &[])?;
    if as_list(&subclasses).is_none() {
        return Err(vm.new_type_error("__subclasses__() must return a list"));
    }
    for scls in list_items(&subclasses) {
        if vm.issubclass(subclass, &scls)? {
            return yes(vm);
        }
    }
    d.negative_cache.add(vm, subclass)?;
    Ok(vm.false_.clone())
}

fn get_cache_token(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "_abc.get_cache_token", 0, 0)?;
    Ok(new_int(vm, token() as i64))
}

fn get_dump(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let cls = &args_of(vm, args, "_get_dump", 1)?[0];
    let imp = get_impl(vm, cls)?;
    let d = data(&imp);
    Ok(new_tuple(
        vm,
        vec![
            new_set(vm, d.registry.live_refs())?,
            new_set(vm, d.cache.live_refs())?,
            new_set(vm, d.negative_cache.live_refs())?,
            new_int(vm, d.negative_cache_version.get() as i64),
        ],
    ))
}

fn reset_registry(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let cls = &args_of(vm, args, "_reset_registry", 1)?[0];
    data(&get_impl(vm, cls)?).registry.clear();
    Ok(vm.none.clone())
}

fn reset_caches(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let cls = &args_of(vm, args, "_reset_caches", 1)?[0];
    let imp = get_impl(vm, cls)?;
    data(&imp).cache.clear();
    data(&imp).negative_cache.clear();
    Ok(vm.none.clone())
}

fn make_abc_data_type(vm: &Vm) -> PyRef {
    let t = new_builtin_type(
        vm,
        "_abc._abc_data",
        &vm.types.object_type,
        tpflags::HAVE_GC,
        Some("Internal state held by ABC machinery."),
    );
    as_type(&t)
        .slots
        .new
        .set(Some(|_, cls, _| Ok(new_abc_data(cls))));
    finish_builtin_type(vm, &t, &[], &[]);
    t
}

/// Creates the `_abc` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    ABC_DATA_TYPE.get_or_init(|| make_abc_data_type(vm));
    let m = new_builtin_module(
        vm,
        "_abc",
        &[
            MethodDef::new("get_cache_token", get_cache_token).with_doc("Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC."),
            MethodDef::new("_abc_init", abc_init).with_doc("Internal ABC helper for class set-up. Should be never used outside abc module."),
            MethodDef::new("_reset_registry", reset_registry).with_doc("Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py"),
            MethodDef::new("_reset_caches", reset_caches).with_doc("Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py"),
            MethodDef::new("_get_dump", get_dump).with_doc("Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead use ABC._dump_registry() for a nice repr."),
            MethodDef::new("_abc_register", abc_register).with_doc("Internal ABC helper for subclasss registration. Should be never used outside abc module."),
            MethodDef::new("_abc_instancecheck", abc_instancecheck).with_doc("Internal ABC helper for instance checks. Should be never used outside abc module."),
            MethodDef::new("_abc_subclasscheck", abc_subclasscheck).with_doc("Internal ABC helper for subclasss checks. Should be never used outside abc module."),
        ],
    );
    module_set(
        vm,
        &m,
        "__doc__",
        crate::objects::unicodeobject::new_str_object(
            vm,
            "Module contains faster C implementation of abc.ABCMeta",
        ),
    );
    Ok(m)
}
