//! The boundary between C and the interpreter: the `capi!` macro that
//! declares each exported function once (its C signature and a body
//! returning `PyResult`), the guard that turns errors into the C error value
//! and Rust panics into SystemError, the error indicator (the thread state's
//! `curexc_*` fields, as in CPython, so code that reads or writes them
//! directly sees and sets oxpy's pending exception), and the VM handle
//! exported functions use.

use crate::{ffi, proxy};
use core_interp::objects::exceptions::PyBaseException;
use core_interp::objects::object::PyRef;
use core_interp::vm::{PyErr, PyResult, Vm};
use std::panic::AssertUnwindSafe;

/// The running thread's VM.
///
/// C-API functions are only called while the interpreter runs on this
/// thread (from a call into an extension), so a VM is always registered.
pub fn vm() -> &'static Vm {
    let p = core_interp::vm::dealloc_hooks::with_current(|vm| vm as *const Vm)
        .expect("oxpy: C-API called with no interpreter on this thread");
    // SAFETY: the registered VM outlives every call into C code made by it
    // (it is created before and dropped after the program runs).
    unsafe { &*p }
}

/// The thread state's exception fields, where the error indicator lives
/// (as in CPython: Cython-generated code reads and writes them directly).
fn curexc() -> *mut ffi::PyThreadState {
    crate::capi::pystate::tstate()
}

/// Sets the error indicator: the thread state's `curexc_type`,
/// `curexc_value` and `curexc_traceback` own references to the exception's
/// type, the exception and its traceback.
pub fn set_error(e: PyErr) {
    let v = e.into_value();
    let vm = vm();
    let tb = traceback_of(&v).filter(|t| !vm.is_none(t));
    let t = proxy::new_ref(v.class().clone());
    let val = proxy::new_ref(v);
    let tb = proxy::new_ref_opt(tb);
    replace_fields(t, val, tb);
}

fn traceback_of(v: &PyRef) -> Option<PyRef> {
    v.downcast_ref::<PyBaseException>()
        .and_then(|b| b.traceback.borrow().clone())
}

/// Stores the three fields, releasing what they held.
fn replace_fields(t: *mut ffi::PyObject, v: *mut ffi::PyObject, tb: *mut ffi::PyObject) {
    let ts = curexc();
    // SAFETY: this thread's state; the fields own their references.
    let old = unsafe {
        let old = (
            (*ts).curexc_type,
            (*ts).curexc_value,
            (*ts).curexc_traceback,
        );
        (*ts).curexc_type = t;
        (*ts).curexc_value = v;
        (*ts).curexc_traceback = tb;
        old
    };
    for p in [old.0, old.1, old.2] {
        if !p.is_null() {
            proxy::decref(p);
        }
    }
}

/// Takes the pending exception, clearing the indicator. What C stored
/// directly (a type with a non-instance value, a separate traceback) is
/// normalized as `PyErr_NormalizeException` does.
pub fn take_error() -> Option<PyErr> {
    let ts = curexc();
    // SAFETY: this thread's state.
    let (t, v, tb) = unsafe {
        if (*ts).curexc_type.is_null()
            && (*ts).curexc_value.is_null()
            && (*ts).curexc_traceback.is_null()
        {
            return None;
        }
        let f = (
            (*ts).curexc_type,
            (*ts).curexc_value,
            (*ts).curexc_traceback,
        );
        (*ts).curexc_type = std::ptr::null_mut();
        (*ts).curexc_value = std::ptr::null_mut();
        (*ts).curexc_traceback = std::ptr::null_mut();
        f
    };
    let v = (!v.is_null()).then(|| proxy::steal(v));
    let tb = (!tb.is_null()).then(|| proxy::steal(tb));
    if t.is_null() {
        return None;
    }
    let t = proxy::steal(t);
    let e = crate::capi::errors::normalize(&t, v);
    if let Some(tb) = tb {
        if !traceback_of(e.value()).is_some_and(|cur| cur.is(&tb)) {
            let _ = vm().setattr_str(e.value(), "__traceback__", tb);
        }
    }
    Some(e)
}

