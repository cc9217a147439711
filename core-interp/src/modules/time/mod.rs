//! `time`: CPython 3.11's time module in Rust. The clocks and `sleep` are
//! in `clocks.rs`, `struct_time` and the calendar conversions in
//! `convert.rs`; here the module itself and its time-zone attributes
//! (`timezone`, `altzone`, `daylight`, `tzname`, recomputed by `tzset`).

mod clocks;
mod convert;

pub(crate) use clocks::timeout_ns;

use super::{module_set, new_builtin_module};
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::tupleobject::new_tuple;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{CallArgs, PyErr, PyResult, Vm};

/// `PyArg_ParseTuple`'s arity check for `name` (a `METH_VARARGS` function).
fn parse_tuple<'a>(
    vm: &Vm,
    args: CallArgs<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    args.no_kwargs(vm, name)?;
    let a = args.positional();
    let n = a.len();
    if n < min || n > max {
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        let s = if k == 1 { "" } else { "s" };
        return Err(vm.new_type_error(format!("{name}() takes {how} {k} argument{s} ({n} given)")));
    }
    Ok(a)
}

/// OSError from the current `errno`.
fn os_error(vm: &Vm) -> PyErr {
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    crate::objects::exceptions_oserror::new_os_error(vm, errno, None, None)
}

/// Sets `timezone`, `altzone`, `daylight` and `tzname` from the local time
/// of January 1st and July 1st of this year, as CPython does on glibc
/// (so southern-hemisphere zones come out right).
fn init_timezone(vm: &Vm, m: &PyRef) -> PyResult<()> {
    const YEAR: libc::time_t = (365 * 24 + 6) * 3600;
    // SAFETY: time(NULL) only returns the current time.
    let now = unsafe { libc::time(std::ptr::null_mut()) };
    let t = (now / YEAR) * YEAR;
    let (_, jan_name, jan_off) = convert::local_tm(vm, t)?;
    let (_, jul_name, jul_off) = convert::local_tm(vm, t + YEAR / 2)?;
    let (jan_zone, jul_zone) = (-jan_off, -jul_off);
    let (tz, alt, names) = if jan_zone < jul_zone {
        (jul_zone, jan_zone, (jul_name, jan_name))
    } else {
        (jan_zone, jul_zone, (jan_name, jul_name))
    };
    module_set(vm, m, "timezone", new_int(vm, tz));
    module_set(vm, m, "altzone", new_int(vm, alt));
    module_set(
        vm,
        m,
        "daylight",
        new_int(vm, (jan_zone != jul_zone) as i64),
    );
    let tzname = new_tuple(
        vm,
        vec![new_str_object(vm, &names.0), new_str_object(vm, &names.1)],
    );
    module_set(vm, m, "tzname", tzname);
    Ok(())
}

extern "C" {
    fn tzset();
}

/// `tzset()`: re-reads `TZ` and recomputes the module's zone attributes.
fn time_tzset(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "time.tzset", 0, 0)?;
    // SAFETY: tzset only re-reads the TZ environment variable.
    unsafe { tzset() };
    let m = crate::vm::import::import_module(vm, "time")?;
    init_timezone(vm, &m)?;
    Ok(vm.none.clone())
}

const MODULE_DOC: &str = "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating point number (to represent fractions of seconds).\nThe Epoch is system-defined; on Unix, it is generally January 1st, 1970.\nThe actual value can be retrieved by calling gmtime(0).\n\nThe other representation is a tuple of 9 integers giving local time.\nThe tuple items are:\n  year (including century, e.g. 1998)\n  month (1-12)\n  day (1-31)\n  hours (0-23)\n  minutes (0-59)\n  seconds (0-59)\n  weekday (0-6, Monday is 0)\n  Julian day (day in the year, 1-366)\n  DST (Daylight Savings Time) flag (-1, 0 or 1)\nIf the DST flag is 0, the time is given in the regular time zone;\nif it is 1, the time is given in the DST time zone;\nif it is -1, mktime() should guess based on the date and time.\n";

/// Creates the `time` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let mut fns: Vec<MethodDef> = Vec::new();
    fns.extend_from_slice(clocks::METHODS);
    fns.extend_from_slice(convert::METHODS);
    fns.push(MethodDef::new("tzset", time_tzset));
    fns.sort_by_key(|m| m.name);
    let m = new_builtin_module(vm, "time", &fns);
    module_set(vm, &m, "__doc__", new_str_object(vm, MODULE_DOC));
    for (name, v) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        module_set(vm, &m, name, new_int(vm, v as i64));
    }
    module_set(vm, &m, "_STRUCT_TM_ITEMS", new_int(vm, 11));
    module_set(vm, &m, "struct_time", convert::struct_time_type(vm).clone());
    // SAFETY: tzset only re-reads the TZ environment variable.
    unsafe { tzset() };
    init_timezone(vm, &m)?;
    Ok(m)
}
