//! Expressions: constants, names, operators, comparisons (chained ones
//! evaluate each middle operand once), boolean short-circuits, conditional
//! jumps, calls in every argument shape, displays with `*`/`**` unpacking,
//! subscripts and slices, f-strings, `await`/`yield`.

use super::stmt::binop_arg;
use super::{CResult, Compiler, Ctx};
use crate::assemble::Label;
use crate::bytecode::{CompareOperator, Constant, Opcode};
use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Expr, StringFlags};
use ruff_text_size::Ranged;
use std::sync::Arc;

fn parse_int(i: &ast::Int) -> Option<BigInt> {
    if let Some(v) = i.as_u64() {
        return Some(BigInt::from(v));
    }
    let s: String = i.to_string().chars().filter(|c| *c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::from_str_radix(&digits, radix).ok()
}

/// The compile-time value of a literal expression, if it is one.
pub(crate) fn literal(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        // A U+FFFD may stand for a lone surrogate escape: see `string_constant`.
        Expr::StringLiteral(s) if !s.value.to_str().contains('\u{FFFD}') => {
            Constant::Str(Arc::from(s.value.to_str()))
        }
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => Constant::Int(parse_int(i)?),
            ast::Number::Float(f) => Constant::Float(*f),
            ast::Number::Complex { real, imag } => Constant::Complex {
                real: *real,
                imag: *imag,
            },
        },
        // The AST optimizer folds signs of numeric constants (`-5`, `+1.5`, `-2j`).
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) => {
            match (literal(&u.operand)?, u.op) {
                (Constant::Int(i), ast::UnaryOp::USub) => Constant::Int(-i),
                (Constant::Float(f), ast::UnaryOp::USub) => Constant::Float(-f),
                (Constant::Complex { real, imag }, ast::UnaryOp::USub) => Constant::Complex {
                    real: -real,
                    imag: -imag,
                },
                (c @ (Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. }), _) => c,
                _ => return None,
            }
        }
        Expr::Tuple(t) if t.elts.iter().all(|x| !matches!(x, Expr::Starred(_))) => {
            let items: Option<Vec<Constant>> = t.elts.iter().map(literal).collect();
            Constant::Tuple(items?.into())
        }
        _ => return None,
    })
}

/// A string literal's constant. ruff replaces lone surrogates (`"\ud800"`)
/// with U+FFFD, so such literals are decoded again from the source and
/// become `StrCodePoints` when they hold a surrogate.
/// A string literal's constant. ruff replaces lone surrogates (`"\ud800"`)
/// with U+FFFD, so such literals are decoded again from `source` and
/// become `StrCodePoints` when they hold a surrogate.
pub(crate) fn string_constant(s: &ast::ExprStringLiteral, source: &str) -> Constant {
    let value = s.value.to_str();
    if !value.contains('\u{FFFD}') {
        return Constant::Str(Arc::from(value));
    }
    let mut points: Vec<u32> = Vec::new();
    for part in s.value.iter() {
        let text = source
            .get(part.range.start().to_usize()..part.range.end().to_usize())
            .unwrap_or("");
        let open = part.flags.opener_len().to_usize();
        let close = part.flags.closer_len().to_usize();
        let decoded = if part.flags.prefix().is_raw() || text.len() < open + close {
            None
        } else {
            decode_escapes(&text[open..text.len() - close])
        };
        match decoded {
            Some(d) => points.extend(d),
            None => points.extend(part.value.chars().map(|c| c as u32)),
        }
    }
    if points.iter().any(|c| (0xD800..0xE000).contains(c)) {
        Constant::StrCodePoints(points.into())
    } else {
        Constant::Str(Arc::from(value))
    }
}

