//! `_locale`: the C library's locale support for `locale.py` — setlocale,
//! localeconv, nl_langinfo and its item constants, wide-character
//! strcoll/strxfrm, getencoding, the gettext family, the `LC_*`
//! categories and `locale.Error`. Strings coming from the C library are
//! decoded as CPython's `PyUnicode_DecodeLocale` does, with `mbstowcs`
//! in the current LC_CTYPE locale.

use super::{module_set, new_builtin_module};
use crate::objects::dictobject::PyDict;
use crate::objects::listobject::new_list;
use crate::objects::longobject::new_int;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::class_name;
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Vm};
use libc::{c_char, c_int, size_t, wchar_t};
use std::ffi::{CStr, CString};
use std::sync::OnceLock;

extern "C" {
    fn mbstowcs(dst: *mut wchar_t, src: *const c_char, n: size_t) -> size_t;
    fn wcscoll(a: *const wchar_t, b: *const wchar_t) -> c_int;
    fn wcsxfrm(dst: *mut wchar_t, src: *const wchar_t, n: size_t) -> size_t;
    fn gettext(msgid: *const c_char) -> *mut c_char;
    fn dgettext(domain: *const c_char, msgid: *const c_char) -> *mut c_char;
    fn dcgettext(domain: *const c_char, msgid: *const c_char, category: c_int) -> *mut c_char;
    fn textdomain(domain: *const c_char) -> *mut c_char;
    fn bindtextdomain(domain: *const c_char, dirname: *const c_char) -> *mut c_char;
    fn bind_textdomain_codeset(domain: *const c_char, codeset: *const c_char) -> *mut c_char;
}

/// `locale.Error`, created once per process.
static ERROR: OnceLock<PyRef> = OnceLock::new();

fn locale_error(vm: &Vm, msg: &str) -> crate::vm::PyErr {
    vm.new_exception_msg(ERROR.get().expect("_locale initialised"), msg)
}

/// The `nl_langinfo` items CPython accepts, by name.
static LANGINFO: &[(&str, libc::nl_item)] = &[
    ("RADIXCHAR", libc::RADIXCHAR),
    ("THOUSEP", libc::THOUSEP),
    ("CRNCYSTR", libc::CRNCYSTR),
    ("D_T_FMT", libc::D_T_FMT),
    ("D_FMT", libc::D_FMT),
    ("T_FMT", libc::T_FMT),
    ("AM_STR", libc::AM_STR),
    ("PM_STR", libc::PM_STR),
    ("CODESET", libc::CODESET),
    ("T_FMT_AMPM", libc::T_FMT_AMPM),
    ("ERA", libc::ERA),
    ("ERA_D_FMT", libc::ERA_D_FMT),
    ("ALT_DIGITS", libc::ALT_DIGITS),
    ("YESEXPR", libc::YESEXPR),
    ("NOEXPR", libc::NOEXPR),
    // glibc's `_DATE_FMT` (date(1)'s format), which libc does not name.
    ("_DATE_FMT", 0x2006C),
    ("DAY_1", libc::DAY_1),
    ("DAY_2", libc::DAY_2),
    ("DAY_3", libc::DAY_3),
    ("DAY_4", libc::DAY_4),
    ("DAY_5", libc::DAY_5),
    ("DAY_6", libc::DAY_6),
    ("DAY_7", libc::DAY_7),
    ("ABDAY_1", libc::ABDAY_1),
    ("ABDAY_2", libc::ABDAY_2),
    ("ABDAY_3", libc::ABDAY_3),
    ("ABDAY_4", libc::ABDAY_4),
    ("ABDAY_5", libc::ABDAY_5),
    ("ABDAY_6", libc::ABDAY_6),
    ("ABDAY_7", libc::ABDAY_7),
    ("MON_1", libc::MON_1),
    ("MON_2", libc::MON_2),
    ("MON_3", libc::MON_3),
    ("MON_4", libc::MON_4),
    ("MON_5", libc::MON_5),
    ("MON_6", libc::MON_6),
    ("MON_7", libc::MON_7),
    ("MON_8", libc::MON_8),
    ("MON_9", libc::MON_9),
    ("MON_10", libc::MON_10),
    ("MON_11", libc::MON_11),
    ("MON_12", libc::MON_12),
    ("ABMON_1", libc::ABMON_1),
    ("ABMON_2", libc::ABMON_2),
    ("ABMON_3", libc::ABMON_3),
    ("ABMON_4", libc::ABMON_4),
    ("ABMON_5", libc::ABMON_5),
    ("ABMON_6", libc::ABMON_6),
    ("ABMON_7", libc::ABMON_7),
    ("ABMON_8", libc::ABMON_8),
    ("ABMON_9", libc::ABMON_9),
    ("ABMON_10", libc::ABMON_10),
    ("ABMON_11", libc::ABMON_11),
    ("ABMON_12", libc::ABMON_12),
    ("ERA_D_T_FMT", libc::ERA_D_T_FMT),
    ("ERA_T_FMT", libc::ERA_T_FMT),
];

