//! Signal masks, waiting, timers and the wakeup fd of `_signal`.

use super::{last_os_error, os_error, require_main_thread, signum_arg, sigset_to_set};
use crate::modules::{int_arg, module_set};
use crate::objects::floatobject::new_float;
use crate::objects::longobject::{as_int, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::tupleobject::new_tuple;
use crate::vm::signals::NSIG;
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use num_traits::ToPrimitive;
use std::sync::OnceLock;

/// `signal.itimer_error` (`ItimerError`), an OSError subclass.
static ITIMER_ERROR: OnceLock<PyRef> = OnceLock::new();

/// A C signal set from an iterable of signal numbers.
pub(super) fn sigset_arg(vm: &Vm, o: &PyRef) -> PyResult<libc::sigset_t> {
    // SAFETY: sigemptyset initialises the set it is given.
    let mut set = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        set
    };
    for item in vm.collect(o)? {
        let i = vm.index(&item)?;
        let v = as_int(&i).and_then(|i| i.value.to_big().to_i64());
        match v {
            Some(s) if s >= 1 && (s as usize) < NSIG => {
                // SAFETY: `set` is initialised and `s` a valid signal number.
                unsafe { libc::sigaddset(&mut set, s as libc::c_int) };
            }
            _ => {
                return Err(vm.new_value_error(format!(
                    "signal number {} out of range [1; {}]",
                    vm.str_string(&i)?,
                    NSIG - 1
                )))
            }
        }
    }
    Ok(set)
}

fn pthread_sigmask(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "pthread_sigmask", 2, 2)?;
    let how = int_arg(vm, &a[0])?;
    let mask = sigset_arg(vm, &a[1])?;
    // SAFETY: both sets are valid; `previous` is written by the call.
    let (err, previous) = unsafe {
        let mut previous: libc::sigset_t = std::mem::zeroed();
        let err = libc::pthread_sigmask(how, &mask, &mut previous);
        (err, previous)
    };
    if err != 0 {
        return Err(os_error(vm, err));
    }
    // Signals that were blocked may be pending now.
    crate::vm::signals::check(vm)?;
    sigset_to_set(vm, &previous)
}

fn sigpending(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "sigpending", 0, 0)?;
    // SAFETY: sigpending writes the set it is given.
    let (r, set) = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        let r = libc::sigpending(&mut set);
        (r, set)
    };
    if r != 0 {
        return Err(last_os_error(vm));
    }
    sigset_to_set(vm, &set)
}

fn sigwait(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "sigwait", 1, 1)?;
    let set = sigset_arg(vm, &a[0])?;
    let mut sig: libc::c_int = 0;
    // SAFETY: `set` is initialised and `sig` a valid out-pointer.
    let err = vm.allow_threads(|| unsafe { libc::sigwait(&set, &mut sig) });
    if err != 0 {
        return Err(os_error(vm, err));
    }
    Ok(new_int(vm, sig as i64))
}

fn pthread_kill(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "pthread_kill", 2, 2)?;
    let i = vm.index(&a[0])?;
    let thread = as_int(&i)
        .and_then(|i| i.value.to_big().to_u64())
        .ok_or_else(|| {
            vm.new_overflow_error("Python int too large to convert to C unsigned long")
        })?;
    let sig = int_arg(vm, &a[1])?;
    // SAFETY: an unknown thread id makes pthread_kill return ESRCH.
    let err = unsafe { libc::pthread_kill(thread as libc::pthread_t, sig) };
    if err != 0 {
        return Err(os_error(vm, err));
    }
    crate::vm::signals::check(vm)?;
    Ok(vm.none.clone())
}

fn alarm(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "alarm", 1, 1)?;
    let secs = int_arg(vm, &a[0])?;
    // SAFETY: alarm(2) only schedules SIGALRM.
    let left = unsafe { libc::alarm(secs as libc::c_uint) };
    Ok(new_int(vm, left as i64))
}

fn pause(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "pause", 0, 0)?;
    // SAFETY: pause(2) only waits for a signal.
    vm.allow_threads(|| unsafe { libc::pause() });
    crate::vm::signals::check(vm)?;
    Ok(vm.none.clone())
}

