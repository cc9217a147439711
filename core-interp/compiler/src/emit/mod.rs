//! Code generation: the compiler state (one unit per code object being
//! built), emission of instructions with source positions, labels and
//! handler blocks, name resolution to the right load/store opcode, and the
//! frame-block stack that `break`/`continue`/`return` unwind through.

mod comprehension;
mod expr;
pub(crate) use expr::{literal, string_constant};
mod function;
mod pattern;
mod stmt;
mod unparse;

use crate::assemble::{assemble, Ir, IrOp, Label};
use crate::bytecode::{code_flags, CodeObject, Constant, Opcode, SourceRange};
use crate::lines::LineIndex;
use crate::scope::{Resolution, ScopeKind, SymbolTable};
use crate::{CompileError, SyntaxErrorKind};
use indexmap::IndexSet;
use ruff_text_size::TextRange;
use std::sync::Arc;

/// What a `break`/`continue`/`return` has to unwind.
#[derive(Clone)]
pub(crate) enum FBlock {
    /// A `for` loop: its iterator is on the stack.
    ForLoop { cont: Label, exit: Label },
    /// A `while` loop.
    WhileLoop { cont: Label, exit: Label },
    /// An `async for` loop (the async iterator is on the stack).
    AsyncForLoop { cont: Label, exit: Label },
    /// The body of `try … finally`: the finally body must run.
    TryFinally { body: FinallyBody },
    /// Running the finally body on the exception path: `[prev, exc]` on the stack.
    FinallyEnd,
    /// The body of a `with`: the exit function is on the stack.
    With { is_async: bool },
    /// An `except` handler body: the previous exception is on the stack.
    HandlerCleanup { name: Option<String> },
    /// `try` body protected by an except handler (nothing to unwind but the block).
    TryExcept,
    /// Inside `except*`: jumps out are forbidden.
    ExceptStar,
    /// A `finally` body run for a `return`: the return value is on the stack.
    PopValue,
}

/// The statements of a `finally` clause, kept to re-emit on early exits
/// (a copy: scopes are keyed by source range, so nested definitions in the
/// copy find their symbol tables).
#[derive(Clone)]
pub(crate) struct FinallyBody(pub std::rc::Rc<[ruff_python_ast::Stmt]>);

/// One code object being built.
pub(crate) struct Unit {
    pub scope: usize,
    pub name: String,
    pub qualname: String,
    pub ir: Vec<Ir>,
    pub nlabels: u32,
    pub consts: Vec<Constant>,
    pub names: IndexSet<String>,
    pub varnames: IndexSet<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub flags: u32,
    pub first_line: u32,
    pub fblocks: Vec<FBlock>,
    pub pos: SourceRange,
    /// The enclosing class name, for private-name mangling.
    pub private: Option<String>,
    pub docstring: Option<Arc<str>>,
}

pub(crate) struct Compiler<'a> {
    pub source: &'a str,
    pub lines: LineIndex,
    pub filename: String,
    pub table: SymbolTable,
    pub units: Vec<Unit>,
    pub optimize: u8,
    pub interactive: bool,
    /// `co_flags` bits of the module's `from __future__` imports.
    pub future_flags: u32,
    /// Current expression nesting (bounded by `scope::MAX_NESTING`).
    pub depth: u32,
    /// SyntaxWarnings collected so far: (line, message).
    pub warnings: Vec<(u32, String)>,
}

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// Load, store or delete.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

fn const_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Complex { real: a, imag: b }, Constant::Complex { real: c, imag: d }) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (Constant::Tuple(x), Constant::Tuple(y))
        | (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| const_eq(p, q))
        }
        (Constant::Code(_), _) | (_, Constant::Code(_)) => false,
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
    }
}

/// Private-name mangling (`__x` in class `C` → `_C__x`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

