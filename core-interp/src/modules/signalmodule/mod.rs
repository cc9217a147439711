//! `_signal`: Python-level signal handlers. The handler table lives here;
//! the C handler and the pending-signal check are in `vm/signals.rs`.
//! `signal`, `getsignal`, `default_int_handler`, `raise_signal`,
//! `strsignal`, `valid_signals` and the constants are here; masks, timers
//! and waiting (`pthread_sigmask`, `sigpending`, `sigwait`, `pthread_kill`,
//! `alarm`, `pause`, `setitimer`, `getitimer`, `siginterrupt`,
//! `set_wakeup_fd`) in `masks.rs`; `sigwaitinfo`, `sigtimedwait` and
//! `struct_siginfo` in `siginfo.rs`.

mod masks;
mod siginfo;

use super::{int_arg, module_set, new_builtin_module};
use crate::objects::longobject::{as_int, new_int};
use crate::objects::methodobject::{new_builtin_function, MethodDef};
use crate::objects::object::PyRef;
use crate::objects::typeobject::as_type;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::signals::{on_signal, NSIG};
use crate::vm::{CallArgs, PyErr, PyResult, Vm};
use std::sync::Mutex;

/// The Python handler of each signal (`None`: not set from Python);
/// empty until the module is created.
static HANDLERS: Mutex<Vec<Option<PyRef>>> = Mutex::new(Vec::new());

fn handlers() -> std::sync::MutexGuard<'static, Vec<Option<PyRef>>> {
    HANDLERS.lock().unwrap_or_else(|p| p.into_inner())
}

/// Runs the Python handler of signal `sig`, which arrived.
pub fn run_handler(vm: &Vm, sig: libc::c_int) -> PyResult<()> {
    let h = {
        let t = handlers();
        if t.is_empty() {
            // `_signal` not imported: only the start-up SIGINT handler exists.
            drop(t);
            if sig == libc::SIGINT {
                return Err(vm.new_exception(&vm.exceptions.keyboard_interrupt, vec![]));
            }
            return Ok(());
        }
        t.get(sig as usize).cloned().flatten()
    };
    let Some(h) = h else {
        return Ok(());
    };
    if as_int(&h).is_some() {
        return Ok(()); // SIG_DFL / SIG_IGN: nothing to run
    }
    let frame = vm
        .ts
        .frames
        .borrow()
        .last()
        .cloned()
        .unwrap_or_else(|| vm.none.clone());
    vm.call_positional(&h, &[new_int(vm, sig as i64), frame])?;
    Ok(())
}

pub(crate) fn os_error(vm: &Vm, errno: i32) -> PyErr {
    crate::objects::exceptions_oserror::new_os_error(vm, errno, None, None)
}

pub(crate) fn last_os_error(vm: &Vm) -> PyErr {
    os_error(
        vm,
        std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
    )
}

/// A signal number argument in 1..NSIG.
fn signum_arg(vm: &Vm, o: &PyRef) -> PyResult<libc::c_int> {
    let sig = int_arg(vm, o)?;
    if sig < 1 || sig as usize >= NSIG {
        return Err(vm.new_value_error("signal number out of range"));
    }
    Ok(sig)
}

fn require_main_thread(vm: &Vm, what: &str) -> PyResult<()> {
    if crate::vm::gil::is_main_thread() {
        Ok(())
    } else {
        Err(vm.new_value_error(format!(
            "{what} only works in main thread of the main interpreter"
        )))
    }
}

/// Installs `handler` as the C disposition of `sig` (no SA_RESTART, as
/// CPython, so blocking calls see EINTR and can run Python handlers).
fn set_disposition(vm: &Vm, sig: libc::c_int, handler: libc::sighandler_t) -> PyResult<()> {
    // SAFETY: `sa` is fully initialised before use; sigaction only reads it.
    let r = unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler;
        sa.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(sig, &sa, std::ptr::null_mut())
    };
    if r != 0 {
        return Err(last_os_error(vm));
    }
    Ok(())
}

