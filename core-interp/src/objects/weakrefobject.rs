//! Weak references: `weakref.ReferenceType` (`weakref.ref`, subclassable,
//! with callbacks and a cached hash), `weakref.ProxyType` and
//! `weakref.CallableProxyType`, and the per-object weakref lists.
//!
//! The object header only carries the `HAS_WEAKREFS` flag; the list of weak
//! references to an object lives in a side table keyed by the object's
//! address, in CPython's order: the plain `ref` without callback first, then
//! the plain proxy, then the others newest first. When the referent dies
//! (`clear_weakrefs`, called by deallocation after `__del__` and by the cycle
//! collector) every weakref is cleared first and the callbacks run after, in
//! list order.

use super::object::{flags, PyObject, PyPayload, PyRef};
use super::typeobject::{as_type, class_name, class_type, new_builtin_type, tpflags};
use super::unicodeobject::new_str_object;
use crate::compile::bytecode::{BinaryOperator, CompareOperator};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::ptr::NonNull;
use std::sync::{Mutex, OnceLock};

/// The weakref types, created at start-up.
pub struct WeakrefTypes {
    pub reference: PyRef,
    pub proxy: PyRef,
    pub callable_proxy: PyRef,
}

static TYPES: OnceLock<WeakrefTypes> = OnceLock::new();

pub fn types() -> &'static WeakrefTypes {
    TYPES.get().expect("weakref types initialised")
}

/// The payload of `ref`, proxy and callable-proxy objects.
pub struct PyWeakReference {
    /// The referent; `None` once it died (or was cleared by the collector).
    referent: Cell<Option<NonNull<PyObject>>>,
    callback: RefCell<Option<PyRef>>,
    /// The referent's hash, cached on first use (`-1` as CPython: not yet).
    hash: Cell<Option<isize>>,
    /// This weakref's own header, to find its entry in the referent's list.
    me: Cell<*const PyObject>,
    /// `__slots__` values of subclasses (`KeyedRef.key`, `WeakMethod`'s fields).
    pub slots: Box<[RefCell<Option<PyRef>>]>,
}

impl PyPayload for PyWeakReference {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(cb) = self.callback.borrow().as_ref() {
            visit(cb);
        }
        for s in self.slots.iter() {
            if let Some(v) = s.borrow().as_ref() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        self.unlink();
        self.callback.take();
        for s in self.slots.iter() {
            s.take();
        }
    }
    fn slot_values(&self) -> Option<&[RefCell<Option<PyRef>>]> {
        Some(&self.slots)
    }
}

impl Drop for PyWeakReference {
    fn drop(&mut self) {
        self.unlink();
    }
}

/// Weakref lists by referent address. Entries are the weakrefs' headers
/// (borrowed: a weakref removes itself when it dies or is cleared).
struct WeakTable(BTreeMap<usize, Vec<usize>>);

static TABLE: Mutex<WeakTable> = Mutex::new(WeakTable(BTreeMap::new()));

fn table() -> std::sync::MutexGuard<'static, WeakTable> {
    TABLE.lock().unwrap_or_else(|e| e.into_inner())
}

impl PyWeakReference {
    /// The referent, if it is still alive.
    pub fn get(&self) -> Option<PyRef> {
        // SAFETY: the referent pointer is cleared before its object is freed,
        // so a stored pointer always designates a live object.
        self.referent
            .get()
            .filter(|p| unsafe { p.as_ref() }.refcount() > 0)
            .map(|p| unsafe { PyRef::from_borrowed(p) })
    }

    fn has_callback(&self) -> bool {
        self.callback.borrow().is_some()
    }

    /// Removes this weakref from its referent's list and forgets the referent.
    fn unlink(&self) {
        let Some(r) = self.referent.take() else {
            return;
        };
        let me = self.me.get() as usize;
        let mut t = table();
        if let Some(list) = t.0.get_mut(&(r.as_ptr() as usize)) {
            list.retain(|&w| w != me);
            if list.is_empty() {
                t.0.remove(&(r.as_ptr() as usize));
            }
        }
    }
}

/// The weakref payload of `obj`, if it is a ref or proxy (or a ref subclass).
pub fn as_weakref(obj: &PyObject) -> Option<&PyWeakReference> {
    obj.downcast_ref::<PyWeakReference>()
}

