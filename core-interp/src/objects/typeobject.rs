//! `type`: the type object, its method resolution order (C3), attribute
//! lookup along the MRO, creation of built-in types from Rust and of classes
//! from Python (`type.__new__`), and `type.__call__`.

use super::dictobject::PyDict;
use super::object::{PyPayload, PyRef};
use super::typeslots::TypeSlots;
use super::unicodeobject::PyStr;
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::{Cell, RefCell};

/// `tp_flags` bits, with CPython's values where CPython has the flag.
pub mod tpflags {
    pub const HEAPTYPE: u64 = 1 << 9;
    pub const BASETYPE: u64 = 1 << 10;
    pub const HAVE_GC: u64 = 1 << 14;
    pub const IS_ABSTRACT: u64 = 1 << 20;
    /// Instances are method descriptors: `LoadMethod` may pass `self` to
    /// them instead of binding (CPython's `Py_TPFLAGS_METHOD_DESCRIPTOR`).
    pub const METHOD_DESCRIPTOR: u64 = 1 << 17;
    pub const MATCH_SELF: u64 = 1 << 22;
    pub const LONG_SUBCLASS: u64 = 1 << 24;
    pub const LIST_SUBCLASS: u64 = 1 << 25;
    pub const TUPLE_SUBCLASS: u64 = 1 << 26;
    pub const BYTES_SUBCLASS: u64 = 1 << 27;
    pub const UNICODE_SUBCLASS: u64 = 1 << 28;
    pub const DICT_SUBCLASS: u64 = 1 << 29;
    pub const BASE_EXC_SUBCLASS: u64 = 1 << 30;
    pub const TYPE_SUBCLASS: u64 = 1 << 31;
    pub const SEQUENCE: u64 = 1 << 5;
    pub const MAPPING: u64 = 1 << 6;
    /// oxpy: instances may carry a `__dict__`.
    pub const HAS_DICT: u64 = 1 << 40;
    /// oxpy: the type (or a base) defines `__del__`.
    pub const HAS_FINALIZER: u64 = 1 << 41;
    /// oxpy: instances may be weakly referenced.
    pub const WEAKREFABLE: u64 = 1 << 42;
    /// oxpy: the type is immutable (built-in); setting attributes raises TypeError.
    pub const IMMUTABLE: u64 = 1 << 43;
    /// oxpy: a built-in type whose payload stores subclasses' `__slots__`.
    pub const INSTANCE_SLOTS: u64 = 1 << 44;
    /// oxpy: `__getitem__` is a mapping's only (a C type with `mp_subscript`
    /// and no `sq_item`): no iteration or `in` through it.
    pub const MAPPING_GETITEM_ONLY: u64 = 1 << 45;
}

/// The payload of type objects.
pub struct PyType {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// `tp_base`: the solid base whose layout instances share.
    pub base: RefCell<Option<PyRef>>,
    pub bases: RefCell<Vec<PyRef>>,
    pub mro: RefCell<Vec<PyRef>>,
    /// The type's namespace: a dict object.
    pub dict: PyRef,
    pub flags: Cell<u64>,
    pub slots: TypeSlots,
    /// Names declared in `__slots__`, indexes into the instance slot array.
    pub slot_names: RefCell<Vec<PyRef>>,
    /// Number of `__slots__` values each instance stores (own and inherited).
    pub slot_count: Cell<usize>,
    /// Direct subclasses (raw pointers, removed when a subclass is freed).
    pub subclasses: RefCell<Vec<usize>>,
    /// Bumped whenever the namespace of this type or a base changes (lookup caches key on it).
    pub version: Cell<u64>,
    /// `__doc__` of built-in types.
    pub doc: Option<&'static str>,
}

impl PyPayload for PyType {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.dict);
        if let Some(b) = self.base.borrow().as_ref() {
            visit(b);
        }
        for b in self.bases.borrow().iter() {
            visit(b);
        }
        for m in self.mro.borrow().iter() {
            visit(m);
        }
    }
    /// As CPython's `type_clear`: empties the namespace and drops the MRO
    /// (the bases stay: the subclass lists of live bases need them).
    fn clear(&self) {
        invalidate(self);
        let old = std::mem::take(&mut *self.mro.borrow_mut());
        drop(old);
        self.namespace().clear_all();
    }
}

