//! ruff's syntax tree → `ast` node objects, with CPython 3.11's shapes
//! (string parts merged into one `Constant` or `JoinedStr`, `elif` as a
//! nested `If`, `arguments` with separate default lists) and positions
//! (1-based lines, UTF-8 byte columns; a decorated definition starts at
//! `def`/`class`; a call's lone generator argument spans the parentheses).

use super::Types;
use crate::compile::ast::{self, Expr, Pattern, Stmt};
use crate::compile::lines::LineIndex;
use crate::compile::text_size::{Ranged, TextRange};
use crate::compile::{CompileOptions, Mode, Tree};
use crate::objects::codeobject::constant_to_object;
use crate::objects::listobject::new_list;
use crate::objects::longobject::new_int;
use crate::objects::object::PyRef;
use crate::objects::unicodeobject::new_str_object;
use crate::vm::{PyResult, Vm};

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: parses and converts.
pub fn parse_to_object(vm: &Vm, source: &str, filename: &str, mode: Mode) -> PyResult {
    let opts = CompileOptions {
        mode,
        filename: filename.to_string(),
        optimize: 0,
    };
    let tree = crate::compile::parse(source, &opts)
        .map_err(|e| crate::vm::syntax_errors::compile_error_to_exception(vm, &e))?;
    let t = super::types(vm)?;
    let (shift, text) = match &tree {
        Tree::Expression(_, shift) => (*shift as usize, &source[*shift as usize..]),
        Tree::Module(_) => (0, source),
    };
    let c = ToPy {
        vm,
        t,
        text,
        lines: LineIndex::new(source),
        shift,
    };
    match &tree {
        Tree::Expression(e, _) => c.node("Expression", &[("body", c.expr(&e.body)?)]),
        Tree::Module(m) => {
            let body = c.stmts(&m.body)?;
            if mode == Mode::Single {
                c.node("Interactive", &[("body", body)])
            } else {
                let ignores = new_list(vm, Vec::new());
                c.node("Module", &[("body", body), ("type_ignores", ignores)])
            }
        }
    }
}

struct ToPy<'a> {
    vm: &'a Vm,
    t: &'static Types,
    /// The text the tree's offsets index.
    text: &'a str,
    /// Lines of the whole source; offsets are `shift` bytes into it.
    lines: LineIndex,
    shift: usize,
}

type Fields<'f> = [(&'static str, PyRef)];