fn signal(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "signal", 2, 2)?;
    let sig = signum_arg(vm, &a[0])?;
    let handler = &a[1];
    require_main_thread(vm, "signal")?;
    let c_handler = match as_int(handler).and_then(|i| i.value.as_i64()) {
        Some(v) if v == libc::SIG_IGN as i64 => libc::SIG_IGN,
        Some(v) if v == libc::SIG_DFL as i64 => libc::SIG_DFL,
        _ if as_type(handler.class()).slots.call.get().is_some() => {
            on_signal as *const () as libc::sighandler_t
        }
        _ => {
            return Err(vm.new_type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    // Run the handlers of signals that already arrived before replacing any.
    crate::vm::signals::check(vm)?;
    set_disposition(vm, sig, c_handler)?;
    let old = handlers()
        .get_mut(sig as usize)
        .and_then(|slot| slot.replace(handler.clone()));
    Ok(old.unwrap_or_else(|| vm.none.clone()))
}

fn getsignal(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "getsignal", 1, 1)?;
    let sig = signum_arg(vm, &a[0])?;
    let h = handlers().get(sig as usize).cloned().flatten();
    Ok(h.unwrap_or_else(|| vm.none.clone()))
}

fn default_int_handler(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "default_int_handler", 2, 2)?;
    int_arg(vm, &a[0])?;
    Err(vm.new_exception(&vm.exceptions.keyboard_interrupt, vec![]))
}

fn raise_signal(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "raise_signal", 1, 1)?;
    let sig = int_arg(vm, &a[0])?;
    // SAFETY: raise(3) only sends a signal to this thread.
    if unsafe { libc::raise(sig) } != 0 {
        return Err(last_os_error(vm));
    }
    crate::vm::signals::check(vm)?;
    Ok(vm.none.clone())
}

fn strsignal(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "strsignal", 1, 1)?;
    let sig = signum_arg(vm, &a[0])?;
    // SAFETY: strsignal returns NULL or a NUL-terminated string, read
    // before any other libc call on this thread.
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return Ok(vm.none.clone());
    }
    // SAFETY: see above.
    let s = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    Ok(new_str_object(vm, &s))
}

/// The signals of a C signal set as a Python set of ints.
pub(crate) fn sigset_to_set(vm: &Vm, set: &libc::sigset_t) -> PyResult {
    let items: Vec<PyRef> = (1..NSIG as libc::c_int)
        // SAFETY: `set` is an initialised sigset_t.
        .filter(|&s| unsafe { libc::sigismember(set, s) } == 1)
        .map(|s| new_int(vm, s as i64))
        .collect();
    crate::objects::setobject::new_set(vm, items)
}

fn valid_signals(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "valid_signals", 0, 0)?;
    // SAFETY: sigfillset initialises the set it is given.
    let set = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        set
    };
    sigset_to_set(vm, &set)
}

/// The signal names of this platform and their numbers.
fn signal_names() -> Vec<(&'static str, libc::c_int)> {
    vec![
        ("SIGHUP", libc::SIGHUP),
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP),
        ("SIGABRT", libc::SIGABRT),
        ("SIGIOT", libc::SIGIOT),
        ("SIGBUS", libc::SIGBUS),
        ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGSEGV", libc::SIGSEGV),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGALRM", libc::SIGALRM),
        ("SIGTERM", libc::SIGTERM),
        ("SIGSTKFLT", libc::SIGSTKFLT),
        ("SIGCHLD", libc::SIGCHLD),
        ("SIGCLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT),
        ("SIGSTOP", libc::SIGSTOP),
        ("SIGTSTP", libc::SIGTSTP),
        ("SIGTTIN", libc::SIGTTIN),
        ("SIGTTOU", libc::SIGTTOU),
        ("SIGURG", libc::SIGURG),
        ("SIGXCPU", libc::SIGXCPU),
        ("SIGXFSZ", libc::SIGXFSZ),
        ("SIGVTALRM", libc::SIGVTALRM),
        ("SIGPROF", libc::SIGPROF),
        ("SIGWINCH", libc::SIGWINCH),
        ("SIGIO", libc::SIGIO),
        ("SIGPOLL", libc::SIGPOLL),
        ("SIGPWR", libc::SIGPWR),
        ("SIGSYS", libc::SIGSYS),
        ("SIGRTMIN", libc::SIGRTMIN()),
        ("SIGRTMAX", libc::SIGRTMAX()),
    ]
}

