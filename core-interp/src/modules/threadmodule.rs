//! The `_thread` module: real OS threads running under the GIL, `lock`
//! (a binary semaphore any thread may release), `RLock`, thread identity,
//! `_local` (per-thread attributes), `_set_sentinel` (the lock `threading`
//! joins on), and `_excepthook`/`_ExceptHookArgs` (`threading.excepthook`).

use crate::objects::dictobject::PyDict;
use crate::objects::floatobject::{as_float, new_float};
use crate::objects::longobject::new_int;
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::moduleobject::{module_dict, new_module};
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::{new_tuple, PyTuple};
use crate::objects::typeobject::{as_type, class_name, new_builtin_type, tpflags};
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{gil, CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// `_thread.TIMEOUT_MAX`, in seconds (the largest timeout in nanoseconds that fits an i64).
const TIMEOUT_MAX: f64 = 9223372036.0;
/// Stack given to new threads unless `stack_size()` asks for more (virtual
/// memory; the recursion guard keeps a reserve at its end).
const DEFAULT_STACK: usize = 128 << 20;
const STACK_RESERVE: usize = 4 << 20;

static THREAD_COUNT: AtomicUsize = AtomicUsize::new(0);
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

struct ThreadTypes {
    lock: PyRef,
    rlock: PyRef,
    local: PyRef,
    excepthook_args: PyRef,
}

static TYPES: OnceLock<ThreadTypes> = OnceLock::new();

fn types(vm: &Vm) -> &'static ThreadTypes {
    TYPES.get_or_init(|| make_types(vm))
}

/// The current thread's identifier (`get_ident`): its pthread handle, as CPython.
pub fn get_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

fn get_native_id() -> i64 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::syscall(libc::SYS_gettid) as i64 }
}

// ----- lock -----

/// The state behind a `lock`, shared with threads waiting without the GIL.
#[derive(Default)]
pub struct RawLock {
    locked: Mutex<bool>,
    cond: Condvar,
}

impl RawLock {
    fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if *l {
            false
        } else {
            *l = true;
            true
        }
    }

    /// Waits up to `timeout` (forever if `None`) with the GIL released.
    /// The main thread wakes up for pending signals; `Err` then carries them.
    fn acquire_blocking(&self, vm: &Vm, timeout: Option<Duration>) -> PyResult<bool> {
        if self.try_acquire() {
            return Ok(true);
        }
        if timeout == Some(Duration::ZERO) {
            return Ok(false);
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        let main = gil::is_main_thread();
        loop {
            let got = vm.allow_threads(|| {
                let mut l = self.locked.lock().unwrap_or_else(|e| e.into_inner());
                loop {
                    if !*l {
                        *l = true;
                        return Some(true);
                    }
                    let now = Instant::now();
                    let mut wait = match deadline {
                        Some(d) if d <= now => return Some(false),
                        Some(d) => d - now,
                        None => Duration::from_secs(3600),
                    };
                    if main {
                        if crate::vm::signals::sigint_pending() {
                            return None;
                        }
                        wait = wait.min(Duration::from_millis(20));
                    }
                    l = self
                        .cond
                        .wait_timeout(l, wait)
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                }
            });
            match got {
                Some(r) => return Ok(r),
                None => crate::vm::gil::check_eval_breaker(vm)?,
            }
        }
    }

    fn release(&self) -> bool {
        let mut l = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if !*l {
            return false;
        }
        *l = false;
        drop(l);
        self.cond.notify_one();
        true
    }

    fn is_locked(&self) -> bool {
        *self.locked.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The payload of `_thread.lock` objects.
pub struct PyLock {
    raw: Arc<RawLock>,
}

impl PyPayload for PyLock {
    const GC: bool = false;
}

fn new_lock(vm: &Vm) -> PyRef {
    PyRef::new(
        PyLock {
            raw: Arc::new(RawLock::default()),
        },
        types(vm).lock.clone(),
    )
}

fn lock_of(vm: &Vm, o: &PyRef) -> PyResult<Arc<RawLock>> {
    match o.downcast_ref::<PyLock>() {
        Some(l) => Ok(l.raw.clone()),
        None => Err(vm.new_type_error(format!(
            "descriptor requires a '_thread.lock' object but received '{}'",
            class_name(o)
        ))),
    }
}

static ACQUIRE_SIG: Signature = Signature {
    name: "acquire",
    params: &["blocking", "timeout"],
    posonly: 0,
    positional: 2,
    required: 0,
};

/// Parses `acquire(blocking=True, timeout=-1)` into an optional wait bound.
fn acquire_timeout(vm: &Vm, args: CallArgs<'_>) -> PyResult<Option<Duration>> {
    let a = ACQUIRE_SIG.bind(vm, args)?;
    let blocking = match &a[0] {
        Some(b) => vm.is_true(b)?,
        None => true,
    };
    let timeout = match &a[1] {
        Some(t) => {
            let f = match as_float(t) {
                Some(f) => f,
                None => {
                    let i = vm.index(t)?;
                    let v = vm.call_positional(&vm.types.float_type, &[i])?;
                    as_float(&v).unwrap_or(-1.0)
                }
            };
            if f * 1e9 >= i64::MAX as f64 || f * 1e9 < i64::MIN as f64 || f.is_nan() {
                return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
            }
            f
        }
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.new_value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.new_value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_overflow_error("timeout value is too large"));
    }
    Ok(if !blocking {
        Some(Duration::ZERO)
    } else if timeout < 0.0 {
        None
    } else {
        Some(Duration::from_secs_f64(timeout))
    })
}

fn lock_acquire(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let this = args
        .args
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("acquire() needs a lock"))?;
    let raw = lock_of(vm, &this)?;
    let timeout = acquire_timeout(vm, args.skip_first())?;
    Ok(vm.bool_obj(raw.acquire_blocking(vm, timeout)?))
}