/// The Python type name of a constant, for warnings.
fn const_type_name(c: Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::Ellipsis => "ellipsis",
        Constant::Bool(_) => "bool",
        Constant::Int(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex { .. } => "complex",
        Constant::Str(_) | Constant::StrCodePoints(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Tuple(_) => "tuple",
        Constant::FrozenSet(_) => "frozenset",
        Constant::Code(_) => "code",
    }
}

fn cmp_arg(op: ast::CmpOp) -> (Opcode, u32) {
    use ast::CmpOp::*;
    match op {
        Eq => (Opcode::CompareOp, CompareOperator::Eq as u32),
        NotEq => (Opcode::CompareOp, CompareOperator::Ne as u32),
        Lt => (Opcode::CompareOp, CompareOperator::Lt as u32),
        LtE => (Opcode::CompareOp, CompareOperator::Le as u32),
        Gt => (Opcode::CompareOp, CompareOperator::Gt as u32),
        GtE => (Opcode::CompareOp, CompareOperator::Ge as u32),
        Is => (Opcode::IsOp, 0),
        IsNot => (Opcode::IsOp, 1),
        In => (Opcode::ContainsOp, 0),
        NotIn => (Opcode::ContainsOp, 1),
    }
}

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &Expr) -> CResult {
        if self.depth >= crate::scope::MAX_NESTING {
            return Err(self.error_at(crate::scope::TOO_DEEP, e.range()));
        }
        self.depth += 1;
        let saved = self.set_pos(e.range());
        let r = self.expr_inner(e);
        self.restore_pos(saved);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult {
        if let Expr::StringLiteral(s) = e {
            let c = self.string_constant(s);
            self.load_const(c);
            return Ok(());
        }
        if let Some(c) = literal(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And {
                    Opcode::JumpIfFalseOrPop
                } else {
                    Opcode::JumpIfTrueOrPop
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::Copy, 1);
                self.assign_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_pos(b.range);
                self.emit(Opcode::BinaryOp, binop_arg(b.op));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.set_pos(u.range);
                let op = match u.op {
                    ast::UnaryOp::Invert => Opcode::UnaryInvert,
                    ast::UnaryOp::Not => Opcode::UnaryNot,
                    ast::UnaryOp::UAdd => Opcode::UnaryPositive,
                    ast::UnaryOp::USub => Opcode::UnaryNegative,
                };
                self.emit(op, 0);
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => {
                // Like CPython, three or more constants become a frozenset constant merged into a new set.
                let consts: Option<Vec<Constant>> = s.elts.iter().map(literal).collect();
                match consts {
                    Some(items) if items.len() > 2 => {
                        self.emit(Opcode::BuildSet, 0);
                        self.load_const(Constant::FrozenSet(items.into()));
                        self.emit(Opcode::SetUpdate, 1);
                    }
                    _ => self.sequence_display(
                        &s.elts,
                        Opcode::BuildSet,
                        Opcode::SetUpdate,
                        Opcode::SetAdd,
                        false,
                    )?,
                }
            }
            Expr::List(l) => {
                if l.ctx != ast::ExprContext::Load {
                    return Err(self.error_at("invalid syntax", l.range));
                }
                self.sequence_display(
                    &l.elts,
                    Opcode::BuildList,
                    Opcode::ListExtend,
                    Opcode::ListAppend,
                    false,
                )?
            }
            Expr::Tuple(t) => self.sequence_display(
                &t.elts,
                Opcode::BuildList,
                Opcode::ListExtend,
                Opcode::ListAppend,
                true,
            )?,
            Expr::ListComp(c) => self.comprehension(
                e,
                &c.generators,
                super::comprehension::CompKind::List(&c.elt),
            )?,
            Expr::SetComp(c) => self.comprehension(
                e,
                &c.generators,
                super::comprehension::CompKind::Set(&c.elt),
            )?,
            Expr::DictComp(c) => self.comprehension(
                e,
                &c.generators,
                super::comprehension::CompKind::Dict(&c.key, &c.value),
            )?,
            Expr::Generator(c) => self.comprehension(
                e,
                &c.generators,
                super::comprehension::CompKind::Generator(&c.elt),
            )?,
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Opcode::GetAwaitable, 0);
                self.emit_await_loop();
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_pos(y.range);
                if self.unit_ref().flags & crate::bytecode::code_flags::ASYNC_GENERATOR != 0 {
                    self.emit(Opcode::AsyncGenWrap, 0);
                }
                self.emit(Opcode::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.set_pos(y.range);
                self.emit(Opcode::GetYieldFromIter, 0);
                self.emit_await_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.error_at("invalid syntax", t.range)),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.add_name(&self.mangled(&a.attr));
                self.set_pos(a.range);
                self.emit(Opcode::LoadAttr, ni);
            }
            Expr::Subscript(s) => {
                self.check_subscript(s);
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_pos(s.range);
                self.emit(Opcode::BinarySubscr, 0);
            }
            Expr::Starred(s) => {
                return Err(self.error_at("can't use starred expression here", s.range))
            }
            // The AST optimizer folds `__debug__` to a constant.
            Expr::Name(n) if n.id.as_str() == "__debug__" => {
                self.load_const(Constant::Bool(self.optimize == 0))
            }
            Expr::Name(n) => self.name_op(&n.id, Ctx::Load)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match &s.step {
                    Some(st) => {
                        self.expr(st)?;
                        self.emit(Opcode::BuildSlice, 3);
                    }
                    None => self.emit(Opcode::BuildSlice, 2),
                }
            }
            Expr::IpyEscapeCommand(c) => return Err(self.error_at("invalid syntax", c.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                unreachable!("literals are handled above")
            }
        }
        Ok(())
    }

    fn string_constant(&self, s: &ast::ExprStringLiteral) -> Constant {
        string_constant(s, self.source)
    }

    /// Builds a list/tuple/set display, using the extend forms when an element is starred.
    fn sequence_display(
        &mut self,
        elts: &[Expr],
        build: Opcode,
        extend: Opcode,
        add: Opcode,
        tuple: bool,
    ) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(
                if tuple { Opcode::BuildTuple } else { build },
                elts.len() as u32,
            );
            return Ok(());
        }
        self.emit(build, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Opcode::ListToTuple, 0);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &ast::ExprDict) -> CResult {
        let mut pending = 0u32;
        let mut built = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if !built {
                        self.emit(Opcode::BuildMap, pending);
                        built = true;
                    } else if pending > 0 {
                        self.emit(Opcode::BuildMap, pending);
                        self.emit(Opcode::DictUpdate, 1);
                    }
                    pending = 0;
                    self.expr(&item.value)?;
                    self.emit(Opcode::DictUpdate, 1);
                }
            }
        }
        if !built {
            self.emit(Opcode::BuildMap, pending);
        } else if pending > 0 {
            self.emit(Opcode::BuildMap, pending);
            self.emit(Opcode::DictUpdate, 1);
        }
        Ok(())
    }

    /// CPython's SyntaxWarning for `is` with a literal operand.
    fn check_is_literal(&mut self, c: &ast::ExprCompare) {
        let warn = |e: &Expr| matches!(literal(e), Some(k) if !matches!(k, Constant::None | Constant::Bool(_) | Constant::Ellipsis));
        let mut left = &*c.left;
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) && (warn(left) || warn(right)) {
                let msg = if *op == ast::CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                let line = self.lines.line_col(c.range.start().to_usize()).0;
                self.warnings.push((line, msg.to_string()));
            }
            left = right;
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CResult {
        self.check_is_literal(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_pos(c.range);
            let (op, arg) = cmp_arg(c.ops[0]);
            self.emit(op, arg);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            let (op, arg) = cmp_arg(c.ops[i]);
            if i + 1 < n {
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::Copy, 2);
                self.set_pos(c.range);
                self.emit(op, arg);
                self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
            } else {
                self.set_pos(c.range);
                self.emit(op, arg);
            }
        }
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` if `e`'s truth equals `cond`, short-circuiting and/or/not.
    pub fn jump_if(&mut self, e: &Expr, cond: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // `a and b` jumps on true only if all are true; on false if any is false.
                if is_and != cond {
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let last = b.values.len() - 1;
                    for v in &b.values[..last] {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(&b.values[last], cond, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(&c.comparators[0], Expr::NoneLiteral(_)) =>
            {
                self.expr(&c.left)?;
                self.set_pos(c.range);
                let is = c.ops[0] == ast::CmpOp::Is;
                let op = if is == cond {
                    Opcode::PopJumpIfNone
                } else {
                    Opcode::PopJumpIfNotNone
                };
                self.emit_jump(op, target);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit_jump(
            if cond {
                Opcode::PopJumpIfTrue
            } else {
                Opcode::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    fn warn(&mut self, r: ruff_text_size::TextRange, msg: String) {
        let line = self.lines.line_col(r.start().to_usize()).0;
        self.warnings.push((line, msg));
    }

    /// CPython's "'X' object is not callable; perhaps you missed a comma?".
    fn check_caller(&mut self, func: &Expr) {
        let what = match func {
            Expr::Tuple(_) => Some("tuple"),
            Expr::List(_) | Expr::ListComp(_) => Some("list"),
            Expr::Set(_) | Expr::SetComp(_) => Some("set"),
            Expr::Dict(_) | Expr::DictComp(_) => Some("dict"),
            Expr::Generator(_) => Some("generator"),
            Expr::FString(_) => Some("str"),
            e => literal(e).map(const_type_name),
        };
        if let Some(w) = what {
            self.warn(
                func.range(),
                format!("'{w}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    /// CPython's subscript checks: unsubscriptable literals and literal
    /// sequences indexed by a non-integer literal.
    fn check_subscript(&mut self, s: &ast::ExprSubscript) {
        let value_type = match &*s.value {
            Expr::Tuple(_) => Some("tuple"),
            Expr::List(_) | Expr::ListComp(_) => Some("list"),
            Expr::Set(_) | Expr::SetComp(_) => Some("set"),
            Expr::Generator(_) => Some("generator"),
            Expr::Lambda(_) => Some("function"),
            Expr::FString(_) => Some("str"),
            e => literal(e).map(const_type_name),
        };
        let Some(vt) = value_type else { return };
        if matches!(
            vt,
            "NoneType" | "int" | "float" | "complex" | "bool" | "set" | "generator" | "function"
        ) {
            self.warn(
                s.value.range(),
                format!("'{vt}' object is not subscriptable; perhaps you missed a comma?"),
            );
            return;
        }
        if let Some(idx) = literal(&s.slice) {
            if !matches!(idx, Constant::Int(_) | Constant::Bool(_)) {
                let it = const_type_name(idx);
                self.warn(s.range, format!("{vt} indices must be integers or slices, not {it}; perhaps you missed a comma?"));
            }
        }
    }

    fn call(&mut self, c: &ast::ExprCall) -> CResult {
        self.check_caller(&c.func);
        let args = &c.arguments;
        let simple = !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && args.keywords.iter().all(|k| k.arg.is_some());
        // Method call shape: obj.name(...)
        if simple {
            if let Expr::Attribute(a) = &*c.func {
                self.expr(&a.value)?;
                let ni = self.add_name(&self.mangled(&a.attr));
                self.set_pos(a.range);
                self.emit(Opcode::LoadMethod, ni);
                for x in args.args.iter() {
                    self.expr(x)?;
                }
                let n = (args.args.len() + args.keywords.len()) as u32;
                self.keyword_values(args)?;
                self.set_pos(c.range);
                if args.keywords.is_empty() {
                    self.emit(Opcode::CallMethod, n);
                } else {
                    self.kwnames_const(args);
                    self.emit(Opcode::CallMethodKw, n);
                }
                return Ok(());
            }
        }
        self.expr(&c.func)?;
        self.call_args(args, c.range, 0)
    }

    fn keyword_values(&mut self, args: &ast::Arguments) -> CResult {
        let mut seen: Vec<&str> = Vec::new();
        for k in args.keywords.iter() {
            let name = k.arg.as_ref().expect("keyword name").as_str();
            if seen.contains(&name) {
                return Err(self.error_at(&format!("keyword argument repeated: {name}"), k.range));
            }
            seen.push(name);
            self.expr(&k.value)?;
        }
        Ok(())
    }

    fn kwnames_const(&mut self, args: &ast::Arguments) {
        let names: Vec<Constant> = args
            .keywords
            .iter()
            .map(|k| Constant::Str(Arc::from(k.arg.as_ref().unwrap().as_str())))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
    }

    /// Emits the arguments and the call for the callable on TOS (`extra`
    /// positional arguments already pushed after it).
    pub fn call_args(
        &mut self,
        args: &ast::Arguments,
        range: ruff_text_size::TextRange,
        extra: u32,
    ) -> CResult {
        let simple = !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && args.keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for x in args.args.iter() {
                self.expr(x)?;
            }
            self.keyword_values(args)?;
            let n = extra + (args.args.len() + args.keywords.len()) as u32;
            self.set_pos(range);
            if args.keywords.is_empty() {
                self.emit(Opcode::Call, n);
            } else {
                self.kwnames_const(args);
                self.emit(Opcode::CallKw, n);
            }
            return Ok(());
        }
        // General form: build the positional tuple and the keyword dict. A
        // lone `*x` is passed as is: CallEx converts it (and names the
        // function if it is not iterable), as CPython does.
        match &args.args[..] {
            [Expr::Starred(s)] if extra == 0 => self.expr(&s.value)?,
            _ => {
                self.emit(Opcode::BuildList, extra);
                for x in args.args.iter() {
                    match x {
                        Expr::Starred(s) => {
                            self.expr(&s.value)?;
                            self.emit(Opcode::ListExtend, 1);
                        }
                        other => {
                            self.expr(other)?;
                            self.emit(Opcode::ListAppend, 1);
                        }
                    }
                }
                self.emit(Opcode::ListToTuple, 0);
            }
        }
        if args.keywords.is_empty() {
            self.set_pos(range);
            self.emit(Opcode::CallEx, 0);
            return Ok(());
        }
        self.emit(Opcode::BuildMap, 0);
        let mut seen: Vec<&str> = Vec::new();
        for k in args.keywords.iter() {
            match &k.arg {
                Some(name) => {
                    if seen.contains(&name.as_str()) {
                        return Err(
                            self.error_at(&format!("keyword argument repeated: {name}"), k.range)
                        );
                    }
                    seen.push(name.as_str());
                    self.load_const(Constant::Str(Arc::from(name.as_str())));
                    self.expr(&k.value)?;
                    self.emit(Opcode::BuildMap, 1);
                    self.emit(Opcode::DictMerge, 1);
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.set_pos(range);
        self.emit(Opcode::CallEx, 1);
        Ok(())
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> CResult {
        let mut parts = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    if !l.value.is_empty() {
                        self.load_const(Constant::Str(Arc::from(&*l.value)));
                        parts += 1;
                    }
                }
                ast::FStringPart::FString(fs) => parts += self.interpolated(&fs.elements)?,
            }
        }
        match parts {
            0 => self.load_const(Constant::Str(Arc::from(""))),
            1 => {}
            n => self.emit(Opcode::BuildString, n),
        }
        Ok(())
    }

    /// Emits the pieces of an f-string; returns how many strings were pushed.
    fn interpolated(&mut self, elements: &ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    if !l.value.is_empty() {
                        self.load_const(Constant::Str(Arc::from(&*l.value)));
                        n += 1;
                    }
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dbg) = &i.debug_text {
                        let expr_text = self
                            .source
                            .get(
                                i.expression.range().start().to_usize()
                                    ..i.expression.range().end().to_usize(),
                            )
                            .unwrap_or("");
                        let text = format!("{}{}{}", dbg.leading, expr_text, dbg.trailing);
                        self.load_const(Constant::Str(Arc::from(text.as_str())));
                        n += 1;
                        if conversion == 0 && i.format_spec.is_none() {
                            conversion = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut arg = conversion;
                    if let Some(spec) = &i.format_spec {
                        let k = self.interpolated(&spec.elements)?;
                        match k {
                            0 => self.load_const(Constant::Str(Arc::from(""))),
                            1 => {}
                            k => self.emit(Opcode::BuildString, k),
                        }
                        arg |= 4;
                    }
                    self.emit(Opcode::FormatValue, arg);
                    n += 1;
                }
            }
        }
        Ok(n)
    }
}

/// The code points of a non-raw string literal's body, escapes decoded;
/// None when it uses `\N{...}` (left to the parser's value).
fn decode_escapes(body: &str) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c as u32);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\' as u32);
            break;
        };
        let hex = |chars: &mut std::iter::Peekable<std::str::Chars>, n: usize| -> Option<u32> {
            let digits: String = (0..n).filter_map(|_| chars.next()).collect();
            (digits.len() == n)
                .then(|| u32::from_str_radix(&digits, 16).ok())
                .flatten()
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            '\\' | '\'' | '"' => out.push(e as u32),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(10),
            'r' => out.push(13),
            't' => out.push(9),
            'v' => out.push(11),
            'x' => out.push(hex(&mut chars, 2)?),
            'u' => out.push(hex(&mut chars, 4)?),
            'U' => out.push(hex(&mut chars, 8)?),
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    match chars.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(v);
            }
            'N' => return None,
            other => {
                out.push('\\' as u32);
                out.push(other as u32);
            }
        }
    }
    Some(out)
}
