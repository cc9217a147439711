//! Syntax errors in CPython's form: turning ruff's parse errors into
//! CPython 3.11's messages and locations (1-based character offsets and the
//! offending line's text).

use crate::bytecode::SourceRange;
use crate::lines::LineIndex;
use crate::{CompileError, SyntaxErrorKind};
use ruff_python_parser::{ParseError, ParseErrorType};

fn char_col(line: &str, byte_col: u32) -> u32 {
    let b = (byte_col as usize).min(line.len());
    let b = (0..=b).rev().find(|&i| line.is_char_boundary(i)).unwrap_or(0);
    line[..b].chars().count() as u32 + 1
}

/// A CompileError at `pos`.
pub fn syntax_error(source: &str, lines: &LineIndex, filename: &str, msg: &str, pos: SourceRange, kind: SyntaxErrorKind) -> CompileError {
    let text = lines.line_text(source, pos.line).map(|t| if t.ends_with('\n') { t.to_string() } else { format!("{t}\n") });
    let offset = text.as_deref().map(|t| char_col(t, pos.col)).unwrap_or(pos.col + 1);
    let end_text = lines.line_text(source, pos.end_line).unwrap_or("");
    let end_offset = char_col(end_text, pos.end_col);
    CompileError {
        kind,
        msg: msg.to_string(),
        filename: filename.to_string(),
        lineno: pos.line,
        offset,
        end_lineno: pos.end_line,
        end_offset,
        text,
    }
}

/// Maps a ruff parse error to CPython's message and kind.
pub fn from_parse_error(source: &str, lines: &LineIndex, filename: &str, e: &ParseError) -> CompileError {
    let start = e.location.start().to_usize();
    let end = e.location.end().to_usize();
    let (line, col) = lines.line_col(start);
    let (end_line, end_col) = lines.line_col(end.max(start));
    let pos = SourceRange { line, end_line, col, end_col };
    if let Some((msg, at)) = bracket_problem(source) {
        let (line, col) = lines.line_col(at);
        let p = SourceRange { line, end_line: line, col, end_col: col + 1 };
        return syntax_error(source, lines, filename, &msg, p, SyntaxErrorKind::SyntaxError);
    }
    let text = e.error.to_string();
    let (kind, mut msg) = classify(&e.error, &text, source, start);
    if msg == "expected an indented block" {
        if let Some(ctx) = block_context(source, lines, line) {
            msg = format!("expected an indented block after {ctx}");
        }
    }
    if msg == "cannot assign to expression" {
        msg = assignment_target_message(source, start, end);
    }
    let mut err = syntax_error(source, lines, filename, &msg, pos, kind);
    if msg == "invalid syntax" || msg.starts_with("expected") {
        err.end_lineno = err.lineno;
        err.end_offset = err.offset + 1;
    }
    err
}

fn classify(e: &ParseErrorType, text: &str, source: &str, at: usize) -> (SyntaxErrorKind, String) {
    use SyntaxErrorKind::*;
    let lower = text.to_lowercase();
    if lower.contains("unexpected indentation") {
        return (IndentationError, "unexpected indent".into());
    }
    if lower.contains("unindent does not match") || lower.contains("dedent") {
        return (IndentationError, "unindent does not match any outer indentation level".into());
    }
    if lower.contains("expected an indented block") {
        return (IndentationError, "expected an indented block".into());
    }
    if lower.contains("missing closing quote") || lower.contains("unterminated string") {
        let line = source[..at.min(source.len())].matches('\n').count() + 1;
        if lower.contains("triple") {
            return (SyntaxError, format!("unterminated triple-quoted string literal (detected at line {})", source.matches('\n').count() + 1));
        }
        return (SyntaxError, format!("unterminated string literal (detected at line {line})"));
    }
    if let ParseErrorType::ExpectedToken { expected, .. } = e {
        let exp = expected.to_string();
        if exp == "':'" || exp.contains(':') && exp.len() <= 3 {
            return (SyntaxError, "expected ':'".into());
        }
    }
    if lower.contains("expected ':'") {
        return (SyntaxError, "expected ':'".into());
    }
    if lower.contains("invalid assignment target") || lower.contains("assignment target") {
        return (SyntaxError, "cannot assign to expression".into());
    }
    (SyntaxError, "invalid syntax".into())
}

/// Unbalanced brackets, found by scanning the source (strings and comments
/// skipped): CPython reports these at the bracket itself.
fn bracket_problem(source: &str) -> Option<(String, usize)> {
    let b = source.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                let q = if triple { 3 } else { 1 };
                i += q;
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == c && (!triple || (i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c)) {
                        i += q;
                        break;
                    }
                    if !triple && b[i] == b'\n' {
                        return None;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => stack.push((c, i)),
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => return Some((format!("unmatched '{}'", c as char), i)),
                    Some((o, _)) if o != open => {
                        return Some((format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, o as char), i));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack.first().map(|&(o, at)| (format!("'{}' was never closed", o as char), at))
}

/// "function definition on line 1" / "'if' statement on line 3" for the
/// block header preceding `line`.
fn block_context(source: &str, lines: &LineIndex, line: u32) -> Option<String> {
    let mut l = line.checked_sub(1)?;
    while l >= 1 {
        let text = lines.line_text(source, l)?.trim();
        if !text.is_empty() && !text.starts_with('#') {
            let word = text.trim_start_matches("async ").split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
            let what = match word {
                "def" => "function definition".to_string(),
                "class" => "class definition".to_string(),
                "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally" | "match" | "case" => format!("'{word}' statement"),
                _ => return None,
            };
            return Some(format!("{what} on line {l}"));
        }
        l -= 1;
    }
    None
}

/// CPython's message for an invalid assignment target.
fn assignment_target_message(source: &str, start: usize, end: usize) -> String {
    let seg = source.get(start..end.max(start)).unwrap_or("").trim();
    let first = seg.chars().next().unwrap_or(' ');
    let what = if first.is_ascii_digit() || first == '"' || first == '\'' {
        "literal"
    } else if seg.ends_with(')') && seg.contains('(') && !seg.starts_with('(') {
        "function call"
    } else {
        "expression"
    };
    let rest = source.get(end..).unwrap_or("").trim_start();
    if rest.starts_with('=') && !rest.starts_with("==") {
        format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot assign to {what}")
    }
}