fn lock_release(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "release", 0, 0)?;
    if !lock_of(vm, &a[0])?.release() {
        return Err(vm.new_runtime_error("release unlocked lock"));
    }
    Ok(vm.none.clone())
}

fn lock_exit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__exit__", 0, usize::MAX)?;
    if !lock_of(vm, &a[0])?.release() {
        return Err(vm.new_runtime_error("release unlocked lock"));
    }
    Ok(vm.none.clone())
}

fn lock_locked(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "locked", 0, 0)?;
    Ok(vm.bool_obj(lock_of(vm, &a[0])?.is_locked()))
}

fn lock_at_fork_reinit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_at_fork_reinit", 0, 0)?;
    let raw = lock_of(vm, &a[0])?;
    *raw.locked.lock().unwrap_or_else(|e| e.into_inner()) = false;
    Ok(vm.none.clone())
}

fn lock_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let raw = lock_of(vm, o)?;
    let state = if raw.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(new_str_object(
        vm,
        &format!("<{state} {} object at {:#x}>", class_name(o), o.id()),
    ))
}

// ----- RLock -----

/// The payload of `_thread.RLock` objects.
pub struct PyRLock {
    raw: Arc<RawLock>,
    owner: Cell<u64>,
    count: Cell<u64>,
}

impl PyPayload for PyRLock {
    const GC: bool = false;
}

fn rlock_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyRLock> {
    o.downcast_ref::<PyRLock>().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a '_thread.RLock' object but received '{}'",
            class_name(o)
        ))
    })
}

fn rlock_new(_vm: &Vm, cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    Ok(PyRef::new(
        PyRLock {
            raw: Arc::new(RawLock::default()),
            owner: Cell::new(0),
            count: Cell::new(0),
        },
        cls.clone(),
    ))
}

