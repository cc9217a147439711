//! The `match` statement: each case tests a copy of the subject against its
//! pattern; a failing test jumps to a cleanup label that pops exactly what
//! the pattern had pushed so far (CPython's `fail_pop` scheme).

use super::{CResult, Compiler, Ctx};
use crate::assemble::Label;
use crate::bytecode::{CompareOperator, Constant, Opcode};
use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;
use std::sync::Arc;

/// Per-case pattern state.
struct PatternCtx {
    /// `fail_pop[n]` pops n items and goes to the next case.
    fail_pop: Vec<Label>,
    /// Items on the stack above the case's base that a failure must pop.
    on_top: usize,
    /// Names bound so far (for "multiple assignments to name" checks).
    bound: Vec<String>,
}

impl<'a> Compiler<'a> {
    fn fail_label(&mut self, pc: &mut PatternCtx, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    fn jump_to_fail(&mut self, pc: &mut PatternCtx, op: Opcode) {
        let l = self.fail_label(pc, pc.on_top);
        self.emit_jump(op, l);
    }

    /// Binds the fail labels: `fail_pop[n]` pops one item and falls into `fail_pop[n-1]`.
    fn emit_fail_pops(&mut self, pc: &PatternCtx) {
        for n in (0..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[n]);
            if n > 0 {
                self.emit(Opcode::PopTop, 0);
            }
        }
    }

    fn capture(&mut self, name: &ast::Identifier, pc: &mut PatternCtx) -> CResult {
        if pc.bound.iter().any(|b| b == name.as_str()) {
            return Err(self.error_at(
                &format!("multiple assignments to name '{name}' in pattern"),
                name.range,
            ));
        }
        pc.bound.push(name.to_string());
        self.name_op(name, Ctx::Store)?;
        pc.on_top -= 1;
        Ok(())
    }