impl Drop for PyType {
    fn drop(&mut self) {
        let me = self as *const PyType as usize;
        for b in self.bases.borrow().iter() {
            if let Some(bt) = b.downcast_ref::<PyType>() {
                bt.subclasses.borrow_mut().retain(|&p| p != me);
            }
        }
    }
}

impl PyType {
    pub fn new_payload(name: &str, dict: PyRef, flags: u64, doc: Option<&'static str>) -> PyType {
        PyType {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            base: RefCell::new(None),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict,
            flags: Cell::new(flags),
            slots: TypeSlots::default(),
            slot_names: RefCell::new(Vec::new()),
            slot_count: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            version: Cell::new(0),
            doc,
        }
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    pub fn has_flag(&self, f: u64) -> bool {
        self.flags.get() & f != 0
    }

    pub fn set_flag(&self, f: u64) {
        self.flags.set(self.flags.get() | f);
    }

    pub fn is_heap(&self) -> bool {
        self.has_flag(tpflags::HEAPTYPE)
    }

    pub fn namespace(&self) -> &PyDict {
        self.dict
            .downcast_ref::<PyDict>()
            .expect("type namespace is a dict")
    }

    /// Looks `name` (a str object) up along the MRO, without descriptors,
    /// through the per-thread method cache (keyed by type version and name).
    pub fn lookup(&self, vm: &Vm, name: &PyRef) -> Option<PyRef> {
        if self.version.get() == 0 {
            self.version.set(next_version());
        }
        let key = (
            self as *const PyType as usize,
            self.version.get(),
            name.id(),
        );
        let slot = ((key.0 >> 4) ^ (key.2 >> 3)) & (CACHE_SIZE - 1);
        let hit = METHOD_CACHE.with(|c| {
            let c = c.borrow();
            let e = &c[slot];
            if e.0 == key.0 && e.1 == key.1 && e.2 == key.2 {
                Some(e.3.clone())
            } else {
                None
            }
        });
        if let Some(v) = hit {
            return v;
        }
        let found = self.lookup_uncached(vm, name);
        // Only interned names are cached: their identity stands for their value.
        if name
            .downcast_ref::<super::unicodeobject::PyStr>()
            .is_some_and(|s| s.interned.get())
        {
            METHOD_CACHE.with(|c| c.borrow_mut()[slot] = (key.0, key.1, key.2, found.clone()));
        }
        found
    }

    fn lookup_uncached(&self, vm: &Vm, name: &PyRef) -> Option<PyRef> {
        for cls in self.mro.borrow().iter() {
            let t = cls.downcast_ref::<PyType>().expect("mro holds types");
            if let Some(v) = t.namespace().get_str(vm, name) {
                return Some(v);
            }
        }
        None
    }

    /// `lookup` with a Rust string.
    pub fn lookup_str(&self, vm: &Vm, name: &str) -> Option<PyRef> {
        let key = vm.intern(name);
        self.lookup(vm, &key)
    }

    /// Whether `self` is `other` or a subclass of it (by MRO).
    pub fn is_subtype(&self, other: &PyRef) -> bool {
        self.mro.borrow().iter().any(|c| c.is(other))
    }
}

/// Whether the object `ty` (a type) is a subtype of `base`.
pub fn is_subtype(ty: &PyRef, base: &PyRef) -> bool {
    if ty.is(base) {
        return true;
    }
    ty.downcast_ref::<PyType>()
        .is_some_and(|t| t.is_subtype(base))
}

/// The `PyType` payload of a type object.
#[inline]
pub fn as_type(ty: &PyRef) -> &PyType {
    ty.downcast_ref::<PyType>().expect("not a type object")
}

/// The `PyType` payload of an object's class.
#[inline]
pub fn class_type(obj: &super::object::PyObject) -> &PyType {
    // SAFETY: an object's class is always a type object.
    unsafe { obj.class().payload_assume::<PyType>() }
}

/// Computes the C3 linearization of `ty` with direct bases `bases`.
pub fn compute_mro(vm: &Vm, ty: &PyRef, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[i + 1..].iter().any(|o| o.is(b)) {
            return Err(vm.new_type_error(format!("duplicate base class {}", as_type(b).name())));
        }
    }
    let mut seqs: Vec<Vec<PyRef>> = Vec::new();
    for b in bases {
        seqs.push(as_type(b).mro.borrow().clone());
    }
    seqs.push(bases.to_vec());
    let mut result = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(next) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = as_type(&s[0]).name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.new_type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&next) {
                s.remove(0);
            }
        }
        result.push(next);
    }
}