fn header(ptr: usize) -> &'static PyObject {
    // SAFETY: table entries are live weakref headers (removed in `unlink`
    // before the weakref's memory goes).
    unsafe { &*(ptr as *const PyObject) }
}

fn is_proxy(obj: &PyObject) -> bool {
    let t = types();
    obj.class().is(&t.proxy) || obj.class().is(&t.callable_proxy)
}

/// The plain `ref` (exact type, no callback) and plain proxy at the head of `list`.
fn basic_refs(list: &[usize]) -> (Option<usize>, Option<usize>) {
    let mut it = list.iter().copied().peekable();
    let mut r = None;
    let mut p = None;
    if let Some(&h) = it.peek() {
        let w = header(h);
        if !as_weakref(w).is_some_and(|x| x.has_callback()) {
            if w.class().is(&types().reference) {
                r = Some(h);
                it.next();
            }
            if let Some(&h2) = it.peek() {
                let w2 = header(h2);
                if !as_weakref(w2).is_some_and(|x| x.has_callback()) && is_proxy(w2) {
                    p = Some(h2);
                }
            }
        }
    }
    (r, p)
}

/// Whether objects of `obj`'s type may be weakly referenced.
pub fn is_weakrefable(obj: &PyObject) -> bool {
    class_type(obj).has_flag(tpflags::WEAKREFABLE)
}

fn check_weakrefable(vm: &Vm, obj: &PyRef) -> PyResult<()> {
    if is_weakrefable(obj) {
        Ok(())
    } else {
        Err(vm.new_type_error(format!(
            "cannot create weak reference to '{}' object",
            class_name(obj)
        )))
    }
}

/// Where a new weakref goes in its referent's list.
enum Place {
    Head,
    After(usize),
}

fn new_weakref_object(cls: &PyRef, obj: &PyRef, callback: Option<PyRef>) -> PyRef {
    let n = as_type(cls).slot_count.get();
    let w = PyWeakReference {
        referent: Cell::new(Some(obj.as_ptr())),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
        me: Cell::new(std::ptr::null()),
        slots: (0..n).map(|_| RefCell::new(None)).collect(),
    };
    let r = PyRef::new(w, cls.clone());
    as_weakref(&r).expect("weakref").me.set(r.as_ptr().as_ptr());
    r
}

fn insert(obj: &PyRef, w: &PyRef, place: Place) {
    obj.set_flag(flags::HAS_WEAKREFS);
    let me = w.as_ptr().as_ptr() as usize;
    let mut t = table();
    let list = t.0.entry(obj.id()).or_default();
    match place {
        Place::Head => list.insert(0, me),
        Place::After(p) => {
            let i = list.iter().position(|&x| x == p).map_or(0, |i| i + 1);
            list.insert(i, me);
        }
    }
}

fn list_of(obj: &PyObject) -> Vec<usize> {
    if !obj.has_flag(flags::HAS_WEAKREFS) {
        return Vec::new();
    }
    table().0.get(&obj.id()).cloned().unwrap_or_default()
}

/// `weakref.ref(obj[, callback])` for `cls` (ref or a subclass).
pub fn new_ref(vm: &Vm, cls: &PyRef, obj: &PyRef, callback: Option<PyRef>) -> PyResult {
    check_weakrefable(vm, obj)?;
    let callback = callback.filter(|c| !vm.is_none(c));
    let exact = cls.is(&types().reference);
    if callback.is_none() && exact {
        if let (Some(r), _) = basic_refs(&list_of(obj)) {
            // SAFETY: table entries are live weakref headers.
            return Ok(unsafe { PyRef::from_borrowed(NonNull::from(header(r))) });
        }
    }
    let w = new_weakref_object(cls, obj, callback.clone());
    let (r, p) = basic_refs(&list_of(obj));
    let place = if callback.is_none() && exact {
        Place::Head
    } else {
        match p.or(r) {
            Some(prev) => Place::After(prev),
            None => Place::Head,
        }
    };
    insert(obj, &w, place);
    Ok(w)
}

/// `weakref.proxy(obj[, callback])`.
pub fn new_proxy(vm: &Vm, obj: &PyRef, callback: Option<PyRef>) -> PyResult {
    check_weakrefable(vm, obj)?;
    let callback = callback.filter(|c| !vm.is_none(c));
    let (r, p) = basic_refs(&list_of(obj));
    if callback.is_none() {
        if let Some(p) = p {
            // SAFETY: table entries are live weakref headers.
            return Ok(unsafe { PyRef::from_borrowed(NonNull::from(header(p))) });
        }
    }
    let cls = if as_type(obj.class()).slots.call.get().is_some() {
        &types().callable_proxy
    } else {
        &types().proxy
    };
    let w = new_weakref_object(cls, obj, callback.clone());
    let prev = if callback.is_none() { r } else { p.or(r) };
    insert(obj, &w, prev.map_or(Place::Head, Place::After));
    Ok(w)
}

