//! Hashing of str and bytes: SipHash-1-3 with a per-process key, as CPython
//! 3.11 does, so that `PYTHONHASHSEED` gives CPython's values; plus the
//! numeric hash of ints and floats (modulo the Mersenne prime 2**61 - 1).

use std::sync::OnceLock;

/// `sys.hash_info.modulus`.
pub const MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.inf`.
pub const INF: isize = 314159;

static KEY: OnceLock<(u64, u64)> = OnceLock::new();

/// Sets the SipHash key from `PYTHONHASHSEED` (a number, or "random"/unset
/// for a random key). Called once at start-up.
pub fn init_hash_secret(seed: Option<u64>) {
    let key = match seed {
        Some(0) => (0, 0),
        Some(s) => lcg_key(s),
        None => {
            let mut buf = [0u8; 16];
            getrandom(&mut buf);
            (
                u64::from_le_bytes(buf[..8].try_into().unwrap()),
                u64::from_le_bytes(buf[8..].try_into().unwrap()),
            )
        }
    };
    let _ = KEY.set(key);
}

/// CPython's `lcg_urandom`: the key bytes derived from a numeric seed.
fn lcg_key(seed: u64) -> (u64, u64) {
    let mut x = seed as u32;
    let mut bytes = [0u8; 24];
    for b in bytes.iter_mut() {
        x = x.wrapping_mul(214013).wrapping_add(2531011);
        *b = ((x >> 16) & 0xff) as u8;
    }
    (
        u64::from_le_bytes(bytes[..8].try_into().unwrap()),
        u64::from_le_bytes(bytes[8..16].try_into().unwrap()),
    )
}

fn getrandom(buf: &mut [u8]) {
    use std::io::Read;
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(buf).is_ok() {
            return;
        }
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    for (i, b) in buf.iter_mut().enumerate() {
        *b = (t >> ((i % 16) * 8)) as u8 ^ (std::process::id() as u8);
    }
}

fn key() -> (u64, u64) {
    *KEY.get_or_init(|| (0, 0))
}

/// SipHash-1-3 of `data` with the process key.
pub fn siphash13(data: &[u8]) -> u64 {
    let (k0, k1) = key();
    siphash13_keyed(k0, k1, data)
}

/// SipHash-1-3 of `data` with key `(k0, k1)`.
pub fn siphash13_keyed(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let len = data.len();
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().unwrap());
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let mut last = (len as u64) << 56;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v3 ^= last;
    round!();
    v0 ^= last;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

fn finish(h: u64) -> isize {
    let h = h as isize;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of bytes (and of ASCII/latin-1 strings, which CPython hashes as their 1-byte form).
pub fn hash_bytes(data: &[u8]) -> isize {
    if data.is_empty() {
        return 0;
    }
    finish(siphash13(data))
}

/// Hash of a non-ASCII string in CPython's PEP 393 form: 1, 2 or 4 bytes per
/// code point depending on the largest one.
pub fn hash_code_points(cps: &[u32]) -> isize {
    if cps.is_empty() {
        return 0;
    }
    let max = cps.iter().copied().max().unwrap_or(0);
    let bytes: Vec<u8> = if max < 256 {
        cps.iter().map(|&c| c as u8).collect()
    } else if max < 65536 {
        cps.iter().flat_map(|&c| (c as u16).to_le_bytes()).collect()
    } else {
        cps.iter().flat_map(|&c| c.to_le_bytes()).collect()
    };
    finish(siphash13(&bytes))
}

/// Hash of a machine int, as CPython's `long_hash` for small values.
pub fn hash_i64(v: i64) -> isize {
    let a = (v.unsigned_abs() % MODULUS) as i64;
    let r = if v < 0 { -a } else { a } as isize;
    if r == -1 {
        -2
    } else {
        r
    }
}

/// Hash of a float, as CPython's `_Py_HashDouble` (NaN hashes by identity: pass the object id).
pub fn hash_f64(v: f64, id: usize) -> isize {
    if v.is_nan() {
        return (id >> 4) as isize;
    }
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | x >> (61 - e);
    let r = (x as i64 * sign) as isize;
    if r == -1 {
        -2
    } else {
        r
    }
}

/// `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values printed by CPython 3.11 (`PYTHONHASHSEED=0` / `=42 python3 -c "print(hash(...))"`).
    #[test]
    fn str_hashes_match_cpython_with_seed_zero() {
        let h = |b: &[u8]| siphash13_keyed(0, 0, b) as i64;
        assert_eq!(h(b"abc"), -4594863902769663758);
        assert_eq!(h(b"hello world, this is long"), 7650859633215404784);
        // 'é' is hashed in its 1-byte (latin-1) form, '€uro' in UCS-2, an emoji in UCS-4.
        assert_eq!(h(&[0xe9]), 6047309291227476195);
        let ucs2: Vec<u8> = ['€', 'u', 'r', 'o']
            .iter()
            .flat_map(|c| (*c as u16).to_le_bytes())
            .collect();
        assert_eq!(h(&ucs2), 7542247858446192590);
        assert_eq!(h(&0x1F600u32.to_le_bytes()), -3536540696076613844);
    }

    #[test]
    fn numeric_seed_derives_cpython_key() {
        let (k0, k1) = lcg_key(42);
        assert_eq!(siphash13_keyed(k0, k1, b"abc") as i64, 3869580338025362921);
    }

    #[test]
    fn int_and_float_hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5, 0), 1152921504606846977);
        assert_eq!(hash_f64(-0.1, 0), -230584300921369408);
        assert_eq!(hash_f64(1e300, 0), 1224995262755759164);
    }
}