    pub fn match_stmt(&mut self, m: &ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == n;
            self.set_pos(case.pattern.range());
            if !last {
                self.emit(Opcode::Copy, 1);
            }
            if case.guard.is_none() && !last {
                if let Some(leaf) = irrefutable_leaf(&case.pattern) {
                    return Err(self.error_at(&unreachable_message(leaf), leaf.range()));
                }
            }
            let mut pc = PatternCtx {
                fail_pop: Vec::new(),
                on_top: 1,
                bound: Vec::new(),
            };
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                let l = self.fail_label(&mut pc, 0);
                self.jump_if(g, false, l)?;
            }
            if !last {
                self.emit(Opcode::PopTop, 0);
            }
            self.stmts(&case.body)?;
            self.emit_jump(Opcode::Jump, end);
            self.emit_fail_pops(&pc);
        }
        if n == 0 {
            self.emit(Opcode::PopTop, 0);
        }
        self.bind(end);
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatternCtx) -> CResult {
        let saved = self.set_pos(p.range());
        let r = self.pattern_inner(p, pc);
        self.restore_pos(saved);
        r
    }

    fn pattern_inner(&mut self, p: &Pattern, pc: &mut PatternCtx) -> CResult {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Opcode::CompareOp, CompareOperator::Eq as u32);
                pc.on_top -= 1;
                self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                };
                self.load_const(c);
                self.emit(Opcode::IsOp, 0);
                pc.on_top -= 1;
                self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => {
                    self.emit(Opcode::PopTop, 0);
                    pc.on_top -= 1;
                }
                (None, Some(n)) => self.capture(n, pc)?,
                (Some(sub), name) => {
                    self.emit(Opcode::Copy, 1);
                    pc.on_top += 1;
                    self.pattern(sub, pc)?;
                    match name {
                        Some(n) => self.capture(n, pc)?,
                        None => {
                            self.emit(Opcode::PopTop, 0);
                            pc.on_top -= 1;
                        }
                    }
                }
            },
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.capture(n, pc)?,
                None => {
                    self.emit(Opcode::PopTop, 0);
                    pc.on_top -= 1;
                }
            },
            Pattern::MatchOr(o) => {
                let end = self.new_label();
                let mut all_bound: Option<Vec<String>> = None;
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < o.patterns.len() {
                        if let Some(leaf) = irrefutable_leaf(alt) {
                            return Err(self.error_at(&unreachable_message(leaf), leaf.range()));
                        }
                    }
                    self.emit(Opcode::Copy, 1);
                    let mut sub = PatternCtx {
                        fail_pop: Vec::new(),
                        on_top: 1,
                        bound: pc.bound.clone(),
                    };
                    self.pattern(alt, &mut sub)?;
                    let mut names: Vec<String> = sub.bound[pc.bound.len()..].to_vec();
                    names.sort();
                    match &all_bound {
                        None => all_bound = Some(names),
                        Some(prev) if *prev != names => {
                            return Err(self.error_at(
                                "alternative patterns bind different names",
                                last_leaf(alt).range(),
                            ))
                        }
                        _ => {}
                    }
                    self.emit_jump(Opcode::Jump, end);
                    self.emit_fail_pops(&sub);
                }
                // Every alternative failed: drop the subject and fail.
                self.emit(Opcode::PopTop, 0);
                pc.on_top -= 1;
                self.jump_to_fail(pc, Opcode::Jump);
                self.bind(end);
                self.emit(Opcode::PopTop, 0);
                if let Some(names) = all_bound {
                    pc.bound.extend(names);
                }
            }
            Pattern::MatchSequence(s) => {
                let star = s
                    .patterns
                    .iter()
                    .position(|p| matches!(p, Pattern::MatchStar(_)));
                if s.patterns
                    .iter()
                    .filter(|p| matches!(p, Pattern::MatchStar(_)))
                    .count()
                    > 1
                {
                    return Err(
                        self.error_at("multiple starred names in sequence pattern", s.range)
                    );
                }
                let n = s.patterns.len();
                self.emit(Opcode::MatchSequence, 0);
                self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
                match star {
                    None => {
                        self.emit(Opcode::GetLen, 0);
                        self.load_const(Constant::Int(n.into()));
                        self.emit(Opcode::CompareOp, CompareOperator::Eq as u32);
                        self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
                        self.emit(Opcode::UnpackSequence, n as u32);
                    }
                    Some(i) => {
                        self.emit(Opcode::GetLen, 0);
                        self.load_const(Constant::Int((n - 1).into()));
                        self.emit(Opcode::CompareOp, CompareOperator::Ge as u32);
                        self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
                        self.emit(Opcode::UnpackEx, (i | ((n - i - 1) << 8)) as u32);
                    }
                }
                pc.on_top += n;
                pc.on_top -= 1;
                for sub in &s.patterns {
                    self.pattern(sub, pc)?;
                }
            }
            Pattern::MatchMapping(m) => {
                self.emit(Opcode::MatchMapping, 0);
                self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
                let nkeys = m.keys.len();
                if nkeys == 0 && m.rest.is_none() {
                    self.emit(Opcode::PopTop, 0);
                    pc.on_top -= 1;
                    return Ok(());
                }
                if nkeys > 0 {
                    self.emit(Opcode::GetLen, 0);
                    self.load_const(Constant::Int(nkeys.into()));
                    self.emit(Opcode::CompareOp, CompareOperator::Ge as u32);
                    self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
                }
                let mut seen: Vec<Constant> = Vec::new();
                for k in &m.keys {
                    match super::expr::literal(k) {
                        Some(c) if seen.contains(&c) => {
                            let msg =
                                format!("mapping pattern checks duplicate key ({})", key_repr(&c));
                            return Err(self.error_at(&msg, m.range));
                        }
                        Some(c) => {
                            seen.push(c);
                            self.expr(k)?
                        }
                        None if matches!(k, ast::Expr::Attribute(_)) || is_complex_literal(k) => {
                            self.expr(k)?
                        }
                        None => return Err(self.error_at(
                            "mapping pattern keys may only match literals and attribute lookups",
                            k.range(),
                        )),
                    }
                }
                self.emit(Opcode::BuildTuple, nkeys as u32);
                pc.on_top += 1;
                self.emit(Opcode::MatchKeys, 0);
                pc.on_top += 1;
                self.emit(Opcode::Copy, 1);
                self.jump_to_fail(pc, Opcode::PopJumpIfNone);
                self.emit(Opcode::UnpackSequence, nkeys as u32);
                pc.on_top += nkeys;
                pc.on_top -= 1;
                for sub in &m.patterns {
                    self.pattern(sub, pc)?;
                }
                // [subject, keys]
                match &m.rest {
                    Some(r) => {
                        self.emit(Opcode::CopyDictWithoutKeys, 0);
                        self.capture(r, pc)?;
                        self.emit(Opcode::PopTop, 0);
                        pc.on_top -= 1;
                    }
                    None => {
                        self.emit(Opcode::PopTop, 0);
                        self.emit(Opcode::PopTop, 0);
                        pc.on_top -= 2;
                    }
                }
            }
            Pattern::MatchClass(c) => {
                let npos = c.arguments.patterns.len();
                let kw: Vec<Constant> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| Constant::Str(Arc::from(k.attr.as_str())))
                    .collect();
                let nkw = kw.len();
                for (i, k) in c.arguments.keywords.iter().enumerate() {
                    if c.arguments.keywords[..i]
                        .iter()
                        .any(|o| o.attr.as_str() == k.attr.as_str())
                    {
                        return Err(self.error_at(
                            &format!("attribute name repeated in class pattern: {}", k.attr),
                            k.pattern.range(),
                        ));
                    }
                }
                self.expr(&c.cls)?;
                self.load_const(Constant::Tuple(kw.into()));
                self.emit(Opcode::MatchClass, npos as u32);
                self.emit(Opcode::Copy, 1);
                self.jump_to_fail(pc, Opcode::PopJumpIfNone);
                self.emit(Opcode::UnpackSequence, (npos + nkw) as u32);
                pc.on_top += npos + nkw;
                pc.on_top -= 1;
                for sub in &c.arguments.patterns {
                    self.pattern(sub, pc)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern, pc)?;
                }
            }
        }
        Ok(())
    }
}