/// A str of code points (surrogates included) as a new str object.
fn str_from_code_points(vm: &Vm, cps: &[u32]) -> PyRef {
    PyRef::new(PyStr::from_code_points(cps), vm.types.str_type.clone())
}

/// `PyUnicode_DecodeLocale(s, NULL)`: `s` decoded with `mbstowcs` in the
/// current LC_CTYPE locale; bytes it cannot decode become lone surrogates
/// (U+DC80..U+DCFF) instead of raising, as they never occur in the
/// strings the C library hands out for a locale it loaded.
fn decode_locale(vm: &Vm, s: &CStr) -> PyRef {
    let bytes = s.to_bytes();
    if bytes.is_ascii() {
        return new_str_object(vm, std::str::from_utf8(bytes).unwrap_or_default());
    }
    // SAFETY: `s` is NUL-terminated; a null destination asks for the length only.
    let n = unsafe { mbstowcs(std::ptr::null_mut(), s.as_ptr(), 0) };
    if n != usize::MAX {
        let mut buf: Vec<wchar_t> = vec![0; n + 1];
        // SAFETY: `buf` holds `n + 1` wide characters, what mbstowcs reported.
        let got = unsafe { mbstowcs(buf.as_mut_ptr(), s.as_ptr(), n + 1) };
        if got == n {
            let cps: Vec<u32> = buf[..n].iter().map(|&c| c as u32).collect();
            return str_from_code_points(vm, &cps);
        }
    }
    let cps: Vec<u32> = bytes
        .iter()
        .map(|&b| {
            if b < 0x80 {
                u32::from(b)
            } else {
                0xDC00 + u32::from(b)
            }
        })
        .collect();
    str_from_code_points(vm, &cps)
}

/// Decodes a C string the library returned (NULL reads as "").
fn decode_ptr(vm: &Vm, p: *const c_char) -> PyRef {
    if p.is_null() {
        return new_str_object(vm, "");
    }
    // SAFETY: the C library returned a NUL-terminated string that stays
    // valid until the next call into it, which the GIL keeps from happening.
    decode_locale(vm, unsafe { CStr::from_ptr(p) })
}

/// The `int` argument converter (`_PyLong_AsInt`).
fn c_int_arg(vm: &Vm, o: &PyRef) -> PyResult<c_int> {
    let i = vm.index(o)?;
    crate::objects::longobject::int_to_i64(&i)
        .and_then(|v| c_int::try_from(v).ok())
        .ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C int"))
}

/// A str argument as a UTF-8 C string (the `str` converter).
fn c_str(vm: &Vm, o: &PyRef) -> PyResult<CString> {
    let bytes = crate::objects::unicode_codecs::encode(vm, o, "utf-8", "strict")?;
    CString::new(bytes).map_err(|_| vm.new_value_error("embedded null character"))
}

/// Describes argument `n` of `func` in a converter's TypeError
/// (`argument` alone when the function takes one).
fn arg_name(func: &str, n: Option<usize>) -> String {
    match n {
        Some(n) => format!("{func}() argument {n}"),
        None => format!("{func}() argument"),
    }
}

fn str_arg(vm: &Vm, o: &PyRef, func: &str, n: Option<usize>) -> PyResult<CString> {
    if o.downcast_ref::<PyStr>().is_none() {
        return Err(vm.new_type_error(format!(
            "{} must be str, not {}",
            arg_name(func, n),
            class_name(o)
        )));
    }
    c_str(vm, o)
}

/// The `str(accept={str, NoneType})` converter: None reads as NULL.
fn opt_str_arg(vm: &Vm, o: &PyRef, func: &str, n: Option<usize>) -> PyResult<Option<CString>> {
    if vm.is_none(o) {
        return Ok(None);
    }
    if o.downcast_ref::<PyStr>().is_none() {
        return Err(vm.new_type_error(format!(
            "{} must be str or None, not {}",
            arg_name(func, n),
            class_name(o)
        )));
    }
    c_str(vm, o).map(Some)
}

fn opt_ptr(s: &Option<CString>) -> *const c_char {
    s.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())
}