/// Seconds (int or float) as a timeval, rounded up to the microsecond.
fn timeval_arg(vm: &Vm, o: &PyRef) -> PyResult<libc::timeval> {
    let f = crate::modules::math::as_double(vm, o)?;
    let us = (f * 1e6).ceil();
    if !us.is_finite() || us.abs() >= 9.2e18 {
        return Err(vm.new_overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    let us = us as i64;
    Ok(libc::timeval {
        tv_sec: us.div_euclid(1_000_000) as libc::time_t,
        tv_usec: us.rem_euclid(1_000_000) as libc::suseconds_t,
    })
}

fn itimer_tuple(vm: &Vm, v: &libc::itimerval) -> PyRef {
    let secs = |t: &libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    new_tuple(
        vm,
        vec![
            new_float(vm, secs(&v.it_value)),
            new_float(vm, secs(&v.it_interval)),
        ],
    )
}

fn itimer_error(vm: &Vm) -> crate::vm::PyErr {
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    let ty = ITIMER_ERROR.get().expect("_signal initialised");
    let msg = crate::objects::exceptions_oserror::strerror(errno);
    let args = [
        new_int(vm, errno as i64),
        crate::objects::unicodeobject::new_str_object(vm, &msg),
    ];
    match vm.call_positional(ty, &args) {
        Ok(e) => crate::vm::PyErr(e),
        Err(e) => e,
    }
}

fn setitimer(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "setitimer", 2, 3)?;
    let which = int_arg(vm, &a[0])?;
    let value = libc::itimerval {
        it_value: timeval_arg(vm, &a[1])?,
        it_interval: match a.get(2) {
            Some(o) => timeval_arg(vm, o)?,
            None => libc::timeval {
                tv_sec: 0,
                tv_usec: 0,
            },
        },
    };
    // SAFETY: both itimervals are valid; `old` is written by the call.
    let (r, old) = unsafe {
        let mut old: libc::itimerval = std::mem::zeroed();
        let r = libc::setitimer(which as _, &value, &mut old);
        (r, old)
    };
    if r != 0 {
        return Err(itimer_error(vm));
    }
    Ok(itimer_tuple(vm, &old))
}

fn getitimer(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "getitimer", 1, 1)?;
    let which = int_arg(vm, &a[0])?;
    // SAFETY: `cur` is written by the call.
    let (r, cur) = unsafe {
        let mut cur: libc::itimerval = std::mem::zeroed();
        let r = libc::getitimer(which as _, &mut cur);
        (r, cur)
    };
    if r != 0 {
        return Err(itimer_error(vm));
    }
    Ok(itimer_tuple(vm, &cur))
}

fn siginterrupt(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "siginterrupt", 2, 2)?;
    let sig = signum_arg(vm, &a[0])?;
    let flag = int_arg(vm, &a[1])?;
    // SAFETY: the disposition is read into `sa`, changed and written back.
    let r = unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig, std::ptr::null(), &mut sa) != 0 {
            -1
        } else {
            if flag != 0 {
                sa.sa_flags &= !libc::SA_RESTART;
            } else {
                sa.sa_flags |= libc::SA_RESTART;
            }
            libc::sigaction(sig, &sa, std::ptr::null_mut())
        }
    };
    if r != 0 {
        return Err(last_os_error(vm));
    }
    Ok(vm.none.clone())
}

static SET_WAKEUP_FD_SIG: Signature = Signature {
    name: "set_wakeup_fd",
    params: &["fd", "warn_on_full_buffer"],
    posonly: 1,
    positional: 1,
    required: 1,
};

fn set_wakeup_fd(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::bind_clinic(&SET_WAKEUP_FD_SIG, vm, args)?;
    let fd = int_arg(vm, a[0].as_ref().expect("required"))?;
    require_main_thread(vm, "set_wakeup_fd")?;
    if fd != -1 {
        // SAFETY: fstat on any int is safe; `st` is written by the call.
        let ok = unsafe {
            let mut st: libc::stat = std::mem::zeroed();
            libc::fstat(fd, &mut st) == 0
        };
        if !ok {
            return Err(last_os_error(vm));
        }
        // SAFETY: F_GETFL only reads the descriptor's flags.
        let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
        if flags < 0 {
            return Err(last_os_error(vm));
        }
        if flags & libc::O_NONBLOCK == 0 {
            return Err(vm.new_value_error(format!("the fd {fd} must be in non-blocking mode")));
        }
    }
    Ok(new_int(vm, crate::vm::signals::set_wakeup_fd(fd) as i64))
}

/// The mask and timer constants, and `ItimerError`.
pub(super) fn add_constants(vm: &Vm, m: &PyRef) -> PyResult<()> {
    for (name, v) in [
        ("SIG_BLOCK", libc::SIG_BLOCK),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK),
        ("SIG_SETMASK", libc::SIG_SETMASK),
        ("ITIMER_REAL", libc::ITIMER_REAL as libc::c_int),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as libc::c_int),
        ("ITIMER_PROF", libc::ITIMER_PROF as libc::c_int),
    ] {
        module_set(vm, m, name, new_int(vm, v as i64));
    }
    let err = match ITIMER_ERROR.get() {
        Some(e) => e.clone(),
        None => {
            let ns = crate::objects::dictobject::PyDict::new_ref(vm);
            ns.downcast_ref::<crate::objects::dictobject::PyDict>()
                .expect("dict")
                .set_str(
                    vm,
                    "__module__",
                    crate::objects::unicodeobject::new_str_object(vm, "signal"),
                );
            let bases = new_tuple(vm, vec![vm.exceptions.os_error.clone()]);
            let name = crate::objects::unicodeobject::new_str_object(vm, "itimer_error");
            let t = vm.call_positional(&vm.types.type_type, &[name, bases, ns])?;
            ITIMER_ERROR.get_or_init(|| t).clone()
        }
    };
    module_set(vm, m, "ItimerError", err);
    Ok(())
}

pub(super) static METHODS: &[MethodDef] = &[
    MethodDef::new("alarm", alarm),
    MethodDef::new("getitimer", getitimer),
    MethodDef::new("pause", pause),
    MethodDef::new("pthread_kill", pthread_kill),
    MethodDef::new("pthread_sigmask", pthread_sigmask),
    MethodDef::new("set_wakeup_fd", set_wakeup_fd),
    MethodDef::new("setitimer", setitimer),
    MethodDef::new("siginterrupt", siginterrupt),
    MethodDef::new("sigpending", sigpending),
    MethodDef::new("sigwait", sigwait),
];
