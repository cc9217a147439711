//! `ast` node objects → ruff's syntax tree, for `compile(tree, …)`.
//!
//! Node positions become byte ranges into a synthetic source of blank lines
//! (one per line of the tree, each as wide as its widest column), so the
//! compiler's line table gives back the nodes' own lines and columns.
//! Conversion raises CPython's TypeErrors for missing fields and wrong
//! types; the deeper validation of CPython's `PyAST_Validate` is partial.

use super::Types;
use crate::compile::ast::{self, Expr, Pattern, Stmt};
use crate::compile::text_size::TextRange;
use crate::compile::{CompileOptions, Mode, Tree};
use crate::objects::complexobject::PyComplex;
use crate::objects::floatobject::as_float;
use crate::objects::listobject::list_items;
use crate::objects::object::PyRef;
use crate::objects::typeobject::{as_type, class_name};
use crate::objects::unicodeobject::PyStr;
use crate::vm::{PyResult, Vm};

/// `compile(tree, filename, mode)`: converts `tree` and compiles it.
pub fn compile_object(vm: &Vm, tree: &PyRef, filename: &str, mode: Mode) -> PyResult {
    let t = super::types(vm)?;
    let mut c = FromPy {
        vm,
        t,
        width: 0,
        lines: 1,
    };
    c.measure(tree, 0)?;
    let kind = c.kind(tree)?;
    let expected = match mode {
        Mode::Exec => "Module",
        Mode::Eval => "Expression",
        Mode::Single => "Interactive",
    };
    if kind != expected {
        return Err(vm.new_type_error(format!(
            "expected {expected} node, got {}",
            class_name(tree)
        )));
    }
    let parsed = if mode == Mode::Eval {
        let body = c.expr(&c.get(tree, "body", kind)?)?;
        Tree::Expression(
            ast::ModExpression {
                node_index: Default::default(),
                range: TextRange::default(),
                body: Box::new(body),
            },
            0,
        )
    } else {
        let body = c.stmts(tree, "body", kind)?;
        Tree::Module(ast::ModModule {
            node_index: Default::default(),
            range: TextRange::default(),
            body,
        })
    };
    let line = " ".repeat(c.width) + "\n";
    let source = line.repeat(c.lines);
    let opts = CompileOptions {
        mode,
        filename: filename.to_string(),
        optimize: 0,
    };
    match crate::compile::compile_tree(&parsed, &source, &opts) {
        Ok(code) => Ok(crate::objects::codeobject::new_code(
            vm,
            std::sync::Arc::new(code),
        )),
        Err(mut e) => {
            // The synthetic source has no text to quote.
            e.text = None;
            Err(crate::vm::syntax_errors::compile_error_to_exception(vm, &e))
        }
    }
}

struct FromPy<'a> {
    vm: &'a Vm,
    t: &'static Types,
    /// Columns per synthetic line (the widest column of the tree, plus one).
    width: usize,
    /// Lines of the synthetic source.
    lines: usize,
}

/// Nodes nested deeper than this are rejected (CPython's recursion limit).
const MAX_DEPTH: usize = 3000;

fn small_int(vm: &Vm, o: &PyRef) -> Option<i64> {
    let _ = vm;
    crate::objects::longobject::int_to_i64(o)
}

