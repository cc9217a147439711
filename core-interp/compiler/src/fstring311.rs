//! Python 3.11's rules for f-strings, which ruff's parser (following PEP
//! 701, Python 3.12) no longer enforces: a string ends at the first
//! matching quote even inside a replacement field, and the expression
//! part may hold no backslash and no `#`. The source is cut into string
//! tokens as 3.11's tokenizer does, and each f-string is scanned as
//! 3.11's `fstring_find_literal`/`fstring_find_expr` scan it, each
//! expression being parsed on its own as `(expr)`, with 3.11's messages.

use crate::lines::LineIndex;
use crate::{CompileError, SyntaxErrorKind};

/// How deep brackets may nest inside one expression (CPython's `MAXLEVEL`).
const MAX_NESTED: usize = 200;

/// An f-string token: byte offsets of its start (the prefix), its body
/// (between the quotes) and its end (past the closing quotes).
struct FString {
    start: usize,
    body: (usize, usize),
    end: usize,
    raw: bool,
}

/// What a scan found wrong with an f-string.
enum Problem {
    /// A message CPython reports at the string token.
    Token(String),
    /// An error parsing an expression part: CPython reports it where the
    /// parser of `(expr)` found it, relative to that text.
    Expression(CompileError),
}

/// The first f-string in `source` that breaks 3.11's rules and starts
/// before `limit`, as the SyntaxError CPython 3.11 raises. `exec` is
/// false in eval mode, where no NEWLINE token ends the source.
pub fn check(
    source: &str,
    lines: &LineIndex,
    filename: &str,
    limit: usize,
    exec: bool,
) -> Option<CompileError> {
    let (found, unterminated) = fstrings(source);
    for fs in found {
        if fs.start >= limit {
            break;
        }
        let body = &source.as_bytes()[fs.body.0..fs.body.1];
        let Err(problem) = parse(body, 0, fs.raw, 0) else {
            continue;
        };
        let (line, _) = lines.line_col(fs.start);
        return Some(match problem {
            Problem::Token(msg) => {
                // CPython reports the end of the token its parser read last,
                // the one after the string.
                // (its last character's 1-based offset).
                let last = lookahead_end(source.as_bytes(), fs.end, exec) - 1;
                let (end_line, col) = lines.line_col(last);
                let text = crate::errors::line_with_newline(source, lines, end_line);
                let offset = text
                    .as_deref()
                    .map(|t| char_offset(t, col as usize))
                    .unwrap_or(col + 1);
                CompileError {
                    kind: SyntaxErrorKind::SyntaxError,
                    msg,
                    filename: filename.into(),
                    lineno: end_line,
                    offset,
                    end_lineno: end_line,
                    end_offset: offset,
                    text,
                }
            }
            Problem::Expression(mut e) => {
                e.msg = format!("f-string: {}", e.msg);
                e.lineno += line - 1;
                e.end_lineno += line - 1;
                e.filename = filename.into();
                e
            }
        });
    }
    // A single-quoted string that 3.11 sees running into the end of its
    // line (3.12 lets a replacement field span lines).
    unterminated
        .filter(|&u| u < limit)
        .and_then(|u| crate::errors::unterminated_string_error(source, lines, filename, u))
}

/// The end of the token after offset `i` when it is on the same line
/// (a name or number, a string, one operator character or the line
/// break), else `i`.
fn lookahead_end(b: &[u8], i: usize, exec: bool) -> usize {
    let mut j = i;
    while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\x0c') {
        j += 1;
    }
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
    match b.get(j) {
        // The NEWLINE token ends past the line break.
        Some(b'\n' | b'\r') => j + 1,
        None if exec => j + 1,
        None | Some(b'#' | b'\\') => i,
        Some(&c) if word(c) => {
            let mut k = j;
            while k < b.len() && word(b[k]) {
                k += 1;
            }
            match b.get(k) {
                Some(b'\'' | b'"')
                    if k - j <= 2 && b[j..k].iter().all(|c| b"rbufRBUF".contains(c)) =>
                {
                    string_token(b, j, k).map_or(k, |s| s.end)
                }
                _ => k,
            }
        }
        Some(b'\'' | b'"') => string_token(b, j, j).map_or(j + 1, |s| s.end),
        Some(_) => j + 1,
    }
}

