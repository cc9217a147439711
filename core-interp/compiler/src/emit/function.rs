//! Function, lambda and class definitions: defaults, keyword-only defaults,
//! annotations and closures for `MakeFunction`; class bodies run through
//! `__build_class__` with `__module__`, `__qualname__` and `__classcell__`.

use super::{CResult, Compiler, Ctx};
use crate::bytecode::{code_flags, Constant, Opcode};
use crate::scope::node_key;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;
use std::sync::Arc;

impl<'a> Compiler<'a> {
    /// Pushes defaults/kw-defaults/annotations for `MakeFunction`; returns its flags.
    fn function_prelude(
        &mut self,
        p: Option<&ast::Parameters>,
        returns: Option<&ast::Expr>,
        with_annotations: bool,
    ) -> CResult<u32> {
        let mut flags = 0;
        let Some(p) = p else { return Ok(0) };
        let positional: Vec<&ast::ParameterWithDefault> =
            p.posonlyargs.iter().chain(&p.args).collect();
        let defaults: Vec<&ast::Expr> = positional
            .iter()
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BuildTuple, defaults.len() as u32);
            flags |= 1;
        }
        let kw: Vec<&ast::ParameterWithDefault> = p
            .kwonlyargs
            .iter()
            .filter(|a| a.default.is_some())
            .collect();
        if !kw.is_empty() {
            for a in &kw {
                let name = self.mangled(&a.parameter.name);
                self.load_const(Constant::Str(Arc::from(name.as_str())));
                self.expr(a.default.as_deref().unwrap())?;
            }
            self.emit(Opcode::BuildMap, kw.len() as u32);
            flags |= 2;
        }
        if with_annotations {
            let mut n = 0;
            let all: Vec<&ast::Parameter> = positional
                .iter()
                .map(|a| &a.parameter)
                .chain(p.vararg.as_deref())
                .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
                .chain(p.kwarg.as_deref())
                .collect();
            for param in all {
                if let Some(an) = &param.annotation {
                    let name = self.mangled(&param.name);
                    self.load_const(Constant::Str(Arc::from(name.as_str())));
                    self.annotation(an)?;
                    n += 2;
                }
            }
            if let Some(r) = returns {
                self.load_const(Constant::Str(Arc::from("return")));
                self.annotation(r)?;
                n += 2;
            }
            if n > 0 {
                self.emit(Opcode::BuildTuple, n);
                flags |= 4;
            }
        }
        Ok(flags)
    }

    fn set_arg_counts(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let vararg = p.vararg.as_ref().map(|v| self.mangled(&v.name));
        let kwarg = p.kwarg.as_ref().map(|k| self.mangled(&k.name));
        let u = self.unit();
        u.posonly = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonly = p.kwonlyargs.len() as u32;
        if let Some(v) = vararg {
            u.flags |= code_flags::VARARGS;
            u.varnames.insert(v);
        }
        if let Some(k) = kwarg {
            u.flags |= code_flags::VARKEYWORDS;
            u.varnames.insert(k);
        }
    }

    /// Emits `MakeFunction` for a finished code object (closure included).
    fn make_function(&mut self, code: crate::bytecode::CodeObject, mut flags: u32) -> CResult {
        let free = code.freevars.clone();
        if self.emit_closure(&free)? {
            flags |= 8;
        }
        self.load_const(Constant::Code(Arc::new(code)));
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }

    pub fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CResult {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let first_line = f
            .decorator_list
            .first()
            .map(|d| d.range().start())
            .unwrap_or(f.range.start());
        let first_line = self.lines.line_col(first_line.to_usize()).0;
        self.set_pos(f.range);
        let flags = self.function_prelude(Some(&f.parameters), f.returns.as_deref(), true)?;
        let qualname = self.qualname_for(&f.name);
        self.push_unit(node_key(f), &f.name, qualname, first_line)?;
        self.set_arg_counts(Some(&f.parameters));
        let doc = self.docstring(&f.body);
        let body: &[Stmt] = if Self::docstring_of(&f.body).is_some() {
            &f.body[1..]
        } else {
            &f.body
        };
        match doc {
            Some(d) => {
                self.unit().docstring = Some(Arc::from(d.as_str()));
                self.add_const(Constant::Str(Arc::from(d.as_str())));
            }
            None => {
                self.add_const(Constant::None);
            }
        }
        self.stmts(body)?;
        self.implicit_return(f.body.last().map(|s| s.range()));
        let code = self.pop_unit()?;
        self.set_pos(f.range);
        self.make_function(code, flags)?;
        for d in f.decorator_list.iter().rev() {
            self.set_pos(d.expression.range());
            self.emit(Opcode::Call, 1);
        }
        self.set_pos(f.range);
        self.name_op(&f.name, Ctx::Store)
    }

    fn implicit_return(&mut self, last: Option<ruff_text_size::TextRange>) {
        let ends_with_return = matches!(self.unit_ref().ir.last(), Some(ir) if matches!(ir.op, crate::assemble::IrOp::Op(Opcode::ReturnValue)));
        if ends_with_return {
            return;
        }
        if let Some(r) = last {
            let p = self.range_to_pos(r);
            self.unit().pos = crate::bytecode::SourceRange {
                line: p.end_line,
                end_line: p.end_line,
                col: 0,
                end_col: 0,
            };
        }
        self.load_const(Constant::None);
        self.emit(Opcode::ReturnValue, 0);
    }

    pub fn lambda(&mut self, l: &ast::ExprLambda) -> CResult {
        let flags = self.function_prelude(l.parameters.as_deref(), None, false)?;
        let qualname = self.qualname_for("<lambda>");
        let line = self.lines.line_col(l.range.start().to_usize()).0;
        self.push_unit(node_key(l), "<lambda>", qualname, line)?;
        self.set_arg_counts(l.parameters.as_deref());
        self.add_const(Constant::None);
        self.expr(&l.body)?;
        if self.unit_ref().flags & code_flags::GENERATOR != 0 {
            self.emit(Opcode::PopTop, 0);
            self.load_const(Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.set_pos(l.range);
        self.make_function(code, flags)
    }

    pub fn class_def(&mut self, c: &ast::StmtClassDef) -> CResult {
        // `class C(x for x in y)`: 3.11's grammar has no bare generator
        // expression among class bases; CPython stops at its `for`.
        if let Some(ast::Expr::Generator(g)) = c
            .arguments
            .as_ref()
            .and_then(|a| a.args.first())
            .filter(|_| c.arguments.as_ref().is_some_and(|a| a.args.len() == 1))
        {
            if !g.parenthesized {
                let after = g.elt.range().end().to_usize();
                let at =
                    after + self.source[after..].len() - self.source[after..].trim_start().len();
                let r = ruff_text_size::TextRange::at((at as u32).into(), 3.into());
                return Err(self.error_at("invalid syntax", r));
            }
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        let first_line = c
            .decorator_list
            .first()
            .map(|d| d.range().start())
            .unwrap_or(c.range.start());
        let first_line = self.lines.line_col(first_line.to_usize()).0;
        self.set_pos(c.range);
        self.emit(Opcode::LoadBuildClass, 0);
        let qualname = self.qualname_for(&c.name);
        self.push_unit(node_key(c), &c.name, qualname.clone(), first_line)?;
        self.name_op("__name__", Ctx::Load)?;
        self.name_op("__module__", Ctx::Store)?;
        self.load_const(Constant::Str(Arc::from(qualname.as_str())));
        self.name_op("__qualname__", Ctx::Store)?;
        let doc = self.docstring(&c.body);
        let body: &[Stmt] = if doc.is_some() { &c.body[1..] } else { &c.body };
        if let Some(d) = &doc {
            self.unit().docstring = Some(Arc::from(d.as_str()));
            self.load_const(Constant::Str(Arc::from(d.as_str())));
            self.name_op("__doc__", Ctx::Store)?;
        }
        if self.table.scopes[self.unit_ref().scope].has_annotations {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        self.stmts(body)?;
        let has_cell = self.table.scopes[self.unit_ref().scope].has_class_cell;
        if has_cell {
            let idx = self
                .unit_ref()
                .cellvars
                .iter()
                .position(|v| v == "__class__")
                .expect("class cell") as u32;
            self.emit(Opcode::LoadClosure, idx);
            self.emit(Opcode::Copy, 1);
            let ni = self.add_name("__classcell__");
            self.emit(Opcode::StoreName, ni);
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.pop_unit()?;
        self.set_pos(c.range);
        self.make_function(code, 0)?;
        self.load_const(Constant::Str(Arc::from(c.name.as_str())));
        match &c.arguments {
            Some(args) => self.call_args(args, c.range, 2)?,
            None => self.emit(Opcode::Call, 2),
        }
        for d in c.decorator_list.iter().rev() {
            self.set_pos(d.expression.range());
            self.emit(Opcode::Call, 1);
        }
        self.set_pos(c.range);
        self.name_op(&c.name, Ctx::Store)
    }
}