/// The pending exception (normalized), left in place.
pub fn peek_error() -> Option<PyRef> {
    let e = take_error()?;
    let v = e.value().clone();
    set_error(e);
    Some(v)
}

/// Whether an exception is pending.
pub fn error_occurred() -> bool {
    // SAFETY: this thread's state.
    unsafe { !(*curexc()).curexc_type.is_null() }
}

/// The pending exception after a C call signalled failure; SystemError
/// naming `what` if C returned an error value without setting one, as
/// CPython does.
pub fn fetch_after_failure(what: &str) -> PyErr {
    take_error().unwrap_or_else(|| {
        vm().new_system_error(format!("{what} returned NULL without setting an exception"))
    })
}

/// A SystemError saying a C-API function is missing.
pub fn not_implemented(name: &str) -> PyErr {
    vm().new_system_error(format!("oxpy: {name} is not implemented yet"))
}

/// The value a C-API function returns on error.
pub trait ErrValue {
    const ERR: Self;
}

impl<T> ErrValue for *mut T {
    const ERR: Self = std::ptr::null_mut();
}
impl<T> ErrValue for *const T {
    const ERR: Self = std::ptr::null();
}
impl<T> ErrValue for Option<T> {
    const ERR: Self = None;
}
impl ErrValue for () {
    const ERR: Self = ();
}
impl ErrValue for f64 {
    const ERR: Self = -1.0;
}
macro_rules! int_err {
    ($($t:ty),*) => { $(impl ErrValue for $t { const ERR: Self = !0 as $t; })* };
}
int_err!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

thread_local! {
    /// How many exported functions are running on this thread (panics
    /// inside them become SystemError and are not reported on stderr).
    static GUARDED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The environment variable that makes panics caught at the C boundary
/// print Rust's usual report (message, location, backtrace if enabled)
/// before they become SystemError.
pub const SHOW_PANICS_VAR: &str = "OXPY_SHOW_PANICS";

/// Installs (once) a panic hook that stays silent for panics the C-API
/// guard turns into SystemError, unless [`SHOW_PANICS_VAR`] is set; other
/// panics are reported by the previous hook.
pub fn install_quiet_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let show = std::env::var_os(SHOW_PANICS_VAR).is_some_and(|v| !v.is_empty());
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if show || GUARDED.with(|g| g.get()) == 0 {
                prev(info);
            }
        }));
    });
}

/// Runs an exported function's body: `Err` sets the error indicator and
/// returns the error value; a panic becomes SystemError.
pub fn guard<T: ErrValue>(f: impl FnOnce() -> PyResult<T>) -> T {
    struct Depth;
    impl Drop for Depth {
        fn drop(&mut self) {
            GUARDED.with(|g| g.set(g.get() - 1));
        }
    }
    GUARDED.with(|g| g.set(g.get() + 1));
    let depth = Depth;
    let r = std::panic::catch_unwind(AssertUnwindSafe(f));
    drop(depth);
    // Python code the function ran may have changed lists C reads directly.
    crate::mirror::flush();
    match r {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => {
            set_error(e);
            T::ERR
        }
        Err(payload) => {
            set_error(vm().panic_to_error(payload));
            T::ERR
        }
    }
}

/// Declares exported C-API functions: `api fn Name(args) -> Ret { body }`,
/// where `body` evaluates to `PyResult<Ret>`. Each becomes a
/// `#[no_mangle] extern "C"` function whose errors and panics become the C
/// error value with the error indicator set. (build.rs finds the names by
/// the `api fn` words, to know which functions need no stub.)
#[macro_export]
macro_rules! capi {
    ($(
        $(#[$meta:meta])*
        api fn $name:ident($($arg:ident : $ty:ty),* $(,)?) $(-> $ret:ty)? $body:block
    )*) => {$(
        $(#[$meta])*
        #[no_mangle]
        #[allow(non_snake_case, clippy::not_unsafe_ptr_arg_deref)]
        pub extern "C" fn $name($($arg: $ty),*) $(-> $ret)? {
            $crate::runtime::guard(move || -> core_interp::vm::PyResult<$crate::capi!(@ret $($ret)?)> { $body })
        }
    )*};
    (@ret) => { () };
    (@ret $t:ty) => { $t };
}