/// Creates the `_signal` module and its handler table: each signal's
/// current disposition as SIG_DFL/SIG_IGN, and SIGINT routed to
/// `default_int_handler` when it still has its start-up handler.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let mut fns = vec![
        MethodDef::new("signal", signal),
        MethodDef::new("getsignal", getsignal),
        MethodDef::new("raise_signal", raise_signal),
        MethodDef::new("strsignal", strsignal),
        MethodDef::new("valid_signals", valid_signals),
    ];
    fns.extend_from_slice(masks::METHODS);
    fns.extend_from_slice(siginfo::METHODS);
    let m = new_builtin_module(vm, "_signal", &fns);
    let dfl = new_int(vm, libc::SIG_DFL as i64);
    let ign = new_int(vm, libc::SIG_IGN as i64);
    let int_handler = new_builtin_function(
        vm,
        MethodDef::new("default_int_handler", default_int_handler).with_doc(
            "default_int_handler($module, signalnum, frame, /)\n--\n\nThe default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.",
        ),
        Some(m.clone()),
    );
    module_set(vm, &m, "default_int_handler", int_handler.clone());
    module_set(vm, &m, "SIG_DFL", dfl.clone());
    module_set(vm, &m, "SIG_IGN", ign.clone());
    module_set(vm, &m, "NSIG", new_int(vm, NSIG as i64));
    for (name, v) in signal_names() {
        module_set(vm, &m, name, new_int(vm, v as i64));
    }
    masks::add_constants(vm, &m)?;
    module_set(vm, &m, "struct_siginfo", siginfo::struct_siginfo_type(vm));
    let mut table: Vec<Option<PyRef>> = vec![None; NSIG];
    for (sig, slot) in table.iter_mut().enumerate().skip(1) {
        // SAFETY: querying a disposition writes only into `old`.
        let cur = unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig as libc::c_int, std::ptr::null(), &mut old) != 0 {
                continue;
            }
            old.sa_sigaction
        };
        *slot = if cur == libc::SIG_DFL {
            Some(dfl.clone())
        } else if cur == libc::SIG_IGN {
            Some(ign.clone())
        } else if sig == libc::SIGINT as usize
            && cur == on_signal as *const () as libc::sighandler_t
        {
            Some(int_handler.clone())
        } else {
            None
        };
    }
    *handlers() = table;
    module_set(
        vm,
        &m,
        "__doc__",
        new_str_object(vm, "This module provides mechanisms to use signal handlers in Python.\n\nFunctions:\n\nalarm() -- cause SIGALRM after a specified time [Unix only]\nsetitimer() -- cause a signal (described below) after a specified\n               float time and the timer may restart then [Unix only]\ngetitimer() -- get current value of timer [Unix only]\nsignal() -- set the action for a given signal\ngetsignal() -- get the signal action for a given signal\npause() -- wait until a signal arrives [Unix only]\ndefault_int_handler() -- default SIGINT handler\n\nsignal constants:\nSIG_DFL -- used to refer to the system default handler\nSIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\nitimer constants:\nITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n               expiration\nITIMER_VIRTUAL -- decrements only when the process is executing,\n               and delivers SIGVTALRM upon expiration\nITIMER_PROF -- decrements both when the process is executing and\n               when the system is executing on behalf of the process.\n               Coupled with ITIMER_VIRTUAL, this timer is usually\n               used to profile the time spent by the application\n               in user and kernel space. SIGPROF is delivered upon\n               expiration.\n\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame."),
    );
    Ok(m)
}