/// Number of weak references to `obj` (`getweakrefcount`).
pub fn weakref_count(obj: &PyObject) -> usize {
    list_of(obj).len()
}

/// The weak references to `obj`, in list order (`getweakrefs`).
pub fn weakrefs_of(obj: &PyObject) -> Vec<PyRef> {
    list_of(obj)
        .into_iter()
        .filter(|&w| header(w).refcount() > 0)
        // SAFETY: table entries are live weakref headers with a nonzero count.
        .map(|w| unsafe { PyRef::from_borrowed(NonNull::from(header(w))) })
        .collect()
}

/// The first weak reference to `obj` (the `__weakref__` attribute), if any.
pub fn first_weakref(obj: &PyObject) -> Option<PyRef> {
    weakrefs_of(obj).into_iter().next()
}

/// Called with each weakref that has a C proxy when its referent goes, so
/// cpyext can update the `wr_object` field C macros read.
pub type ClearedHook = fn(&PyObject);
static CLEARED_HOOK: std::sync::OnceLock<ClearedHook> = std::sync::OnceLock::new();

/// Installs cpyext's hook; called once at start-up.
pub fn install_cleared_hook(hook: ClearedHook) {
    let _ = CLEARED_HOOK.set(hook);
}

/// Forgets the referent of the weakref `h`, telling its C proxy.
fn forget_referent(h: &PyObject, wr: &PyWeakReference) {
    wr.referent.set(None);
    if !h.proxy().is_null() {
        if let Some(hook) = CLEARED_HOOK.get() {
            hook(h);
        }
    }
}

/// Clears every weak reference to `obj` and returns, in list order, the
/// (weakref, callback) pairs whose callbacks must now be called.
pub fn clear_refs(obj: &PyObject) -> Vec<(PyRef, PyRef)> {
    let list = table().0.remove(&obj.id()).unwrap_or_default();
    let mut calls = Vec::new();
    for w in list {
        let h = header(w);
        let Some(wr) = as_weakref(h) else { continue };
        forget_referent(h, wr);
        let cb = wr.callback.take();
        if h.refcount() > 0 {
            if let Some(cb) = cb {
                // SAFETY: the weakref is alive (nonzero count).
                calls.push((unsafe { PyRef::from_borrowed(NonNull::from(h)) }, cb));
            }
        } else {
            drop(cb);
        }
    }
    calls
}

/// The collector's variant of `clear_refs`: weakrefs for which `is_garbage`
/// holds (unreachable themselves) are cleared without their callback.
pub fn clear_refs_for_gc(
    obj: &PyObject,
    is_garbage: &dyn Fn(&PyObject) -> bool,
) -> Vec<(PyRef, PyRef)> {
    let list = table().0.remove(&obj.id()).unwrap_or_default();
    let mut calls = Vec::new();
    for w in list {
        let h = header(w);
        let Some(wr) = as_weakref(h) else { continue };
        forget_referent(h, wr);
        if h.refcount() == 0 || is_garbage(h) {
            continue;
        }
        if let Some(cb) = wr.callback.take() {
            // SAFETY: the weakref is alive (nonzero count).
            calls.push((unsafe { PyRef::from_borrowed(NonNull::from(h)) }, cb));
        }
    }
    calls
}

/// Detaches `obj` from its referent if it is a weakref (the collector does
/// this for unreachable weakrefs; the callback stays until `clear`).
pub fn detach(obj: &PyObject) {
    if let Some(w) = as_weakref(obj) {
        w.unlink();
    }
}

/// Calls the callbacks `clear_refs` returned; errors are reported as unraisable.
pub fn run_callbacks(vm: &Vm, calls: Vec<(PyRef, PyRef)>) {
    for (w, cb) in calls {
        if let Err(e) = vm.call_positional(&cb, &[w]) {
            crate::modules::sysmodule::write_unraisable(vm, &e, Some(&cb), "Exception ignored in");
        }
    }
}