/// A str argument as a NUL-terminated wide string (`PyUnicode_AsWideCharString`).
fn wide_arg(vm: &Vm, o: &PyRef, func: &str, n: Option<usize>) -> PyResult<Vec<wchar_t>> {
    let Some(s) = o.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!(
            "{} must be str, not {}",
            arg_name(func, n),
            class_name(o)
        )));
    };
    let mut w: Vec<wchar_t> = s.code_points().map(|c| c as wchar_t).collect();
    if w.contains(&0) {
        return Err(vm.new_value_error("embedded null character"));
    }
    w.push(0);
    Ok(w)
}

/// The positional arguments, with CPython's messages for the fast-call
/// (`name expected 2 arguments`) and METH_O/NOARGS (`_locale.name()`) forms.
fn positional<'a>(
    vm: &Vm,
    args: CallArgs<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("_locale.{name}() takes no keyword arguments")));
    }
    if max <= 1 && min == max {
        return args.check_positional(vm, &format!("_locale.{name}"), min, max);
    }
    args.check_positional(vm, name, min, max)
}

fn setlocale(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = positional(vm, args, "setlocale", 1, 2)?;
    let category = c_int_arg(vm, &a[0])?;
    let locale = match a.get(1) {
        Some(l) => opt_str_arg(vm, l, "setlocale", Some(2))?,
        None => None,
    };
    // SAFETY: `locale` is NUL-terminated or null (a query).
    let r = unsafe { libc::setlocale(category, opt_ptr(&locale)) };
    if r.is_null() {
        return Err(locale_error(
            vm,
            if locale.is_some() {
                "unsupported locale setting"
            } else {
                "locale query failed"
            },
        ));
    }
    Ok(decode_ptr(vm, r))
}

/// A `grouping` string as CPython lists it: the group sizes up to and
/// including the terminating 0 or CHAR_MAX (an empty string: no groups).
fn grouping_list(vm: &Vm, p: *const c_char) -> PyRef {
    // SAFETY: localeconv's grouping fields are NUL-terminated strings.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes_with_nul();
    if bytes[0] == 0 {
        return new_list(vm, Vec::new());
    }
    let mut out = Vec::new();
    for &b in bytes {
        out.push(new_int(vm, i64::from(b as c_char)));
        if b == 0 || b as c_char == c_char::MAX {
            break;
        }
    }
    new_list(vm, out)
}

fn localeconv(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    positional(vm, args, "localeconv", 0, 0)?;
    // SAFETY: localeconv returns a pointer to a static struct, valid until
    // the next localeconv/setlocale call; everything is copied out below
    // before any Python code can run.
    let lc = unsafe { &*libc::localeconv() };
    let d = PyDict::new_ref(vm);
    let dict = d.downcast_ref::<PyDict>().expect("dict");
    let strings = |items: &[(&str, *const c_char)]| {
        for (k, p) in items {
            dict.set_str(vm, k, decode_ptr(vm, *p));
        }
    };
    strings(&[
        ("int_curr_symbol", lc.int_curr_symbol),
        ("currency_symbol", lc.currency_symbol),
        ("mon_decimal_point", lc.mon_decimal_point),
        ("mon_thousands_sep", lc.mon_thousands_sep),
    ]);
    dict.set_str(vm, "mon_grouping", grouping_list(vm, lc.mon_grouping));
    strings(&[
        ("positive_sign", lc.positive_sign),
        ("negative_sign", lc.negative_sign),
    ]);
    for (k, v) in [
        ("int_frac_digits", lc.int_frac_digits),
        ("frac_digits", lc.frac_digits),
        ("p_cs_precedes", lc.p_cs_precedes),
        ("p_sep_by_space", lc.p_sep_by_space),
        ("n_cs_precedes", lc.n_cs_precedes),
        ("n_sep_by_space", lc.n_sep_by_space),
        ("p_sign_posn", lc.p_sign_posn),
        ("n_sign_posn", lc.n_sign_posn),
    ] {
        dict.set_str(vm, k, new_int(vm, i64::from(v)));
    }
    strings(&[
        ("decimal_point", lc.decimal_point),
        ("thousands_sep", lc.thousands_sep),
    ]);
    dict.set_str(vm, "grouping", grouping_list(vm, lc.grouping));
    Ok(d)
}

fn nl_langinfo(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let key = c_int_arg(vm, &positional(vm, args, "nl_langinfo", 1, 1)?[0])?;
    if !LANGINFO.iter().any(|(_, v)| *v == key) {
        return Err(vm.new_value_error("unsupported langinfo constant"));
    }
    // SAFETY: `key` is one of the items glibc answers with a string (the
    // check above); it may return NULL for ERA, read as "".
    Ok(decode_ptr(vm, unsafe { libc::nl_langinfo(key) }))
}