/// Makes built-in types before (and after) the interpreter context exists.
pub struct TypeFactory {
    pub type_type: PyRef,
    pub dict_type: PyRef,
}

impl TypeFactory {
    /// A new immortal built-in type with single base `base`; its slots are
    /// inherited later (`inherit_missing`) once every type has its own.
    pub fn make(
        &self,
        name: &str,
        base: Option<&PyRef>,
        flags: u64,
        doc: Option<&'static str>,
    ) -> PyRef {
        let dict = PyRef::new(PyDict::default(), self.dict_type.clone());
        let t = PyType::new_payload(name, dict, flags | tpflags::IMMUTABLE, doc);
        let ty = PyRef::new(t, self.type_type.clone());
        ty.make_immortal();
        link_builtin_type(&ty, base);
        ty
    }
}

/// Sets base, bases and MRO of a built-in type (single inheritance).
pub fn link_builtin_type(ty: &PyRef, base: Option<&PyRef>) {
    let t = as_type(ty);
    let mut mro = vec![ty.clone()];
    if let Some(b) = base {
        let bt = as_type(b);
        mro.extend(bt.mro.borrow().iter().cloned());
        t.set_flag(bt.flags.get() & (tpflags::HAS_DICT | tpflags::WEAKREFABLE | SUBCLASS_FLAGS));
        bt.subclasses.borrow_mut().push(t as *const PyType as usize);
    }
    *t.base.borrow_mut() = base.cloned();
    *t.bases.borrow_mut() = base.into_iter().cloned().collect();
    *t.mro.borrow_mut() = mro;
}

/// A built-in type created after start-up (by a built-in module): its slots
/// are inherited from `base` at once.
pub fn new_builtin_type(
    vm: &Vm,
    name: &str,
    base: &PyRef,
    flags: u64,
    doc: Option<&'static str>,
) -> PyRef {
    let f = TypeFactory {
        type_type: vm.types.type_type.clone(),
        dict_type: vm.types.dict_type.clone(),
    };
    let ty = f.make(name, Some(base), flags, doc);
    let t = as_type(&ty);
    t.slots.inherit_from(&as_type(base).slots);
    // `tp_name` may be dotted (`collections.deque`); `__qualname__` is the last part.
    if let Some((_, short)) = name.rsplit_once('.') {
        *t.qualname.borrow_mut() = short.to_string();
    }
    ty
}

/// Completes a built-in type made with `new_builtin_type` after its slots are
/// set: adds its methods and getsets, the wrapper descriptors of the slots it
/// defines itself (`__iter__`, `__len__`…) and `__new__`.
pub fn finish_builtin_type(
    vm: &Vm,
    ty: &PyRef,
    methods: &[super::methodobject::MethodDef],
    getsets: &[super::descrobject::GetSetDef],
) {
    super::descrobject::add_methods(vm, ty, methods);
    super::descrobject::add_getsets(vm, ty, getsets);
    super::typeslots::add_slot_wrappers(vm, ty);
    super::typeobject_new::add_new_wrapper(vm, ty);
}

const SUBCLASS_FLAGS: u64 = tpflags::LONG_SUBCLASS
    | tpflags::LIST_SUBCLASS
    | tpflags::TUPLE_SUBCLASS
    | tpflags::BYTES_SUBCLASS
    | tpflags::UNICODE_SUBCLASS
    | tpflags::DICT_SUBCLASS
    | tpflags::BASE_EXC_SUBCLASS
    | tpflags::TYPE_SUBCLASS;

/// The qualified name of a type for messages: `module.qualname` for
/// non-builtins, like CPython's `tp_name` of heap types is only the name.
pub fn type_name(ty: &PyRef) -> String {
    as_type(ty).name()
}

/// `type(obj).__name__`, the usual name in error messages.
pub fn class_name(obj: &PyRef) -> String {
    as_type(obj.class()).name()
}