fn wr(o: &PyRef) -> &PyWeakReference {
    as_weakref(o).expect("weakref object")
}

fn ref_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.new_type_error(format!(
            "__new__ expected at least 1 argument, got {}",
            pos.len()
        )));
    }
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            pos.len()
        )));
    }
    if cls.is(&types().reference) {
        args.no_kwargs(vm, "ref")?;
    }
    new_ref(vm, cls, &pos[0], pos.get(1).cloned())
}

fn ref_init(vm: &Vm, _obj: &PyRef, args: CallArgs<'_>) -> PyResult<()> {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.new_type_error(format!(
            "__init__ expected at least 1 argument, got {}",
            pos.len()
        )));
    }
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "__init__ expected at most 2 arguments, got {}",
            pos.len()
        )));
    }
    Ok(())
}

fn ref_call(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "weakref")?;
    let n = args.positional().len();
    if n != 0 {
        return Err(vm.new_type_error(format!("weakref expected 0 arguments, got {n}")));
    }
    Ok(wr(o).get().unwrap_or_else(|| vm.none.clone()))
}

fn ref_hash(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    let w = wr(o);
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(obj) = w.get() else {
        return Err(vm.new_type_error("weak object has gone away"));
    };
    let h = vm.hash(&obj)?;
    w.hash.set(Some(h));
    Ok(h)
}

fn ref_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    if !matches!(op, CompareOperator::Eq | CompareOperator::Ne) || as_weakref(b).is_none() {
        return Ok(vm.not_implemented.clone());
    }
    match (wr(a).get(), wr(b).get()) {
        (Some(x), Some(y)) => vm.richcompare(&x, &y, op),
        _ => {
            let same = a.is(b);
            Ok(vm.bool_obj(if op == CompareOperator::Eq {
                same
            } else {
                !same
            }))
        }
    }
}

fn ref_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let Some(obj) = wr(o).get() else {
        return Ok(new_str_object(
            vm,
            &format!("<weakref at {:#x}; dead>", o.id()),
        ));
    };
    let name = vm.getattr_opt(&obj, &vm.intern("__name__"))?;
    let name = name.and_then(|n| {
        n.downcast_ref::<super::unicodeobject::PyStr>()
            .map(|s| s.to_string_lossy().into_owned())
    });
    let s = match name {
        Some(n) => format!(
            "<weakref at {:#x}; to '{}' at {:#x} ({n})>",
            o.id(),
            class_name(&obj),
            obj.id()
        ),
        None => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            o.id(),
            class_name(&obj),
            obj.id()
        ),
    };
    Ok(new_str_object(vm, &s))
}

/// The referent of a proxy, or ReferenceError.
fn unwrap(vm: &Vm, o: &PyRef) -> PyResult {
    wr(o).get().ok_or_else(|| {
        vm.new_exception_msg(
            &vm.exceptions.reference_error,
            "weakly-referenced object no longer exists",
        )
    })
}

/// Replaces a proxy operand by its referent (other operands unchanged).
fn unwrap_any(vm: &Vm, o: &PyRef) -> PyResult {
    if is_proxy(o) {
        unwrap(vm, o)
    } else {
        Ok(o.clone())
    }
}

fn proxy_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let (tn, id) = match wr(o).get() {
        Some(obj) => (class_name(&obj), obj.id()),
        None => ("NoneType".to_string(), vm.none.id()),
    };
    Ok(new_str_object(
        vm,
        &format!("<weakproxy at {:#x} to {tn} at {id:#x}>", o.id()),
    ))
}

macro_rules! proxy_binary {
    ($($name:ident => $op:ident, $inplace:expr;)*) => {
        $(fn $name(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
            let (a, b) = (unwrap_any(vm, a)?, unwrap_any(vm, b)?);
            vm.binary_op(&a, &b, BinaryOperator::$op, $inplace)
        })*
    };
}

proxy_binary! {
    proxy_add => Add, false; proxy_sub => Subtract, false; proxy_mul => Multiply, false;
    proxy_matmul => MatrixMultiply, false; proxy_truediv => TrueDivide, false;
    proxy_floordiv => FloorDivide, false; proxy_mod => Remainder, false;
    proxy_lshift => LShift, false; proxy_rshift => RShift, false; proxy_and => And, false;
    proxy_or => Or, false; proxy_xor => Xor, false;
    proxy_iadd => Add, true; proxy_isub => Subtract, true; proxy_imul => Multiply, true;
    proxy_imatmul => MatrixMultiply, true; proxy_itruediv => TrueDivide, true;
    proxy_ifloordiv => FloorDivide, true; proxy_imod => Remainder, true;
    proxy_ilshift => LShift, true; proxy_irshift => RShift, true; proxy_iand => And, true;
    proxy_ior => Or, true; proxy_ixor => Xor, true;
}

