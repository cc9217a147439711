//! Thread state, interpreter state and the GIL from C. The thread state is
//! one `PyThreadState` per thread pointing at the one interpreter state; its
//! `curexc_*` fields are the error indicator (see `runtime`) and
//! `exc_info->exc_value` shows the handled exception when C asks for it;
//! `PyEval_SaveThread`/`PyEval_RestoreThread` (`Py_BEGIN_ALLOW_THREADS`)
//! release and retake oxpy's GIL, so other Python threads run while C
//! blocks; `PyGILState_Ensure` on a thread C created gives it a VM of its
//! own until the matching `PyGILState_Release`.

use crate::ffi::{self, PyObject, PyThreadState};
use crate::runtime::vm;
use core_interp::vm::gil;
use libc::{c_char, c_int};
use std::cell::UnsafeCell;

/// Zeroed C memory shared by every thread.
#[repr(C, align(16))]
struct Zeroed<T>(UnsafeCell<T>);
// SAFETY: C reads and writes it under the GIL, as CPython's own state.
unsafe impl<T> Sync for Zeroed<T> {}

/// The interpreter state C sees (`tstate->interp`,
/// `PyInterpreterState_Get()`). Its fields are CPython's private business:
/// it is zeroed memory as large as CPython 3.11's `PyInterpreterState` (which
/// embeds its type cache), for code built with the internal headers that
/// reads a field of it.
static INTERP: Zeroed<[u8; 1 << 18]> = Zeroed(UnsafeCell::new([0; 1 << 18]));

/// The interpreter's configuration as C reads it: zeroed, so no flag is set
/// (in particular `_isolated_interpreter`, which `_posixsubprocess` checks).
static CONFIG: Zeroed<std::mem::MaybeUninit<ffi::PyConfig>> =
    Zeroed(UnsafeCell::new(std::mem::MaybeUninit::zeroed()));

fn interp() -> *mut ffi::PyInterpreterState {
    INTERP.0.get() as *mut ffi::PyInterpreterState
}

thread_local! {
    static TSTATE: UnsafeCell<ffi::PyThreadState> = const {
        // SAFETY: PyThreadState is plain C data; all-zero is a valid value.
        UnsafeCell::new(unsafe { std::mem::zeroed() })
    };
}

/// This thread's `PyThreadState`.
pub fn tstate() -> *mut PyThreadState {
    TSTATE.with(|t| {
        let p = t.get();
        // SAFETY: this thread's own state.
        unsafe {
            if (*p).interp.is_null() {
                (*p).interp = interp();
            }
        }
        p
    })
}

/// The thread state's dict (`tstate->dict`), made on first use; borrowed.
fn thread_dict(ts: *mut PyThreadState) -> *mut PyObject {
    // SAFETY: a thread state; `dict` owns its reference.
    unsafe {
        if (*ts).dict.is_null() {
            (*ts).dict =
                crate::proxy::new_ref(core_interp::objects::dictobject::PyDict::new_ref(vm()));
        }
        (*ts).dict
    }
}

thread_local! {
    /// What oxpy last stored in `exc_info->exc_value` (to notice C's writes).
    static EXC_WRITTEN: std::cell::Cell<*mut PyObject> = const { std::cell::Cell::new(std::ptr::null_mut()) };
}

/// The thread state handed to C, with `exc_info->exc_value` showing the
/// exception being handled (`sys.exc_info()`). If C stored another one
/// there since (Cython saves and restores it around `except` clauses), that
/// one becomes the handled exception first.
fn tstate_for_c() -> *mut PyThreadState {
    let vm = vm();
    let ts = tstate();
    // SAFETY: this thread's state; exc_value owns its reference.
    unsafe {
        let item = std::ptr::addr_of_mut!((*ts).exc_state);
        (*ts).exc_info = item;
        let field = (*item).exc_value;
        let written = EXC_WRITTEN.with(|w| w.get());
        if field != written {
            let v = crate::proxy::from_c_opt(field).filter(|v| !vm.is_none(v));
            *vm.ts.exc_info.borrow_mut() = v;
        }
        let cur = vm.ts.exc_info.borrow().clone().filter(|v| !vm.is_none(v));
        let new = crate::proxy::new_ref_opt(cur);
        (*item).exc_value = new;
        EXC_WRITTEN.with(|w| w.set(new));
        if !field.is_null() {
            crate::proxy::decref(field);
        }
    }
    ts
}

/// The interpreter context, for threads C creates (set when the first
/// extension loads).
static CONTEXT: std::sync::OnceLock<&'static core_interp::vm::Context> = std::sync::OnceLock::new();

/// Remembers the interpreter context, so threads C creates can get a VM.
pub fn remember_context(vm: &core_interp::vm::Vm) {
    let _ = CONTEXT.set(vm.ctx);
}

thread_local! {
    /// The VM `PyGILState_Ensure` made for a thread C created, with how many
    /// `Ensure` calls are not released yet.
    static FOREIGN: std::cell::RefCell<Option<(Box<core_interp::vm::Vm>, usize)>> =
        const { std::cell::RefCell::new(None) };
}

