//! The clocks of `time`: `time`, `monotonic`, `perf_counter`,
//! `process_time`, `thread_time` (and their `_ns` forms), the
//! `clock_*` functions, `get_clock_info` and `sleep`.

use crate::objects::floatobject::{as_float, new_float};
use crate::objects::longobject::{as_int, new_bigint, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::vm::{CallArgs, PyResult, Vm};
use num_traits::ToPrimitive;

/// `clock_gettime(clk)` in nanoseconds, or the OS error.
fn gettime_ns(vm: &Vm, clk: libc::clockid_t) -> PyResult<i128> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    if unsafe { libc::clock_gettime(clk, &mut ts) } != 0 {
        return Err(super::os_error(vm));
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

/// `clock_getres(clk)` in seconds.
fn getres(vm: &Vm, clk: libc::clockid_t) -> PyResult<f64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    if unsafe { libc::clock_getres(clk, &mut ts) } != 0 {
        return Err(super::os_error(vm));
    }
    Ok(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

/// Nanoseconds as float seconds (`_PyTime_AsSecondsDouble`).
fn ns_to_secs(ns: i128) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

fn ns_int(vm: &Vm, ns: i128) -> PyRef {
    match i64::try_from(ns) {
        Ok(v) => new_int(vm, v),
        Err(_) => new_bigint(vm, ns.into()),
    }
}

/// Defines a float clock and its `_ns` twin over a clock id.
macro_rules! clock {
    ($($secs:ident, $ns:ident = $py:literal, $clk:expr;)*) => {$(
        fn $secs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            args.check_positional(vm, concat!("time.", $py), 0, 0)?;
            Ok(new_float(vm, ns_to_secs(gettime_ns(vm, $clk)?)))
        }
        fn $ns(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            args.check_positional(vm, concat!("time.", $py, "_ns"), 0, 0)?;
            Ok(ns_int(vm, gettime_ns(vm, $clk)?))
        }
    )*};
}

clock! {
    time, time_ns = "time", libc::CLOCK_REALTIME;
    monotonic, monotonic_ns = "monotonic", libc::CLOCK_MONOTONIC;
    perf_counter, perf_counter_ns = "perf_counter", libc::CLOCK_MONOTONIC;
    process_time, process_time_ns = "process_time", libc::CLOCK_PROCESS_CPUTIME_ID;
    thread_time, thread_time_ns = "thread_time", libc::CLOCK_THREAD_CPUTIME_ID;
}

/// A clock id argument (a C int).
fn clock_id(vm: &Vm, args: CallArgs<'_>, name: &str) -> PyResult<libc::clockid_t> {
    let a = super::parse_tuple(vm, args, name, 1, 1)?;
    crate::modules::int_arg(vm, &a[0])
}

fn clock_gettime(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let clk = clock_id(vm, args, "clock_gettime")?;
    Ok(new_float(vm, ns_to_secs(gettime_ns(vm, clk)?)))
}

fn clock_gettime_ns(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let clk = clock_id(vm, args, "clock_gettime_ns")?;
    Ok(ns_int(vm, gettime_ns(vm, clk)?))
}

fn clock_getres(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let clk = clock_id(vm, args, "clock_getres")?;
    Ok(new_float(vm, getres(vm, clk)?))
}

/// Sets clock `clk` to `ns` nanoseconds.
fn settime(vm: &Vm, clk: libc::clockid_t, ns: i128) -> PyResult {
    let ts = libc::timespec {
        tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t,
        tv_nsec: ns.rem_euclid(1_000_000_000) as libc::c_long,
    };
    // SAFETY: `ts` is a valid timespec.
    if unsafe { libc::clock_settime(clk, &ts) } != 0 {
        return Err(super::os_error(vm));
    }
    Ok(vm.none.clone())
}

fn clock_settime(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = super::parse_tuple(vm, args, "clock_settime", 2, 2)?;
    let clk = crate::modules::int_arg(vm, &a[0])?;
    let ns = timeout_ns(vm, &a[1], false)?;
    settime(vm, clk, ns)
}

fn clock_settime_ns(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = super::parse_tuple(vm, args, "clock_settime_ns", 2, 2)?;
    let clk = crate::modules::int_arg(vm, &a[0])?;
    let i = vm.index(&a[1])?;
    let ns = as_int(&i)
        .and_then(|i| i.value.to_big().to_i64())
        .ok_or_else(|| vm.new_overflow_error("timestamp too large to convert to C _PyTime_t"))?;
    settime(vm, clk, ns as i128)
}

/// `_PyTime_FromSecondsObject`: seconds (float or int) as nanoseconds,
/// rounded away from zero when `round_up` (timeouts), else half-even.
pub(crate) fn timeout_ns(vm: &Vm, o: &PyRef, round_up: bool) -> PyResult<i128> {
    let too_large = || vm.new_overflow_error("timestamp too large to convert to C _PyTime_t");
    if let Some(f) = as_float(o) {
        if f.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)"));
        }
        let ns = f * 1e9;
        let ns = if round_up {
            if ns >= 0.0 {
                ns.ceil()
            } else {
                ns.floor()
            }
        } else {
            let r = ns.round();
            if (ns - ns.trunc()).abs() == 0.5 {
                2.0 * (ns / 2.0).round()
            } else {
                r
            }
        };
        if !(i64::MIN as f64..i64::MAX as f64).contains(&ns) {
            return Err(too_large());
        }
        return Ok(ns as i128);
    }
    let i = vm.index(o)?;
    let secs = as_int(&i)
        .and_then(|i| i.value.to_big().to_i64())
        .ok_or_else(too_large)?;
    secs.checked_mul(1_000_000_000)
        .map(|v| v as i128)
        .ok_or_else(too_large)
}