fn rlock_acquire(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let this = args
        .args
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("acquire() needs a lock"))?;
    let r = rlock_of(vm, &this)?;
    let timeout = acquire_timeout(vm, args.skip_first())?;
    let me = get_ident();
    if r.count.get() > 0 && r.owner.get() == me {
        let Some(n) = r
            .count
            .get()
            .checked_add(1)
            .filter(|&n| n <= u32::MAX as u64)
        else {
            return Err(vm.new_overflow_error("Internal lock count overflowed"));
        };
        r.count.set(n);
        return Ok(vm.true_.clone());
    }
    let raw = r.raw.clone();
    if !raw.acquire_blocking(vm, timeout)? {
        return Ok(vm.false_.clone());
    }
    r.owner.set(me);
    r.count.set(1);
    Ok(vm.true_.clone())
}

fn rlock_release_inner(vm: &Vm, o: &PyRef) -> PyResult<()> {
    let r = rlock_of(vm, o)?;
    if r.count.get() == 0 || r.owner.get() != get_ident() {
        return Err(vm.new_runtime_error("cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
        r.raw.release();
    }
    Ok(())
}

fn rlock_release(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "release", 0, 0)?;
    rlock_release_inner(vm, &a[0])?;
    Ok(vm.none.clone())
}

fn rlock_exit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__exit__", 0, usize::MAX)?;
    rlock_release_inner(vm, &a[0])?;
    Ok(vm.none.clone())
}

fn rlock_is_owned(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_is_owned", 0, 0)?;
    let r = rlock_of(vm, &a[0])?;
    Ok(vm.bool_obj(r.count.get() > 0 && r.owner.get() == get_ident()))
}

fn rlock_recursion_count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_recursion_count", 0, 0)?;
    let r = rlock_of(vm, &a[0])?;
    let n = if r.owner.get() == get_ident() {
        r.count.get()
    } else {
        0
    };
    Ok(new_int(vm, n as i64))
}

fn rlock_release_save(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_release_save", 0, 0)?;
    let r = rlock_of(vm, &a[0])?;
    if r.count.get() == 0 {
        return Err(vm.new_runtime_error("cannot release un-acquired lock"));
    }
    let (count, owner) = (r.count.get(), r.owner.get());
    r.count.set(0);
    r.owner.set(0);
    r.raw.release();
    Ok(new_tuple(
        vm,
        vec![
            new_int(vm, count as i64),
            crate::objects::longobject::new_bigint(vm, owner.into()),
        ],
    ))
}

fn rlock_acquire_restore(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_acquire_restore", 1, 1)?;
    let r = rlock_of(vm, &a[0])?;
    let state = vm.collect(&a[1])?;
    if state.len() != 2 {
        return Err(vm.new_type_error("_acquire_restore() argument must be a 2-tuple"));
    }
    let count = vm.index_isize(&state[0])? as u64;
    let owner = crate::objects::longobject::as_int(&state[1])
        .and_then(|i| u64::try_from(i.value.to_big()).ok())
        .unwrap_or(0);
    let raw = r.raw.clone();
    raw.acquire_blocking(vm, None)?;
    r.owner.set(owner);
    r.count.set(count);
    Ok(vm.none.clone())
}

fn rlock_at_fork_reinit(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_at_fork_reinit", 0, 0)?;
    let r = rlock_of(vm, &a[0])?;
    *r.raw.locked.lock().unwrap_or_else(|e| e.into_inner()) = false;
    r.owner.set(0);
    r.count.set(0);
    Ok(vm.none.clone())
}

fn rlock_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let r = rlock_of(vm, o)?;
    let state = if r.count.get() > 0 {
        "locked"
    } else {
        "unlocked"
    };
    Ok(new_str_object(
        vm,
        &format!(
            "<{state} {} object owner={} count={} at {:#x}>",
            class_name(o),
            r.owner.get(),
            r.count.get(),
            o.id()
        ),
    ))
}

// ----- _local -----

/// The payload of `_thread._local`: one attribute dict per thread.
pub struct PyLocal {
    dicts: RefCell<HashMap<u64, PyRef>>,
    /// Arguments of the constructor, passed to `__init__` again in each new thread.
    args: Option<(PyRef, PyRef)>,
}

impl PyPayload for PyLocal {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        for d in self.dicts.borrow().values() {
            visit(d);
        }
        if let Some((a, k)) = &self.args {
            visit(a);
            visit(k);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.dicts.borrow_mut());
        drop(old);
    }
}

