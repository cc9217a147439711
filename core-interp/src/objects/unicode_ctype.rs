//! Character classification and case conversion for `str` over the
//! generated Unicode data (`unicode_db.rs`), as CPython's `unicodectype.c`
//! and the case-mapping loops of `unicodeobject.c`: full mappings (ß → SS),
//! titlecase for `title`/`capitalize`, and the Final_Sigma rule of `lower`.

use super::unicode_db as db;

fn in_ranges(table: &[(u32, u32)], c: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

pub fn is_alpha(c: u32) -> bool {
    in_ranges(db::ALPHA, c)
}
pub fn is_decimal(c: u32) -> bool {
    in_ranges(db::DECIMAL, c)
}
/// The value of a decimal digit (`Nd`) of any script: Unicode keeps them in
/// runs of ten from 0 to 9, so the offset in its merged range gives it.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = db::DECIMAL.partition_point(|&(_, hi)| hi < c);
    let &(lo, hi) = db::DECIMAL.get(i)?;
    (lo <= c && c <= hi).then_some((c - lo) % 10)
}
/// `s` with non-ASCII decimal digits and white space replaced by their
/// ASCII forms, as numbers are parsed (CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`); other characters stay.
pub fn ascii_numeric(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let map = |c: char| {
        if c.is_ascii() {
            c
        } else if is_space(c as u32) {
            ' '
        } else if let Some(d) = decimal_value(c) {
            char::from(b'0' + d as u8)
        } else {
            c
        }
    };
    std::borrow::Cow::Owned(s.chars().map(map).collect())
}
pub fn is_digit(c: u32) -> bool {
    in_ranges(db::DIGIT, c)
}
pub fn is_numeric(c: u32) -> bool {
    in_ranges(db::NUMERIC, c)
}
pub fn is_space(c: u32) -> bool {
    in_ranges(db::SPACE, c)
}
pub fn is_lower(c: u32) -> bool {
    in_ranges(db::LOWER, c)
}
pub fn is_upper(c: u32) -> bool {
    in_ranges(db::UPPER, c)
}
pub fn is_title(c: u32) -> bool {
    in_ranges(db::TITLE, c)
}
pub fn is_cased(c: u32) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}
pub fn is_printable(c: u32) -> bool {
    in_ranges(db::PRINTABLE, c)
}
pub fn is_alnum(c: u32) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}
pub fn is_xid_start(c: u32) -> bool {
    in_ranges(db::XID_START, c)
}
pub fn is_xid_continue(c: u32) -> bool {
    in_ranges(db::XID_CONTINUE, c)
}
fn is_case_ignorable(c: u32) -> bool {
    in_ranges(db::CASE_IGNORABLE, c)
}

fn push_mapped(table: &[(u32, &str)], c: u32, out: &mut Vec<u32>) {
    match table.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => out.extend(table[i].1.chars().map(|ch| ch as u32)),
        Err(_) => out.push(c),
    }
}

pub fn push_upper(c: u32, out: &mut Vec<u32>) {
    push_mapped(db::TO_UPPER, c, out)
}
pub fn push_title(c: u32, out: &mut Vec<u32>) {
    push_mapped(db::TO_TITLE, c, out)
}
pub fn push_fold(c: u32, out: &mut Vec<u32>) {
    push_mapped(db::TO_FOLD, c, out)
}

/// The lowercase of `s[i]`, applying Final_Sigma to U+03A3.
pub fn push_lower_at(s: &[u32], i: usize, out: &mut Vec<u32>) {
    let c = s[i];
    if c != 0x3A3 {
        return push_mapped(db::TO_LOWER, c, out);
    }
    let before = s[..i].iter().rev().find(|&&x| !is_case_ignorable(x));
    let mut final_sigma = before.is_some_and(|&x| is_cased(x));
    if final_sigma {
        let after = s[i + 1..].iter().find(|&&x| !is_case_ignorable(x));
        final_sigma = after.map_or(true, |&x| !is_cased(x));
    }
    out.push(if final_sigma { 0x3C2 } else { 0x3C3 });
}

pub fn lower(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for i in 0..s.len() {
        push_lower_at(s, i, &mut out);
    }
    out
}

pub fn upper(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        push_upper(c, &mut out);
    }
    out
}

pub fn casefold(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        push_fold(c, &mut out);
    }
    out
}

pub fn title(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..s.len() {
        if prev_cased {
            push_lower_at(s, i, &mut out);
        } else {
            push_title(s[i], &mut out);
        }
        prev_cased = is_cased(s[i]);
    }
    out
}

pub fn capitalize(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for i in 0..s.len() {
        if i == 0 {
            push_title(s[0], &mut out);
        } else {
            push_lower_at(s, i, &mut out);
        }
    }
    out
}

pub fn swapcase(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for i in 0..s.len() {
        let c = s[i];
        if is_upper(c) {
            push_lower_at(s, i, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.islower`: some cased character, none upper- or titlecase.
pub fn str_islower(s: &[u32]) -> bool {
    let mut cased = false;
    for &c in s {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.isupper`: some cased character, none lower- or titlecase.
pub fn str_isupper(s: &[u32]) -> bool {
    let mut cased = false;
    for &c in s {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.istitle`: uppercase/titlecase only after uncased characters, lowercase only after cased ones.
pub fn str_istitle(s: &[u32]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in s {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.isidentifier`.
pub fn str_isidentifier(s: &[u32]) -> bool {
    match s.split_first() {
        None => false,
        Some((&first, rest)) => is_xid_start(first) && rest.iter().all(|&c| is_xid_continue(c)),
    }
}
