//! Syntax errors in CPython's form: turning ruff's parse errors into
//! CPython 3.11's messages and locations (1-based character offsets, the
//! ranges CPython's parser and tokenizer report, and the offending line's
//! text).

use crate::bytecode::SourceRange;
use crate::errors_names::describe;
use crate::lines::LineIndex;
use crate::source_scan::{self, TokenProblem};
use crate::{CompileError, SyntaxErrorKind};
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_python_parser::{
    InterpolatedStringErrorType as FsErr, LexicalErrorType as Lex, ParseError, ParseErrorType as P,
};
use ruff_text_size::{Ranged, TextRange};

fn char_col(line: &str, byte_col: u32) -> u32 {
    let b = (byte_col as usize).min(line.len());
    let b = (0..=b)
        .rev()
        .find(|&i| line.is_char_boundary(i))
        .unwrap_or(0);
    line[..b].chars().count() as u32 + 1
}

/// A CompileError at `pos`.
pub fn syntax_error(
    source: &str,
    lines: &LineIndex,
    filename: &str,
    msg: &str,
    pos: SourceRange,
    kind: SyntaxErrorKind,
) -> CompileError {
    let text = line_with_newline(source, lines, pos.line);
    let offset = text
        .as_deref()
        .map(|t| char_col(t, pos.col))
        .unwrap_or(pos.col + 1);
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

/// The text of line `line`, ending in a newline.
pub fn line_with_newline(source: &str, lines: &LineIndex, line: u32) -> Option<String> {
    lines.line_text(source, line).map(|t| {
        if t.ends_with('\n') {
            t.to_string()
        } else {
            format!("{t}\n")
        }
    })
}

/// How far a reported range extends.
enum End {
    /// To this byte offset.
    At(usize),
    /// The same as the start (CPython's zero-width tokenizer locations).
    Same,
    /// CPython reports `end_offset` 0 (or -1) on the start line.
    Zero,
}

/// What an error is reported as.
struct Report {
    kind: SyntaxErrorKind,
    msg: String,
    start: usize,
    end: End,
}

impl Report {
    fn new(msg: impl Into<String>, start: usize, end: End) -> Report {
        Report {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start,
            end,
        }
    }
}

/// Maps a ruff parse error to CPython's message, kind and location.
pub fn from_parse_error(
    source: &str,
    lines: &LineIndex,
    filename: &str,
    e: &ParseError,
) -> CompileError {
    let start = floor_boundary(source, e.location.start().to_usize());
    let end = floor_boundary(source, e.location.end().to_usize()).max(start);
    let report = tokenizer_problem(source, start, &e.error)
        .unwrap_or_else(|| classify(source, lines, &e.error, start, end));
    build(source, lines, filename, report)
}

/// "too many nested parentheses", checked before parsing (as CPython's
/// tokenizer does) so that absurdly nested input never reaches the parser.
pub fn too_deep(source: &str, lines: &LineIndex, filename: &str) -> Option<CompileError> {
    match source_scan::scan(source).0 {
        Some(TokenProblem::TooDeep(at)) => Some(build(
            source,
            lines,
            filename,
            Report::new("too many nested parentheses", at, End::Same),
        )),
        _ => None,
    }
}

/// A TabError for source that parsed (ruff accepts indentation that mixes
/// tabs and spaces inconsistently).
pub fn tab_error(source: &str, lines: &LineIndex, filename: &str) -> Option<CompileError> {
    match source_scan::scan(source).1 {
        Some(TokenProblem::Tab(at)) => {
            let mut r = Report::new(
                "inconsistent use of tabs and spaces in indentation",
                at,
                End::Zero,
            );
            r.kind = SyntaxErrorKind::TabError;
            Some(build(source, lines, filename, r))
        }
        _ => None,
    }
}

/// Single (interactive) mode accepts one statement, or simple statements
/// on one line: anything after is an error.
pub fn single_statement_error(
    source: &str,
    lines: &LineIndex,
    filename: &str,
    body: &[Stmt],
) -> Option<CompileError> {
    let line = |i: usize| lines.line_col(i).0;
    let mut k = 1;
    while k < body.len()
        && line(body[k].range().start().to_usize()) == line(body[k - 1].range().end().to_usize())
    {
        k += 1;
    }
    let second = body.get(k)?;
    let compound = matches!(
        body[0],
        Stmt::If(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::Try(_)
            | Stmt::With(_)
            | Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::Match(_)
    );
    let r = if compound {
        invalid_syntax(source, second.range().start().to_usize())
    } else {
        let p = skip_space(source, body[k - 1].range().end().to_usize());
        let end = if source[p..].starts_with('#') {
            p + source[p..].find('\n').unwrap_or(source.len() - p)
        } else {
            p
        };
        let end = trim_back(source, end).max(p);
        Report::new(
            "multiple statements found while compiling a single statement",
            p,
            if end > p { End::At(end) } else { End::Same },
        )
    };
    Some(build(source, lines, filename, r))
}

fn floor_boundary(source: &str, i: usize) -> usize {
    let i = i.min(source.len());
    (0..=i)
        .rev()
        .find(|&j| source.is_char_boundary(j))
        .unwrap_or(0)
}

fn build(source: &str, lines: &LineIndex, filename: &str, r: Report) -> CompileError {
    let (line, col) = lines.line_col(r.start);
    let text = line_with_newline(source, lines, line);
    let offset = text.as_deref().map(|t| char_col(t, col)).unwrap_or(col + 1);
    match r.kind {
        SyntaxErrorKind::IndentationError if r.msg == "unexpected indent" => {
            // CPython reports the indentation's width, not a 1-based column.
            let width = text
                .as_deref()
                .map(|t| {
                    t.chars()
                        .take_while(|c| *c == ' ' || *c == '\t' || *c == '\x0c')
                        .count()
                })
                .unwrap_or(0);
            return CompileError {
                kind: r.kind,
                msg: r.msg,
                filename: filename.into(),
                lineno: line,
                offset: width as u32,
                end_lineno: line,
                end_offset: 0,
                text,
            };
        }
        SyntaxErrorKind::IndentationError if r.msg.starts_with("unindent") => {
            let width = text.as_deref().map(|t| t.chars().count()).unwrap_or(0);
            return CompileError {
                kind: r.kind,
                msg: r.msg,
                filename: filename.into(),
                lineno: line,
                offset: width as u32,
                end_lineno: line,
                end_offset: 0,
                text,
            };
        }
        _ => {}
    }
    let (end_line, end_offset) = match r.end {
        End::Same => (line, offset),
        End::Zero => (line, 0),
        End::At(end) => {
            let end = floor_boundary(source, end.max(r.start));
            let (end_line, end_col) = lines.line_col(end);
            (
                end_line,
                char_col(lines.line_text(source, end_line).unwrap_or(""), end_col),
            )
        }
    };
    CompileError {
        kind: r.kind,
        msg: r.msg,
        filename: filename.into(),
        lineno: line,
        offset,
        end_lineno: end_line,
        end_offset,
        text,
    }
}

/// Errors CPython's tokenizer raises as soon as it reaches them: they win
/// over a parse error found later in the source.
fn tokenizer_problem(source: &str, at: usize, e: &P) -> Option<Report> {
    let (bracket, tab) = source_scan::scan(source);
    let at_eof = matches!(e, P::Lexical(Lex::Eof));
    let tab_at = match tab {
        Some(TokenProblem::Tab(t)) => Some(t),
        _ => None,
    };
    let bracket_at = match &bracket {
        Some(
            TokenProblem::Closing(_, b)
            | TokenProblem::NeverClosed(_, b)
            | TokenProblem::TooDeep(b),
        ) => Some(*b),
        _ => None,
    };
    if let Some(t) = tab_at {
        if t <= at && bracket_at.is_none_or(|b| t <= b) {
            let mut r = Report::new(
                "inconsistent use of tabs and spaces in indentation",
                t,
                End::Zero,
            );
            r.kind = SyntaxErrorKind::TabError;
            return Some(r);
        }
    }
    // CPython reports an unclosed bracket (the innermost) when the parser
    // ran into the end of the input, or when the error is on a later line.
    let at_eof = at_eof || at >= source.trim_end().len();
    let line_of = |i: usize| source[..i.min(source.len())].matches('\n').count();
    match bracket {
        Some(TokenProblem::TooDeep(b)) => {
            Some(Report::new("too many nested parentheses", b, End::Same))
        }
        Some(TokenProblem::Closing(msg, b)) if b <= at => Some(Report::new(msg, b, End::Same)),
        Some(TokenProblem::NeverClosed(c, b)) if (b < at && line_of(at) > line_of(b)) || at_eof => {
            Some(Report::new(format!("'{c}' was never closed"), b, End::Zero))
        }
        _ => None,
    }
}

fn classify(source: &str, lines: &LineIndex, e: &P, start: usize, end: usize) -> Report {
    use SyntaxErrorKind::*;
    let range = |msg: &str| Report::new(msg, start, End::At(end));
    match e {
        P::UnexpectedIndentation => {
            let mut r = Report::new("unexpected indent", end, End::Zero);
            r.kind = IndentationError;
            r
        }
        P::Lexical(Lex::IndentationError) => {
            let mut r = Report::new(
                "unindent does not match any outer indentation level",
                start,
                End::Zero,
            );
            r.kind = IndentationError;
            r
        }
        P::OtherError(m) if m.starts_with("Expected an indented block") => {
            let (line, _) = lines.line_col(start);
            let msg = match block_context(source, lines, line) {
                Some(ctx) => format!("expected an indented block after {ctx}"),
                None => "expected an indented block".into(),
            };
            let mut r = Report::new(msg, start, End::At(token_end(source, start)));
            r.kind = IndentationError;
            r
        }
        P::Lexical(Lex::UnclosedStringError)
        | P::Lexical(Lex::Eof)
        | P::Lexical(Lex::FStringError(
            FsErr::UnterminatedString | FsErr::UnterminatedTripleQuotedString,
        ))
        | P::FStringError(FsErr::UnterminatedString | FsErr::UnterminatedTripleQuotedString) => {
            unterminated_string(source, lines, start)
                .unwrap_or_else(|| invalid_syntax(source, start))
        }
        P::ExpectedToken { expected, found } => {
            use ruff_python_ast::token::TokenKind as T;
            match (expected, found) {
                (T::Colon, T::Equal) => maybe_meant_eq(source, start),
                (T::Colon, _) => Report::new("expected ':'", start, End::Same),
                (
                    T::Comma | T::Rpar | T::Rsqb | T::Rbrace,
                    T::Name
                    | T::Int
                    | T::Float
                    | T::Complex
                    | T::String
                    | T::FStringStart
                    | T::Lpar
                    | T::Lsqb
                    | T::Lbrace,
                ) if !in_parameter_list(source, start) => {
                    if let Some(r) = invalid_number(source, start) {
                        return r;
                    }
                    let a = source_scan::atom_start(source, start);
                    Report::new(
                        "invalid syntax. Perhaps you forgot a comma?",
                        a,
                        End::At(source_scan::atom_end(source, start)),
                    )
                }
                (T::Rbrace, T::For) if dict_unpacking_comprehension(source, start).is_some() => {
                    let at = dict_unpacking_comprehension(source, start).unwrap_or(start);
                    Report::new(
                        "dict unpacking cannot be used in dict comprehension",
                        at,
                        End::At(at + 2),
                    )
                }
                (T::Rpar, T::For) if keyword_before(source, start).is_some() => {
                    let at = keyword_before(source, start).unwrap_or(start);
                    let eq = source[at..].find('=').map_or(start, |i| at + i + 1);
                    Report::new(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        at,
                        End::At(eq),
                    )
                }
                (
                    T::Comma,
                    T::PlusEqual
                    | T::MinusEqual
                    | T::StarEqual
                    | T::SlashEqual
                    | T::DoubleSlashEqual
                    | T::PercentEqual
                    | T::DoubleStarEqual
                    | T::AtEqual
                    | T::AmperEqual
                    | T::VbarEqual
                    | T::CircumflexEqual
                    | T::LeftShiftEqual
                    | T::RightShiftEqual,
                ) => {
                    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
                    let s0 = skip_space(source, line_start);
                    Report::new(
                        "'tuple' is an illegal expression for augmented assignment",
                        s0,
                        End::At(trim_back(source, start)),
                    )
                }
                (T::Else, _) => {
                    let cond_end = trim_back(source, start);
                    let head = source[..cond_end]
                        .rfind(" if ")
                        .map(|i| source_scan::atom_start(source, i))
                        .unwrap_or(start);
                    Report::new(
                        "expected 'else' after 'if' expression",
                        head,
                        End::At(cond_end),
                    )
                }
                _ => invalid_number(source, start).unwrap_or_else(|| invalid_syntax(source, start)),
            }
        }
        P::SimpleStatementsOnSameLine => {
            if let Some(r) = invalid_number(source, start) {
                return r;
            }
            let (line, _) = lines.line_col(start);
            let line_start = source.len() - source[..].len() + line_offset(lines, source, line);
            let text = lines.line_text(source, line).unwrap_or("");
            let stmt = text.trim_start();
            let indent = text.len() - stmt.len();
            for name in ["print", "exec"] {
                if let Some(rest) = stmt.strip_prefix(name) {
                    if rest.starts_with([' ', '\t'])
                        && !rest.trim_start().starts_with(['(', '=', '.', '['])
                    {
                        let s = line_start + indent;
                        let e = line_start + text.trim_end().len();
                        return Report::new(format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"), s, End::At(e));
                    }
                }
            }
            invalid_syntax(source, start)
        }
        P::InvalidAssignmentTarget
        | P::InvalidDeleteTarget
        | P::InvalidAugmentedAssignmentTarget
        | P::InvalidNamedAssignmentTarget
        | P::InvalidAnnotatedAssignmentTarget => target_error(source, e, start, end),
        P::OtherError(m) if m.starts_with("Only single target") => {
            let e2 = if source[start..].starts_with(['(', '[']) {
                end
            } else {
                source_scan::atom_end(source, start)
            };
            Report::new(m.replacen("Only", "only", 1), start, End::At(e2))
        }
        P::OtherError(m) if m.starts_with("Expected one or more exception types") => {
            range("expected one or more exception types")
        }
        P::UnparenthesizedGeneratorExpression => {
            range("Generator expression must be parenthesized")
        }
        P::PositionalAfterKeywordArgument | P::PositionalAfterKeywordUnpacking => {
            let next = skip_space(source, end);
            let msg = if matches!(e, P::PositionalAfterKeywordArgument) {
                "positional argument follows keyword argument"
            } else {
                "positional argument follows keyword argument unpacking"
            };
            Report::new(msg, next, End::At(next + 1))
        }
        P::InvalidArgumentUnpackingOrder => Report::new(
            "iterable argument unpacking follows keyword argument unpacking",
            start,
            End::At(start + 1),
        ),
        P::DuplicateKeywordArgumentError(name) => {
            range(&format!("keyword argument repeated: {name}"))
        }
        P::ExpectedKeywordParam => {
            // `def f(*, **k)` points at the bare star, `lambda *: 0` past it.
            let before = source[..start].trim_end().trim_end_matches(',').trim_end();
            if in_lambda(source, start) {
                let next = skip_space(source, end);
                Report::new(
                    "named arguments must follow bare *",
                    next,
                    End::At(next + 1),
                )
            } else if before.ends_with('*') {
                Report::new(
                    "named arguments must follow bare *",
                    before.len() - 1,
                    End::At(before.len()),
                )
            } else {
                range("named arguments must follow bare *")
            }
        }
        P::NonDefaultParamAfterDefaultParam => {
            range("non-default argument follows default argument")
        }
        P::ParamAfterVarKeywordParam => range("arguments cannot follow var-keyword argument"),
        P::VarParameterWithDefault => {
            let param_start = source[..start].rfind(['(', ',']).map_or(0, |i| i + 1);
            let kw = source[param_start..].trim_start().starts_with("**");
            range(if kw {
                "var-keyword argument cannot have default value"
            } else {
                "var-positional argument cannot have default value"
            })
        }
        P::OtherError(m) if m.starts_with("Trailing comma not allowed") => {
            let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
            if source[line_start..].trim_start().starts_with("from ") {
                Report::new(
                    "trailing comma not allowed without surrounding parentheses",
                    skip_space(source, end),
                    End::Same,
                )
            } else {
                invalid_syntax(source, skip_space(source, end))
            }
        }
        P::OtherError(m) if m.starts_with("Bytes literal cannot be mixed") => {
            Report::new("cannot mix bytes and nonbytes literals", end, End::Same)
        }
        P::OtherError(m) if m.starts_with("Positional patterns cannot follow keyword") => {
            range("positional patterns follow keyword patterns")
        }
        // `case -x:`: CPython fails on what follows the minus sign.
        P::OtherError(m) if m == "Expected a pattern" && source[start..].starts_with('-') => {
            invalid_syntax(source, skip_space(source, start + 1))
        }
        P::ExpectedImaginaryNumber => range("imaginary number required in complex literal"),
        // `case 1j + 1j`: a number that is not real; `case x + 1`: not a literal at all.
        P::ExpectedRealNumber
            if source[start..].starts_with(|c: char| c.is_ascii_digit() || c == '.') =>
        {
            range("real number required in complex literal")
        }
        P::ExpectedRealNumber => invalid_syntax(
            source,
            skip_space(source, source_scan::atom_end(source, start)),
        ),
        // `def f() -> : pass`: CPython expects the ':' instead of the arrow.
        P::ExpectedExpression if source[..start].trim_end().ends_with("->") => {
            let arrow = source[..start].trim_end().len() - 2;
            Report::new("expected ':'", arrow, End::At(arrow + 2))
        }
        P::ExpectedExpression
            if source[..start].trim_end().ends_with(':')
                && source[start..].starts_with(['}', ',']) =>
        {
            let colon = source[..start].trim_end().len() - 1;
            Report::new(
                "expression expected after dictionary key and ':'",
                colon,
                End::At(colon + 1),
            )
        }
        P::OtherError(m) if m.starts_with("Only one '*'") => {
            Report::new("* argument may appear only once", start, End::At(start + 1))
        }
        P::OtherError(m) if m.starts_with("Only one '/'") => range("/ may appear only once"),
        P::OtherError(m) if m.starts_with("Cannot have both 'except' and 'except*'") => {
            Report::new(
                "cannot have both 'except' and 'except*' on the same 'try'",
                start,
                End::At(start + 6),
            )
        }
        P::IterableUnpackingInComprehension => {
            range("iterable unpacking cannot be used in comprehension")
        }
        P::FStringError(fe) | P::Lexical(Lex::FStringError(fe)) => {
            let msg = match fe {
                FsErr::UnclosedLbrace => "f-string: expecting '}'",
                FsErr::InvalidConversionFlag => {
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'"
                }
                FsErr::SingleRbrace => "f-string: single '}' is not allowed",
                _ => "f-string: invalid syntax",
            };
            let at = fstring_end(source, start);
            Report::new(msg, at, End::Same)
        }
        P::ExpectedExpression if in_fstring(source, start) => {
            let msg = match source.as_bytes().get(start) {
                Some(b'\'' | b'"') | None => "f-string: expecting '}'",
                _ => "f-string: empty expression not allowed",
            };
            Report::new(msg, fstring_end(source, start), End::Same)
        }
        P::Lexical(Lex::InvalidByteLiteral) => {
            let (s, e2) = enclosing_string(source, start).unwrap_or((start, end));
            Report::new(
                "bytes can only contain ASCII literal characters",
                s,
                End::At(e2),
            )
        }
        P::Lexical(Lex::UnrecognizedToken { tok }) if !tok.is_ascii() => Report::new(
            format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
            start,
            End::At(start + tok.len_utf8()),
        ),
        P::Lexical(Lex::LineContinuationError) => Report::new(
            "unexpected character after line continuation character",
            start,
            End::Same,
        ),
        P::Lexical(Lex::OtherError(_)) => {
            invalid_number(source, start).unwrap_or_else(|| invalid_syntax(source, start))
        }
        _ => invalid_number(source, start).unwrap_or_else(|| invalid_syntax(source, start)),
    }
}

fn line_offset(lines: &LineIndex, source: &str, line: u32) -> usize {
    let mut off = 0;
    for l in 1..line {
        off += lines.line_text(source, l).map(str::len).unwrap_or(0);
    }
    off
}

fn skip_space(source: &str, i: usize) -> usize {
    let b = source.as_bytes();
    let mut i = i.min(b.len());
    while i < b.len() && matches!(b[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

fn trim_back(source: &str, i: usize) -> usize {
    let b = source.as_bytes();
    let mut i = i.min(b.len());
    while i > 0 && matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r') {
        i -= 1;
    }
    i
}

/// The end of the token starting at `i` (zero width at a newline or the end).
fn token_end(source: &str, i: usize) -> usize {
    let b = source.as_bytes();
    if i >= b.len() || matches!(b[i], b'\n' | b'\r') {
        return i;
    }
    let c = b[i];
    if c.is_ascii_alphanumeric()
        || c == b'_'
        || c >= 0x80
        || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    {
        let mut j = i + 1;
        while j < b.len()
            && (b[j].is_ascii_alphanumeric()
                || b[j] == b'_'
                || b[j] >= 0x80
                || (b[j] == b'.' && c.is_ascii_digit()))
        {
            j += 1;
        }
        return floor_boundary(source, j);
    }
    if c == b'\'' || c == b'"' {
        return source_scan::atom_end(source, i);
    }
    for op in [
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==",
        "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
    ] {
        if source[i..].starts_with(op) {
            return i + op.len();
        }
    }
    floor_boundary(source, i + 1).max(i + 1).min(source.len())
}

/// The generic "invalid syntax" at the token starting at (or after) `start`.
fn invalid_syntax(source: &str, start: usize) -> Report {
    let s = skip_space(source, start);
    Report::new("invalid syntax", s, End::At(token_end(source, s)))
}

/// `if x = 1:` and friends.
fn maybe_meant_eq(source: &str, eq: usize) -> Report {
    let line_start = source[..eq].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let head = skip_space(source, line_start);
    let kw_end = source[head..]
        .find([' ', '\t', '('])
        .map(|i| head + i)
        .unwrap_or(head);
    let cond = skip_space(source, kw_end);
    let rhs = skip_space(source, eq + 1);
    Report::new(
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        cond,
        End::At(source_scan::atom_end(source, rhs)),
    )
}

/// Whether `at` is inside the parameter list of a `def` (where a missing
/// comma is plain "invalid syntax").
fn in_parameter_list(source: &str, at: usize) -> bool {
    let Some(open) = innermost_open(source, at) else {
        return false;
    };
    let head = source[..open].trim_end();
    let line_start = head.rfind('\n').map_or(0, |i| i + 1);
    let line = head[line_start..].trim_start();
    source.as_bytes()[open] == b'(' && (line.starts_with("def ") || line.starts_with("async def "))
}

/// Whether `at` is in a lambda's parameters (after `lambda` on its line, before a `:`).
fn in_lambda(source: &str, at: usize) -> bool {
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    source[line_start..at]
        .rfind("lambda")
        .is_some_and(|l| !source[line_start + l..at].contains(':'))
}

/// The offset of the innermost bracket still open at `at`.
fn innermost_open(source: &str, at: usize) -> Option<usize> {
    let b = source.as_bytes();
    let mut depth = 0i32;
    let mut i = at.min(b.len());
    while i > 0 {
        i -= 1;
        match b[i] {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth == 0 => return Some(i),
            b'(' | b'[' | b'{' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// `{**a for …}`: the offset of the `**` after the opening brace.
fn dict_unpacking_comprehension(source: &str, for_at: usize) -> Option<usize> {
    let open = source[..for_at].rfind('{')?;
    let inner = skip_space(source, open + 1);
    (source[inner..].starts_with("**") && !source[inner..for_at].contains([',', ':']))
        .then_some(inner)
}

/// `f(x=1 for …)`: the offset of the keyword name before the `=`.
fn keyword_before(source: &str, for_at: usize) -> Option<usize> {
    let value = source_scan::atom_start(source, for_at);
    let before = source[..value].trim_end();
    let eq_line = before.strip_suffix('=')?;
    if eq_line.ends_with(['=', '!', '<', '>']) {
        return None;
    }
    let name_end = eq_line.trim_end().len();
    let name_start = source[..name_end]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    (name_start < name_end).then_some(name_start)
}

/// The SyntaxError for the unterminated string literal starting at `start`.
pub fn unterminated_string_error(
    source: &str,
    lines: &LineIndex,
    filename: &str,
    start: usize,
) -> Option<CompileError> {
    unterminated_string(source, lines, start).map(|r| build(source, lines, filename, r))
}

/// Unterminated string literals, reported at the opening quote.
fn unterminated_string(source: &str, lines: &LineIndex, start: usize) -> Option<Report> {
    let b = source.as_bytes();
    let mut q = skip_space(source, start);
    while q < b.len() && b[q].is_ascii_alphabetic() {
        q += 1;
    }
    let c = *b.get(q)?;
    if c != b'\'' && c != b'"' {
        return None;
    }
    let open = start.max(skip_space(source, start));
    if b.get(q + 1) == Some(&c) && b.get(q + 2) == Some(&c) {
        let last = source.matches('\n').count() + usize::from(!source.ends_with('\n'));
        return Some(Report::new(
            format!("unterminated triple-quoted string literal (detected at line {last})"),
            open,
            End::Same,
        ));
    }
    let (line, _) = lines.line_col(start);
    Some(Report::new(
        format!("unterminated string literal (detected at line {line})"),
        open,
        End::Same,
    ))
}

/// The byte range of the string literal (with prefix) containing `at`.
fn enclosing_string(source: &str, at: usize) -> Option<(usize, usize)> {
    let b = source.as_bytes();
    let mut i = at.min(b.len());
    while i > 0 {
        i -= 1;
        if b[i] == b'\'' || b[i] == b'"' {
            let mut s = i;
            while s > 0 && b[s - 1] == b[i] {
                s -= 1;
            }
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            let q = s + source[s..].find(['\'', '"'])?;
            return Some((s, source_scan::atom_end(source, q)));
        }
    }
    None
}

/// Whether `at` is inside an f-string literal.
fn in_fstring(source: &str, at: usize) -> bool {
    enclosing_string(source, at).is_some_and(|(s, e)| {
        at < e
            && source[s..]
                .bytes()
                .take_while(u8::is_ascii_alphabetic)
                .any(|c| c == b'f' || c == b'F')
    })
}

/// CPython 3.11 reports f-string errors just past the string's end.
fn fstring_end(source: &str, at: usize) -> usize {
    match enclosing_string(source, at) {
        Some((_, e)) => e.min(source.len()),
        None => at,
    }
}

/// Numeric literals the tokenizer rejects ("invalid decimal literal",
/// leading zeros…), when the error is in or right after a number. CPython
/// puts these at the last valid character (invalid digits: at the digit).
fn invalid_number(source: &str, at: usize) -> Option<Report> {
    let b = source.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
    let mut s = at.min(b.len());
    while s > 0 && word(b[s - 1]) {
        s -= 1;
    }
    if s >= b.len()
        || !(b[s].is_ascii_digit()
            || (b[s] == b'.' && b.get(s + 1).is_some_and(u8::is_ascii_digit)))
    {
        return None;
    }
    let mut e = s;
    while e < b.len() && word(b[e]) {
        e += 1;
    }
    let tok = &source[s..e];
    let lower = tok.to_ascii_lowercase();
    for (prefix, name, ok) in [
        ("0x", "hexadecimal", "0123456789abcdef_"),
        ("0o", "octal", "01234567_"),
        ("0b", "binary", "01_"),
    ] {
        if let Some(digits) = lower.strip_prefix(prefix) {
            if digits.is_empty() {
                return Some(Report::new(
                    format!("invalid {name} literal"),
                    s + 1,
                    End::Same,
                ));
            }
            let bad = digits.find(|c: char| !ok.contains(c))?;
            let ch = &tok[2 + bad..3 + bad];
            if ch.as_bytes()[0].is_ascii_digit() {
                return Some(Report::new(
                    format!("invalid digit '{ch}' in {name} literal"),
                    s + 2 + bad,
                    End::Same,
                ));
            }
            return Some(Report::new(
                format!("invalid {name} literal"),
                s + 1 + bad,
                End::Same,
            ));
        }
    }
    if tok.len() > 1
        && tok.starts_with('0')
        && tok.bytes().all(|c| c.is_ascii_digit() || c == b'_')
        && tok.bytes().any(|c| c != b'0' && c != b'_')
    {
        let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
        let nonzero = tok.find(|c: char| c != '0' && c != '_').unwrap_or(1);
        return Some(Report::new(msg, s, End::At(s + nonzero)));
    }
    let tb = tok.as_bytes();
    let mut seen_e = false;
    for (i, &c) in tb.iter().enumerate() {
        let next = tb.get(i + 1).copied();
        let first_bad = match c {
            b'0'..=b'9' => None,
            b'_' if next.is_some_and(|n| n.is_ascii_digit()) => None,
            b'_' => Some(i + 1),
            b'.' if !seen_e => None,
            b'e' | b'E' if !seen_e && next.is_some_and(|n| n.is_ascii_digit()) => {
                seen_e = true;
                None
            }
            b'j' | b'J' if next.is_none() => None,
            _ => Some(i),
        };
        if let Some(bad) = first_bad {
            return Some(Report::new(
                "invalid decimal literal",
                s + bad.max(1) - 1,
                End::Same,
            ));
        }
    }
    None
}

/// "cannot assign to …", "cannot delete …" and friends, naming the target
/// expression found in the error-recovered syntax tree.
fn target_error(source: &str, e: &P, start: usize, end: usize) -> Report {
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module)
        .with_target_version(ruff_python_ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let range = TextRange::new((start as u32).into(), (end as u32).into());
    let mut finder = Finder {
        range,
        found: None,
        sole_assign_target: false,
    };
    if let Some(m) = parsed.syntax().as_module() {
        for s in &m.body {
            finder.visit_stmt(s);
        }
    }
    let what = finder
        .found
        .as_ref()
        .map(|e| describe(e))
        .unwrap_or("expression");
    let msg = match e {
        P::InvalidDeleteTarget => format!("cannot delete {what}"),
        P::InvalidAugmentedAssignmentTarget => {
            format!("'{what}' is an illegal expression for augmented assignment")
        }
        P::InvalidNamedAssignmentTarget => format!("cannot use assignment expressions with {what}"),
        P::InvalidAnnotatedAssignmentTarget => match what {
            "tuple" | "list" => format!("only single target (not {what}) can be annotated"),
            _ => "illegal target for annotation".into(),
        },
        // `x = yield = 1`: an unparenthesized yield before '='.
        _ if what == "yield expression" && !source[..start].trim_end().ends_with('(') => {
            "assignment to yield expression not possible".into()
        }
        _ => {
            // CPython suggests '==' only for a target at the `bitwise_or` level.
            let below_bitwise_or = finder.found.is_some_and(|e| {
                matches!(
                    e,
                    Expr::If(_) | Expr::Compare(_) | Expr::Lambda(_) | Expr::BoolOp(_)
                ) || matches!(e, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not)
            });
            let plain = below_bitwise_or
                || matches!(
                    what,
                    "tuple" | "list" | "generator expression" | "True" | "False" | "None"
                );
            if finder.sole_assign_target && !plain {
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {what}")
            }
        }
    };
    Report::new(msg, start, End::At(end))
}

/// Finds the expression with a given range, noting whether it is the only
/// target of a plain `target = value` statement.
struct Finder<'a> {
    range: TextRange,
    found: Option<&'a Expr>,
    sole_assign_target: bool,
}

impl<'a> Visitor<'a> for Finder<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found.is_some() {
            return;
        }
        if let Stmt::Assign(a) = stmt {
            if a.targets.len() == 1 && a.targets[0].range() == self.range {
                self.sole_assign_target = true;
            }
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.found.is_some() {
            return;
        }
        if expr.range() == self.range {
            self.found = Some(expr);
            return;
        }
        walk_expr(self, expr);
    }
}

/// "function definition on line 1" / "'if' statement on line 3" for the
/// block header preceding `line`.
fn block_context(source: &str, lines: &LineIndex, line: u32) -> Option<String> {
    let mut l = line.checked_sub(1)?;
    while l >= 1 {
        let text = lines.line_text(source, l)?.trim();
        if !text.is_empty() && !text.starts_with('#') {
            let word = text
                .trim_start_matches("async ")
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
                .unwrap_or("");
            let what = match word {
                "def" => "function definition".to_string(),
                "class" => "class definition".to_string(),
                "except" if text.starts_with("except*") || text.starts_with("except *") => {
                    "'except*' statement".to_string()
                }
                "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except"
                | "finally" | "match" | "case" => format!("'{word}' statement"),
                _ => return None,
            };
            return Some(format!("{what} on line {l}"));
        }
        l -= 1;
    }
    None
}