impl FromPy<'_> {
    /// Finds the widest column and the last line of the tree.
    fn measure(&mut self, o: &PyRef, depth: usize) -> PyResult<()> {
        if depth > MAX_DEPTH {
            return Err(self
                .vm
                .new_recursion_error("maximum recursion depth exceeded during compilation"));
        }
        if let Some(items) = crate::objects::listobject::as_list(o).map(|_| list_items(o)) {
            for i in &items {
                self.measure(i, depth + 1)?;
            }
            return Ok(());
        }
        if !self.vm.isinstance(o, &self.t.base)? {
            return Ok(());
        }
        for (name, is_line) in [
            ("lineno", true),
            ("end_lineno", true),
            ("col_offset", false),
            ("end_col_offset", false),
        ] {
            let v = self.vm.getattr_opt(o, &self.vm.intern(name))?;
            if let Some(n) = v.as_ref().and_then(|v| small_int(self.vm, v)) {
                let n = n.clamp(0, 1 << 20) as usize;
                if is_line {
                    self.lines = self.lines.max(n);
                } else {
                    self.width = self.width.max(n + 1);
                }
            }
        }
        let fields = self.vm.getattr_opt(o.class(), &self.vm.intern("_fields"))?;
        if let Some(fields) = fields {
            for f in self.vm.collect(&fields)? {
                if let Some(v) = self.vm.getattr_opt(o, &f)? {
                    self.measure(&v, depth + 1)?;
                }
            }
        }
        Ok(())
    }

    /// The grammar name of the node class `o` is an instance of.
    fn kind(&self, o: &PyRef) -> PyResult<&'static str> {
        let mro = as_type(o.class()).mro.borrow().clone();
        for c in &mro {
            if let Some(name) = self.t.name_of(c) {
                return Ok(name);
            }
        }
        Err(self.vm.new_type_error(format!(
            "expected some sort of AST node, but got {}",
            self.vm.repr_string(o)?
        )))
    }

    /// The node's constructor name, checking it belongs to the sum `sum`.
    fn kind_of(&self, o: &PyRef, sum: &str) -> PyResult<&'static str> {
        let k = if self.vm.isinstance(o, self.t.class(sum))? {
            self.kind(o).ok()
        } else {
            None
        };
        match k {
            Some(k) if k != sum => Ok(k),
            _ => Err(self.vm.new_type_error(format!(
                "expected some sort of {sum}, but got {}",
                self.vm.repr_string(o)?
            ))),
        }
    }

    /// A required field.
    fn get(&self, o: &PyRef, name: &str, owner: &str) -> PyResult<PyRef> {
        match self.vm.getattr_opt(o, &self.vm.intern(name))? {
            Some(v) if !self.vm.is_none(&v) => Ok(v),
            _ => Err(self
                .vm
                .new_type_error(format!("required field \"{name}\" missing from {owner}"))),
        }
    }

    /// An optional field (`None` when missing or None).
    fn get_opt(&self, o: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        Ok(self
            .vm
            .getattr_opt(o, &self.vm.intern(name))?
            .filter(|v| !self.vm.is_none(v)))
    }

    /// A sequence field, which must be a list.
    fn seq(&self, o: &PyRef, name: &str, owner: &str) -> PyResult<Vec<PyRef>> {
        let v = self.get(o, name, owner)?;
        if crate::objects::listobject::as_list(&v).is_none() {
            return Err(self.vm.new_type_error(format!(
                "{owner} field \"{name}\" must be a list, not a {}",
                class_name(&v)
            )));
        }
        Ok(list_items(&v))
    }

    fn str_value(&self, v: &PyRef) -> PyResult<String> {
        if v.downcast_ref::<PyStr>().is_none() {
            return Err(self.vm.new_type_error("AST identifier must be of type str"));
        }
        self.vm.str_string(v)
    }

    fn ident(&self, o: &PyRef, name: &str, owner: &str, r: TextRange) -> PyResult<ast::Identifier> {
        let v = self.get(o, name, owner)?;
        Ok(ast::Identifier::new(self.str_value(&v)?, r))
    }

    fn opt_ident(&self, o: &PyRef, name: &str, r: TextRange) -> PyResult<Option<ast::Identifier>> {
        match self.get_opt(o, name)? {
            Some(v) => Ok(Some(ast::Identifier::new(self.str_value(&v)?, r))),
            None => Ok(None),
        }
    }

    fn int_field(&self, o: &PyRef, name: &str, owner: &str) -> PyResult<i64> {
        let v = self.get(o, name, owner)?;
        small_int(self.vm, &v).ok_or_else(|| {
            self.vm.new_type_error(format!(
                "invalid integer value: {}",
                self.vm.repr_string(&v).unwrap_or_default()
            ))
        })
    }

    fn offset(&self, line: i64, col: i64) -> u32 {
        let line = line.clamp(1, self.lines as i64) as usize;
        let col = col.clamp(0, self.width as i64) as usize;
        ((line - 1) * (self.width + 1) + col) as u32
    }

    /// The byte range of a node with positions (`owner` names its kind in
    /// the error for a missing `lineno` or `col_offset`).
    fn range(&self, o: &PyRef, owner: &str) -> PyResult<TextRange> {
        let line = self.int_field(o, "lineno", owner)?;
        let col = self.int_field(o, "col_offset", owner)?;
        let end_line = match self.get_opt(o, "end_lineno")? {
            Some(v) => small_int(self.vm, &v).unwrap_or(line),
            None => line,
        };
        let end_col = match self.get_opt(o, "end_col_offset")? {
            Some(v) => small_int(self.vm, &v).unwrap_or(col),
            None => col,
        };
        let start = self.offset(line, col);
        let end = self.offset(end_line, end_col).max(start);
        Ok(TextRange::new(start.into(), end.into()))
    }

    fn stmts(&self, o: &PyRef, name: &str, owner: &str) -> PyResult<Vec<Stmt>> {
        self.seq(o, name, owner)?
            .iter()
            .map(|s| self.stmt(s))
            .collect()
    }

    fn body(&self, o: &PyRef, name: &str, owner: &str) -> PyResult<Vec<Stmt>> {
        let body = self.stmts(o, name, owner)?;
        if body.is_empty() {
            return Err(self.vm.new_value_error(format!("empty {name} on {owner}")));
        }
        Ok(body)
    }

    fn exprs(&self, o: &PyRef, name: &str, owner: &str) -> PyResult<Vec<Expr>> {
        self.seq(o, name, owner)?
            .iter()
            .map(|e| self.expr(e))
            .collect()
    }

    fn field_expr(&self, o: &PyRef, name: &str, owner: &str) -> PyResult<Box<Expr>> {
        Ok(Box::new(self.expr(&self.get(o, name, owner)?)?))
    }

    fn opt_expr(&self, o: &PyRef, name: &str) -> PyResult<Option<Box<Expr>>> {
        match self.get_opt(o, name)? {
            Some(v) => Ok(Some(Box::new(self.expr(&v)?))),
            None => Ok(None),
        }
    }

    /// The constructor name of an operator/context field.
    fn op_name(&self, o: &PyRef, name: &str, owner: &str, sum: &str) -> PyResult<&'static str> {
        self.kind_of(&self.get(o, name, owner)?, sum)
    }

    fn ctx(&self, o: &PyRef, owner: &str) -> PyResult<ast::ExprContext> {
        Ok(match self.op_name(o, "ctx", owner, "expr_context")? {
            "Store" => ast::ExprContext::Store,
            "Del" => ast::ExprContext::Del,
            _ => ast::ExprContext::Load,
        })
    }

    fn operator(&self, o: &PyRef, owner: &str) -> PyResult<ast::Operator> {
        use ast::Operator as O;
        Ok(match self.op_name(o, "op", owner, "operator")? {
            "Add" => O::Add,
            "Sub" => O::Sub,
            "Mult" => O::Mult,
            "MatMult" => O::MatMult,
            "Div" => O::Div,
            "Mod" => O::Mod,
            "Pow" => O::Pow,
            "LShift" => O::LShift,
            "RShift" => O::RShift,
            "BitOr" => O::BitOr,
            "BitXor" => O::BitXor,
            "BitAnd" => O::BitAnd,
            _ => O::FloorDiv,
        })
    }

    fn cmpop(&self, o: &PyRef) -> PyResult<ast::CmpOp> {
        use ast::CmpOp as C;
        Ok(match self.kind_of(o, "cmpop")? {
            "Eq" => C::Eq,
            "NotEq" => C::NotEq,
            "Lt" => C::Lt,
            "LtE" => C::LtE,
            "Gt" => C::Gt,
            "GtE" => C::GtE,
            "Is" => C::Is,
            "IsNot" => C::IsNot,
            "In" => C::In,
            _ => C::NotIn,
        })
    }

    fn stmt(&self, o: &PyRef) -> PyResult<Stmt> {
        let r = self.range(o, "stmt")?;
        let kind = self.kind_of(o, "stmt")?;
        let ni = Default::default;
        Ok(match kind {
            "FunctionDef" | "AsyncFunctionDef" => {
                let decorator_list = self.decorators(o, kind)?;
                let start = decorator_list
                    .first()
                    .map_or(r.start(), |d| d.range.start().min(r.start()));
                Stmt::FunctionDef(ast::StmtFunctionDef {
                    node_index: ni(),
                    range: TextRange::new(start, r.end()),
                    is_async: kind == "AsyncFunctionDef",
                    name: self.ident(o, "name", kind, r)?,
                    type_params: None,
                    parameters: Box::new(self.arguments(&self.get(o, "args", kind)?)?),
                    returns: self.opt_expr(o, "returns")?,
                    body: self.body(o, "body", kind)?,
                    decorator_list,
                })
            }
            "ClassDef" => {
                let decorator_list = self.decorators(o, kind)?;
                let start = decorator_list
                    .first()
                    .map_or(r.start(), |d| d.range.start().min(r.start()));
                let bases = self.exprs(o, "bases", kind)?;
                let keywords = self.keywords(o, kind)?;
                let arguments = if bases.is_empty() && keywords.is_empty() {
                    None
                } else {
                    Some(Box::new(ast::Arguments {
                        node_index: ni(),
                        range: r,
                        args: bases.into(),
                        keywords: keywords.into(),
                    }))
                };
                Stmt::ClassDef(ast::StmtClassDef {
                    node_index: ni(),
                    range: TextRange::new(start, r.end()),
                    decorator_list,
                    name: self.ident(o, "name", kind, r)?,
                    type_params: None,
                    arguments,
                    body: self.body(o, "body", kind)?,
                })
            }
            "Return" => Stmt::Return(ast::StmtReturn {
                node_index: ni(),
                range: r,
                value: self.opt_expr(o, "value")?,
            }),
            "Delete" => Stmt::Delete(ast::StmtDelete {
                node_index: ni(),
                range: r,
                targets: self.exprs(o, "targets", kind)?,
            }),
            "Assign" => {
                let targets = self.exprs(o, "targets", kind)?;
                if targets.is_empty() {
                    return Err(self.vm.new_value_error("empty targets on Assign"));
                }
                Stmt::Assign(ast::StmtAssign {
                    node_index: ni(),
                    range: r,
                    targets,
                    value: self.field_expr(o, "value", kind)?,
                })
            }
            "AugAssign" => Stmt::AugAssign(ast::StmtAugAssign {
                node_index: ni(),
                range: r,
                target: self.field_expr(o, "target", kind)?,
                op: self.operator(o, kind)?,
                value: self.field_expr(o, "value", kind)?,
            }),
            "AnnAssign" => Stmt::AnnAssign(ast::StmtAnnAssign {
                node_index: ni(),
                range: r,
                target: self.field_expr(o, "target", kind)?,
                annotation: self.field_expr(o, "annotation", kind)?,
                value: self.opt_expr(o, "value")?,
                simple: self.int_field(o, "simple", kind)? != 0,
            }),
            "For" | "AsyncFor" => Stmt::For(ast::StmtFor {
                node_index: ni(),
                range: r,
                is_async: kind == "AsyncFor",
                target: self.field_expr(o, "target", kind)?,
                iter: self.field_expr(o, "iter", kind)?,
                body: self.body(o, "body", kind)?,
                orelse: self.stmts(o, "orelse", kind)?,
            }),
            "While" => Stmt::While(ast::StmtWhile {
                node_index: ni(),
                range: r,
                test: self.field_expr(o, "test", kind)?,
                body: self.body(o, "body", kind)?,
                orelse: self.stmts(o, "orelse", kind)?,
            }),
            "If" => {
                let orelse = self.stmts(o, "orelse", kind)?;
                let elif_else_clauses = if orelse.is_empty() {
                    Vec::new()
                } else {
                    vec![ast::ElifElseClause {
                        range: r,
                        node_index: ni(),
                        test: None,
                        body: orelse,
                    }]
                };
                Stmt::If(ast::StmtIf {
                    node_index: ni(),
                    range: r,
                    test: self.field_expr(o, "test", kind)?,
                    body: self.body(o, "body", kind)?,
                    elif_else_clauses,
                })
            }
            "With" | "AsyncWith" => {
                let items = self
                    .seq(o, "items", kind)?
                    .iter()
                    .map(|i| {
                        self.product(i, "withitem")?;
                        Ok(ast::WithItem {
                            range: r,
                            node_index: ni(),
                            context_expr: self.expr(&self.get(i, "context_expr", "withitem")?)?,
                            optional_vars: self.opt_expr(i, "optional_vars")?,
                        })
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                if items.is_empty() {
                    return Err(self.vm.new_value_error(format!("empty items on {kind}")));
                }
                Stmt::With(ast::StmtWith {
                    node_index: ni(),
                    range: r,
                    is_async: kind == "AsyncWith",
                    items,
                    body: self.body(o, "body", kind)?,
                })
            }
            "Match" => {
                let cases = self
                    .seq(o, "cases", kind)?
                    .iter()
                    .map(|c| {
                        self.product(c, "match_case")?;
                        Ok(ast::MatchCase {
                            range: r,
                            node_index: ni(),
                            pattern: self.pattern(&self.get(c, "pattern", "match_case")?)?,
                            guard: self.opt_expr(c, "guard")?,
                            body: self.body(c, "body", "match_case")?,
                        })
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                if cases.is_empty() {
                    return Err(self.vm.new_value_error("empty cases on Match"));
                }
                Stmt::Match(ast::StmtMatch {
                    node_index: ni(),
                    range: r,
                    subject: self.field_expr(o, "subject", kind)?,
                    cases,
                })
            }
            "Raise" => Stmt::Raise(ast::StmtRaise {
                node_index: ni(),
                range: r,
                exc: self.opt_expr(o, "exc")?,
                cause: self.opt_expr(o, "cause")?,
            }),
            "Try" | "TryStar" => {
                let handlers = self
                    .seq(o, "handlers", kind)?
                    .iter()
                    .map(|h| {
                        let hr = self.range(h, "excepthandler")?;
                        self.kind_of(h, "excepthandler")?;
                        Ok(ast::ExceptHandler::ExceptHandler(
                            ast::ExceptHandlerExceptHandler {
                                range: hr,
                                node_index: ni(),
                                type_: self.opt_expr(h, "type")?,
                                name: self.opt_ident(h, "name", hr)?,
                                body: self.body(h, "body", "ExceptHandler")?,
                            },
                        ))
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                Stmt::Try(ast::StmtTry {
                    node_index: ni(),
                    range: r,
                    body: self.body(o, "body", kind)?,
                    handlers,
                    orelse: self.stmts(o, "orelse", kind)?,
                    finalbody: self.stmts(o, "finalbody", kind)?,
                    is_star: kind == "TryStar",
                })
            }
            "Assert" => Stmt::Assert(ast::StmtAssert {
                node_index: ni(),
                range: r,
                test: self.field_expr(o, "test", kind)?,
                msg: self.opt_expr(o, "msg")?,
            }),
            "Import" => Stmt::Import(ast::StmtImport {
                node_index: ni(),
                range: r,
                names: self.aliases(o, kind)?,
                is_lazy: false,
            }),
            "ImportFrom" => Stmt::ImportFrom(ast::StmtImportFrom {
                node_index: ni(),
                range: r,
                module: self.opt_ident(o, "module", r)?,
                names: self.aliases(o, kind)?,
                level: match self.get_opt(o, "level")? {
                    Some(v) => small_int(self.vm, &v).unwrap_or(0).max(0) as u32,
                    None => 0,
                },
                is_lazy: false,
            }),
            "Global" | "Nonlocal" => {
                let names = self
                    .seq(o, "names", kind)?
                    .iter()
                    .map(|n| Ok(ast::Identifier::new(self.str_value(n)?, r)))
                    .collect::<PyResult<Vec<_>>>()?;
                if kind == "Global" {
                    Stmt::Global(ast::StmtGlobal {
                        node_index: ni(),
                        range: r,
                        names,
                    })
                } else {
                    Stmt::Nonlocal(ast::StmtNonlocal {
                        node_index: ni(),
                        range: r,
                        names,
                    })
                }
            }
            "Expr" => Stmt::Expr(ast::StmtExpr {
                node_index: ni(),
                range: r,
                value: self.field_expr(o, "value", kind)?,
            }),
            "Pass" => Stmt::Pass(ast::StmtPass {
                node_index: ni(),
                range: r,
            }),
            "Break" => Stmt::Break(ast::StmtBreak {
                node_index: ni(),
                range: r,
            }),
            _ => Stmt::Continue(ast::StmtContinue {
                node_index: ni(),
                range: r,
            }),
        })
    }

    /// Checks that `o` is an instance of the product type `name`.
    fn product(&self, o: &PyRef, name: &str) -> PyResult<&'static str> {
        if self.vm.isinstance(o, self.t.class(name))? {
            return self.kind(o);
        }
        Err(self.vm.new_type_error(format!(
            "expected some sort of {name}, but got {}",
            self.vm.repr_string(o)?
        )))
    }

    fn decorators(&self, o: &PyRef, owner: &str) -> PyResult<Vec<ast::Decorator>> {
        self.exprs(o, "decorator_list", owner)?
            .into_iter()
            .map(|e| {
                let er = ruff_range(&e);
                Ok(ast::Decorator {
                    range: TextRange::new(er.start().to_u32().saturating_sub(1).into(), er.end()),
                    node_index: Default::default(),
                    expression: e,
                })
            })
            .collect()
    }

    fn keywords(&self, o: &PyRef, owner: &str) -> PyResult<Vec<ast::Keyword>> {
        self.seq(o, "keywords", owner)?
            .iter()
            .map(|k| {
                self.product(k, "keyword")?;
                let r = self.range(k, "keyword")?;
                Ok(ast::Keyword {
                    range: r,
                    node_index: Default::default(),
                    arg: self.opt_ident(k, "arg", r)?,
                    value: self.expr(&self.get(k, "value", "keyword")?)?,
                })
            })
            .collect()
    }

    fn aliases(&self, o: &PyRef, owner: &str) -> PyResult<Vec<ast::Alias>> {
        let names = self
            .seq(o, "names", owner)?
            .iter()
            .map(|a| {
                self.product(a, "alias")?;
                let r = self.range(a, "alias").unwrap_or_default();
                Ok(ast::Alias {
                    range: r,
                    node_index: Default::default(),
                    name: self.ident(a, "name", "alias", r)?,
                    asname: self.opt_ident(a, "asname", r)?,
                })
            })
            .collect::<PyResult<Vec<_>>>()?;
        if names.is_empty() {
            return Err(self.vm.new_value_error(format!("empty names on {owner}")));
        }
        Ok(names)
    }

    fn arg(&self, a: &PyRef) -> PyResult<ast::Parameter> {
        self.product(a, "arg")?;
        let r = self.range(a, "arg")?;
        Ok(ast::Parameter {
            range: r,
            node_index: Default::default(),
            name: self.ident(a, "arg", "arg", r)?,
            annotation: self.opt_expr(a, "annotation")?,
        })
    }

    fn arguments(&self, o: &PyRef) -> PyResult<ast::Parameters> {
        self.product(o, "arguments")?;
        let owner = "arguments";
        let with_default = |p: ast::Parameter, d: Option<Box<Expr>>| ast::ParameterWithDefault {
            range: p.range,
            node_index: Default::default(),
            parameter: p,
            default: d,
        };
        let posonly = self.seq(o, "posonlyargs", owner)?;
        let args = self.seq(o, "args", owner)?;
        let defaults = self.exprs(o, "defaults", owner)?;
        let npos = posonly.len() + args.len();
        if defaults.len() > npos {
            return Err(self
                .vm
                .new_value_error("more positional defaults than args on arguments"));
        }
        let first_default = npos - defaults.len();
        let mut defaults = defaults.into_iter();
        let mut positional = Vec::with_capacity(npos);
        for (i, a) in posonly.iter().chain(&args).enumerate() {
            let d = if i >= first_default {
                defaults.next().map(Box::new)
            } else {
                None
            };
            positional.push(with_default(self.arg(a)?, d));
        }
        let args_part = positional.split_off(posonly.len());
        let kwonly = self.seq(o, "kwonlyargs", owner)?;
        let kw_defaults = self.seq(o, "kw_defaults", owner)?;
        if kwonly.len() != kw_defaults.len() {
            return Err(self.vm.new_value_error(
                "length of kwonlyargs is not the same as kw_defaults on arguments",
            ));
        }
        let kwonlyargs = kwonly
            .iter()
            .zip(&kw_defaults)
            .map(|(a, d)| {
                let d = if self.vm.is_none(d) {
                    None
                } else {
                    Some(Box::new(self.expr(d)?))
                };
                Ok(with_default(self.arg(a)?, d))
            })
            .collect::<PyResult<Vec<_>>>()?;
        let opt_arg = |name: &str| -> PyResult<Option<Box<ast::Parameter>>> {
            match self.get_opt(o, name)? {
                Some(a) => Ok(Some(Box::new(self.arg(&a)?))),
                None => Ok(None),
            }
        };
        Ok(ast::Parameters {
            range: TextRange::default(),
            node_index: Default::default(),
            posonlyargs: positional,
            args: args_part,
            vararg: opt_arg("vararg")?,
            kwonlyargs,
            kwarg: opt_arg("kwarg")?,
        })
    }

    fn comprehensions(
        &self,
        o: &PyRef,
        owner: &str,
        r: TextRange,
    ) -> PyResult<Vec<ast::Comprehension>> {
        let gens = self
            .seq(o, "generators", owner)?
            .iter()
            .map(|g| {
                self.product(g, "comprehension")?;
                Ok(ast::Comprehension {
                    range: r,
                    node_index: Default::default(),
                    target: self.expr(&self.get(g, "target", "comprehension")?)?,
                    iter: self.expr(&self.get(g, "iter", "comprehension")?)?,
                    ifs: self.exprs(g, "ifs", "comprehension")?,
                    is_async: self.int_field(g, "is_async", "comprehension")? != 0,
                })
            })
            .collect::<PyResult<Vec<_>>>()?;
        if gens.is_empty() {
            return Err(self.vm.new_value_error("comprehension with no generators"));
        }
        Ok(gens)
    }

    fn expr(&self, o: &PyRef) -> PyResult<Expr> {
        let r = self.range(o, "expr")?;
        let kind = self.kind_of(o, "expr")?;
        let ni = Default::default;
        Ok(match kind {
            "BoolOp" => {
                let op = match self.op_name(o, "op", kind, "boolop")? {
                    "And" => ast::BoolOp::And,
                    _ => ast::BoolOp::Or,
                };
                let values = self.exprs(o, "values", kind)?;
                if values.len() < 2 {
                    return Err(self.vm.new_value_error("BoolOp with less than 2 values"));
                }
                Expr::BoolOp(ast::ExprBoolOp {
                    node_index: ni(),
                    range: r,
                    op,
                    values,
                })
            }
            "NamedExpr" => Expr::Named(ast::ExprNamed {
                node_index: ni(),
                range: r,
                target: self.field_expr(o, "target", kind)?,
                value: self.field_expr(o, "value", kind)?,
            }),
            "BinOp" => Expr::BinOp(ast::ExprBinOp {
                node_index: ni(),
                range: r,
                left: self.field_expr(o, "left", kind)?,
                op: self.operator(o, kind)?,
                right: self.field_expr(o, "right", kind)?,
            }),
            "UnaryOp" => Expr::UnaryOp(ast::ExprUnaryOp {
                node_index: ni(),
                range: r,
                op: match self.op_name(o, "op", kind, "unaryop")? {
                    "Invert" => ast::UnaryOp::Invert,
                    "Not" => ast::UnaryOp::Not,
                    "UAdd" => ast::UnaryOp::UAdd,
                    _ => ast::UnaryOp::USub,
                },
                operand: self.field_expr(o, "operand", kind)?,
            }),
            "Lambda" => Expr::Lambda(ast::ExprLambda {
                node_index: ni(),
                range: r,
                parameters: Some(Box::new(self.arguments(&self.get(o, "args", kind)?)?)),
                body: self.field_expr(o, "body", kind)?,
            }),
            "IfExp" => Expr::If(ast::ExprIf {
                node_index: ni(),
                range: r,
                test: self.field_expr(o, "test", kind)?,
                body: self.field_expr(o, "body", kind)?,
                orelse: self.field_expr(o, "orelse", kind)?,
            }),
            "Dict" => {
                let keys = self.seq(o, "keys", kind)?;
                let values = self.exprs(o, "values", kind)?;
                if keys.len() != values.len() {
                    return Err(self
                        .vm
                        .new_value_error("Dict doesn't have the same number of keys as values"));
                }
                let items = keys
                    .iter()
                    .zip(values)
                    .map(|(k, value)| {
                        let key = if self.vm.is_none(k) {
                            None
                        } else {
                            Some(self.expr(k)?)
                        };
                        Ok(ast::DictItem { key, value })
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                Expr::Dict(ast::ExprDict {
                    node_index: ni(),
                    range: r,
                    items,
                })
            }
            "Set" => Expr::Set(ast::ExprSet {
                node_index: ni(),
                range: r,
                elts: self.exprs(o, "elts", kind)?,
            }),
            "ListComp" => Expr::ListComp(ast::ExprListComp {
                node_index: ni(),
                range: r,
                elt: self.field_expr(o, "elt", kind)?,
                generators: self.comprehensions(o, kind, r)?,
            }),
            "SetComp" => Expr::SetComp(ast::ExprSetComp {
                node_index: ni(),
                range: r,
                elt: self.field_expr(o, "elt", kind)?,
                generators: self.comprehensions(o, kind, r)?,
            }),
            "DictComp" => Expr::DictComp(ast::ExprDictComp {
                node_index: ni(),
                range: r,
                key: self.field_expr(o, "key", kind)?,
                value: self.field_expr(o, "value", kind)?,
                generators: self.comprehensions(o, kind, r)?,
            }),
            "GeneratorExp" => Expr::Generator(ast::ExprGenerator {
                node_index: ni(),
                range: r,
                elt: self.field_expr(o, "elt", kind)?,
                generators: self.comprehensions(o, kind, r)?,
                parenthesized: true,
            }),
            "Await" => Expr::Await(ast::ExprAwait {
                node_index: ni(),
                range: r,
                value: self.field_expr(o, "value", kind)?,
            }),
            "Yield" => Expr::Yield(ast::ExprYield {
                node_index: ni(),
                range: r,
                value: self.opt_expr(o, "value")?,
            }),
            "YieldFrom" => Expr::YieldFrom(ast::ExprYieldFrom {
                node_index: ni(),
                range: r,
                value: self.field_expr(o, "value", kind)?,
            }),
            "Compare" => {
                let ops = self
                    .seq(o, "ops", kind)?
                    .iter()
                    .map(|op| self.cmpop(op))
                    .collect::<PyResult<Vec<_>>>()?;
                let comparators = self.exprs(o, "comparators", kind)?;
                if ops.is_empty() {
                    return Err(self.vm.new_value_error("Compare with no comparators"));
                }
                if ops.len() != comparators.len() {
                    return Err(self.vm.new_value_error(
                        "Compare has a different number of comparators and operands",
                    ));
                }
                Expr::Compare(ast::ExprCompare {
                    node_index: ni(),
                    range: r,
                    left: self.field_expr(o, "left", kind)?,
                    ops: ops.into(),
                    comparators: comparators.into(),
                })
            }
            "Call" => Expr::Call(ast::ExprCall {
                node_index: ni(),
                range: r,
                func: self.field_expr(o, "func", kind)?,
                arguments: ast::Arguments {
                    node_index: ni(),
                    range: r,
                    args: self.exprs(o, "args", kind)?.into(),
                    keywords: self.keywords(o, kind)?.into(),
                },
            }),
            "FormattedValue" | "JoinedStr" => {
                let elements = self.fstring_parts(o, kind, r)?;
                Expr::FString(ast::ExprFString {
                    node_index: ni(),
                    range: r,
                    value: ast::FStringValue::single(ast::FString {
                        range: r,
                        node_index: ni(),
                        elements: elements.into(),
                        flags: ast::FStringFlags::empty(),
                    }),
                })
            }
            "Constant" => self.constant(
                &self
                    .vm
                    .getattr_opt(o, &self.vm.intern("value"))?
                    .ok_or_else(|| {
                        self.vm
                            .new_type_error("required field \"value\" missing from Constant")
                    })?,
                r,
            )?,
            "Attribute" => Expr::Attribute(ast::ExprAttribute {
                node_index: ni(),
                range: r,
                value: self.field_expr(o, "value", kind)?,
                attr: self.ident(o, "attr", kind, r)?,
                ctx: self.ctx(o, kind)?,
            }),
            "Subscript" => Expr::Subscript(ast::ExprSubscript {
                node_index: ni(),
                range: r,
                value: self.field_expr(o, "value", kind)?,
                slice: self.field_expr(o, "slice", kind)?,
                ctx: self.ctx(o, kind)?,
            }),
            "Starred" => Expr::Starred(ast::ExprStarred {
                node_index: ni(),
                range: r,
                value: self.field_expr(o, "value", kind)?,
                ctx: self.ctx(o, kind)?,
            }),
            "Name" => {
                let id = self.str_value(&self.get(o, "id", kind)?)?;
                if matches!(id.as_str(), "None" | "True" | "False") {
                    return Err(self.vm.new_value_error(format!(
                        "identifier field can't represent '{id}' constant"
                    )));
                }
                Expr::Name(ast::ExprName {
                    node_index: ni(),
                    range: r,
                    id: ast::name::Name::new(id),
                    ctx: self.ctx(o, kind)?,
                })
            }
            "List" => Expr::List(ast::ExprList {
                node_index: ni(),
                range: r,
                elts: self.exprs(o, "elts", kind)?,
                ctx: self.ctx(o, kind)?,
            }),
            "Tuple" => Expr::Tuple(ast::ExprTuple {
                node_index: ni(),
                range: r,
                elts: self.exprs(o, "elts", kind)?,
                ctx: self.ctx(o, kind)?,
                parenthesized: true,
            }),
            _ => Expr::Slice(ast::ExprSlice {
                node_index: ni(),
                range: r,
                lower: self.opt_expr(o, "lower")?,
                upper: self.opt_expr(o, "upper")?,
                step: self.opt_expr(o, "step")?,
            }),
        })
    }

    /// The elements of an f-string from a `JoinedStr` (or a lone `FormattedValue`).
    fn fstring_parts(
        &self,
        o: &PyRef,
        kind: &str,
        r: TextRange,
    ) -> PyResult<Vec<ast::InterpolatedStringElement>> {
        let values = if kind == "JoinedStr" {
            self.seq(o, "values", kind)?
        } else {
            vec![o.clone()]
        };
        let mut out = Vec::new();
        for v in &values {
            match self.kind_of(v, "expr")? {
                "Constant" => {
                    let c = self.get(v, "value", "Constant")?;
                    if c.downcast_ref::<PyStr>().is_none() {
                        return Err(self
                            .vm
                            .new_type_error("unexpected constant inside of a literal string"));
                    }
                    out.push(ast::InterpolatedStringElement::Literal(
                        ast::InterpolatedStringLiteralElement {
                            range: r,
                            node_index: Default::default(),
                            value: self.vm.str_string(&c)?.into(),
                        },
                    ));
                }
                "FormattedValue" => {
                    let conversion = match self.int_field(v, "conversion", "FormattedValue")? {
                        115 => ast::ConversionFlag::Str,
                        114 => ast::ConversionFlag::Repr,
                        97 => ast::ConversionFlag::Ascii,
                        _ => ast::ConversionFlag::None,
                    };
                    let format_spec = match self.get_opt(v, "format_spec")? {
                        Some(spec) => {
                            let k = self.kind_of(&spec, "expr")?;
                            Some(Box::new(ast::InterpolatedStringFormatSpec {
                                range: r,
                                node_index: Default::default(),
                                elements: self.fstring_parts(&spec, k, r)?.into(),
                            }))
                        }
                        None => None,
                    };
                    out.push(ast::InterpolatedStringElement::Interpolation(
                        ast::InterpolatedElement {
                            range: r,
                            node_index: Default::default(),
                            expression: self.field_expr(v, "value", "FormattedValue")?,
                            debug_text: None,
                            conversion,
                            format_spec,
                        },
                    ));
                }
                "JoinedStr" => out.extend(self.fstring_parts(v, "JoinedStr", r)?),
                _ => {
                    return Err(self.vm.new_type_error(
                        "unexpected expression in JoinedStr: only Constant and FormattedValue",
                    ))
                }
            }
        }
        Ok(out)
    }

    /// The literal expression for a `Constant`'s value.
    fn constant(&self, v: &PyRef, r: TextRange) -> PyResult<Expr> {
        let vm = self.vm;
        let ni = Default::default;
        let number = |value: ast::Number| {
            Expr::NumberLiteral(ast::ExprNumberLiteral {
                node_index: ni(),
                range: r,
                value,
            })
        };
        if vm.is_none(v) {
            return Ok(Expr::NoneLiteral(ast::ExprNoneLiteral {
                node_index: ni(),
                range: r,
            }));
        }
        if v.is(&vm.ellipsis) {
            return Ok(Expr::EllipsisLiteral(ast::ExprEllipsisLiteral {
                node_index: ni(),
                range: r,
            }));
        }
        if v.class().is(&vm.types.bool_type) {
            return Ok(Expr::BooleanLiteral(ast::ExprBooleanLiteral {
                node_index: ni(),
                range: r,
                value: v.is(&vm.true_),
            }));
        }
        if v.class().is(&vm.types.int_type) {
            let text = vm.str_string(&vm.repr(v)?)?;
            let (negative, digits) = match text.strip_prefix('-') {
                Some(d) => (true, d.to_string()),
                None => (false, text),
            };
            let int = ast::Int::from_str_radix(&digits, 10, &digits)
                .map_err(|_| vm.new_value_error("invalid integer constant"))?;
            let lit = number(ast::Number::Int(int));
            return Ok(if negative {
                Expr::UnaryOp(ast::ExprUnaryOp {
                    node_index: ni(),
                    range: r,
                    op: ast::UnaryOp::USub,
                    operand: Box::new(lit),
                })
            } else {
                lit
            });
        }
        if v.class().is(&vm.types.float_type) {
            return Ok(number(ast::Number::Float(as_float(v).unwrap_or(0.0))));
        }
        if let Some(c) = v
            .downcast_ref::<PyComplex>()
            .filter(|_| v.class().is(&vm.types.complex_type))
        {
            return Ok(number(ast::Number::Complex {
                real: c.real,
                imag: c.imag,
            }));
        }
        if v.class().is(&vm.types.str_type) {
            return Ok(Expr::StringLiteral(ast::ExprStringLiteral {
                node_index: ni(),
                range: r,
                value: ast::StringLiteralValue::single(ast::StringLiteral {
                    range: r,
                    node_index: ni(),
                    value: vm.str_string(v)?.into(),
                    flags: ast::StringLiteralFlags::empty(),
                }),
            }));
        }
        if v.class().is(&vm.types.bytes_type) {
            let data = crate::objects::bytesobject::as_bytes(v).unwrap_or_default();
            return Ok(Expr::BytesLiteral(ast::ExprBytesLiteral {
                node_index: ni(),
                range: r,
                value: ast::BytesLiteralValue::single(ast::BytesLiteral {
                    range: r,
                    node_index: ni(),
                    value: data.into(),
                    flags: ast::BytesLiteralFlags::empty(),
                }),
            }));
        }
        if v.class().is(&vm.types.tuple_type) {
            let items = crate::objects::tupleobject::tuple_items(v).unwrap_or_default();
            let elts = items
                .iter()
                .map(|i| self.constant(i, r))
                .collect::<PyResult<Vec<_>>>()?;
            return Ok(Expr::Tuple(ast::ExprTuple {
                node_index: ni(),
                range: r,
                elts,
                ctx: ast::ExprContext::Load,
                parenthesized: true,
            }));
        }
        if v.class().is(&vm.types.frozenset_type) {
            return Err(vm.new_not_implemented_error("compile() of a frozenset Constant"));
        }
        Err(vm.new_type_error(format!(
            "got an invalid type in Constant: {}",
            class_name(v)
        )))
    }

    fn patterns(&self, o: &PyRef, name: &str, owner: &str) -> PyResult<Vec<Pattern>> {
        self.seq(o, name, owner)?
            .iter()
            .map(|p| self.pattern(p))
            .collect()
    }

    fn pattern(&self, o: &PyRef) -> PyResult<Pattern> {
        let r = self.range(o, "pattern")?;
        let kind = self.kind_of(o, "pattern")?;
        let ni = Default::default;
        Ok(match kind {
            "MatchValue" => Pattern::MatchValue(ast::PatternMatchValue {
                node_index: ni(),
                range: r,
                value: self.field_expr(o, "value", kind)?,
            }),
            "MatchSingleton" => {
                let v = self.vm.getattr_opt(o, &self.vm.intern("value"))?;
                let value = match v {
                    Some(v) if v.is(&self.vm.true_) => ast::Singleton::True,
                    Some(v) if v.is(&self.vm.false_) => ast::Singleton::False,
                    Some(v) if self.vm.is_none(&v) => ast::Singleton::None,
                    _ => {
                        return Err(self.vm.new_value_error(
                            "MatchSingleton can only contain True, False and None",
                        ))
                    }
                };
                Pattern::MatchSingleton(ast::PatternMatchSingleton {
                    node_index: ni(),
                    range: r,
                    value,
                })
            }
            "MatchSequence" => Pattern::MatchSequence(ast::PatternMatchSequence {
                node_index: ni(),
                range: r,
                patterns: self.patterns(o, "patterns", kind)?,
            }),
            "MatchMapping" => Pattern::MatchMapping(ast::PatternMatchMapping {
                node_index: ni(),
                range: r,
                keys: self.exprs(o, "keys", kind)?,
                patterns: self.patterns(o, "patterns", kind)?,
                rest: self.opt_ident(o, "rest", r)?,
            }),
            "MatchClass" => {
                let attrs = self.seq(o, "kwd_attrs", kind)?;
                let kwd_patterns = self.patterns(o, "kwd_patterns", kind)?;
                if attrs.len() != kwd_patterns.len() {
                    return Err(self.vm.new_value_error(
                        "MatchClass doesn't have the same number of keyword attributes as patterns",
                    ));
                }
                let keywords = attrs
                    .iter()
                    .zip(kwd_patterns)
                    .map(|(a, pattern)| {
                        Ok(ast::PatternKeyword {
                            range: r,
                            node_index: ni(),
                            attr: ast::Identifier::new(self.str_value(a)?, r),
                            pattern,
                        })
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                Pattern::MatchClass(ast::PatternMatchClass {
                    node_index: ni(),
                    range: r,
                    cls: self.field_expr(o, "cls", kind)?,
                    arguments: ast::PatternArguments {
                        range: r,
                        node_index: ni(),
                        patterns: self.patterns(o, "patterns", kind)?,
                        keywords,
                    },
                })
            }
            "MatchStar" => Pattern::MatchStar(ast::PatternMatchStar {
                node_index: ni(),
                range: r,
                name: self.opt_ident(o, "name", r)?,
            }),
            "MatchAs" => Pattern::MatchAs(ast::PatternMatchAs {
                node_index: ni(),
                range: r,
                pattern: match self.get_opt(o, "pattern")? {
                    Some(p) => Some(Box::new(self.pattern(&p)?)),
                    None => None,
                },
                name: self.opt_ident(o, "name", r)?,
            }),
            _ => Pattern::MatchOr(ast::PatternMatchOr {
                node_index: ni(),
                range: r,
                patterns: self.patterns(o, "patterns", kind)?,
            }),
        })
    }
}

fn ruff_range(e: &Expr) -> TextRange {
    crate::compile::text_size::Ranged::range(e)
}