impl Drop for PyLocal {
    fn drop(&mut self) {
        let me = self as *const PyLocal as usize;
        LOCALS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|&p| p != me);
    }
}

/// Every live `_local` payload, so that a finishing thread can drop its dicts.
static LOCALS: Mutex<Vec<usize>> = Mutex::new(Vec::new());

fn local_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let has_args = !args.args.is_empty();
    if has_args {
        let init = as_type(cls).lookup_str(vm, "__init__");
        let object_init = as_type(&vm.types.object_type).lookup_str(vm, "__init__");
        if let (Some(i), Some(o)) = (init, object_init) {
            if i.is(&o) {
                return Err(vm.new_type_error("Initialization arguments are not supported"));
            }
        }
    }
    let saved = if has_args {
        let kw = PyDict::new_ref(vm);
        let kd = kw.downcast_ref::<PyDict>().expect("dict");
        for (k, v) in args.kwargs() {
            kd.set_item(vm, k.clone(), v.clone())?;
        }
        Some((new_tuple(vm, args.positional().to_vec()), kw))
    } else {
        None
    };
    let obj = PyRef::new(
        PyLocal {
            dicts: RefCell::new(HashMap::new()),
            args: saved,
        },
        cls.clone(),
    );
    let d = PyDict::new_ref(vm);
    obj.downcast_ref::<PyLocal>()
        .expect("local")
        .dicts
        .borrow_mut()
        .insert(get_ident(), d.clone());
    obj.set_dict(Some(d));
    let addr = obj.downcast_ref::<PyLocal>().expect("local") as *const PyLocal as usize;
    LOCALS.lock().unwrap_or_else(|e| e.into_inner()).push(addr);
    Ok(obj)
}

/// Makes the header's `__dict__` this thread's dict, creating it (and
/// running `__init__` again, as CPython does) on the thread's first access.
fn local_enter(vm: &Vm, obj: &PyRef) -> PyResult<()> {
    let l = obj
        .downcast_ref::<PyLocal>()
        .ok_or_else(|| vm.new_type_error("not a _thread._local"))?;
    let me = get_ident();
    let existing = l.dicts.borrow().get(&me).cloned();
    match existing {
        Some(d) => {
            if !obj.dict().is_some_and(|cur| cur.is(&d)) {
                drop(obj.set_dict(Some(d)));
            }
        }
        None => {
            let d = PyDict::new_ref(vm);
            l.dicts.borrow_mut().insert(me, d.clone());
            drop(obj.set_dict(Some(d)));
            if !obj.class().is(&types(vm).local) {
                let (a, k) = match &l.args {
                    Some((a, k)) => (vm.collect(a)?, Some(k.clone())),
                    None => (Vec::new(), None),
                };
                let init = vm.getattr_str(obj, "__init__")?;
                let mut all = a;
                let mut names = Vec::new();
                if let Some(k) = k {
                    for (kn, kv) in k.downcast_ref::<PyDict>().expect("dict").items() {
                        names.push(kn);
                        all.push(kv);
                    }
                }
                vm.call(&init, CallArgs::new(&all, &names))?;
            }
        }
    }
    Ok(())
}

