//! A light tokenizer-level scan of the source for the errors CPython's
//! tokenizer raises on its own (unbalanced brackets, inconsistent tabs and
//! spaces), and small helpers that find expression boundaries around a parse
//! error so messages can cover the same range as CPython's.

/// A problem the tokenizer reports, at a byte offset.
pub enum TokenProblem {
    /// `unmatched ')'` or a closing bracket that does not match the opener.
    Closing(String, usize),
    /// An opening bracket still open at the end of the source.
    NeverClosed(char, usize),
    /// Tabs and spaces mixed so that the indentation depends on the tab size;
    /// the offset is the start of the offending line.
    Tab(usize),
    /// A bracket opened inside `MAX_BRACKETS` others (CPython's tokenizer limit).
    TooDeep(usize),
}

/// How many brackets may be open at once (CPython's `MAXLEVEL`).
const MAX_BRACKETS: usize = 200;

/// Scans `source` (strings and comments skipped) and returns the first
/// bracket problem and the first tab/space inconsistency, if any.
pub fn scan(source: &str) -> (Option<TokenProblem>, Option<TokenProblem>) {
    let b = source.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut bracket = None;
    let mut tab = None;
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    let mut continuation = false;
    let mut i = 0;
    while i < b.len() {
        if at_line_start {
            at_line_start = false;
            if stack.is_empty() && !continuation && tab.is_none() {
                let (mut col, mut alt, mut j) = (0usize, 0usize, i);
                while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == b'\x0c') {
                    match b[j] {
                        b' ' => {
                            col += 1;
                            alt += 1;
                        }
                        b'\t' => {
                            col = (col / 8 + 1) * 8;
                            alt += 1;
                        }
                        _ => {
                            col = 0;
                            alt = 0;
                        }
                    }
                    j += 1;
                }
                let blank = j >= b.len() || matches!(b[j], b'\n' | b'\r' | b'#');
                if !blank {
                    tab = check_indent(&mut indents, col, alt).then_some(TokenProblem::Tab(i));
                }
            }
            continuation = false;
        }
        let c = b[i];
        match c {
            b'\n' => at_line_start = true,
            b'\\'
                if b.get(i + 1) == Some(&b'\n')
                    || (b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n')) =>
            {
                continuation = true;
                i += if b[i + 1] == b'\r' { 3 } else { 2 };
                at_line_start = true;
                continue;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => match skip_string(b, i) {
                Some(end) => {
                    i = end;
                    continue;
                }
                None => return (bracket, tab),
            },
            b'(' | b'[' | b'{' if stack.len() >= MAX_BRACKETS => {
                return (Some(TokenProblem::TooDeep(i)), tab)
            }
            b'(' | b'[' | b'{' => stack.push((c, i)),
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => {
                        return (
                            bracket.or(Some(TokenProblem::Closing(
                                format!("unmatched '{}'", c as char),
                                i,
                            ))),
                            tab,
                        );
                    }
                    Some((o, _)) if o != open => {
                        let msg = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, o as char
                        );
                        return (Some(TokenProblem::Closing(msg, i)), tab);
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    if bracket.is_none() {
        bracket = stack
            .last()
            .map(|&(o, at)| TokenProblem::NeverClosed(o as char, at));
    }
    (bracket, tab)
}

/// CPython's indentation bookkeeping with two tab sizes (8 and 1): true when
/// the two disagree, which is a TabError.
fn check_indent(indents: &mut Vec<(usize, usize)>, col: usize, alt: usize) -> bool {
    let &(top, alt_top) = indents.last().unwrap_or(&(0, 0));
    if col == top {
        return alt != alt_top;
    }
    if col > top {
        indents.push((col, alt));
        return alt <= alt_top;
    }
    while indents.len() > 1 && indents.last().is_some_and(|&(c, _)| col < c) {
        indents.pop();
    }
    let &(top, alt_top) = indents.last().unwrap_or(&(0, 0));
    col == top && alt != alt_top
}

/// The offset just past the string literal whose quote is at `i`, or None
/// when it is unterminated.
fn skip_string(b: &[u8], i: usize) -> Option<usize> {
    let c = b[i];
    let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
    let q = if triple { 3 } else { 1 };
    let mut j = i + q;
    while j < b.len() {
        if b[j] == b'\\' {
            j += 2;
            continue;
        }
        if b[j] == c && (!triple || (j + 2 < b.len() && b[j + 1] == c && b[j + 2] == c)) {
            return Some(j + q);
        }
        if !triple && b[j] == b'\n' {
            return None;
        }
        j += 1;
    }
    None
}

/// The start of the simple expression (a name, number, string or
/// parenthesized/called/subscripted/attribute chain) ending just before `end`
/// (whitespace skipped).
pub fn atom_start(source: &str, end: usize) -> usize {
    let b = source.as_bytes();
    let mut i = end.min(b.len());
    while i > 0 && matches!(b[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    loop {
        if i == 0 {
            return 0;
        }
        let c = b[i - 1];
        if c == b')' || c == b']' || c == b'}' {
            let mut depth = 0i32;
            while i > 0 {
                i -= 1;
                match b[i] {
                    b')' | b']' | b'}' => depth += 1,
                    b'(' | b'[' | b'{' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        } else if c == b'\'' || c == b'"' {
            i -= 1;
            while i > 0 && b[i - 1] != c {
                i -= 1;
            }
            i = i.saturating_sub(1);
            while i > 0 && b[i - 1].is_ascii_alphabetic() {
                i -= 1;
            }
            // Implicitly concatenated strings form one atom.
            let mut j = i;
            while j > 0 && matches!(b[j - 1], b' ' | b'\t') {
                j -= 1;
            }
            if j > 0 && matches!(b[j - 1], b'\'' | b'"') {
                i = j;
                continue;
            }
        } else if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 || c == b'.' {
            while i > 0
                && (b[i - 1].is_ascii_alphanumeric()
                    || b[i - 1] == b'_'
                    || b[i - 1] >= 0x80
                    || b[i - 1] == b'.')
            {
                i -= 1;
            }
        } else {
            return i;
        }
        // A call, subscript or attribute trailer continues the chain leftwards.
        let trailer = matches!(b.get(i), Some(b'(' | b'[' | b'.'));
        if i > 0
            && trailer
            && (b[i - 1].is_ascii_alphanumeric()
                || matches!(b[i - 1], b'_' | b')' | b']' | b'\'' | b'"')
                || b[i - 1] >= 0x80)
        {
            continue;
        }
        return i;
    }
}

/// The end of the simple expression starting at `start` (see `atom_start`).
pub fn atom_end(source: &str, start: usize) -> usize {
    let b = source.as_bytes();
    let mut i = start;
    loop {
        if i >= b.len() {
            return b.len();
        }
        let c = b[i];
        if c == b'(' || c == b'[' || c == b'{' {
            let mut depth = 0i32;
            while i < b.len() {
                match b[i] {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        } else if c == b'\'' || c == b'"' {
            i = skip_string(b, i).unwrap_or(b.len());
        } else if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 || c == b'.' {
            while i < b.len()
                && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80 || b[i] == b'.')
            {
                i += 1;
            }
        } else {
            return i;
        }
        if i < b.len() && matches!(b[i], b'(' | b'[' | b'.') {
            continue;
        }
        return i;
    }
}
