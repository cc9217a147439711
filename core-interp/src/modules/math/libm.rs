//! Safe wrappers over the C library's `libm` functions that `math` calls
//! directly, so results match CPython's bit for bit on the same platform
//! (Rust's own `asinh`/`acosh`/`atanh` are not libm's).

mod ffi {
    extern "C" {
        pub fn acos(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn sin(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn sqrt(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
    }
}

macro_rules! unary {
    ($($name:ident),*) => {$(
        pub fn $name(x: f64) -> f64 {
            // SAFETY: a pure libm function of one double; no pointers involved.
            unsafe { ffi::$name(x) }
        }
    )*};
}

macro_rules! binary {
    ($($name:ident),*) => {$(
        pub fn $name(x: f64, y: f64) -> f64 {
            // SAFETY: a pure libm function of two doubles; no pointers involved.
            unsafe { ffi::$name(x, y) }
        }
    )*};
}

unary!(
    acos, acosh, asin, asinh, atan, atanh, cos, cosh, erf, erfc, exp, exp2, expm1, log, log10,
    log1p, log2, sin, sinh, sqrt, tan, tanh
);
binary!(atan2, fmod, nextafter, pow);

pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: a pure libm function of a double and an int; no pointers involved.
    unsafe { ffi::ldexp(x, e) }
}

/// The C library's `cbrt`. A statically linked Rust runtime routine of the
/// same name (not correctly rounded) shadows libm's at link time, so the
/// dynamic one is looked up by name.
pub fn cbrt(x: f64) -> f64 {
    use std::sync::OnceLock;
    static CBRT: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
    let f = CBRT.get_or_init(|| {
        // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name only reads
        // the loaded objects' symbol tables.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr()) };
        if p.is_null() {
            None
        } else {
            // SAFETY: libm's `cbrt` has the C signature double(double).
            Some(unsafe { std::mem::transmute::<*mut libc::c_void, extern "C" fn(f64) -> f64>(p) })
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}