/// The capture or wildcard that makes a pattern irrefutable, if any.
fn irrefutable_leaf(p: &Pattern) -> Option<&Pattern> {
    match p {
        Pattern::MatchAs(a) => match &a.pattern {
            None => Some(p),
            Some(inner) => irrefutable_leaf(inner),
        },
        Pattern::MatchOr(o) => o.patterns.iter().find_map(irrefutable_leaf),
        _ => None,
    }
}

/// The last pattern CPython compiles inside `p` (where it reports errors
/// found after compiling a whole alternative).
fn last_leaf(p: &Pattern) -> &Pattern {
    let last = match p {
        Pattern::MatchSequence(s) => s.patterns.last(),
        Pattern::MatchMapping(m) => m.patterns.last(),
        Pattern::MatchClass(c) => c
            .arguments
            .keywords
            .last()
            .map(|k| &k.pattern)
            .or(c.arguments.patterns.last()),
        Pattern::MatchAs(a) => a.pattern.as_deref(),
        Pattern::MatchOr(o) => o.patterns.last(),
        _ => None,
    };
    last.map_or(p, last_leaf)
}

/// CPython's message for an irrefutable pattern that is not last.
fn unreachable_message(leaf: &Pattern) -> String {
    match leaf {
        Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. }) => {
            format!("name capture '{n}' makes remaining patterns unreachable")
        }
        _ => "wildcard makes remaining patterns unreachable".to_string(),
    }
}

/// `1 + 2j`, `-0 - 0j`: a complex literal in a pattern (real part ± imaginary part).
fn is_complex_literal(e: &ast::Expr) -> bool {
    let ast::Expr::BinOp(b) = e else { return false };
    let imaginary = matches!(&*b.right, ast::Expr::NumberLiteral(n) if matches!(n.value, ast::Number::Complex { .. }));
    let real = matches!(
        super::expr::literal(&b.left),
        Some(Constant::Int(_) | Constant::Float(_))
    );
    matches!(b.op, ast::Operator::Add | ast::Operator::Sub) && imaginary && real
}

/// The repr of a literal mapping-pattern key, for the duplicate-key error.
fn key_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Str(s) if s.contains('\'') && !s.contains('"') => format!("\"{s}\""),
        Constant::Str(s) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
        _ => "...".into(),
    }
}