impl ToPy<'_> {
    /// An instance of `class` with `fields` set.
    fn node(&self, class: &str, fields: &Fields<'_>) -> PyResult {
        let o = self.vm.call_positional(self.t.class(class), &[])?;
        for (name, v) in fields {
            self.vm.setattr_str(&o, name, v.clone())?;
        }
        Ok(o)
    }

    /// An instance of `class` with `fields` and the positions of `range`.
    fn located(&self, class: &str, fields: &Fields<'_>, range: TextRange) -> PyResult {
        let o = self.node(class, fields)?;
        let (line, col) = self.lines.line_col(range.start().to_usize() + self.shift);
        let (end_line, end_col) = self.lines.line_col(range.end().to_usize() + self.shift);
        let vm = self.vm;
        vm.setattr_str(&o, "lineno", new_int(vm, line.into()))?;
        vm.setattr_str(&o, "col_offset", new_int(vm, col.into()))?;
        vm.setattr_str(&o, "end_lineno", new_int(vm, end_line.into()))?;
        vm.setattr_str(&o, "end_col_offset", new_int(vm, end_col.into()))?;
        Ok(o)
    }

    fn none(&self) -> PyRef {
        self.vm.none.clone()
    }

    fn str(&self, s: &str) -> PyRef {
        new_str_object(self.vm, s)
    }

    fn int(&self, v: i64) -> PyRef {
        new_int(self.vm, v)
    }

    fn opt_str(&self, s: Option<&ast::Identifier>) -> PyRef {
        s.map_or_else(|| self.none(), |i| self.str(i.as_str()))
    }

    fn list(&self, items: Vec<PyRef>) -> PyRef {
        new_list(self.vm, items)
    }

    fn stmts(&self, body: &[Stmt]) -> PyResult {
        let items = body.iter().map(|s| self.stmt(s)).collect::<PyResult<_>>()?;
        Ok(self.list(items))
    }

    fn exprs<'e>(&self, es: impl IntoIterator<Item = &'e Expr>) -> PyResult {
        let items = es
            .into_iter()
            .map(|e| self.expr(e))
            .collect::<PyResult<_>>()?;
        Ok(self.list(items))
    }

    fn opt_expr(&self, e: Option<&Expr>) -> PyResult {
        e.map_or_else(|| Ok(self.none()), |e| self.expr(e))
    }

    /// The singleton for an operator, context or comparison (its Debug name
    /// is the ASDL constructor name).
    fn op(&self, name: impl std::fmt::Debug) -> PyRef {
        let name = format!("{name:?}");
        match name.as_str() {
            "Invalid" => self.t.singleton("Load").clone(),
            n => self.t.singleton(n).clone(),
        }
    }

    /// Where a decorated `def`/`class` keyword starts: the first token
    /// after the last decorator.
    fn definition_start(&self, range: TextRange, decorators: &[ast::Decorator]) -> TextRange {
        let Some(last) = decorators.last() else {
            return range;
        };
        let b = self.text.as_bytes();
        let mut i = last.range.end().to_usize();
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\' | b')' => i += 1,
                b'#' => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        TextRange::new((i.min(range.end().to_usize()) as u32).into(), range.end())
    }

    fn stmt(&self, s: &Stmt) -> PyResult {
        let r = s.range();
        match s {
            Stmt::FunctionDef(f) => {
                let class = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let fields = [
                    ("name", self.str(f.name.as_str())),
                    ("args", self.arguments(Some(&f.parameters))?),
                    ("body", self.stmts(&f.body)?),
                    ("decorator_list", self.decorators(&f.decorator_list)?),
                    ("returns", self.opt_expr(f.returns.as_deref())?),
                    ("type_comment", self.none()),
                ];
                self.located(class, &fields, self.definition_start(r, &f.decorator_list))
            }
            Stmt::ClassDef(c) => {
                let (bases, keywords) = match &c.arguments {
                    Some(a) => (self.exprs(a.args.iter())?, self.keywords(&a.keywords)?),
                    None => (self.list(Vec::new()), self.list(Vec::new())),
                };
                let fields = [
                    ("name", self.str(c.name.as_str())),
                    ("bases", bases),
                    ("keywords", keywords),
                    ("body", self.stmts(&c.body)?),
                    ("decorator_list", self.decorators(&c.decorator_list)?),
                ];
                self.located(
                    "ClassDef",
                    &fields,
                    self.definition_start(r, &c.decorator_list),
                )
            }
            Stmt::Return(x) => self.located(
                "Return",
                &[("value", self.opt_expr(x.value.as_deref())?)],
                r,
            ),
            Stmt::Delete(x) => self.located("Delete", &[("targets", self.exprs(&x.targets)?)], r),
            Stmt::Assign(x) => self.located(
                "Assign",
                &[
                    ("targets", self.exprs(&x.targets)?),
                    ("value", self.expr(&x.value)?),
                    ("type_comment", self.none()),
                ],
                r,
            ),
            Stmt::AugAssign(x) => self.located(
                "AugAssign",
                &[
                    ("target", self.expr(&x.target)?),
                    ("op", self.op(x.op)),
                    ("value", self.expr(&x.value)?),
                ],
                r,
            ),
            Stmt::AnnAssign(x) => self.located(
                "AnnAssign",
                &[
                    ("target", self.expr(&x.target)?),
                    ("annotation", self.expr(&x.annotation)?),
                    ("value", self.opt_expr(x.value.as_deref())?),
                    ("simple", self.int(x.simple.into())),
                ],
                r,
            ),
            Stmt::For(x) => self.located(
                if x.is_async { "AsyncFor" } else { "For" },
                &[
                    ("target", self.expr(&x.target)?),
                    ("iter", self.expr(&x.iter)?),
                    ("body", self.stmts(&x.body)?),
                    ("orelse", self.stmts(&x.orelse)?),
                    ("type_comment", self.none()),
                ],
                r,
            ),
            Stmt::While(x) => self.located(
                "While",
                &[
                    ("test", self.expr(&x.test)?),
                    ("body", self.stmts(&x.body)?),
                    ("orelse", self.stmts(&x.orelse)?),
                ],
                r,
            ),
            Stmt::If(x) => {
                let orelse = self.elif_chain(&x.elif_else_clauses, r.end())?;
                self.located(
                    "If",
                    &[
                        ("test", self.expr(&x.test)?),
                        ("body", self.stmts(&x.body)?),
                        ("orelse", orelse),
                    ],
                    r,
                )
            }
            Stmt::With(x) => {
                let items = x
                    .items
                    .iter()
                    .map(|i| {
                        self.node(
                            "withitem",
                            &[
                                ("context_expr", self.expr(&i.context_expr)?),
                                ("optional_vars", self.opt_expr(i.optional_vars.as_deref())?),
                            ],
                        )
                    })
                    .collect::<PyResult<_>>()?;
                self.located(
                    if x.is_async { "AsyncWith" } else { "With" },
                    &[
                        ("items", self.list(items)),
                        ("body", self.stmts(&x.body)?),
                        ("type_comment", self.none()),
                    ],
                    r,
                )
            }
            Stmt::Match(x) => {
                let cases = x
                    .cases
                    .iter()
                    .map(|c| {
                        self.node(
                            "match_case",
                            &[
                                ("pattern", self.pattern(&c.pattern)?),
                                ("guard", self.opt_expr(c.guard.as_deref())?),
                                ("body", self.stmts(&c.body)?),
                            ],
                        )
                    })
                    .collect::<PyResult<_>>()?;
                self.located(
                    "Match",
                    &[
                        ("subject", self.expr(&x.subject)?),
                        ("cases", self.list(cases)),
                    ],
                    r,
                )
            }
            Stmt::Raise(x) => self.located(
                "Raise",
                &[
                    ("exc", self.opt_expr(x.exc.as_deref())?),
                    ("cause", self.opt_expr(x.cause.as_deref())?),
                ],
                r,
            ),
            Stmt::Try(x) => {
                let handlers = x
                    .handlers
                    .iter()
                    .map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        self.located(
                            "ExceptHandler",
                            &[
                                ("type", self.opt_expr(h.type_.as_deref())?),
                                ("name", self.opt_str(h.name.as_ref())),
                                ("body", self.stmts(&h.body)?),
                            ],
                            h.range,
                        )
                    })
                    .collect::<PyResult<_>>()?;
                self.located(
                    if x.is_star { "TryStar" } else { "Try" },
                    &[
                        ("body", self.stmts(&x.body)?),
                        ("handlers", self.list(handlers)),
                        ("orelse", self.stmts(&x.orelse)?),
                        ("finalbody", self.stmts(&x.finalbody)?),
                    ],
                    r,
                )
            }
            Stmt::Assert(x) => self.located(
                "Assert",
                &[
                    ("test", self.expr(&x.test)?),
                    ("msg", self.opt_expr(x.msg.as_deref())?),
                ],
                r,
            ),
            Stmt::Import(x) => self.located("Import", &[("names", self.aliases(&x.names)?)], r),
            Stmt::ImportFrom(x) => self.located(
                "ImportFrom",
                &[
                    ("module", self.opt_str(x.module.as_ref())),
                    ("names", self.aliases(&x.names)?),
                    ("level", self.int(x.level.into())),
                ],
                r,
            ),
            Stmt::Global(x) => self.located("Global", &[("names", self.names(&x.names))], r),
            Stmt::Nonlocal(x) => self.located("Nonlocal", &[("names", self.names(&x.names))], r),
            Stmt::Expr(x) => self.located("Expr", &[("value", self.expr(&x.value)?)], r),
            Stmt::Pass(_) => self.located("Pass", &[], r),
            Stmt::Break(_) => self.located("Break", &[], r),
            Stmt::Continue(_) => self.located("Continue", &[], r),
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => Err(self
                .vm
                .new_system_error("unsupported statement in a 3.11 tree")),
        }
    }

    /// The `orelse` of an `if`: an `elif` becomes a nested `If` spanning the
    /// rest of the chain; a final `else` gives its body.
    fn elif_chain(
        &self,
        clauses: &[ast::ElifElseClause],
        end: crate::compile::text_size::TextSize,
    ) -> PyResult {
        let Some((first, rest)) = clauses.split_first() else {
            return Ok(self.list(Vec::new()));
        };
        match &first.test {
            None => self.stmts(&first.body),
            Some(test) => {
                let nested = self.located(
                    "If",
                    &[
                        ("test", self.expr(test)?),
                        ("body", self.stmts(&first.body)?),
                        ("orelse", self.elif_chain(rest, end)?),
                    ],
                    TextRange::new(first.range.start(), end),
                )?;
                Ok(self.list(vec![nested]))
            }
        }
    }

    fn names(&self, names: &[ast::Identifier]) -> PyRef {
        self.list(names.iter().map(|n| self.str(n.as_str())).collect())
    }

    fn aliases(&self, names: &[ast::Alias]) -> PyResult {
        let items = names
            .iter()
            .map(|a| {
                self.located(
                    "alias",
                    &[
                        ("name", self.str(a.name.as_str())),
                        ("asname", self.opt_str(a.asname.as_ref())),
                    ],
                    a.range,
                )
            })
            .collect::<PyResult<_>>()?;
        Ok(self.list(items))
    }

    fn decorators(&self, ds: &[ast::Decorator]) -> PyResult {
        self.exprs(ds.iter().map(|d| &d.expression))
    }

    fn keywords(&self, ks: &[ast::Keyword]) -> PyResult {
        let items = ks
            .iter()
            .map(|k| {
                self.located(
                    "keyword",
                    &[
                        ("arg", self.opt_str(k.arg.as_ref())),
                        ("value", self.expr(&k.value)?),
                    ],
                    k.range,
                )
            })
            .collect::<PyResult<_>>()?;
        Ok(self.list(items))
    }

    fn arg(&self, p: &ast::Parameter) -> PyResult {
        // ruff's range of `*args` and `**kwargs` includes the stars.
        let b = self.text.as_bytes();
        let mut start = p.range.start().to_usize();
        while start < p.range.end().to_usize()
            && matches!(b[start], b'*' | b' ' | b'\t' | b'\\' | b'\n')
        {
            start += 1;
        }
        let range = TextRange::new((start as u32).into(), p.range.end());
        self.located(
            "arg",
            &[
                ("arg", self.str(p.name.as_str())),
                ("annotation", self.opt_expr(p.annotation.as_deref())?),
                ("type_comment", self.none()),
            ],
            range,
        )
    }

    fn opt_arg(&self, p: Option<&ast::Parameter>) -> PyResult {
        p.map_or_else(|| Ok(self.none()), |p| self.arg(p))
    }

    fn arguments(&self, params: Option<&ast::Parameters>) -> PyResult {
        let empty = ast::Parameters::default();
        let p = params.unwrap_or(&empty);
        let args = |list: &[ast::ParameterWithDefault]| -> PyResult {
            let items = list
                .iter()
                .map(|a| self.arg(&a.parameter))
                .collect::<PyResult<_>>()?;
            Ok(self.list(items))
        };
        let defaults = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref());
        let kw_defaults = p
            .kwonlyargs
            .iter()
            .map(|a| self.opt_expr(a.default.as_deref()))
            .collect::<PyResult<_>>()?;
        self.node(
            "arguments",
            &[
                ("posonlyargs", args(&p.posonlyargs)?),
                ("args", args(&p.args)?),
                ("vararg", self.opt_arg(p.vararg.as_deref())?),
                ("kwonlyargs", args(&p.kwonlyargs)?),
                ("kw_defaults", self.list(kw_defaults)),
                ("kwarg", self.opt_arg(p.kwarg.as_deref())?),
                ("defaults", self.exprs(defaults)?),
            ],
        )
    }

    fn comprehensions(&self, gens: &[ast::Comprehension]) -> PyResult {
        let items = gens
            .iter()
            .map(|g| {
                self.node(
                    "comprehension",
                    &[
                        ("target", self.expr(&g.target)?),
                        ("iter", self.expr(&g.iter)?),
                        ("ifs", self.exprs(&g.ifs)?),
                        ("is_async", self.int(g.is_async.into())),
                    ],
                )
            })
            .collect::<PyResult<_>>()?;
        Ok(self.list(items))
    }

    fn constant(&self, value: PyRef, kind: PyRef, r: TextRange) -> PyResult {
        self.located("Constant", &[("value", value), ("kind", kind)], r)
    }

    fn expr(&self, e: &Expr) -> PyResult {
        self.expr_at(e, e.range())
    }

    /// Converts `e` with the positions of `r`.
    fn expr_at(&self, e: &Expr, r: TextRange) -> PyResult {
        let vm = self.vm;
        match e {
            Expr::BoolOp(x) => self.located(
                "BoolOp",
                &[("op", self.op(x.op)), ("values", self.exprs(&x.values)?)],
                r,
            ),
            Expr::Named(x) => self.located(
                "NamedExpr",
                &[
                    ("target", self.expr(&x.target)?),
                    ("value", self.expr(&x.value)?),
                ],
                r,
            ),
            Expr::BinOp(x) => self.located(
                "BinOp",
                &[
                    ("left", self.expr(&x.left)?),
                    ("op", self.op(x.op)),
                    ("right", self.expr(&x.right)?),
                ],
                r,
            ),
            Expr::UnaryOp(x) => self.located(
                "UnaryOp",
                &[("op", self.op(x.op)), ("operand", self.expr(&x.operand)?)],
                r,
            ),
            Expr::Lambda(x) => self.located(
                "Lambda",
                &[
                    ("args", self.arguments(x.parameters.as_deref())?),
                    ("body", self.expr(&x.body)?),
                ],
                r,
            ),
            Expr::If(x) => self.located(
                "IfExp",
                &[
                    ("test", self.expr(&x.test)?),
                    ("body", self.expr(&x.body)?),
                    ("orelse", self.expr(&x.orelse)?),
                ],
                r,
            ),
            Expr::Dict(x) => {
                let keys = x
                    .items
                    .iter()
                    .map(|i| self.opt_expr(i.key.as_ref()))
                    .collect::<PyResult<_>>()?;
                let values = self.exprs(x.items.iter().map(|i| &i.value))?;
                self.located("Dict", &[("keys", self.list(keys)), ("values", values)], r)
            }
            Expr::Set(x) => self.located("Set", &[("elts", self.exprs(&x.elts)?)], r),
            Expr::ListComp(x) => self.located(
                "ListComp",
                &[
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::SetComp(x) => self.located(
                "SetComp",
                &[
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::DictComp(x) => self.located(
                "DictComp",
                &[
                    ("key", self.expr(&x.key)?),
                    ("value", self.expr(&x.value)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::Generator(x) => self.located(
                "GeneratorExp",
                &[
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::Await(x) => self.located("Await", &[("value", self.expr(&x.value)?)], r),
            Expr::Yield(x) => {
                self.located("Yield", &[("value", self.opt_expr(x.value.as_deref())?)], r)
            }
            Expr::YieldFrom(x) => self.located("YieldFrom", &[("value", self.expr(&x.value)?)], r),
            Expr::Compare(x) => {
                let ops = x.ops.iter().map(|o| self.op(*o)).collect();
                self.located(
                    "Compare",
                    &[
                        ("left", self.expr(&x.left)?),
                        ("ops", self.list(ops)),
                        ("comparators", self.exprs(x.comparators.iter())?),
                    ],
                    r,
                )
            }
            Expr::Call(x) => {
                let a = &x.arguments;
                let args = a
                    .args
                    .iter()
                    .map(|e| match e {
                        // `f(x for x in y)`: the generator spans the call's parentheses.
                        Expr::Generator(g) if !g.parenthesized => self.expr_at(e, a.range),
                        _ => self.expr(e),
                    })
                    .collect::<PyResult<_>>()?;
                self.located(
                    "Call",
                    &[
                        ("func", self.expr(&x.func)?),
                        ("args", self.list(args)),
                        ("keywords", self.keywords(&a.keywords)?),
                    ],
                    r,
                )
            }
            Expr::FString(x) => {
                let mut parts = Parts::default();
                for part in x.value.iter() {
                    match part {
                        ast::FStringPart::Literal(s) => parts.text.push_str(&s.value),
                        ast::FStringPart::FString(f) => {
                            self.fstring_elements(&f.elements, r, f.range, &mut parts)?
                        }
                    }
                }
                self.joined(parts, r)
            }
            Expr::StringLiteral(x) => {
                let kind = if x.value.is_unicode() {
                    self.str("u")
                } else {
                    self.none()
                };
                self.constant(self.literal(e)?, kind, r)
            }
            Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => self.constant(self.literal(e)?, self.none(), r),
            Expr::Attribute(x) => self.located(
                "Attribute",
                &[
                    ("value", self.expr(&x.value)?),
                    ("attr", self.str(x.attr.as_str())),
                    ("ctx", self.op(x.ctx)),
                ],
                r,
            ),
            Expr::Subscript(x) => self.located(
                "Subscript",
                &[
                    ("value", self.expr(&x.value)?),
                    ("slice", self.expr(&x.slice)?),
                    ("ctx", self.op(x.ctx)),
                ],
                r,
            ),
            Expr::Starred(x) => self.located(
                "Starred",
                &[("value", self.expr(&x.value)?), ("ctx", self.op(x.ctx))],
                r,
            ),
            Expr::Name(x) => self.located(
                "Name",
                &[("id", self.str(x.id.as_str())), ("ctx", self.op(x.ctx))],
                r,
            ),
            Expr::List(x) => self.located(
                "List",
                &[("elts", self.exprs(&x.elts)?), ("ctx", self.op(x.ctx))],
                r,
            ),
            Expr::Tuple(x) => self.located(
                "Tuple",
                &[("elts", self.exprs(&x.elts)?), ("ctx", self.op(x.ctx))],
                r,
            ),
            Expr::Slice(x) => self.located(
                "Slice",
                &[
                    ("lower", self.opt_expr(x.lower.as_deref())?),
                    ("upper", self.opt_expr(x.upper.as_deref())?),
                    ("step", self.opt_expr(x.step.as_deref())?),
                ],
                r,
            ),
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {
                Err(vm.new_system_error("unsupported expression in a 3.11 tree"))
            }
        }
    }

    /// The value of a literal expression.
    fn literal(&self, e: &Expr) -> PyResult {
        match crate::compile::literal_constant(e, self.text) {
            Some(c) => Ok(constant_to_object(self.vm, &c)),
            None => Err(self
                .vm
                .new_value_error("invalid literal in the syntax tree")),
        }
    }

    /// Adds an f-string's literal text and replacement fields to `parts`.
    /// Like CPython 3.11, parts take the range of the whole string, except a
    /// format spec and its trailing literal, which take the range of the
    /// f-string (`part`) holding them.
    fn fstring_elements(
        &self,
        elements: &ast::InterpolatedStringElements,
        whole: TextRange,
        part: TextRange,
        parts: &mut Parts,
    ) -> PyResult<()> {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => parts.text.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = i.conversion as i8 as i64;
                    if let Some(d) = &i.debug_text {
                        let r = i.expression.range();
                        let src = self
                            .text
                            .get(r.start().to_usize()..r.end().to_usize())
                            .unwrap_or("");
                        parts.text.push_str(&d.leading);
                        parts.text.push_str(src);
                        parts.text.push_str(&d.trailing);
                        if conversion == -1 && i.format_spec.is_none() {
                            conversion = i64::from(b'r');
                        }
                    }
                    self.flush(parts, whole)?;
                    let spec = match &i.format_spec {
                        Some(spec) => {
                            let mut inner = Parts::default();
                            self.fstring_elements(&spec.elements, whole, part, &mut inner)?;
                            self.joined(inner, part)?
                        }
                        None => self.none(),
                    };
                    let fv = self.located(
                        "FormattedValue",
                        &[
                            ("value", self.expr(&i.expression)?),
                            ("conversion", self.int(conversion)),
                            ("format_spec", spec),
                        ],
                        whole,
                    )?;
                    parts.values.push(fv);
                }
            }
        }
        Ok(())
    }

    /// Moves pending literal text into a `Constant` part.
    fn flush(&self, parts: &mut Parts, whole: TextRange) -> PyResult<()> {
        if !parts.text.is_empty() {
            let text = std::mem::take(&mut parts.text);
            let c = self.constant(self.str(&text), self.none(), whole)?;
            parts.values.push(c);
        }
        Ok(())
    }

    fn joined(&self, mut parts: Parts, range: TextRange) -> PyResult {
        self.flush(&mut parts, range)?;
        let values = self.list(std::mem::take(&mut parts.values));
        self.located("JoinedStr", &[("values", values)], range)
    }

    fn pattern(&self, p: &Pattern) -> PyResult {
        let r = p.range();
        let patterns = |ps: &[Pattern]| -> PyResult {
            let items = ps
                .iter()
                .map(|p| self.pattern(p))
                .collect::<PyResult<_>>()?;
            Ok(self.list(items))
        };
        match p {
            Pattern::MatchValue(x) => {
                self.located("MatchValue", &[("value", self.expr(&x.value)?)], r)
            }
            Pattern::MatchSingleton(x) => {
                let v = match x.value {
                    ast::Singleton::None => self.none(),
                    ast::Singleton::True => self.vm.bool_obj(true),
                    ast::Singleton::False => self.vm.bool_obj(false),
                };
                self.located("MatchSingleton", &[("value", v)], r)
            }
            Pattern::MatchSequence(x) => {
                self.located("MatchSequence", &[("patterns", patterns(&x.patterns)?)], r)
            }
            Pattern::MatchMapping(x) => self.located(
                "MatchMapping",
                &[
                    ("keys", self.exprs(&x.keys)?),
                    ("patterns", patterns(&x.patterns)?),
                    ("rest", self.opt_str(x.rest.as_ref())),
                ],
                r,
            ),
            Pattern::MatchClass(x) => {
                let kw = &x.arguments.keywords;
                let attrs = kw.iter().map(|k| self.str(k.attr.as_str())).collect();
                let kps = kw
                    .iter()
                    .map(|k| self.pattern(&k.pattern))
                    .collect::<PyResult<_>>()?;
                self.located(
                    "MatchClass",
                    &[
                        ("cls", self.expr(&x.cls)?),
                        ("patterns", patterns(&x.arguments.patterns)?),
                        ("kwd_attrs", self.list(attrs)),
                        ("kwd_patterns", self.list(kps)),
                    ],
                    r,
                )
            }
            Pattern::MatchStar(x) => {
                self.located("MatchStar", &[("name", self.opt_str(x.name.as_ref()))], r)
            }
            Pattern::MatchAs(x) => {
                let inner = match &x.pattern {
                    Some(p) => self.pattern(p)?,
                    None => self.none(),
                };
                self.located(
                    "MatchAs",
                    &[("pattern", inner), ("name", self.opt_str(x.name.as_ref()))],
                    r,
                )
            }
            Pattern::MatchOr(x) => {
                self.located("MatchOr", &[("patterns", patterns(&x.patterns)?)], r)
            }
        }
    }
}

/// The parts of a `JoinedStr` being built: finished values and the literal
/// text not yet turned into a `Constant`.
#[derive(Default)]
struct Parts {
    values: Vec<PyRef>,
    text: String,
}