fn proxy_pow(vm: &Vm, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
    let (a, b, m) = (unwrap_any(vm, a)?, unwrap_any(vm, b)?, unwrap_any(vm, m)?);
    let m = if vm.is_none(&m) { None } else { Some(&m) };
    vm.power(&a, &b, m, false)
}

fn proxy_ipow(vm: &Vm, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
    let (a, b, m) = (unwrap_any(vm, a)?, unwrap_any(vm, b)?, unwrap_any(vm, m)?);
    let m = if vm.is_none(&m) { None } else { Some(&m) };
    vm.power(&a, &b, m, true)
}

fn proxy_divmod(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let (a, b) = (unwrap_any(vm, a)?, unwrap_any(vm, b)?);
    let divmod = vm.builtins_module();
    let f = vm.getattr_str(&divmod, "divmod")?;
    vm.call_positional(&f, &[a, b])
}

fn install_proxy_slots(vm: &Vm, t: &PyRef, callable: bool) {
    let s = &as_type(t).slots;
    s.repr.set(Some(proxy_repr));
    s.str.set(Some(|vm, o| vm.str(&unwrap(vm, o)?)));
    s.hash.set(Some(super::slotfuncs::hash_not_implemented));
    s.getattro
        .set(Some(|vm, o, n| vm.getattr(&unwrap(vm, o)?, n)));
    s.setattro
        .set(Some(|vm, o, n, v| vm.setattr(&unwrap(vm, o)?, n, v)));
    s.richcompare.set(Some(|vm, a, b, op| {
        vm.richcompare(&unwrap_any(vm, a)?, &unwrap_any(vm, b)?, op)
    }));
    s.bool.set(Some(|vm, o| vm.is_true(&unwrap(vm, o)?)));
    s.len.set(Some(|vm, o| vm.len(&unwrap(vm, o)?)));
    s.contains
        .set(Some(|vm, o, k| vm.contains(&unwrap(vm, o)?, k)));
    s.getitem
        .set(Some(|vm, o, k| vm.getitem(&unwrap(vm, o)?, k)));
    s.setitem.set(Some(|vm, o, k, v| match v {
        Some(v) => vm.setitem(&unwrap(vm, o)?, k.clone(), v.clone()),
        None => vm.delitem(&unwrap(vm, o)?, k),
    }));
    s.iter.set(Some(|vm, o| vm.get_iter(&unwrap(vm, o)?)));
    s.iternext.set(Some(|vm, o| {
        let obj = unwrap(vm, o)?;
        if as_type(obj.class()).slots.iternext.get().is_none() {
            return Err(vm.new_type_error(format!(
                "Weakref proxy referenced a non-iterator '{}' object",
                class_name(&obj)
            )));
        }
        vm.next(&obj)
    }));
    s.negative.set(Some(|vm, o| vm.negative(&unwrap(vm, o)?)));
    s.positive.set(Some(|vm, o| vm.positive(&unwrap(vm, o)?)));
    s.absolute.set(Some(|vm, o| vm.absolute(&unwrap(vm, o)?)));
    s.invert.set(Some(|vm, o| vm.invert(&unwrap(vm, o)?)));
    s.int.set(Some(|vm, o| {
        vm.call_positional(&vm.types.int_type, &[unwrap(vm, o)?])
    }));
    s.float.set(Some(|vm, o| {
        vm.call_positional(&vm.types.float_type, &[unwrap(vm, o)?])
    }));
    s.index.set(Some(|vm, o| vm.index(&unwrap(vm, o)?)));
    s.add.set(Some(proxy_add));
    s.subtract.set(Some(proxy_sub));
    s.multiply.set(Some(proxy_mul));
    s.matrix_multiply.set(Some(proxy_matmul));
    s.true_divide.set(Some(proxy_truediv));
    s.floor_divide.set(Some(proxy_floordiv));
    s.remainder.set(Some(proxy_mod));
    s.divmod.set(Some(proxy_divmod));
    s.power.set(Some(proxy_pow));
    s.lshift.set(Some(proxy_lshift));
    s.rshift.set(Some(proxy_rshift));
    s.and.set(Some(proxy_and));
    s.or.set(Some(proxy_or));
    s.xor.set(Some(proxy_xor));
    s.inplace_add.set(Some(proxy_iadd));
    s.inplace_subtract.set(Some(proxy_isub));
    s.inplace_multiply.set(Some(proxy_imul));
    s.inplace_matrix_multiply.set(Some(proxy_imatmul));
    s.inplace_true_divide.set(Some(proxy_itruediv));
    s.inplace_floor_divide.set(Some(proxy_ifloordiv));
    s.inplace_remainder.set(Some(proxy_imod));
    s.inplace_power.set(Some(proxy_ipow));
    s.inplace_lshift.set(Some(proxy_ilshift));
    s.inplace_rshift.set(Some(proxy_irshift));
    s.inplace_and.set(Some(proxy_iand));
    s.inplace_or.set(Some(proxy_ior));
    s.inplace_xor.set(Some(proxy_ixor));
    if callable {
        s.call
            .set(Some(|vm, o, args| vm.call(&unwrap(vm, o)?, args)));
    }
    use super::methodobject::MethodDef;
    super::descrobject::add_methods(
        vm,
        t,
        &[
            MethodDef::new("__bytes__", |vm, args| {
                let a = args.check_method(vm, "__bytes__", 0, 0)?;
                vm.call_positional(&vm.types.bytes_type, &[unwrap(vm, &a[0])?])
            }),
            MethodDef::new("__reversed__", |vm, args| {
                let a = args.check_method(vm, "__reversed__", 0, 0)?;
                let r = vm.getattr_str(&vm.builtins_module(), "reversed")?;
                vm.call_positional(&r, &[unwrap(vm, &a[0])?])
            }),
        ],
    );
    super::typeslots::add_slot_wrappers(vm, t);
}