impl<'a> Compiler<'a> {
    pub fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit is open")
    }

    pub fn unit_ref(&self) -> &Unit {
        self.units.last().expect("a unit is open")
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.unit_ref().scope].kind
    }

    pub fn range_to_pos(&self, r: TextRange) -> SourceRange {
        let (line, col) = self.lines.line_col(r.start().to_usize());
        let (end_line, end_col) = self.lines.line_col(r.end().to_usize());
        SourceRange {
            line,
            end_line,
            col,
            end_col,
        }
    }

    /// Sets the source range of the instructions emitted next; returns the previous one.
    pub fn set_pos(&mut self, r: TextRange) -> SourceRange {
        let p = self.range_to_pos(r);
        std::mem::replace(&mut self.unit().pos, p)
    }

    pub fn restore_pos(&mut self, p: SourceRange) {
        self.unit().pos = p;
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let pos = self.unit_ref().pos;
        self.unit().ir.push(Ir {
            op: IrOp::Op(op),
            arg,
            target: None,
            pos,
        });
    }

    pub fn emit_jump(&mut self, op: Opcode, target: Label) {
        let pos = self.unit_ref().pos;
        self.unit().ir.push(Ir {
            op: IrOp::Op(op),
            arg: 0,
            target: Some(target),
            pos,
        });
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.nlabels += 1;
        Label(u.nlabels - 1)
    }

    pub fn bind(&mut self, l: Label) {
        let pos = self.unit_ref().pos;
        self.unit().ir.push(Ir {
            op: IrOp::Bind,
            arg: 0,
            target: Some(l),
            pos,
        });
    }

    /// Opens an exception handler block jumping to `handler`.
    pub fn setup(&mut self, kind: IrOp, handler: Label) {
        let pos = self.unit_ref().pos;
        self.unit().ir.push(Ir {
            op: kind,
            arg: 0,
            target: Some(handler),
            pos,
        });
    }

    pub fn pop_block(&mut self) {
        let pos = self.unit_ref().pos;
        self.unit().ir.push(Ir {
            op: IrOp::PopBlock,
            arg: 0,
            target: None,
            pos,
        });
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        if let Some(i) = u.consts.iter().position(|x| const_eq(x, &c)) {
            return i as u32;
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        let (i, _) = self.unit().names.insert_full(name.to_string());
        i as u32
    }

    pub fn mangled(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (u.cellvars.len() + i) as u32)
    }

    /// Emits the load/store/delete of a variable with the opcode its resolution calls for.
    pub fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult {
        let name = self.mangled(name);
        if ctx != Ctx::Load && name == "__debug__" {
            let verb = if ctx == Ctx::Store {
                "assign to"
            } else {
                "delete"
            };
            return Err(self.error(&format!("cannot {verb} __debug__")));
        }
        let scope = &self.table.scopes[self.unit_ref().scope];
        let kind = scope.kind;
        let res = scope.resolve(&name);
        let res = if name == "__class__"
            && kind.is_function()
            && self.cell_index("__class__").is_some()
        {
            Resolution::Free
        } else {
            res
        };
        match res {
            Resolution::Cell | Resolution::Free => {
                let Some(idx) = self.cell_index(&name) else {
                    return Err(
                        self.error(&format!("internal compiler error: no cell for '{name}'"))
                    );
                };
                let op = match (ctx, kind) {
                    (Ctx::Load, ScopeKind::Class) if res == Resolution::Free => {
                        Opcode::LoadClassDeref
                    }
                    (Ctx::Load, _) => Opcode::LoadDeref,
                    (Ctx::Store, _) => Opcode::StoreDeref,
                    (Ctx::Del, _) => Opcode::DeleteDeref,
                };
                self.emit(op, idx);
            }
            Resolution::Local if kind.is_function() => {
                let (i, _) = self.unit().varnames.insert_full(name);
                let op = match ctx {
                    Ctx::Load => Opcode::LoadFast,
                    Ctx::Store => Opcode::StoreFast,
                    Ctx::Del => Opcode::DeleteFast,
                };
                self.emit(op, i as u32);
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit
                if kind.is_function() || res == Resolution::GlobalExplicit =>
            {
                let i = self.add_name(&name);
                let op = match ctx {
                    Ctx::Load => Opcode::LoadGlobal,
                    Ctx::Store => Opcode::StoreGlobal,
                    Ctx::Del => Opcode::DeleteGlobal,
                };
                self.emit(op, i);
            }
            _ => {
                let i = self.add_name(&name);
                let op = match ctx {
                    Ctx::Load => Opcode::LoadName,
                    Ctx::Store => Opcode::StoreName,
                    Ctx::Del => Opcode::DeleteName,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    /// A SyntaxError at the current position.
    pub fn error(&self, msg: &str) -> CompileError {
        let pos = self.unit_ref().pos;
        self.error_at_pos(msg, pos)
    }

    pub fn error_at(&self, msg: &str, r: TextRange) -> CompileError {
        let pos = self.range_to_pos(r);
        self.error_at_pos(msg, pos)
    }

    fn error_at_pos(&self, msg: &str, pos: SourceRange) -> CompileError {
        crate::errors::syntax_error(
            self.source,
            &self.lines,
            &self.filename,
            msg,
            pos,
            SyntaxErrorKind::SyntaxError,
        )
    }

    /// Opens a unit for the scope keyed by `key`.
    pub fn push_unit(
        &mut self,
        key: usize,
        name: &str,
        qualname: String,
        first_line: u32,
    ) -> CResult {
        let Some(&scope) = self.table.by_node.get(&key) else {
            return Err(self.error("internal compiler error: scope not found"));
        };
        let s = &self.table.scopes[scope];
        let private = match s.kind {
            ScopeKind::Class => Some(name.to_string()),
            _ => self.units.last().and_then(|u| u.private.clone()),
        };
        let mut varnames = IndexSet::new();
        if s.kind.is_function() {
            for p in &s.params {
                varnames.insert(p.clone());
            }
        }
        let mut flags = 0;
        if s.kind.is_function() {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
        }
        if s.is_generator && s.is_coroutine {
            flags |= code_flags::ASYNC_GENERATOR;
        } else if s.is_generator {
            flags |= code_flags::GENERATOR;
        } else if s.is_coroutine && s.kind.is_function() {
            flags |= code_flags::COROUTINE;
        }
        // CPython's ste_nested: some enclosing scope is a function.
        let mut nested = false;
        let mut up = s.parent;
        while let Some(i) = up {
            nested |= self.table.scopes[i].kind.is_function();
            up = self.table.scopes[i].parent;
        }
        flags |= self.future_flags;
        if nested && s.kind.is_function() {
            flags |= code_flags::NESTED;
        }
        let cellvars = s.cellvars();
        let freevars = s.freevars();
        let pos = self.units.last().map(|u| u.pos).unwrap_or_default();
        self.units.push(Unit {
            scope,
            name: name.to_string(),
            qualname,
            ir: Vec::new(),
            nlabels: 0,
            consts: Vec::new(),
            names: IndexSet::new(),
            varnames,
            cellvars,
            freevars,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags,
            first_line,
            fblocks: Vec::new(),
            pos,
            private,
            docstring: None,
        });
        Ok(())
    }

    /// Closes the current unit, assembling its code object.
    pub fn pop_unit(&mut self) -> CResult<CodeObject> {
        let u = self.units.pop().expect("a unit is open");
        let asm = assemble(&u.ir, u.nlabels as usize).map_err(|m| {
            crate::errors::syntax_error(
                self.source,
                &self.lines,
                &self.filename,
                &m,
                u.pos,
                SyntaxErrorKind::SyntaxError,
            )
        })?;
        let varnames: Vec<String> = u.varnames.into_iter().collect();
        let cell2arg = u
            .cellvars
            .iter()
            .map(|c| {
                let nargs = (u.argcount + u.kwonly) as usize
                    + (u.flags & code_flags::VARARGS != 0) as usize
                    + (u.flags & code_flags::VARKEYWORDS != 0) as usize;
                varnames[..nargs.min(varnames.len())]
                    .iter()
                    .position(|v| v == c)
                    .map(|i| i as u32)
            })
            .collect();
        let a = |s: &String| -> Arc<str> { Arc::from(s.as_str()) };
        Ok(CodeObject {
            name: Arc::from(u.name.as_str()),
            qualname: Arc::from(u.qualname.as_str()),
            filename: Arc::from(self.filename.as_str()),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            varnames: varnames.iter().map(a).collect(),
            cellvars: u.cellvars.iter().map(a).collect(),
            freevars: u.freevars.iter().map(a).collect(),
            cell2arg,
            names: u.names.iter().map(a).collect(),
            consts: u.consts,
            instructions: asm.instructions,
            positions: asm.positions,
            exception_table: asm.exception_table,
            max_stack: asm.max_stack,
            docstring: u.docstring,
            warnings: if self.units.is_empty() {
                std::mem::take(&mut self.warnings)
            } else {
                Vec::new()
            },
        })
    }

    /// Emits the closure tuple for a child code object's free variables; returns whether one was pushed.
    pub fn emit_closure(&mut self, freevars: &[Arc<str>]) -> CResult<bool> {
        if freevars.is_empty() {
            return Ok(false);
        }
        for f in freevars {
            let Some(i) = self.cell_index(f) else {
                return Err(self.error(&format!(
                    "internal compiler error: no cell for free variable '{f}'"
                )));
            };
            self.emit(Opcode::LoadClosure, i);
        }
        self.emit(Opcode::BuildTuple, freevars.len() as u32);
        Ok(true)
    }

    /// The qualified name of a new function or class named `name` defined here.
    pub fn qualname_for(&self, name: &str) -> String {
        let Some(u) = self.units.last() else {
            return name.to_string();
        };
        let scope = &self.table.scopes[u.scope];
        if scope.kind == ScopeKind::Module {
            return name.to_string();
        }
        // A name declared global in the enclosing function is not qualified.
        if scope.resolve(&mangle(u.private.as_deref(), name)) == Resolution::GlobalExplicit {
            return name.to_string();
        }
        if matches!(scope.kind, ScopeKind::Function | ScopeKind::Lambda) {
            format!("{}.<locals>.{}", u.qualname, name)
        } else {
            format!("{}.{}", u.qualname, name)
        }
    }
}

impl<'a> Compiler<'a> {
    /// A module body: docstring to `__doc__`, annotations dict, statements, `return None`.
    pub fn module_body(&mut self, body: &[ruff_python_ast::Stmt]) -> CResult {
        let doc = if self.interactive {
            None
        } else {
            self.docstring(body)
        };
        let rest = if doc.is_some() { &body[1..] } else { body };
        if self.table.scopes[0].has_annotations {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        if let Some(d) = doc {
            if let Some(first) = body.first() {
                self.set_pos(ruff_text_size::Ranged::range(first));
            }
            self.unit().docstring = Some(Arc::from(d.as_str()));
            self.load_const(Constant::Str(Arc::from(d.as_str())));
            self.name_op("__doc__", Ctx::Store)?;
        }
        self.stmts(rest)?;
        self.load_const(Constant::None);
        self.emit(Opcode::ReturnValue, 0);
        Ok(())
    }
}