fn local_getattro(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult {
    local_enter(vm, obj)?;
    crate::vm::attr::generic_getattr(vm, obj, name)
}

fn local_setattro(vm: &Vm, obj: &PyRef, name: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    local_enter(vm, obj)?;
    if crate::vm::attr::str_lossy(name) == "__dict__" {
        return Err(vm.new_attribute_error(format!(
            "'{}' object attribute '__dict__' is read-only",
            class_name(obj)
        )));
    }
    crate::vm::attr::generic_setattr(vm, obj, name, value)
}

/// Drops the finishing thread's dicts of every `_local`.
fn drop_thread_locals(ident: u64) {
    let addrs = LOCALS.lock().unwrap_or_else(|e| e.into_inner()).clone();
    for a in addrs {
        // SAFETY: payloads unregister themselves in Drop, so each address is a live PyLocal.
        let l = unsafe { &*(a as *const PyLocal) };
        let d = l.dicts.borrow_mut().remove(&ident);
        drop(d);
    }
}

// ----- threads -----

thread_local! {
    /// Locks from `_set_sentinel`, released when this thread ends.
    static SENTINELS: RefCell<Vec<Arc<RawLock>>> = const { RefCell::new(Vec::new()) };
}

fn start_new_thread(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "start_new_thread", 2, 3)?;
    let func = a[0].clone();
    if as_type(func.class()).slots.call.get().is_none() {
        return Err(vm.new_type_error("first arg must be callable"));
    }
    if a[1].downcast_ref::<PyTuple>().is_none() {
        return Err(vm.new_type_error("2nd arg must be a tuple"));
    }
    let fargs = a[1].clone();
    let kwargs = match a.get(2) {
        Some(k) if k.downcast_ref::<PyDict>().is_some() => Some(k.clone()),
        Some(_) => return Err(vm.new_type_error("optional 3rd arg must be a dictionary")),
        None => None,
    };
    let ctx = vm.ctx;
    let requested = STACK_SIZE.load(Ordering::Relaxed);
    let stack = requested.max(DEFAULT_STACK);
    THREAD_COUNT.fetch_add(1, Ordering::SeqCst);
    let (tx, rx) = std::sync::mpsc::channel::<u64>();
    let payload = (func, fargs, kwargs);
    let spawned = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let _ = tx.send(get_ident());
            let vm = Vm::new_thread(ctx);
            crate::vm::dealloc_hooks::set_current(&vm);
            let marker = 0u8;
            vm.ts
                .stack_limit
                .set((&marker as *const u8 as usize).saturating_sub(stack - STACK_RESERVE));
            let (func, fargs, kwargs) = payload;
            run_thread(&vm, &func, &fargs, kwargs.as_ref());
            drop((func, fargs, kwargs));
            thread_exit(&vm);
        });
    match spawned {
        Ok(_) => {
            let ident = vm.allow_threads(|| rx.recv().unwrap_or(0));
            Ok(crate::objects::longobject::new_bigint(vm, ident.into()))
        }
        Err(_) => {
            THREAD_COUNT.fetch_sub(1, Ordering::SeqCst);
            Err(vm.new_runtime_error("can't start new thread"))
        }
    }
}

fn run_thread(vm: &Vm, func: &PyRef, fargs: &PyRef, kwargs: Option<&PyRef>) {
    let mut all = fargs
        .downcast_ref::<PyTuple>()
        .map(|t| t.items.to_vec())
        .unwrap_or_default();
    let mut names = Vec::new();
    if let Some(k) = kwargs.and_then(|k| k.downcast_ref::<PyDict>()) {
        for (kn, kv) in k.items() {
            names.push(kn);
            all.push(kv);
        }
    }
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        vm.call(func, CallArgs::new(&all, &names))
    }));
    let r = match r {
        Ok(r) => r,
        Err(p) => Err(vm.panic_to_error(p)),
    };
    if let Err(e) = r {
        if !e.matches(&vm.exceptions.system_exit) {
            crate::modules::sysmodule::write_unraisable(
                vm,
                &e,
                Some(func),
                "Exception ignored in thread started by",
            );
        }
    }
}

/// Cleans up a finishing thread while it still holds the GIL.
fn thread_exit(vm: &Vm) {
    drop_thread_locals(get_ident());
    vm.ts.exc_info.borrow_mut().take();
    crate::objects::typeobject::clear_method_cache();
    THREAD_COUNT.fetch_sub(1, Ordering::SeqCst);
    let sentinels = SENTINELS.with(|s| std::mem::take(&mut *s.borrow_mut()));
    for s in sentinels {
        s.release();
    }
    crate::vm::dealloc_hooks::clear_current();
}

fn allocate_lock(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "allocate_lock", 0, 0)?;
    Ok(new_lock(vm))
}

