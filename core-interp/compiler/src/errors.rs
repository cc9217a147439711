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
    let text = e.error.to_string();
    let (kind, msg) = classify(&e.error, &text, source, start);
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
