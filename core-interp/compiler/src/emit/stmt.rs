//! Statements: assignments, control flow, loops, `try`/`except`/`finally`,
//! `except*`, `with`, imports, `raise`, `assert`, `del`, `global`/`nonlocal`,
//! and the unwinding that `break`, `continue` and `return` perform.

use super::{CResult, Compiler, Ctx, FBlock, FinallyBody};
use crate::assemble::IrOp;
use crate::bytecode::{code_flags, BinaryOperator, Constant, Opcode};
use crate::scope::ScopeKind;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::sync::Arc;

pub(crate) fn binop_arg(op: ast::Operator) -> u32 {
    use ast::Operator::*;
    (match op {
        Add => BinaryOperator::Add,
        Sub => BinaryOperator::Subtract,
        Mult => BinaryOperator::Multiply,
        MatMult => BinaryOperator::MatrixMultiply,
        Div => BinaryOperator::TrueDivide,
        Mod => BinaryOperator::Remainder,
        Pow => BinaryOperator::Power,
        LShift => BinaryOperator::LShift,
        RShift => BinaryOperator::RShift,
        BitOr => BinaryOperator::Or,
        BitXor => BinaryOperator::Xor,
        BitAnd => BinaryOperator::And,
        FloorDiv => BinaryOperator::FloorDivide,
    }) as u32
}

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &[Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &Stmt) -> CResult {
        let saved = self.set_pos(s.range());
        let r = self.stmt_inner(s);
        self.restore_pos(saved);
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    let flags = self.unit_ref().flags;
                    if flags & crate::bytecode::code_flags::ASYNC_GENERATOR != 0 {
                        return Err(
                            self.error_at("'return' with value in async generator", r.range)
                        );
                    }
                    self.expr(v)?;
                    // CPython unwinds a `return <constant>` at the constant's position.
                    let same_line = self.lines.line_col(v.range().start().to_usize()).0
                        == self.lines.line_col(r.range.start().to_usize()).0;
                    if super::expr::literal(v).is_some() && same_line {
                        self.set_pos(v.range());
                    }
                    self.unwind_all(true)?;
                } else {
                    self.unwind_all(false)?;
                    self.load_const(Constant::None);
                }
                self.set_pos(r.range);
                self.emit(Opcode::ReturnValue, 0);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Opcode::Copy, 1);
                    }
                    self.assign_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::TypeAlias(t) => Err(self.error_at("invalid syntax", t.range)),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_pos(r.range);
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if !t.finalbody.is_empty() {
                    self.try_finally(t)
                } else if t.is_star {
                    self.try_star(t)
                } else {
                    self.try_except(t)
                }
            }
            Stmt::Assert(a) => {
                if matches!(&*a.test, Expr::Tuple(t) if !t.elts.is_empty()) {
                    let line = self.lines.line_col(a.range.start().to_usize()).0;
                    self.warnings.push((
                        line,
                        "assertion is always true, perhaps remove parentheses?".into(),
                    ));
                }
                if self.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                // After a comparison test CPython leaves the raise at the
                // test's position (the traceback underlines the condition);
                // otherwise at the statement's.
                let at = if matches!(&*a.test, Expr::Compare(_)) {
                    a.test.range()
                } else {
                    a.range
                };
                self.set_pos(at);
                self.emit(Opcode::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.set_pos(at);
                    self.emit(Opcode::Call, 1);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.load_const(Constant::Int(0.into()));
                    self.load_const(Constant::None);
                    let ni = self.add_name(alias.name.as_str());
                    self.emit(Opcode::ImportName, ni);
                    match &alias.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = alias.name.split('.').collect();
                            for p in &parts[1..] {
                                let pi = self.add_name(p);
                                self.emit(Opcode::ImportFrom, pi);
                                self.emit(Opcode::Swap, 2);
                                self.emit(Opcode::PopTop, 0);
                            }
                            self.name_op(asname, Ctx::Store)?;
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap_or("");
                            self.name_op(top, Ctx::Store)?;
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Constant::Int(i.level.into()));
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(Arc::from(a.name.as_str())))
                    .collect();
                self.load_const(Constant::Tuple(names.into()));
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let mi = self.add_name(&module);
                self.emit(Opcode::ImportName, mi);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Opcode::ImportStar, 0);
                    return Ok(());
                }
                for a in &i.names {
                    let ni = self.add_name(a.name.as_str());
                    self.emit(Opcode::ImportFrom, ni);
                    let store = a.asname.as_ref().unwrap_or(&a.name);
                    self.name_op(store, Ctx::Store)?;
                }
                self.emit(Opcode::PopTop, 0);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Opcode::PrintExpr, 0);
                    return Ok(());
                }
                if matches!(
                    &*e.value,
                    Expr::StringLiteral(_)
                        | Expr::NumberLiteral(_)
                        | Expr::NoneLiteral(_)
                        | Expr::EllipsisLiteral(_)
                        | Expr::BooleanLiteral(_)
                ) {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Opcode::PopTop, 0);
                Ok(())
            }
            Stmt::Break(b) => self.break_continue(true, b.range),
            Stmt::Continue(c) => self.break_continue(false, c.range),
            Stmt::IpyEscapeCommand(c) => Err(self.error_at("invalid syntax", c.range)),
        }
    }

    fn delete_target(&mut self, t: &Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                self.set_pos(n.range);
                self.name_op(&n.id, Ctx::Del)
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.add_name(&self.mangled(&a.attr));
                self.set_pos(a.range);
                self.emit(Opcode::DeleteAttr, ni);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Opcode::DeleteSubscr, 0);
                Ok(())
            }
            Expr::Tuple(tu) => tu.elts.iter().try_for_each(|e| self.delete_target(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.delete_target(e)),
            other => Err(self.error_at(
                &format!("cannot delete {}", crate::errors_names::describe(other)),
                other.range(),
            )),
        }
    }

    /// Stores TOS into an assignment target.
    pub fn assign_target(&mut self, t: &Expr) -> CResult {
        let saved = self.set_pos(t.range());
        let r = match t {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Store),
            Expr::Attribute(a) if a.attr.as_str() == "__debug__" => {
                Err(self.error_at("cannot assign to __debug__", a.range))
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.add_name(&self.mangled(&a.attr));
                self.set_pos(a.range);
                self.emit(Opcode::StoreAttr, ni);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            Expr::Tuple(tu) => self.unpack_targets(&tu.elts, tu.range),
            Expr::List(l) => self.unpack_targets(&l.elts, l.range),
            Expr::Starred(s) => Err(self.error_at(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(self.error_at(
                &format!("cannot assign to {}", crate::errors_names::describe(other)),
                other.range(),
            )),
        };
        self.restore_pos(saved);
        r
    }

    fn unpack_targets(&mut self, elts: &[Expr], whole: ruff_text_size::TextRange) -> CResult {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e, Expr::Starred(_)))
            .map(|(i, _)| i)
            .collect();
        match stars.as_slice() {
            [] => self.emit(Opcode::UnpackSequence, elts.len() as u32),
            [i] => {
                let before = *i;
                let after = elts.len() - i - 1;
                if before > 255 || after > (1 << 23) {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Opcode::UnpackEx, (before | (after << 8)) as u32);
            }
            [_, _, ..] => {
                return Err(self.error_at("multiple starred expressions in assignment", whole))
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.assign_target(&s.value)?,
                other => self.assign_target(other)?,
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CResult {
        let op = binop_arg(a.op) + BinaryOperator::INPLACE_OFFSET;
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(&n.id, Ctx::Load)?;
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.name_op(&n.id, Ctx::Store)
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::Copy, 1);
                let ni = self.add_name(&self.mangled(&at.attr));
                self.set_pos(at.range);
                self.emit(Opcode::LoadAttr, ni);
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Opcode::BinaryOp, op);
                self.emit(Opcode::Swap, 2);
                self.set_pos(at.range);
                self.emit(Opcode::StoreAttr, ni);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.set_pos(s.range);
                self.emit(Opcode::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Opcode::BinaryOp, op);
                // [obj, key, result] → [result, obj, key]
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.set_pos(s.range);
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            other => Err(self.error_at(
                &format!(
                    "'{}' is an illegal expression for augmented assignment",
                    crate::errors_names::describe(other)
                ),
                other.range(),
            )),
        }
    }

    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.assign_target(&a.target)?;
        }
        let kind = self.scope_kind();
        if let Expr::Name(n) = &*a.target {
            if a.simple
                && kind != ScopeKind::Function
                && kind != ScopeKind::Lambda
                && kind != ScopeKind::Comprehension
            {
                self.annotation(&a.annotation)?;
                self.name_op("__annotations__", Ctx::Load)?;
                let name = self.mangled(&n.id);
                self.load_const(Constant::Str(Arc::from(name.as_str())));
                self.emit(Opcode::StoreSubscr, 0);
            }
        } else if a.value.is_none() {
            // Evaluate the target's sub-expressions for their side effects (as CPython does).
            match &*a.target {
                Expr::Attribute(at) => {
                    self.expr(&at.value)?;
                    self.emit(Opcode::PopTop, 0);
                }
                Expr::Subscript(s) => {
                    self.expr(&s.value)?;
                    self.emit(Opcode::PopTop, 0);
                    self.expr(&s.slice)?;
                    self.emit(Opcode::PopTop, 0);
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Pushes an annotation's value (under `from __future__ import annotations`, its text as CPython unparses it).
    pub fn annotation(&mut self, e: &Expr) -> CResult {
        if self.future_flags & code_flags::FUTURE_ANNOTATIONS != 0 {
            let text = super::unparse::unparse(e, self.source);
            self.load_const(Constant::Str(Arc::from(text.as_str())));
            Ok(())
        } else if let Expr::Starred(s) = e {
            // `*args: *Ts` (PEP 646): the annotation is the one item of `[*Ts]`.
            self.expr(&s.value)?;
            self.emit(Opcode::UnpackSequence, 1);
            Ok(())
        } else {
            self.expr(e)
        }
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Opcode::Jump, end);
            self.bind(next);
            next = self.new_label();
            if let Some(t) = &clause.test {
                self.set_pos(t.range());
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let body = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.set_pos(w.test.range());
        self.jump_if(&w.test, false, orelse)?;
        self.bind(body);
        self.unit()
            .fblocks
            .push(FBlock::WhileLoop { cont: start, exit });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.set_pos(w.test.range());
        self.emit_jump(Opcode::JumpBackward, start);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> CResult {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        // GetIter and ForIter carry the whole statement's position, as in CPython.
        self.set_pos(f.range);
        self.emit(Opcode::GetIter, 0);
        self.bind(start);
        self.emit_jump(Opcode::ForIter, cleanup);
        self.assign_target(&f.target)?;
        self.unit()
            .fblocks
            .push(FBlock::ForLoop { cont: start, exit });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.set_pos(f.iter.range());
        self.emit_jump(Opcode::JumpBackward, start);
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `await`-style delegation of the awaitable on TOS: leaves its result.
    pub fn emit_await_loop(&mut self) {
        let send = self.new_label();
        let done = self.new_label();
        self.load_const(Constant::None);
        self.bind(send);
        self.emit_jump(Opcode::Send, done);
        self.emit(Opcode::YieldValue, 0);
        self.emit_jump(Opcode::JumpBackward, send);
        self.bind(done);
    }

    fn async_for_stmt(&mut self, f: &ast::StmtFor) -> CResult {
        let start = self.new_label();
        let except = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Opcode::GetAIter, 0);
        self.bind(start);
        self.setup(IrOp::SetupFinally, except);
        self.emit(Opcode::GetANext, 0);
        self.emit_await_loop();
        self.pop_block();
        self.assign_target(&f.target)?;
        self.unit()
            .fblocks
            .push(FBlock::AsyncForLoop { cont: start, exit });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Opcode::JumpBackward, start);
        self.bind(except);
        self.set_pos(f.iter.range());
        self.emit(Opcode::EndAsyncFor, 0);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, range: ruff_text_size::TextRange) -> CResult {
        let what = if is_break {
            "'break' outside loop"
        } else {
            "'continue' not properly in loop"
        };
        let blocks = self.unit_ref().fblocks.clone();
        let loop_at = blocks.iter().rposition(|b| {
            matches!(
                b,
                FBlock::ForLoop { .. } | FBlock::WhileLoop { .. } | FBlock::AsyncForLoop { .. }
            )
        });
        if blocks[loop_at.unwrap_or(0)..]
            .iter()
            .any(|b| matches!(b, FBlock::ExceptStar))
        {
            return Err(self.error_at(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                range,
            ));
        }
        let Some(loop_at) = loop_at else {
            return Err(self.error_at(what, range));
        };
        // Unwind everything inside the loop.
        for i in (loop_at + 1..blocks.len()).rev() {
            self.unwind_block(i, false)?;
        }
        match &blocks[loop_at] {
            FBlock::ForLoop { cont, exit } | FBlock::AsyncForLoop { cont, exit } => {
                if is_break {
                    self.emit(Opcode::PopTop, 0);
                    self.emit_jump(Opcode::Jump, *exit);
                } else {
                    self.emit_jump(Opcode::JumpBackward, *cont);
                }
            }
            FBlock::WhileLoop { cont, exit } => {
                if is_break {
                    self.emit_jump(Opcode::Jump, *exit);
                } else {
                    self.emit_jump(Opcode::JumpBackward, *cont);
                }
            }
            _ => unreachable!("loop block"),
        }
        Ok(())
    }

    /// Unwinds every frame block for a `return` (the value is on TOS if `preserve_tos`).
    fn unwind_all(&mut self, preserve_tos: bool) -> CResult {
        let blocks = self.unit_ref().fblocks.clone();
        if blocks.iter().any(|b| matches!(b, FBlock::ExceptStar)) {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        for i in (0..blocks.len()).rev() {
            self.unwind_block(i, preserve_tos)?;
        }
        Ok(())
    }

    /// Emits the exit actions of frame block `i` (which stays on the stack
    /// of blocks for the code after the early exit).
    fn unwind_block(&mut self, i: usize, preserve_tos: bool) -> CResult {
        let block = self.unit_ref().fblocks[i].clone();
        match block {
            FBlock::WhileLoop { .. } | FBlock::ExceptStar => {}
            FBlock::ForLoop { .. } | FBlock::AsyncForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::TryExcept => self.pop_block(),
            FBlock::TryFinally { body } => {
                self.pop_block();
                // The finally body runs with the blocks outside this one.
                let saved: Vec<FBlock> = self.unit().fblocks.drain(i..).collect();
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let r = self.stmts(&body.0);
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                self.unit().fblocks.extend(saved);
                r?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
                self.pop_block();
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopExcept, 0);
            }
            FBlock::With { is_async } => {
                self.pop_block();
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.load_const(Constant::None);
                self.load_const(Constant::None);
                self.load_const(Constant::None);
                self.emit(Opcode::Call, 3);
                if is_async {
                    self.emit(Opcode::GetAwaitable, 2);
                    self.emit_await_loop();
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlock::HandlerCleanup { name } => {
                self.pop_block();
                if name.is_some() {
                    self.pop_block();
                }
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopExcept, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.name_op(&n, Ctx::Store)?;
                    self.name_op(&n, Ctx::Del)?;
                }
            }
        }
        Ok(())
    }

    /// The cleanup handler shared by except bodies: `[prev, lasti, exc]` → restore prev, re-raise.
    pub fn emit_pop_except_and_reraise(&mut self) {
        self.emit(Opcode::Swap, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::Reraise, 0);
    }

    fn try_except(&mut self, t: &ast::StmtTry) -> CResult {
        let handlers_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.setup(IrOp::SetupFinally, handlers_l);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.pop_block();
        // The else clause comes before the handlers, as CPython lays it out.
        self.stmts(&t.orelse)?;
        self.emit_jump(Opcode::Jump, end);
        self.bind(handlers_l);
        self.setup(IrOp::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo, 0);
        for (idx, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_pos(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Opcode::CheckExcMatch, 0);
                    self.emit_jump(Opcode::PopJumpIfFalse, next);
                }
                None => {
                    if idx + 1 != t.handlers.len() {
                        return Err(self.error_at("default 'except:' must be last", h.range));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store)?;
                    let name_cleanup = self.new_label();
                    self.setup(IrOp::SetupCleanup, name_cleanup);
                    self.unit().fblocks.push(FBlock::HandlerCleanup {
                        name: Some(name.to_string()),
                    });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.pop_block();
                    self.pop_block();
                    self.emit(Opcode::PopExcept, 0);
                    self.load_const(Constant::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.emit_jump(Opcode::Jump, end);
                    // Exception inside the handler body: clear the name, re-raise.
                    self.bind(name_cleanup);
                    self.load_const(Constant::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::PopTop, 0);
                    self.emit(Opcode::Reraise, 0);
                }
                None => {
                    self.emit(Opcode::PopTop, 0);
                    self.unit()
                        .fblocks
                        .push(FBlock::HandlerCleanup { name: None });
                    self.stmts(&h.body)?;
                    self.unit().fblocks.pop();
                    self.pop_block();
                    self.emit(Opcode::PopExcept, 0);
                    self.emit_jump(Opcode::Jump, end);
                }
            }
            self.bind(next);
        }
        // No handler matched: re-raise (the cleanup handler restores the previous exception).
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &ast::StmtTry) -> CResult {
        let final_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let body = FinallyBody(t.finalbody.clone().into());
        self.setup(IrOp::SetupFinally, final_l);
        self.unit().fblocks.push(FBlock::TryFinally { body });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            let inner = ast::StmtTry {
                range: t.range,
                node_index: Default::default(),
                body: t.body.clone(),
                handlers: t.handlers.clone(),
                orelse: t.orelse.clone(),
                finalbody: Vec::new(),
                is_star: t.is_star,
            };
            if t.is_star {
                self.try_star(&inner)?;
            } else {
                self.try_except(&inner)?;
            }
        }
        self.unit().fblocks.pop();
        self.pop_block();
        self.stmts(&t.finalbody)?;
        self.emit_jump(Opcode::Jump, end);
        // Exceptional path: [exc]
        self.bind(final_l);
        self.setup(IrOp::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo, 0);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn try_star(&mut self, t: &ast::StmtTry) -> CResult {
        let handlers_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let reraise = self.new_label();
        self.setup(IrOp::SetupFinally, handlers_l);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.pop_block();
        // The else clause comes before the handlers, as CPython lays it out.
        self.stmts(&t.orelse)?;
        self.emit_jump(Opcode::Jump, end);
        self.bind(handlers_l);
        self.setup(IrOp::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo, 0);
        // [prev, orig] → [prev, orig, raised, rest]
        self.emit(Opcode::BuildList, 0);
        self.emit(Opcode::Copy, 2);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_pos(h.range);
            let Some(ty) = &h.type_ else {
                return Err(self.error_at("expected one or more exception types", h.range));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            let body_exc = self.new_label();
            self.expr(ty)?;
            self.emit(Opcode::CheckEgMatch, 0);
            self.emit(Opcode::Copy, 1);
            self.emit_jump(Opcode::PopJumpIfNone, no_match);
            match &h.name {
                Some(n) => self.name_op(n, Ctx::Store)?,
                None => self.emit(Opcode::PopTop, 0),
            }
            self.setup(IrOp::SetupCleanup, body_exc);
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.pop_block();
            if let Some(n) = &h.name {
                self.load_const(Constant::None);
                self.name_op(n, Ctx::Store)?;
                self.name_op(n, Ctx::Del)?;
            }
            self.emit_jump(Opcode::Jump, next);
            // An exception raised by the handler body joins the raised list.
            self.bind(body_exc);
            if let Some(n) = &h.name {
                self.load_const(Constant::None);
                self.name_op(n, Ctx::Store)?;
                self.name_op(n, Ctx::Del)?;
            }
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::PopTop, 0);
            self.emit(Opcode::ListAppend, 2);
            self.emit_jump(Opcode::Jump, next);
            self.bind(no_match);
            self.emit(Opcode::PopTop, 0);
            self.bind(next);
        }
        // [prev, orig, raised, rest] → [prev, orig, raised] → [prev, to_raise]
        self.emit(Opcode::ListAppend, 1);
        self.emit(Opcode::PrepReraiseStar, 0);
        self.emit(Opcode::Copy, 1);
        self.emit_jump(Opcode::PopJumpIfNotNone, reraise);
        self.emit(Opcode::PopTop, 0);
        self.pop_block();
        self.emit(Opcode::PopExcept, 0);
        self.emit_jump(Opcode::Jump, end);
        self.bind(reraise);
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn with_stmt(&mut self, w: &ast::StmtWith, item: usize) -> CResult {
        let it = &w.items[item];
        let exc = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let suppress = self.new_label();
        self.expr(&it.context_expr)?;
        self.set_pos(w.range);
        if w.is_async {
            self.emit(Opcode::BeforeAsyncWith, 0);
            self.emit(Opcode::GetAwaitable, 1);
            self.emit_await_loop();
        } else {
            self.emit(Opcode::BeforeWith, 0);
        }
        self.setup(IrOp::SetupWith, exc);
        match &it.optional_vars {
            Some(v) => self.assign_target(v)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        self.unit().fblocks.push(FBlock::With {
            is_async: w.is_async,
        });
        if item + 1 < w.items.len() {
            self.with_stmt(w, item + 1)?;
        } else {
            self.stmts(&w.body)?;
        }
        self.unit().fblocks.pop();
        self.set_pos(w.range);
        self.pop_block();
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 3);
        if w.is_async {
            self.emit(Opcode::GetAwaitable, 2);
            self.emit_await_loop();
        }
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, end);
        // [exit, lasti, exc]
        self.bind(exc);
        self.setup(IrOp::SetupCleanup, cleanup);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit(Opcode::WithExceptStart, 0);
        if w.is_async {
            self.emit(Opcode::GetAwaitable, 2);
            self.emit_await_loop();
        }
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 0);
        self.bind(suppress);
        self.emit(Opcode::PopTop, 0);
        self.pop_block();
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// The docstring of a body, unless `-OO` strips docstrings.
    pub fn docstring(&self, body: &[Stmt]) -> Option<String> {
        if self.optimize >= 2 {
            return None;
        }
        Self::docstring_of(body)
    }

    /// The docstring of a body: its first statement when that is a string literal.
    pub fn docstring_of(body: &[Stmt]) -> Option<String> {
        match body.first() {
            Some(Stmt::Expr(e)) => match &*e.value {
                Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
                _ => None,
            },
            _ => None,
        }
    }
}
