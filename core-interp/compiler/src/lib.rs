//! oxpy's compiler: parses Python 3.11 source with ruff's parser, builds the
//! symbol table, and emits oxpy bytecode (`bytecode::CodeObject`).
//!
//! Pipeline and modules: `compile_source` parses (ruff), maps parse errors
//! to CPython's messages (`errors`, helped by `source_scan` for what
//! CPython's tokenizer reports and `errors_names` for target names), checks
//! `from __future__` imports (`future`), builds and resolves the symbol
//! table (`scope`), generates code per code object (`emit`: statements,
//! expressions, functions and classes, comprehensions, `match` patterns) and
//! assembles it with the exception table and stack depth (`assemble`).
//! `bytecode` is the contract with the VM; `dis` lists code objects;
//! `anchors` finds CPython's traceback caret anchors; `lines` converts byte
//! offsets to positions.

pub mod anchors;
mod assemble;
pub mod bytecode;
pub mod dis;
mod emit;
pub use emit::mangle;
mod errors;
mod errors_names;
mod fstring311;
mod future;
pub mod lines;
mod scope;
mod source_scan;

pub use ruff_python_ast as ast;
pub use ruff_text_size as text_size;

/// The value of a literal expression (a number, string, bytes, `None`,
/// `True`, `False` or `...`) as the constant the compiler would emit; string
/// parts are read again from `source` when they hold lone surrogates.
pub fn literal_constant(e: &ast::Expr, source: &str) -> Option<bytecode::Constant> {
    match e {
        ast::Expr::StringLiteral(s) => Some(emit::string_constant(s, source)),
        ast::Expr::UnaryOp(_) | ast::Expr::Tuple(_) => None,
        _ => emit::literal(e),
    }
}

/// What `compile()` is asked to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compiler settings.
#[derive(Clone, Debug)]
pub struct CompileOptions {
    pub mode: Mode,
    pub filename: String,
    /// `-O` level: 1 strips asserts and `if __debug__` blocks.
    pub optimize: u8,
}

/// Which SyntaxError subclass a compile error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A syntax error, with CPython's location conventions.
#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    /// 1-based column in characters.
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The offending source line, with its newline.
    pub text: Option<String>,
}

/// Compiles `source` to a code object.
pub fn compile_source(
    source: &str,
    opts: &CompileOptions,
) -> Result<bytecode::CodeObject, CompileError> {
    // Large sources can hold syntax trees deep enough that merely dropping
    // them needs more native stack than the caller may have: compile them
    // on a thread with a generous stack.
    if source.len() >= LARGE_SOURCE {
        let run = std::thread::scope(|s| {
            let worker = std::thread::Builder::new()
                .stack_size(WORKER_STACK)
                .spawn_scoped(s, || compile(source, opts));
            worker.map(|w| w.join())
        });
        match run {
            Ok(Ok(result)) => return result,
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => {}
        }
    }
    compile(source, opts)
}

/// Sources at least this long are compiled on a worker thread.
const LARGE_SOURCE: usize = 64 * 1024;
/// The worker thread's stack (reserved, and only touched as deep as needed).
const WORKER_STACK: usize = 1 << 30;

fn compile(source: &str, opts: &CompileOptions) -> Result<bytecode::CodeObject, CompileError> {
    let tree = parse(source, opts)?;
    compile_tree(&tree, source, opts)
}

/// A parsed source: what `ast.parse` converts to Python objects and what
/// `compile()` of an AST object converts back to before code generation.
pub enum Tree {
    /// `eval` mode: the expression, with its offsets counted from `shift`
    /// bytes into the source (leading blanks are skipped before parsing).
    Expression(ast::ModExpression, u32),
    /// `exec` and `single` modes.
    Module(ast::ModModule),
}