fn strcoll(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = positional(vm, args, "strcoll", 2, 2)?;
    let s1 = wide_arg(vm, &a[0], "strcoll", Some(1))?;
    let s2 = wide_arg(vm, &a[1], "strcoll", Some(2))?;
    // SAFETY: both are NUL-terminated wide strings.
    let r = unsafe { wcscoll(s1.as_ptr(), s2.as_ptr()) };
    Ok(new_int(vm, i64::from(r)))
}

fn strxfrm(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = positional(vm, args, "strxfrm", 1, 1)?;
    let s = wide_arg(vm, &a[0], "strxfrm", None)?;
    let mut buf: Vec<wchar_t> = vec![0; s.len()];
    // SAFETY: `s` is NUL-terminated and `buf` holds `buf.len()` wide characters.
    let mut n = unsafe { wcsxfrm(buf.as_mut_ptr(), s.as_ptr(), buf.len()) };
    if n >= buf.len() {
        buf = vec![0; n + 1];
        // SAFETY: as above, with the size wcsxfrm asked for.
        n = unsafe { wcsxfrm(buf.as_mut_ptr(), s.as_ptr(), buf.len()) };
    }
    let mut cps = Vec::with_capacity(n);
    for &c in &buf[..n.min(buf.len())] {
        let c = c as u32;
        if c > 0x10FFFF {
            return Err(vm.new_value_error(format!(
                "character U+{c:x} is not in range [U+0000; U+10ffff]"
            )));
        }
        cps.push(c);
    }
    Ok(str_from_code_points(vm, &cps))
}

fn getencoding(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    positional(vm, args, "getencoding", 0, 0)?;
    // SAFETY: CODESET is a valid item; the result is a static string.
    let p = unsafe { libc::nl_langinfo(libc::CODESET) };
    // SAFETY: non-null results of nl_langinfo are NUL-terminated.
    if p.is_null() || unsafe { *p } == 0 {
        return Ok(new_str_object(vm, "UTF-8"));
    }
    Ok(decode_ptr(vm, p))
}

fn gettext_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let msg = str_arg(
        vm,
        &positional(vm, args, "gettext", 1, 1)?[0],
        "gettext",
        None,
    )?;
    // SAFETY: `msg` is NUL-terminated; gettext returns it or a catalog string.
    Ok(decode_ptr(vm, unsafe { gettext(msg.as_ptr()) }))
}

fn dgettext_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = positional(vm, args, "dgettext", 2, 2)?;
    let domain = opt_str_arg(vm, &a[0], "dgettext", Some(1))?;
    let msg = str_arg(vm, &a[1], "dgettext", Some(2))?;
    // SAFETY: NUL-terminated strings or a null domain (the current one).
    Ok(decode_ptr(vm, unsafe {
        dgettext(opt_ptr(&domain), msg.as_ptr())
    }))
}

fn dcgettext_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = positional(vm, args, "dcgettext", 3, 3)?;
    let domain = opt_str_arg(vm, &a[0], "dcgettext", Some(1))?;
    let msg = str_arg(vm, &a[1], "dcgettext", Some(2))?;
    let category = c_int_arg(vm, &a[2])?;
    // SAFETY: NUL-terminated strings or a null domain (the current one).
    Ok(decode_ptr(vm, unsafe {
        dcgettext(opt_ptr(&domain), msg.as_ptr(), category)
    }))
}

/// `OSError` from the C library's errno.
fn errno_error(vm: &Vm) -> crate::vm::PyErr {
    let code = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    crate::objects::exceptions_oserror::new_os_error(vm, code, None, None)
}

fn textdomain_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = positional(vm, args, "textdomain", 1, 1)?;
    let domain = opt_str_arg(vm, &a[0], "textdomain", None)?;
    // SAFETY: a NUL-terminated string or null (a query).
    let r = unsafe { textdomain(opt_ptr(&domain)) };
    if r.is_null() {
        return Err(errno_error(vm));
    }
    Ok(decode_ptr(vm, r))
}