fn sleep(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "time.sleep", 1, 1)?;
    let ns = timeout_ns(vm, &a[0], true)?;
    if ns < 0 {
        return Err(vm.new_value_error("sleep length must be non-negative"));
    }
    let deadline = gettime_ns(vm, libc::CLOCK_MONOTONIC)? + ns;
    loop {
        let left = deadline - gettime_ns(vm, libc::CLOCK_MONOTONIC)?;
        if left <= 0 {
            break;
        }
        let ts = libc::timespec {
            tv_sec: (left / 1_000_000_000) as libc::time_t,
            tv_nsec: (left % 1_000_000_000) as libc::c_long,
        };
        // SAFETY: `ts` is a valid timespec; no remainder is requested.
        let r = vm.allow_threads(|| unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) });
        if r == 0 {
            break;
        }
        let err = std::io::Error::last_os_error();
        if err.raw_os_error() != Some(libc::EINTR) {
            return Err(super::os_error(vm));
        }
        // Interrupted: run the signal handlers (which may raise), then resume.
        crate::vm::signals::check(vm)?;
    }
    Ok(vm.none.clone())
}

fn pthread_getcpuclockid(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = super::parse_tuple(vm, args, "pthread_getcpuclockid", 1, 1)?;
    let i = vm.index(&a[0])?;
    let thread = as_int(&i)
        .and_then(|i| i.value.to_big().to_u64())
        .ok_or_else(|| {
            vm.new_overflow_error("Python int too large to convert to C unsigned long")
        })?;
    let mut clk: libc::clockid_t = 0;
    // SAFETY: `clk` is a valid out-pointer; an unknown thread id yields an error code.
    let err = unsafe { libc::pthread_getcpuclockid(thread as libc::pthread_t, &mut clk) };
    if err != 0 {
        return Err(crate::objects::exceptions_oserror::new_os_error(
            vm, err, None, None,
        ));
    }
    Ok(new_int(vm, clk as i64))
}

fn get_clock_info(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = super::parse_tuple(vm, args, "get_clock_info", 1, 1)?;
    let name = vm.str_string(&a[0])?;
    let (implementation, clk, monotonic, adjustable) = match name.as_str() {
        "time" => (
            "clock_gettime(CLOCK_REALTIME)",
            libc::CLOCK_REALTIME,
            false,
            true,
        ),
        "monotonic" | "perf_counter" => (
            "clock_gettime(CLOCK_MONOTONIC)",
            libc::CLOCK_MONOTONIC,
            true,
            false,
        ),
        "process_time" => (
            "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
            libc::CLOCK_PROCESS_CPUTIME_ID,
            true,
            false,
        ),
        "thread_time" => (
            "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
            libc::CLOCK_THREAD_CPUTIME_ID,
            true,
            false,
        ),
        _ => return Err(vm.new_value_error("unknown clock")),
    };
    let resolution = getres(vm, clk)?;
    Ok(crate::objects::namespaceobject::new_namespace(
        vm,
        vec![
            (
                "implementation",
                crate::objects::unicodeobject::new_str_object(vm, implementation),
            ),
            ("monotonic", vm.bool_obj(monotonic)),
            ("adjustable", vm.bool_obj(adjustable)),
            ("resolution", new_float(vm, resolution)),
        ],
    ))
}

pub(super) static METHODS: &[MethodDef] = &[
    MethodDef::new("clock_getres", clock_getres),
    MethodDef::new("clock_gettime", clock_gettime),
    MethodDef::new("clock_gettime_ns", clock_gettime_ns),
    MethodDef::new("clock_settime", clock_settime),
    MethodDef::new("clock_settime_ns", clock_settime_ns),
    MethodDef::new("get_clock_info", get_clock_info),
    MethodDef::new("monotonic", monotonic),
    MethodDef::new("monotonic_ns", monotonic_ns),
    MethodDef::new("perf_counter", perf_counter),
    MethodDef::new("perf_counter_ns", perf_counter_ns),
    MethodDef::new("process_time", process_time),
    MethodDef::new("pthread_getcpuclockid", pthread_getcpuclockid),
    MethodDef::new("process_time_ns", process_time_ns),
    MethodDef::new("sleep", sleep),
    MethodDef::new("thread_time", thread_time),
    MethodDef::new("thread_time_ns", thread_time_ns),
    MethodDef::new("time", time),
    MethodDef::new("time_ns", time_ns),
];