/// Whether attribute assignment on a type is allowed and refreshes slots.
pub fn type_setattro(vm: &Vm, ty: &PyRef, name: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let t = as_type(ty);
    if t.has_flag(tpflags::IMMUTABLE) {
        let n = name
            .downcast_ref::<PyStr>()
            .map(|s| s.to_string_lossy())
            .unwrap_or_default();
        return Err(vm.new_type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            t.name()
        )));
    }
    // Data descriptors on the metatype (e.g. __name__, __doc__ setters) take precedence.
    if let Some(descr) = as_type(ty.class()).lookup(vm, name) {
        if let Some(set) = as_type(descr.class()).slots.descr_set.get() {
            return set(vm, &descr, ty, value);
        }
    }
    match value {
        Some(v) => t.namespace().set_item(vm, name.clone(), v.clone())?,
        None => {
            if t.namespace().del_item(vm, name).is_err() {
                let n = name
                    .downcast_ref::<PyStr>()
                    .map(|s| s.to_string_lossy())
                    .unwrap_or_default();
                return Err(vm.new_attribute_error(format!(
                    "type object '{}' has no attribute '{n}'",
                    t.name()
                )));
            }
        }
    }
    modified(ty);
    if let Some(s) = name.downcast_ref::<PyStr>() {
        let n = s.to_string_lossy();
        if n.starts_with("__") && n.ends_with("__") {
            super::typeslots::update_slots_recursive(vm, ty);
        }
    }
    Ok(())
}

const CACHE_SIZE: usize = 4096;

type CacheEntry = (usize, u64, usize, Option<PyRef>);

thread_local! {
    static METHOD_CACHE: RefCell<Vec<CacheEntry>> = RefCell::new(vec![(0, 0, 0, None); CACHE_SIZE]);
}

/// Empties this thread's method cache (a finishing thread drops its references).
pub fn clear_method_cache() {
    let old = METHOD_CACHE
        .with(|c| std::mem::replace(&mut *c.borrow_mut(), vec![(0, 0, 0, None); CACHE_SIZE]));
    drop(old);
}

static NEXT_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_version() -> u64 {
    NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Invalidates lookup caches of `ty` and, recursively, all its subclasses
/// (each gets a fresh, never reused version).
pub fn modified(ty: &PyRef) {
    invalidate(as_type(ty));
}

fn invalidate(t: &PyType) {
    t.version.set(next_version());
    for &sub in t.subclasses.borrow().iter() {
        // SAFETY: subclasses remove themselves from this list when freed, so
        // every stored pointer is a live PyType payload.
        invalidate(unsafe { &*(sub as *const PyType) });
    }
}

/// `type.__call__`: `cls(*args, **kw)` → `__new__` then `__init__`.
pub fn type_call(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let t = as_type(cls);
    if cls.is(&vm.types.type_type) {
        let pos = args.positional();
        if pos.len() == 1 && !args.has_kwargs() {
            return Ok(pos[0].class().clone());
        }
        if pos.len() != 3 {
            return Err(vm.new_type_error("type() takes 1 or 3 arguments"));
        }
    }
    let Some(new) = t.slots.new.get() else {
        return Err(vm.new_type_error(format!("cannot create '{}' instances", t.name())));
    };
    let obj = new(vm, cls, args)?;
    if !is_subtype(obj.class(), cls) {
        return Ok(obj);
    }
    if let Some(init) = as_type(obj.class()).slots.init.get() {
        init(vm, &obj, args)?;
    }
    Ok(obj)
}

/// Installs type's slots, getsets and methods.
pub fn init(vm: &Vm) {
    use super::typeobject_attrs as a;
    let ty = &vm.types.type_type;
    let t = as_type(ty);
    t.slots.call.set(Some(type_call));
    t.slots.new.set(Some(a::type_new_slot));
    t.slots.init.set(Some(a::type_init));
    t.slots.getattro.set(Some(a::type_getattro));
    t.slots.setattro.set(Some(type_setattro));
    t.slots.repr.set(Some(a::type_repr));
    super::descrobject::add_getsets(vm, ty, a::TYPE_GETSETS);
    super::descrobject::add_methods(vm, ty, a::TYPE_METHODS);
}
