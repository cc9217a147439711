//! Calendar conversions of `time`: `struct_time`, `gmtime`, `localtime`,
//! `mktime`, `asctime`, `ctime`, `strftime` (the C library's) and
//! `strptime` (delegated to `_strptime`, as CPython does).

use crate::objects::floatobject::{as_float, new_float};
use crate::objects::longobject::{as_int, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::structseq::{new_structseq, new_structseq_type, StructSeqDesc};
use crate::objects::tupleobject::tuple_items;
use crate::objects::typeobject::class_name;
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Vm};
use num_traits::ToPrimitive;
use std::ffi::{CStr, CString};
use std::sync::OnceLock;

const STRUCT_TIME: StructSeqDesc = StructSeqDesc {
    name: "time.struct_time",
    fields: &[
        "tm_year",
        "tm_mon",
        "tm_mday",
        "tm_hour",
        "tm_min",
        "tm_sec",
        "tm_wday",
        "tm_yday",
        "tm_isdst",
        "tm_zone",
        "tm_gmtoff",
    ],
    n_in_sequence: 9,
};

static STRUCT_TIME_TYPE: OnceLock<PyRef> = OnceLock::new();

pub(super) fn struct_time_type(vm: &Vm) -> &'static PyRef {
    STRUCT_TIME_TYPE.get_or_init(|| new_structseq_type(vm, &STRUCT_TIME))
}

/// A zeroed `struct tm`.
fn empty_tm() -> libc::tm {
    // SAFETY: `struct tm` is plain data (ints and a nullable pointer), for
    // which all-zero bytes are a valid value.
    unsafe { std::mem::zeroed() }
}

/// A `struct_time` from a C `struct tm`, with its zone name and UTC offset.
fn tm_to_struct(vm: &Vm, tm: &libc::tm, zone: &str, gmtoff: i64) -> PyRef {
    let i = |v: i32| new_int(vm, v as i64);
    let values = vec![
        new_int(vm, tm.tm_year as i64 + 1900),
        i(tm.tm_mon + 1),
        i(tm.tm_mday),
        i(tm.tm_hour),
        i(tm.tm_min),
        i(tm.tm_sec),
        i((tm.tm_wday + 6) % 7),
        i(tm.tm_yday + 1),
        i(tm.tm_isdst),
        new_str_object(vm, zone),
        new_int(vm, gmtoff),
    ];
    new_structseq(vm, struct_time_type(vm), values)
}

/// `_PyTime_ObjectToTime_t` (rounding toward -inf): a timestamp argument.
fn object_to_time_t(vm: &Vm, o: &PyRef) -> PyResult<libc::time_t> {
    let out_of_range = || vm.new_overflow_error("timestamp out of range for platform time_t");
    if let Some(f) = as_float(o) {
        if f.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !((i64::MIN as f64)..(i64::MAX as f64)).contains(&f) {
            return Err(out_of_range());
        }
        return Ok(f as libc::time_t);
    }
    let i = vm.index(o)?;
    as_int(&i)
        .and_then(|i| i.value.to_big().to_i64())
        .ok_or_else(out_of_range)
}

/// The timestamp of an optional `secs` argument (None: now).
fn secs_arg(vm: &Vm, a: &[PyRef]) -> PyResult<libc::time_t> {
    match a.first() {
        Some(o) if !vm.is_none(o) => object_to_time_t(vm, o),
        // SAFETY: time(NULL) only returns the current time.
        _ => Ok(unsafe { libc::time(std::ptr::null_mut()) }),
    }
}

/// `localtime_r`, with its zone name and offset.
pub(super) fn local_tm(vm: &Vm, t: libc::time_t) -> PyResult<(libc::tm, String, i64)> {
    let mut tm = empty_tm();
    // SAFETY: both pointers are valid for the duration of the call.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(os_error_or_overflow(vm));
    }
    let zone = zone_name(&tm);
    Ok((tm, zone, tm.tm_gmtoff))
}

/// The zone abbreviation the C library stored in `tm`.
fn zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: a non-null tm_zone points to a NUL-terminated string owned by
    // the C library's time-zone data.
    unsafe { CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

fn os_error_or_overflow(vm: &Vm) -> crate::vm::PyErr {
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    if errno == 0 {
        return vm.new_overflow_error("timestamp out of range for platform time_t");
    }
    crate::objects::exceptions_oserror::new_os_error(vm, errno, None, None)
}

fn gmtime(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = super::parse_tuple(vm, args, "gmtime", 0, 1)?;
    let t = secs_arg(vm, a)?;
    let mut tm = empty_tm();
    // SAFETY: both pointers are valid for the duration of the call.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(os_error_or_overflow(vm));
    }
    Ok(tm_to_struct(vm, &tm, &zone_name(&tm), tm.tm_gmtoff))
}

fn localtime(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = super::parse_tuple(vm, args, "localtime", 0, 1)?;
    let t = secs_arg(vm, a)?;
    let (tm, zone, off) = local_tm(vm, t)?;
    Ok(tm_to_struct(vm, &tm, &zone, off))
}