fn thread_exit_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "exit", 0, 0)?;
    Err(vm.new_exception(&vm.exceptions.system_exit, vec![]))
}

fn get_ident_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "get_ident", 0, 0)?;
    Ok(crate::objects::longobject::new_bigint(
        vm,
        get_ident().into(),
    ))
}

fn get_native_id_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "get_native_id", 0, 0)?;
    Ok(new_int(vm, get_native_id()))
}

fn count(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "_count", 0, 0)?;
    Ok(new_int(vm, THREAD_COUNT.load(Ordering::SeqCst) as i64))
}

fn stack_size(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "stack_size", 0, 1)?;
    let old = STACK_SIZE.load(Ordering::Relaxed);
    if let Some(n) = a.first() {
        let n = vm.index_isize(n)?;
        if n != 0 && n < 32768 {
            return Err(vm.new_value_error(format!("size not valid: {n} bytes")));
        }
        if n < 0 {
            return Err(vm.new_value_error("size must be 0 or a positive value"));
        }
        STACK_SIZE.store(n as usize, Ordering::Relaxed);
    }
    Ok(new_int(vm, old as i64))
}

fn set_sentinel(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "_set_sentinel", 0, 0)?;
    let lock = new_lock(vm);
    let raw = lock.downcast_ref::<PyLock>().expect("lock").raw.clone();
    SENTINELS.with(|s| s.borrow_mut().push(raw));
    Ok(lock)
}

fn interrupt_main(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    static SIG: Signature = Signature {
        name: "interrupt_main",
        params: &["signum"],
        posonly: 0,
        positional: 1,
        required: 0,
    };
    let a = SIG.bind(vm, args)?;
    let signum = match &a[0] {
        Some(s) => vm.index_isize(s)?,
        None => libc::SIGINT as isize,
    };
    if signum < 1 || signum >= 65 {
        return Err(vm.new_value_error("signal number out of range"));
    }
    crate::vm::signals::trip(signum as libc::c_int);
    Ok(vm.none.clone())
}

fn excepthook(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "_excepthook", 1, 1)?;
    let hook_args = &a[0];
    if !hook_args.class().is(&types(vm).excepthook_args) {
        return Err(vm.new_type_error("_thread.excepthook argument type must be ExceptHookArgs"));
    }
    let items = hook_args
        .downcast_ref::<PyTuple>()
        .map(|t| t.items.to_vec())
        .unwrap_or_default();
    if items.len() != 4 {
        return Err(vm.new_type_error("_thread.excepthook argument type must be ExceptHookArgs"));
    }
    let (exc_type, exc_value, thread) = (&items[0], &items[1], &items[3]);
    if exc_type.is(&vm.exceptions.system_exit) {
        return Ok(vm.none.clone());
    }
    let name = if vm.is_none(thread) {
        None
    } else {
        vm.getattr_opt(thread, &vm.intern("name"))?
    };
    let name = match name {
        Some(n) => vm.str_string(&n)?,
        None => get_ident().to_string(),
    };
    let stderr = crate::modules::sysmodule::sys_attr(vm, "stderr")?;
    if vm.is_none(&stderr) {
        return Ok(vm.none.clone());
    }
    vm.call_method(
        &stderr,
        "write",
        &[new_str_object(
            vm,
            &format!("Exception in thread {name}:\n"),
        )],
    )?;
    if !vm.is_none(exc_value) {
        let text = crate::vm::pythonrun::format_exception(vm, exc_value);
        vm.call_method(&stderr, "write", &[new_str_object(vm, &text)])?;
    }
    let _ = vm.call_method(&stderr, "flush", &[]);
    Ok(vm.none.clone())
}

const HOOK_FIELDS: [&str; 4] = ["exc_type", "exc_value", "exc_traceback", "thread"];

