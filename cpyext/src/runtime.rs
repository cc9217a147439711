//! The boundary between C and the interpreter: the `capi!` macro that
//! declares each exported function once (its C signature and a body
//! returning `PyResult`), the guard that turns errors into the C error value
//! and Rust panics into SystemError, the thread's error indicator, and the
//! VM handle exported functions use.

use core_interp::objects::object::PyRef;
use core_interp::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
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

thread_local! {
    /// The error indicator: the exception C code raised (always normalized).
    static CURRENT: RefCell<Option<PyRef>> = const { RefCell::new(None) };
}

/// Sets the error indicator.
pub fn set_error(e: PyErr) {
    CURRENT.with(|c| *c.borrow_mut() = Some(e.into_value()));
}

/// Takes the pending exception, clearing the indicator.
pub fn take_error() -> Option<PyErr> {
    CURRENT.with(|c| c.borrow_mut().take()).map(PyErr)
}

/// The pending exception, left in place.
pub fn peek_error() -> Option<PyRef> {
    CURRENT.with(|c| c.borrow().clone())
}

/// Whether an exception is pending.
pub fn error_occurred() -> bool {
    CURRENT.with(|c| c.borrow().is_some())
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

/// Runs an exported function's body: `Err` sets the error indicator and
/// returns the error value; a panic becomes SystemError.
pub fn guard<T: ErrValue>(f: impl FnOnce() -> PyResult<T>) -> T {
    let r = std::panic::catch_unwind(AssertUnwindSafe(f));
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
