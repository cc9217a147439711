//! Comprehensions and generator expressions: each is a nested function
//! taking the outermost iterator as `.0`, called immediately (3.11 does not
//! inline them); async comprehensions iterate with `__anext__`.

use super::{CResult, Compiler};
use crate::assemble::IrOp;
use crate::bytecode::{code_flags, Constant, Opcode};
use crate::scope::node_key;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};
use std::sync::Arc;

/// What a comprehension builds.
pub(crate) enum CompKind<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Generator(&'e Expr),
}

impl<'a> Compiler<'a> {
    pub(crate) fn comprehension(
        &mut self,
        node: &Expr,
        gens: &[ast::Comprehension],
        kind: CompKind<'_>,
    ) -> CResult {
        let key = match node {
            Expr::ListComp(c) => node_key(c),
            Expr::SetComp(c) => node_key(c),
            Expr::DictComp(c) => node_key(c),
            Expr::Generator(c) => node_key(c),
            _ => unreachable!("comprehension node"),
        };
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Generator(_) => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let line = self
            .lines
            .line_col(self.comp_range(node).start().to_usize())
            .0;
        let outer_async =
            self.unit_ref().flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0
                || self.table.scopes[self.unit_ref().scope].kind
                    == crate::scope::ScopeKind::Comprehension;
        self.push_unit(key, name, qualname, line)?;
        self.unit().argcount = 1;
        let is_async =
            self.unit_ref().flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0;
        if is_async && !matches!(kind, CompKind::Generator(_)) && !outer_async {
            return Err(self.error_at(
                "asynchronous comprehension outside of an asynchronous function",
                node.range(),
            ));
        }
        match kind {
            CompKind::List(_) => self.emit(Opcode::BuildList, 0),
            CompKind::Set(_) => self.emit(Opcode::BuildSet, 0),
            CompKind::Dict(..) => self.emit(Opcode::BuildMap, 0),
            CompKind::Generator(_) => {}
        }
        self.comp_generator(gens, 0, &kind, node)?;
        if matches!(kind, CompKind::Generator(_)) {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.pop_unit()?;
        let free = code.freevars.clone();
        let mut flags = 0;
        if self.emit_closure(&free)? {
            flags |= 8;
        }
        let code_async = code.flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0;
        self.load_const(Constant::Code(Arc::new(code)));
        self.emit(Opcode::MakeFunction, flags);
        self.expr(&gens[0].iter)?;
        if gens[0].is_async {
            self.emit(Opcode::GetAIter, 0);
        } else {
            self.emit(Opcode::GetIter, 0);
        }
        self.set_pos(self.comp_range(node));
        self.emit(Opcode::Call, 1);
        if code_async && !matches!(kind, CompKind::Generator(_)) {
            self.emit(Opcode::GetAwaitable, 0);
            self.emit_await_loop();
        }
        Ok(())
    }

    /// The comprehension's source range; a generator expression that is a
    /// call's only argument owns the call's parentheses, as in CPython.
    fn comp_range(&self, node: &Expr) -> TextRange {
        let r = node.range();
        let Expr::Generator(g) = node else { return r };
        if g.parenthesized {
            return r;
        }
        let mut before = self.source[..r.start().to_usize()].trim_end();
        while !before.ends_with('(') {
            // Skip a comment between the call's parenthesis and the generator.
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            match before[line_start..].find('#') {
                Some(h) => before = before[..line_start + h].trim_end(),
                None => break,
            }
        }
        let mut after = self.source[r.end().to_usize()..].trim_start();
        while after.starts_with('#') {
            after = after[after.find('\n').unwrap_or(after.len())..].trim_start();
        }
        if before.ends_with('(') && after.starts_with(')') {
            let start = before.len() - 1;
            let end = self.source.len() - after.len() + 1;
            return TextRange::new((start as u32).into(), (end as u32).into());
        }
        r
    }

    fn comp_generator(
        &mut self,
        gens: &[ast::Comprehension],
        depth: usize,
        kind: &CompKind<'_>,
        node: &Expr,
    ) -> CResult {
        let g = &gens[depth];
        let start = self.new_label();
        let cont = self.new_label();
        let end = self.new_label();
        if depth == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            self.emit(
                if g.is_async {
                    Opcode::GetAIter
                } else {
                    Opcode::GetIter
                },
                0,
            );
        }
        self.bind(start);
        let except = self.new_label();
        if g.is_async {
            self.setup(IrOp::SetupFinally, except);
            self.emit(Opcode::GetANext, 0);
            self.emit_await_loop();
            self.pop_block();
        } else {
            self.emit_jump(Opcode::ForIter, end);
        }
        self.assign_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, cont)?;
        }
        if depth + 1 < gens.len() {
            self.comp_generator(gens, depth + 1, kind, node)?;
        } else {
            let collect_at = (gens.len() + 1) as u32;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Opcode::ListAppend, collect_at);
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Opcode::SetAdd, collect_at);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Opcode::MapAdd, collect_at);
                }
                CompKind::Generator(e) => {
                    self.expr(e)?;
                    if self.unit_ref().flags & code_flags::ASYNC_GENERATOR != 0 {
                        self.emit(Opcode::AsyncGenWrap, 0);
                    }
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
            }
        }
        self.bind(cont);
        self.set_pos(self.comp_range(node));
        self.emit_jump(Opcode::JumpBackward, start);
        if g.is_async {
            self.bind(except);
            self.emit(Opcode::EndAsyncFor, 0);
        }
        self.bind(end);
        Ok(())
    }
}