fn excepthook_args_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    static SIG: Signature = Signature {
        name: "_ExceptHookArgs",
        params: &["sequence", "dict"],
        posonly: 0,
        positional: 2,
        required: 1,
    };
    let a = SIG.bind(vm, args)?;
    let items = vm.collect(a[0].as_ref().expect("required"))?;
    if items.len() < 4 {
        return Err(vm.new_type_error(format!(
            "_thread._ExceptHookArgs() takes a 4-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > 4 {
        return Err(vm.new_type_error(format!(
            "_thread._ExceptHookArgs() takes an at most 4-sequence ({}-sequence given)",
            items.len()
        )));
    }
    Ok(PyRef::new(
        PyTuple {
            items: items.into_boxed_slice(),
        },
        cls.clone(),
    ))
}

fn excepthook_args_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let items = o
        .downcast_ref::<PyTuple>()
        .map(|t| t.items.to_vec())
        .unwrap_or_default();
    let mut parts = Vec::new();
    for (n, v) in HOOK_FIELDS.iter().zip(items.iter()) {
        parts.push(format!("{n}={}", vm.repr_string(v)?));
    }
    Ok(new_str_object(
        vm,
        &format!("_thread._ExceptHookArgs({})", parts.join(", ")),
    ))
}

fn make_types(vm: &Vm) -> ThreadTypes {
    use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
    let o = &vm.types.object_type;
    let lock = new_builtin_type(vm, "_thread.lock", o, 0, None);
    as_type(&lock).slots.repr.set(Some(lock_repr));
    add_methods(
        vm,
        &lock,
        &[
            MethodDef::new("acquire", lock_acquire),
            MethodDef::new("acquire_lock", lock_acquire),
            MethodDef::new("__enter__", lock_acquire),
            MethodDef::new("release", lock_release),
            MethodDef::new("release_lock", lock_release),
            MethodDef::new("__exit__", lock_exit),
            MethodDef::new("locked", lock_locked),
            MethodDef::new("locked_lock", lock_locked),
            MethodDef::new("_at_fork_reinit", lock_at_fork_reinit),
        ],
    );
    crate::objects::typeslots::add_slot_wrappers(vm, &lock);

    let rlock = new_builtin_type(vm, "_thread.RLock", o, tpflags::BASETYPE, None);
    as_type(&rlock).slots.new.set(Some(rlock_new));
    as_type(&rlock).slots.repr.set(Some(rlock_repr));
    add_methods(
        vm,
        &rlock,
        &[
            MethodDef::new("acquire", rlock_acquire),
            MethodDef::new("__enter__", rlock_acquire),
            MethodDef::new("release", rlock_release),
            MethodDef::new("__exit__", rlock_exit),
            MethodDef::new("_is_owned", rlock_is_owned),
            MethodDef::new("_recursion_count", rlock_recursion_count),
            MethodDef::new("_release_save", rlock_release_save),
            MethodDef::new("_acquire_restore", rlock_acquire_restore),
            MethodDef::new("_at_fork_reinit", rlock_at_fork_reinit),
        ],
    );
    crate::objects::typeslots::add_slot_wrappers(vm, &rlock);
    crate::objects::typeobject_new::add_new_wrapper(vm, &rlock);

    let local = new_builtin_type(
        vm,
        "_thread._local",
        o,
        tpflags::BASETYPE | tpflags::HAS_DICT,
        Some("Thread-local data"),
    );
    {
        let s = &as_type(&local).slots;
        s.new.set(Some(local_new));
        s.getattro.set(Some(local_getattro));
        s.setattro.set(Some(local_setattro));
    }
    as_type(&local).set_flag(tpflags::WEAKREFABLE);
    add_getsets(
        vm,
        &local,
        &[GetSetDef::new("__dict__", |vm, o| {
            local_enter(vm, o)?;
            Ok(o.dict().unwrap_or_else(|| vm.none.clone()))
        })],
    );
    crate::objects::typeslots::add_slot_wrappers(vm, &local);
    crate::objects::typeobject_new::add_new_wrapper(vm, &local);

    let excepthook_args = new_builtin_type(
        vm,
        "_thread._ExceptHookArgs",
        &vm.types.tuple_type,
        0,
        Some("ExceptHookArgs\n\nType used to pass arguments to threading.excepthook."),
    );
    as_type(&excepthook_args)
        .slots
        .new
        .set(Some(excepthook_args_new));
    as_type(&excepthook_args)
        .slots
        .repr
        .set(Some(excepthook_args_repr));
    add_getsets(
        vm,
        &excepthook_args,
        &[
            GetSetDef::new("exc_type", |vm, o| field(vm, o, 0)),
            GetSetDef::new("exc_value", |vm, o| field(vm, o, 1)),
            GetSetDef::new("exc_traceback", |vm, o| field(vm, o, 2)),
            GetSetDef::new("thread", |vm, o| field(vm, o, 3)),
        ],
    );
    let d = as_type(&excepthook_args).namespace();
    d.set_str(vm, "n_fields", new_int(vm, 4));
    d.set_str(vm, "n_sequence_fields", new_int(vm, 4));
    d.set_str(vm, "n_unnamed_fields", new_int(vm, 0));
    crate::objects::typeslots::add_slot_wrappers(vm, &excepthook_args);
    crate::objects::typeobject_new::add_new_wrapper(vm, &excepthook_args);
    ThreadTypes {
        lock,
        rlock,
        local,
        excepthook_args,
    }
}

fn field(vm: &Vm, o: &PyRef, i: usize) -> PyResult {
    o.downcast_ref::<PyTuple>()
        .and_then(|t| t.items.get(i).cloned())
        .ok_or_else(|| vm.new_index_error("tuple index out of range"))
}

/// Calls `threading._shutdown()` if `threading` was imported (joins the
/// non-daemon threads), as CPython does before finalizing.
pub fn wait_for_thread_shutdown(vm: &Vm) {
    let modules = vm.modules.downcast_ref::<PyDict>().expect("sys.modules");
    let Some(threading) = modules.get_rust_str(vm, "threading") else {
        return;
    };
    let r = match vm.getattr_opt(&threading, &vm.intern("_shutdown")) {
        Ok(Some(f)) => vm.call_positional(&f, &[]).map(|_| ()),
        Ok(None) => Ok(()),
        Err(e) => Err(e),
    };
    if let Err(e) = r {
        crate::modules::sysmodule::write_unraisable(
            vm,
            &e,
            Some(&threading),
            "Exception ignored in",
        );
    }
}

/// Creates the `_thread` module.
pub fn create(vm: &Vm) -> PyResult<PyRef> {
    let m = new_module(vm, "_thread");
    let d = module_dict(&m);
    let d = d.downcast_ref::<PyDict>().expect("module dict");
    d.set_str(vm, "__doc__", new_str_object(vm, "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."));
    for f in [
        MethodDef::new("start_new_thread", start_new_thread),
        MethodDef::new("start_new", start_new_thread),
        MethodDef::new("allocate_lock", allocate_lock),
        MethodDef::new("allocate", allocate_lock),
        MethodDef::new("exit", thread_exit_fn),
        MethodDef::new("exit_thread", thread_exit_fn),
        MethodDef::new("get_ident", get_ident_fn),
        MethodDef::new("get_native_id", get_native_id_fn),
        MethodDef::new("_count", count),
        MethodDef::new("stack_size", stack_size),
        MethodDef::new("_set_sentinel", set_sentinel),
        MethodDef::new("interrupt_main", interrupt_main),
        MethodDef::new("_excepthook", excepthook),
    ] {
        d.set_str(vm, f.name, new_builtin_function(vm, f, Some(m.clone())));
    }
    let t = types(vm);
    d.set_str(vm, "LockType", t.lock.clone());
    d.set_str(vm, "RLock", t.rlock.clone());
    d.set_str(vm, "_local", t.local.clone());
    d.set_str(vm, "_ExceptHookArgs", t.excepthook_args.clone());
    d.set_str(vm, "error", vm.exceptions.runtime_error.clone());
    d.set_str(vm, "TIMEOUT_MAX", new_float(vm, TIMEOUT_MAX));
    Ok(m)
}
