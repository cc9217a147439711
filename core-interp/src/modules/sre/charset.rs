//! Character classes of the SRE engine: the ASCII, locale and Unicode
//! predicates behind `\d \s \w` and `\b`, case folding, and membership in a
//! compiled character set (`IN` operands: LITERAL, RANGE, CHARSET bitmaps,
//! BIGCHARSET block tables, CATEGORY, NEGATE).

use super::constants::*;
use super::unicode_db;

fn in_ranges(table: &[(u32, u32)], ch: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < ch {
                std::cmp::Ordering::Less
            } else if lo > ch {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn map_lookup(table: &[(u32, u32)], ch: u32) -> u32 {
    match table.binary_search_by_key(&ch, |&(c, _)| c) {
        Ok(i) => table[i].1,
        Err(_) => ch,
    }
}

#[inline]
pub fn is_linebreak(ch: u32) -> bool {
    ch == b'\n' as u32
}

#[inline]
pub fn is_digit(ch: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&ch)
}

#[inline]
pub fn is_space(ch: u32) -> bool {
    matches!(ch, 0x09..=0x0d | 0x20)
}

#[inline]
pub fn is_ascii_alnum(ch: u32) -> bool {
    ch < 128 && (ch as u8).is_ascii_alphanumeric()
}

#[inline]
pub fn is_word(ch: u32) -> bool {
    is_ascii_alnum(ch) || ch == b'_' as u32
}

/// The C locale's classes (oxpy runs with the C/UTF-8 ctype tables, where
/// only ASCII letters and digits are alphanumeric).
#[inline]
pub fn loc_is_word(ch: u32) -> bool {
    is_word(ch)
}

#[inline]
pub fn lower_ascii(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_lowercase() as u32
    } else {
        ch
    }
}

#[inline]
pub fn lower_locale(ch: u32) -> u32 {
    lower_ascii(ch)
}

#[inline]
pub fn upper_locale(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_uppercase() as u32
    } else {
        ch
    }
}

/// Simple (one-to-one) Unicode lowercase mapping.
#[inline]
pub fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    map_lookup(unicode_db::LOWER, ch)
}

/// Simple (one-to-one) Unicode uppercase mapping.
#[inline]
pub fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_locale(ch);
    }
    map_lookup(unicode_db::UPPER, ch)
}

pub fn uni_is_digit(ch: u32) -> bool {
    if ch < 128 {
        return is_digit(ch);
    }
    in_ranges(unicode_db::DECIMAL, ch)
}

pub fn uni_is_space(ch: u32) -> bool {
    matches!(ch, 0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

pub fn uni_is_linebreak(ch: u32) -> bool {
    matches!(ch, 0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029)
}

pub fn uni_is_alnum(ch: u32) -> bool {
    if ch < 128 {
        return is_ascii_alnum(ch);
    }
    in_ranges(unicode_db::ALNUM, ch)
}

#[inline]
pub fn uni_is_word(ch: u32) -> bool {
    if ch < 128 {
        return is_word(ch);
    }
    uni_is_alnum(ch)
}

/// `CATEGORY` codes.
pub fn category(code: u32, ch: u32) -> bool {
    match code {
        CATEGORY_DIGIT => is_digit(ch),
        CATEGORY_NOT_DIGIT => !is_digit(ch),
        CATEGORY_SPACE => is_space(ch),
        CATEGORY_NOT_SPACE => !is_space(ch),
        CATEGORY_WORD => is_word(ch),
        CATEGORY_NOT_WORD => !is_word(ch),
        CATEGORY_LINEBREAK => is_linebreak(ch),
        CATEGORY_NOT_LINEBREAK => !is_linebreak(ch),
        CATEGORY_LOC_WORD => loc_is_word(ch),
        CATEGORY_LOC_NOT_WORD => !loc_is_word(ch),
        CATEGORY_UNI_DIGIT => uni_is_digit(ch),
        CATEGORY_UNI_NOT_DIGIT => !uni_is_digit(ch),
        CATEGORY_UNI_SPACE => uni_is_space(ch),
        CATEGORY_UNI_NOT_SPACE => !uni_is_space(ch),
        CATEGORY_UNI_WORD => uni_is_word(ch),
        CATEGORY_UNI_NOT_WORD => !uni_is_word(ch),
        CATEGORY_UNI_LINEBREAK => uni_is_linebreak(ch),
        CATEGORY_UNI_NOT_LINEBREAK => !uni_is_linebreak(ch),
        _ => false,
    }
}

/// Whether `ch` is in the set whose items start at `code[pc]` (up to its FAILURE).
pub fn in_charset(code: &[u32], mut pc: usize, ch: u32) -> bool {
    let mut ok = true;
    loop {
        let Some(&op) = code.get(pc) else {
            return false;
        };
        pc += 1;
        match op {
            FAILURE => return !ok,
            LITERAL => {
                if ch == code[pc] {
                    return ok;
                }
                pc += 1;
            }
            CATEGORY => {
                if category(code[pc], ch) {
                    return ok;
                }
                pc += 1;
            }
            CHARSET => {
                if ch < 256 && code[pc + (ch as usize >> 5)] & (1u32 << (ch & 31)) != 0 {
                    return ok;
                }
                pc += 8;
            }
            RANGE => {
                if code[pc] <= ch && ch <= code[pc + 1] {
                    return ok;
                }
                pc += 2;
            }
            RANGE_UNI_IGNORE => {
                if code[pc] <= ch && ch <= code[pc + 1] {
                    return ok;
                }
                let u = upper_unicode(ch);
                if code[pc] <= u && u <= code[pc + 1] {
                    return ok;
                }
                pc += 2;
            }
            NEGATE => ok = !ok,
            BIGCHARSET => {
                // <count> <256 block indices packed as bytes> <count 256-bit blocks>
                let count = code[pc] as usize;
                pc += 1;
                if ch < 0x10000 {
                    let hi = (ch >> 8) as usize;
                    let word = code[pc + hi / 4];
                    let block = (word.to_ne_bytes())[hi % 4] as usize;
                    let bit = block * 256 + (ch as usize & 255);
                    if code[pc + 64 + bit / 32] & (1u32 << (bit % 32)) != 0 {
                        return ok;
                    }
                }
                pc += 64 + count * 8;
            }
            _ => return false,
        }
    }
}

/// `IN_LOC_IGNORE`: the set holds the lowercase or the uppercase form.
pub fn in_charset_loc_ignore(code: &[u32], pc: usize, ch: u32) -> bool {
    let lo = lower_locale(ch);
    if in_charset(code, pc, lo) {
        return true;
    }
    let up = upper_locale(ch);
    up != lo && in_charset(code, pc, up)
}

/// `LITERAL_LOC_IGNORE` comparison.
#[inline]
pub fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}