/// The 1-based character offset of byte column `col` in `line`.
fn char_offset(line: &str, col: usize) -> u32 {
    let col = (0..=col.min(line.len()))
        .rev()
        .find(|&i| line.is_char_boundary(i))
        .unwrap_or(0);
    line[..col].chars().count() as u32 + 1
}

/// The f-string tokens of `source`, cut as 3.11's tokenizer cuts strings
/// (comments skipped), and where an unterminated string starts, if one
/// does (scanning stops there).
fn fstrings(source: &str) -> (Vec<FString>, Option<usize>) {
    let b = source.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
            let prefix = source[start..i].to_ascii_lowercase();
            let is_prefix = prefix.len() <= 2 && prefix.chars().all(|p| "rbuf".contains(p));
            if is_prefix && i < b.len() && (b[i] == b'\'' || b[i] == b'"') {
                let Some(s) = string_token(b, start, i) else {
                    return (out, Some(start));
                };
                if prefix.contains('f') {
                    out.push(FString {
                        raw: prefix.contains('r'),
                        ..s
                    });
                }
                i = s.end;
            }
            continue;
        }
        if c == b'\'' || c == b'"' {
            let Some(s) = string_token(b, i, i) else {
                return (out, Some(i));
            };
            i = s.end;
            continue;
        }
        i += 1;
    }
    (out, None)
}

/// The string token whose prefix starts at `start` and opening quote is at `q`.
fn string_token(b: &[u8], start: usize, q: usize) -> Option<FString> {
    let c = b[q];
    let triple = b.get(q + 1) == Some(&c) && b.get(q + 2) == Some(&c);
    let n = if triple { 3 } else { 1 };
    let mut j = q + n;
    while j < b.len() {
        if b[j] == b'\\' {
            j += 2;
            continue;
        }
        if b[j] == c && (!triple || (b.get(j + 1) == Some(&c) && b.get(j + 2) == Some(&c))) {
            return Some(FString {
                start,
                body: (q + n, j),
                end: j + n,
                raw: false,
            });
        }
        if !triple && b[j] == b'\n' {
            return None;
        }
        j += 1;
    }
    None
}

fn token(msg: impl Into<String>) -> Problem {
    Problem::Token(msg.into())
}

/// Scans literal text and replacement fields from `i` (3.11's
/// `fstring_parse`), returning where it stopped: the end of the body at
/// the top level, the `}` closing a format spec when nested.
fn parse(s: &[u8], mut i: usize, raw: bool, level: u32) -> Result<usize, Problem> {
    loop {
        let (next, doubled) = literal(s, i, raw, level)?;
        i = next;
        if doubled {
            continue;
        }
        if i >= s.len() || s[i] == b'}' {
            break;
        }
        i = expression(s, i, raw, level)?;
    }
    if level != 0 && s.get(i) != Some(&b'}') {
        return Err(token("f-string: expecting '}'"));
    }
    Ok(i)
}

/// Literal text up to the next replacement field (3.11's
/// `fstring_find_literal`); `true` when it stopped after a doubled brace.
fn literal(s: &[u8], mut i: usize, raw: bool, level: u32) -> Result<(usize, bool), Problem> {
    while i < s.len() {
        let mut ch = s[i];
        i += 1;
        if !raw && ch == b'\\' && i < s.len() {
            ch = s[i];
            i += 1;
            if ch == b'N' {
                // `\N{name}`: its braces are no replacement field.
                if i < s.len() {
                    i += 1;
                    if s[i - 1] == b'{' {
                        while i < s.len() {
                            i += 1;
                            if s[i - 1] == b'}' {
                                break;
                            }
                        }
                    }
                }
                continue;
            }
        }
        if ch == b'{' || ch == b'}' {
            if level == 0 {
                if s.get(i) == Some(&ch) {
                    return Ok((i + 1, true));
                }
                if ch == b'}' {
                    return Err(token("f-string: single '}' is not allowed"));
                }
            }
            return Ok((i - 1, false));
        }
    }
    Ok((i, false))
}