/// `gettmarg`: a `struct tm` from a 9-tuple or `struct_time`, plus the
/// zone name it must keep alive.
fn tuple_to_tm(vm: &Vm, o: &PyRef, func: &str) -> PyResult<(libc::tm, Option<CString>)> {
    let Some(items) = tuple_items(o) else {
        return Err(vm.new_type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.new_type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut v = [0i32; 9];
    for (slot, item) in v.iter_mut().zip(items) {
        *slot = crate::modules::int_arg(vm, item)?;
    }
    let mut tm = empty_tm();
    tm.tm_year = v[0].wrapping_sub(1900);
    tm.tm_mon = v[1].wrapping_sub(1);
    tm.tm_mday = v[2];
    tm.tm_hour = v[3];
    tm.tm_min = v[4];
    tm.tm_sec = v[5];
    tm.tm_wday = (v[6].wrapping_add(1)) % 7;
    tm.tm_yday = v[7].wrapping_sub(1);
    tm.tm_isdst = v[8];
    let mut zone = None;
    if o.class().is(struct_time_type(vm)) {
        let z = vm.getattr_str(o, "tm_zone")?;
        if !vm.is_none(&z) {
            let s = vm.str_string(&z)?;
            zone = CString::new(s).ok();
        }
        let off = vm.getattr_str(o, "tm_gmtoff")?;
        if !vm.is_none(&off) {
            let i = vm.index(&off)?;
            tm.tm_gmtoff = as_int(&i).and_then(|i| i.value.as_i64()).unwrap_or(0);
        }
        if let Some(z) = &zone {
            tm.tm_zone = z.as_ptr();
        }
    }
    Ok((tm, zone))
}

/// `checktm`: normalizes the "unset" values and range-checks the fields.
fn check_tm(vm: &Vm, tm: &mut libc::tm) -> PyResult<()> {
    let err = |m: &str| Err(vm.new_value_error(m));
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return err("month out of range");
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return err("day of month out of range");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return err("hour out of range");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return err("minute out of range");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return err("seconds out of range");
    }
    if tm.tm_wday < 0 {
        return err("day of week out of range");
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return err("day of year out of range");
    }
    Ok(())
}

fn mktime(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "time.mktime", 1, 1)?;
    let (mut tm, _zone) = tuple_to_tm(vm, &a[0], "mktime")?;
    tm.tm_wday = -1; // sentinel: unchanged if mktime fails
                     // SAFETY: `tm` is a valid struct tm; its zone string outlives the call.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.new_overflow_error("mktime argument out of range"));
    }
    Ok(new_float(vm, t as f64))
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn format_asctime(tm: &libc::tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday as usize % 7],
        MONTHS[tm.tm_mon as usize % 12],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + tm.tm_year as i64
    )
}

/// The `struct tm` of an optional time-tuple argument (None: local now).
fn tm_arg(vm: &Vm, a: Option<&PyRef>, func: &str) -> PyResult<(libc::tm, Option<CString>)> {
    match a {
        Some(o) => {
            let (mut tm, zone) = tuple_to_tm(vm, o, func)?;
            check_tm(vm, &mut tm)?;
            Ok((tm, zone))
        }
        None => {
            // SAFETY: time(NULL) only returns the current time.
            let now = unsafe { libc::time(std::ptr::null_mut()) };
            Ok((local_tm(vm, now)?.0, None))
        }
    }
}

fn asctime(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "asctime", 0, 1)?;
    let (tm, _zone) = tm_arg(vm, a.first(), "asctime")?;
    Ok(new_str_object(vm, &format_asctime(&tm)))
}

fn ctime(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = super::parse_tuple(vm, args, "ctime", 0, 1)?;
    let t = secs_arg(vm, a)?;
    let (tm, _, _) = local_tm(vm, t)?;
    Ok(new_str_object(vm, &format_asctime(&tm)))
}

fn strftime(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = super::parse_tuple(vm, args, "strftime", 1, 2)?;
    let Some(fmt) = a[0].downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "strftime() argument 1 must be str, not {}",
            class_name(&a[0])
        )));
    };
    let (mut tm, _zone) = tm_arg(vm, a.get(1), "strftime")?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let fmt = fmt.to_string_lossy();
    if fmt.contains('\0') {
        return Err(vm.new_value_error("embedded null character"));
    }
    let cfmt = CString::new(fmt.as_bytes()).expect("no NUL");
    let fmtlen = fmt.len();
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `cfmt` is NUL-terminated
        // and `tm` is a valid struct tm whose zone string outlives the call.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        // A zero result may be a too-small buffer or a legitimately empty
        // result; stop growing after 256 bytes per format byte, as CPython.
        if n > 0 || size >= 256 * fmtlen.max(1) {
            buf.truncate(n);
            return Ok(new_str_object(vm, &String::from_utf8_lossy(&buf)));
        }
        size += size;
    }
}

fn strptime(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "strptime")?;
    let m = crate::vm::import::import_module(vm, "_strptime")?;
    let f = vm.getattr_str(&m, "_strptime_time")?;
    vm.call_positional(&f, args.positional())
}

pub(super) static METHODS: &[MethodDef] = &[
    MethodDef::new("asctime", asctime),
    MethodDef::new("ctime", ctime),
    MethodDef::new("gmtime", gmtime),
    MethodDef::new("localtime", localtime),
    MethodDef::new("mktime", mktime),
    MethodDef::new("strftime", strftime),
    MethodDef::new("strptime", strptime),
];