fn bindtextdomain_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = positional(vm, args, "bindtextdomain", 2, 2)?;
    let domain = str_arg(vm, &a[0], "bindtextdomain", Some(1))?;
    if domain.as_bytes().is_empty() {
        return Err(locale_error(vm, "domain must be a non-empty string"));
    }
    let dirname = if vm.is_none(&a[1]) {
        None
    } else {
        let path = super::posixmodule::path_arg(vm, "bindtextdomain", "dirname", &a[1])?;
        Some(path.c)
    };
    // SAFETY: NUL-terminated strings, or a null dirname (a query).
    let r = unsafe { bindtextdomain(domain.as_ptr(), opt_ptr(&dirname)) };
    if r.is_null() {
        return Err(errno_error(vm));
    }
    Ok(decode_ptr(vm, r))
}

fn bind_textdomain_codeset_fn(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = positional(vm, args, "bind_textdomain_codeset", 2, 2)?;
    let domain = str_arg(vm, &a[0], "bind_textdomain_codeset", Some(1))?;
    let codeset = opt_str_arg(vm, &a[1], "bind_textdomain_codeset", Some(2))?;
    // SAFETY: errno is thread-local; cleared so a NULL result can be told apart.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: NUL-terminated strings, or a null codeset (a query).
    let r = unsafe { bind_textdomain_codeset(domain.as_ptr(), opt_ptr(&codeset)) };
    if r.is_null() {
        if std::io::Error::last_os_error().raw_os_error() != Some(0) {
            return Err(errno_error(vm));
        }
        return Ok(vm.none.clone());
    }
    Ok(decode_ptr(vm, r))
}

/// `locale.Error`, a plain Exception subclass.
fn make_error(vm: &Vm) -> PyResult<PyRef> {
    let ns = PyDict::new_ref(vm);
    ns.downcast_ref::<PyDict>().expect("dict").set_str(
        vm,
        "__module__",
        new_str_object(vm, "locale"),
    );
    let bases = new_tuple(vm, vec![vm.exceptions.exception.clone()]);
    vm.call_positional(
        &vm.types.type_type,
        &[new_str_object(vm, "Error"), bases, ns],
    )
}

/// Creates the `_locale` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let err = match ERROR.get() {
        Some(e) => e.clone(),
        None => {
            let e = make_error(vm)?;
            ERROR.get_or_init(|| e).clone()
        }
    };
    let m = new_builtin_module(
        vm,
        "_locale",
        &[
            MethodDef::new("setlocale", setlocale).with_doc("Activates/queries locale processing."),
            MethodDef::new("localeconv", localeconv)
                .with_doc("Returns numeric and monetary locale-specific parameters."),
            MethodDef::new("strcoll", strcoll)
                .with_doc("Compares two strings according to the locale."),
            MethodDef::new("strxfrm", strxfrm).with_doc(
                "Return a string that can be used as a key for locale-aware comparisons.",
            ),
            MethodDef::new("nl_langinfo", nl_langinfo)
                .with_doc("Return the value for the locale information associated with key."),
            MethodDef::new("gettext", gettext_fn)
                .with_doc("gettext(msg) -> string\n\nReturn translation of msg."),
            MethodDef::new("dgettext", dgettext_fn).with_doc(
                "dgettext(domain, msg) -> string\n\nReturn translation of msg in domain.",
            ),
            MethodDef::new("dcgettext", dcgettext_fn)
                .with_doc("Return translation of msg in domain and category."),
            MethodDef::new("textdomain", textdomain_fn)
                .with_doc("Set the C library's textdmain to domain, returning the new domain."),
            MethodDef::new("bindtextdomain", bindtextdomain_fn)
                .with_doc("Bind the C library's domain to dir."),
            MethodDef::new("bind_textdomain_codeset", bind_textdomain_codeset_fn)
                .with_doc("Bind the C library's domain to codeset."),
            MethodDef::new("getencoding", getencoding).with_doc("Get the current locale encoding."),
        ],
    );
    module_set(
        vm,
        &m,
        "__doc__",
        new_str_object(vm, "Support for POSIX locales."),
    );
    for (name, v) in [
        ("LC_CTYPE", libc::LC_CTYPE),
        ("LC_TIME", libc::LC_TIME),
        ("LC_COLLATE", libc::LC_COLLATE),
        ("LC_MONETARY", libc::LC_MONETARY),
        ("LC_MESSAGES", libc::LC_MESSAGES),
        ("LC_NUMERIC", libc::LC_NUMERIC),
        ("LC_ALL", libc::LC_ALL),
        ("CHAR_MAX", c_int::from(c_char::MAX)),
    ] {
        module_set(vm, &m, name, new_int(vm, i64::from(v)));
    }
    module_set(vm, &m, "Error", err);
    for (name, v) in LANGINFO {
        module_set(vm, &m, name, new_int(vm, i64::from(*v)));
    }
    Ok(m)
}