fn has_vm() -> bool {
    core_interp::vm::dealloc_hooks::with_current(|_| ()).is_some()
}

/// `PyGILState_Ensure` on a thread without a VM (one C created): a VM for
/// it, registered for the thread, with the GIL taken.
fn ensure_foreign() -> PyResultState {
    FOREIGN.with(|f| {
        let mut f = f.borrow_mut();
        if let Some((_, n)) = f.as_mut() {
            *n += 1;
            return Ok(ffi::PyGILState_UNLOCKED);
        }
        let Some(ctx) = CONTEXT.get() else {
            return Err(());
        };
        let vm = Box::new(core_interp::vm::Vm::new_thread(ctx));
        core_interp::vm::dealloc_hooks::set_current(&vm);
        *f = Some((vm, 1));
        Ok(ffi::PyGILState_UNLOCKED)
    })
}

type PyResultState = Result<ffi::PyGILState_STATE, ()>;

/// `PyGILState_Release` of an `Ensure` that made this thread's VM: the
/// last one drops the VM (holding the GIL), then releases the GIL.
fn release_foreign() -> bool {
    FOREIGN.with(|f| {
        let mut f = f.borrow_mut();
        let Some((_, n)) = f.as_mut() else {
            return false;
        };
        *n -= 1;
        if *n == 0 {
            crate::mirror::flush();
            let (vm, _) = f.take().expect("checked above");
            vm.ts.exc_info.borrow_mut().take();
            core_interp::vm::dealloc_hooks::clear_current();
            drop(vm);
        }
        gil::release();
        true
    })
}

capi! {
    api fn PyThreadState_Get() -> *mut PyThreadState {
        Ok(tstate_for_c())
    }
    api fn _PyThreadState_UncheckedGet() -> *mut PyThreadState {
        Ok(tstate_for_c())
    }
    api fn PyGILState_GetThisThreadState() -> *mut PyThreadState {
        Ok(tstate_for_c())
    }
    api fn PyEval_SaveThread() -> *mut PyThreadState {
        let t = tstate();
        crate::mirror::flush();
        if gil::holds_gil() {
            gil::release();
        }
        Ok(t)
    }
    api fn PyEval_RestoreThread(_t: *mut PyThreadState) {
        if !gil::holds_gil() {
            gil::acquire();
        }
        Ok(())
    }
    api fn PyInterpreterState_Get() -> *mut ffi::PyInterpreterState {
        Ok(interp())
    }
    api fn PyInterpreterState_Main() -> *mut ffi::PyInterpreterState {
        Ok(interp())
    }
    api fn PyThreadState_GetInterpreter(_t: *mut PyThreadState) -> *mut ffi::PyInterpreterState {
        Ok(interp())
    }
    api fn PyInterpreterState_GetID(_i: *mut ffi::PyInterpreterState) -> i64 {
        Ok(0)
    }
    api fn _PyInterpreterState_GetConfig(_i: *mut ffi::PyInterpreterState) -> *const ffi::PyConfig {
        Ok(CONFIG.0.get() as *const ffi::PyConfig)
    }
    api fn PyGILState_Ensure() -> ffi::PyGILState_STATE {
        if !has_vm() || FOREIGN.with(|f| f.borrow().is_some()) {
            // No error indicator without a VM: a thread started before any
            // extension loaded cannot happen (C code runs from an extension).
            return Ok(ensure_foreign().unwrap_or(ffi::PyGILState_UNLOCKED));
        }
        if gil::holds_gil() {
            Ok(ffi::PyGILState_LOCKED)
        } else {
            gil::acquire();
            Ok(ffi::PyGILState_UNLOCKED)
        }
    }
    api fn PyGILState_Release(s: ffi::PyGILState_STATE) {
        if s == ffi::PyGILState_UNLOCKED && !release_foreign() && gil::holds_gil() {
            crate::mirror::flush();
            gil::release();
        }
        Ok(())
    }
    api fn PyGILState_Check() -> c_int {
        Ok((has_vm() && gil::holds_gil()) as c_int)
    }
    api fn PyThreadState_GetID(_t: *mut PyThreadState) -> u64 {
        // One thread state per thread: the thread's ident identifies it
        // (CPython numbers thread states instead; both are unique).
        Ok(core_interp::modules::threadmodule::get_ident())
    }
    api fn PyThreadState_GetDict() -> *mut PyObject {
        Ok(thread_dict(tstate()))
    }
    api fn _PyThreadState_GetDict(ts: *mut PyThreadState) -> *mut PyObject {
        Ok(thread_dict(ts))
    }
    api fn Py_EnterRecursiveCall(where_: *const c_char) -> c_int {
        let w = if where_.is_null() { Default::default() } else { super::cstr(where_)? };
        vm().enter_recursive_call(&w)?;
        Ok(0)
    }
    api fn Py_LeaveRecursiveCall() {
        vm().leave_call();
        Ok(())
    }
    api fn Py_IsInitialized() -> c_int {
        Ok(1)
    }
}