/// A SyntaxError with `msg` covering the source range `r`.
fn range_error(
    source: &str,
    lines: &lines::LineIndex,
    filename: &str,
    msg: String,
    r: ruff_text_size::TextRange,
) -> CompileError {
    let (line, col) = lines.line_col(r.start().to_usize());
    let (end_line, end_col) = lines.line_col(r.end().to_usize());
    let pos = bytecode::SourceRange {
        line,
        end_line,
        col,
        end_col,
    };
    errors::syntax_error(
        source,
        lines,
        filename,
        &msg,
        pos,
        SyntaxErrorKind::SyntaxError,
    )
}

/// Parses `source` for `opts.mode`, raising the syntax errors CPython's
/// parser raises (the compiler's own checks, such as `from __future__`
/// imports and the symbol table's, come later in `compile_tree`).
pub fn parse(source: &str, opts: &CompileOptions) -> Result<Tree, CompileError> {
    let lines = lines::LineIndex::new(source);
    if let Some(e) = errors::too_deep(source, &lines, &opts.filename) {
        return Err(e);
    }
    let to_error = |msg: String, r| range_error(source, &lines, &opts.filename, msg, r);
    match opts.mode {
        Mode::Eval => {
            let trimmed = source.trim_start_matches([' ', '\t']);
            let shift = ruff_text_size::TextSize::from((source.len() - trimmed.len()) as u32);
            let parsed = ruff_python_parser::parse_expression(trimmed).map_err(|mut e| {
                e.location += shift;
                fstring_error(source, &lines, &opts.filename, &e, false).unwrap_or_else(|| {
                    input_mode_error(
                        source,
                        &lines,
                        &e,
                        errors::from_parse_error(source, &lines, &opts.filename, &e),
                    )
                })
            })?;
            if let Some(e) = fstring311::check(source, &lines, &opts.filename, usize::MAX, false) {
                return Err(e);
            }
            Ok(Tree::Expression(parsed.into_syntax(), shift.to_u32()))
        }
        Mode::Exec | Mode::Single => {
            let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module)
                .with_target_version(ruff_python_ast::PythonVersion::PY311);
            let parsed = ruff_python_parser::parse(source, options).map_err(|e| {
                if let Some(err) = fstring_error(source, &lines, &opts.filename, &e, true) {
                    return err;
                }
                let err = errors::from_parse_error(source, &lines, &opts.filename, &e);
                if opts.mode == Mode::Single {
                    input_mode_error(source, &lines, &e, err)
                } else {
                    err
                }
            })?;
            if let Some(e) = fstring311::check(source, &lines, &opts.filename, usize::MAX, true) {
                return Err(e);
            }
            if let Some(e) = parsed.unsupported_syntax_errors().first() {
                use ruff_python_parser::UnsupportedSyntaxErrorKind as U;
                let one_char =
                    |at: usize| ruff_text_size::TextRange::at((at as u32).into(), 1.into());
                let start = e.range.start().to_usize();
                let (msg, range) = match e.kind {
                    U::IterableUnpackingInListComprehension => (
                        "iterable unpacking cannot be used in comprehension",
                        e.range,
                    ),
                    U::UnparenthesizedExceptionTypes => {
                        ("multiple exception types must be parenthesized", e.range)
                    }
                    // Python 3.12 syntax, reported where 3.11's parser stops.
                    U::TypeParameterList
                        if source[source[..start].rfind('\n').map_or(0, |i| i + 1)..start]
                            .trim_start()
                            .starts_with(['d', 'a']) =>
                    {
                        ("expected '('", one_char(start))
                    }
                    U::TypeParameterList => ("invalid syntax", one_char(start)),
                    U::TypeAliasStatement => {
                        let name = source[start..]
                            .find(|c: char| c.is_whitespace())
                            .map_or(start, |i| start + i);
                        let name = name + source[name..].len() - source[name..].trim_start().len();
                        ("invalid syntax", one_char(name))
                    }
                    _ => ("invalid syntax", e.range),
                };
                return Err(to_error(msg.into(), range));
            }
            // ruff measures tabs one way; CPython rejects indentation whose
            // meaning depends on the tab size.
            if let Some(e) = errors::tab_error(source, &lines, &opts.filename) {
                return Err(e);
            }
            let Some(module) = parsed.into_syntax().module() else {
                return Err(to_error(
                    "invalid syntax".into(),
                    ruff_text_size::TextRange::default(),
                ));
            };
            if opts.mode == Mode::Single {
                if let Some(mut e) =
                    errors::single_statement_error(source, &lines, &opts.filename, &module.body)
                {
                    if !source.ends_with('\n') && e.lineno == lines.line_col(source.len()).0 {
                        if let Some(t) = e.text.as_mut() {
                            t.pop();
                        }
                    }
                    return Err(e);
                }
            }
            Ok(Tree::Module(module))
        }
    }
}