/// One replacement field starting at the `{` at `i` (3.11's
/// `fstring_find_expr`); returns the offset past its `}`.
fn expression(s: &[u8], mut i: usize, raw: bool, level: u32) -> Result<usize, Problem> {
    if level >= 2 {
        return Err(token("f-string: expressions nested too deeply"));
    }
    i += 1;
    let start = i;
    let mut quote: Option<(u8, bool)> = None;
    let mut parens: Vec<u8> = Vec::new();
    while i < s.len() {
        let ch = s[i];
        if ch == b'\\' {
            return Err(token("f-string expression part cannot include a backslash"));
        }
        if let Some((q, triple)) = quote {
            if ch == q {
                if !triple {
                    quote = None;
                } else if s.get(i + 1) == Some(&q) && s.get(i + 2) == Some(&q) {
                    i += 2;
                    quote = None;
                }
            }
            i += 1;
            continue;
        }
        match ch {
            b'\'' | b'"' => {
                let triple = s.get(i + 1) == Some(&ch) && s.get(i + 2) == Some(&ch);
                if triple {
                    i += 2;
                }
                quote = Some((ch, triple));
            }
            b'[' | b'{' | b'(' => {
                if parens.len() >= MAX_NESTED {
                    return Err(token("f-string: too many nested parenthesis"));
                }
                parens.push(ch);
            }
            b'#' => return Err(token("f-string expression part cannot include '#'")),
            b'!' | b':' | b'}' | b'=' | b'>' | b'<' if parens.is_empty() => {
                if s.get(i + 1) == Some(&b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                    i += 2;
                    continue;
                }
                if ch != b'>' && ch != b'<' {
                    break;
                }
            }
            b']' | b'}' | b')' => {
                let Some(open) = parens.pop() else {
                    return Err(token(format!("f-string: unmatched '{}'", ch as char)));
                };
                if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                    return Err(token(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    )));
                }
            }
            _ => {}
        }
        i += 1;
    }
    if quote.is_some() {
        return Err(token("f-string: unterminated string"));
    }
    if let Some(&open) = parens.last() {
        return Err(token(format!("f-string: unmatched '{}'", open as char)));
    }
    if i >= s.len() {
        return Err(token("f-string: expecting '}'"));
    }
    compile_expression(s, start, i)?;
    if s[i] == b'=' {
        i += 1;
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
    }
    if s.get(i) == Some(&b'!') {
        i += 1;
        let Some(&conversion) = s.get(i) else {
            return Err(token("f-string: expecting '}'"));
        };
        i += 1;
        if !matches!(conversion, b's' | b'r' | b'a') {
            return Err(token(
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            ));
        }
    }
    if s.get(i) == Some(&b':') {
        i += 1;
        if i >= s.len() {
            return Err(token("f-string: expecting '}'"));
        }
        i = parse(s, i, raw, level + 1)?;
    }
    if s.get(i) != Some(&b'}') {
        return Err(token("f-string: expecting '}'"));
    }
    Ok(i + 1)
}

/// Parses the expression part `s[start..end]` as 3.11 does, as `(expr)`,
/// after refusing one that is only whitespace.
fn compile_expression(s: &[u8], start: usize, end: usize) -> Result<(), Problem> {
    let part = &s[start..end];
    if part
        .iter()
        .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c'))
    {
        return Err(match s[end] {
            c @ (b'!' | b':' | b'=') => token(format!(
                "f-string: expression required before '{}'",
                c as char
            )),
            _ => token("f-string: empty expression not allowed"),
        });
    }
    let text = format!("({})", String::from_utf8_lossy(part));
    let lines = LineIndex::new(&text);
    if let Err(e) = ruff_python_parser::parse_expression(&text) {
        return Err(Problem::Expression(crate::errors::from_parse_error(
            &text, &lines, "", &e,
        )));
    }
    // f-strings nested in the expression follow the same rules.
    match check(&text, &lines, "", usize::MAX, false) {
        Some(mut e) => {
            // Already prefixed once; the outer `check` prefixes again.
            e.msg = e.msg.trim_start_matches("f-string: ").to_string();
            Err(Problem::Expression(e))
        }
        None => Ok(()),
    }
}