/// Creates the weakref types and marks the built-in types CPython lets be
/// weakly referenced.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, GetSetDef};
    let o = &vm.types.object_type;
    let reference = new_builtin_type(
        vm,
        "weakref.ReferenceType",
        o,
        tpflags::BASETYPE | tpflags::INSTANCE_SLOTS,
        None,
    );
    {
        let s = &as_type(&reference).slots;
        s.new.set(Some(ref_new));
        s.init.set(Some(ref_init));
        s.call.set(Some(ref_call));
        s.hash.set(Some(ref_hash));
        s.richcompare.set(Some(ref_richcompare));
        s.repr.set(Some(ref_repr));
        add_getsets(
            vm,
            &reference,
            &[GetSetDef::new("__callback__", |vm, o| {
                Ok(wr(o)
                    .callback
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| vm.none.clone()))
            })],
        );
        super::typeslots::add_slot_wrappers(vm, &reference);
        super::typeobject_new::add_new_wrapper(vm, &reference);
    }
    let proxy = new_builtin_type(vm, "weakref.ProxyType", o, 0, None);
    install_proxy_slots(vm, &proxy, false);
    let callable_proxy = new_builtin_type(vm, "weakref.CallableProxyType", o, 0, None);
    install_proxy_slots(vm, &callable_proxy, true);
    let t = &vm.types;
    for ty in [
        &t.type_type,
        &t.function_type,
        &t.builtin_function_type,
        &t.set_type,
        &t.frozenset_type,
        &t.code_type,
        &t.method_type,
        &t.module_type,
        &t.generator_type,
        &t.coroutine_type,
        &t.async_generator_type,
    ] {
        as_type(ty).set_flag(tpflags::WEAKREFABLE);
    }
    let _ = TYPES.set(WeakrefTypes {
        reference,
        proxy,
        callable_proxy,
    });
}

/// The `__weakref__` descriptor a class gets when it adds weakref support.
pub fn weakref_descriptor(vm: &Vm, owner: &PyRef) -> PyRef {
    use super::descrobject::{GetSetDef, PyGetSetDescriptor};
    let mut def = GetSetDef::new("__weakref__", |vm, o| {
        Ok(first_weakref(o).unwrap_or_else(|| vm.none.clone()))
    });
    def.doc = Some("list of weak references to the object");
    PyRef::new(
        PyGetSetDescriptor {
            def,
            owner: owner.clone(),
        },
        vm.types.getset_descriptor_type.clone(),
    )
}