/// The error Python 3.11 raises for an f-string that starts before where
/// ruff's parser failed, if one breaks 3.11's f-string rules: 3.11 reads
/// the source differently from there on (`exec`: not in eval mode).
fn fstring_error(
    source: &str,
    lines: &lines::LineIndex,
    filename: &str,
    e: &ruff_python_parser::ParseError,
    exec: bool,
) -> Option<CompileError> {
    fstring311::check(
        source,
        lines,
        filename,
        e.location.start().to_usize() + 1,
        exec,
    )
}

/// Compiles a parsed tree; `source` is the text its offsets index.
pub fn compile_tree(
    tree: &Tree,
    source: &str,
    opts: &CompileOptions,
) -> Result<bytecode::CodeObject, CompileError> {
    let lines = lines::LineIndex::new(source);
    let to_error = |msg: String, r| range_error(source, &lines, &opts.filename, msg, r);
    match tree {
        Tree::Expression(expr, _) => {
            let table = scope::build_expr(&expr.body, to_error)?;
            let mut c = new_compiler(source, opts, table, false);
            c.push_unit(0, "<module>", "<module>".into(), 1)?;
            c.expr(&expr.body)?;
            c.emit(bytecode::Opcode::ReturnValue, 0);
            c.pop_unit()
        }
        Tree::Module(module) => {
            let future_flags = future::check(&module.body).map_err(|(msg, range, zero_end)| {
                let mut e = to_error(msg, range);
                if zero_end {
                    (e.end_lineno, e.end_offset) = (e.lineno, 0);
                }
                e
            })?;
            let table = scope::build(
                &module.body,
                scope::ScopeKind::Module,
                future_flags & bytecode::code_flags::FUTURE_ANNOTATIONS != 0,
                to_error,
            )?;
            let mut c = new_compiler(source, opts, table, opts.mode == Mode::Single);
            c.future_flags = future_flags;
            c.push_unit(0, "<module>", "<module>".into(), 1)?;
            c.module_body(&module.body)?;
            c.pop_unit()
        }
    }
}

fn new_compiler<'a>(
    source: &'a str,
    opts: &CompileOptions,
    mut table: scope::SymbolTable,
    interactive: bool,
) -> emit::Compiler<'a> {
    table.by_node.insert(0, 0);
    emit::Compiler {
        source,
        lines: lines::LineIndex::new(source),
        filename: opts.filename.clone(),
        table,
        units: Vec::new(),
        optimize: opts.optimize,
        interactive,
        future_flags: 0,
        depth: 0,
        warnings: Vec::new(),
    }
}

/// Eval and single (interactive) mode errors quote the line as given, and an
/// error at the end of the input is at offset 0, as in CPython.
fn input_mode_error(
    source: &str,
    lines: &lines::LineIndex,
    e: &ruff_python_parser::ParseError,
    mut err: CompileError,
) -> CompileError {
    if !source.ends_with('\n') && err.lineno == lines.line_col(source.len()).0 {
        if let Some(t) = err.text.as_mut() {
            t.pop();
        }
        if e.location.start().to_usize() >= source.len() && err.msg == "invalid syntax" {
            (err.offset, err.end_offset) = (0, 0);
        }
    }
    err
}
