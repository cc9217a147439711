//! oxpy's compiler: parses Python 3.11 source with ruff's parser, builds the
//! symbol table, and emits oxpy bytecode (`bytecode::CodeObject`).

pub mod bytecode;

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
pub fn compile_source(source: &str, opts: &CompileOptions) -> Result<bytecode::CodeObject, CompileError> {
    let _ = source;
    Err(CompileError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "oxpy: the compiler is under construction".into(),
        filename: opts.filename.clone(),
        lineno: 1,
        offset: 1,
        end_lineno: 1,
        end_offset: 1,
        text: None,
    })
}
