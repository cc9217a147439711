//! The symbol table: one scope per module, class, function, lambda and
//! comprehension; which names each scope binds, declares global/nonlocal or
//! merely uses; and the analysis that resolves every name to a fast local,
//! a cell, a free variable, a global, or a name looked up at run time.

use crate::CompileError;
use indexmap::IndexMap;
use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

/// What kind of block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Function-like scopes have fast locals.
    pub fn is_function(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A fast local of a function scope, or a name in a module/class namespace.
    Local,
    /// A local captured by an inner scope.
    Cell,
    /// Captured from an enclosing function scope.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: a global or builtin.
    GlobalImplicit,
}

pub mod flags {
    pub const ASSIGNED: u32 = 1;
    pub const PARAM: u32 = 2;
    pub const USED: u32 = 4;
    pub const GLOBAL: u32 = 8;
    pub const NONLOCAL: u32 = 16;
    pub const ANNOTATED: u32 = 32;
    /// Bound by a walrus inside a comprehension (belongs to the enclosing function).
    pub const COMP_ITER_TARGET: u32 = 64;
    /// Bound by an import (a binding that, unlike assignments, may precede
    /// a `global` declaration, as in CPython).
    pub const IMPORTED: u32 = 128;
}

/// One scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub symbols: IndexMap<String, u32>,
    pub resolved: HashMap<String, Resolution>,
    /// Parameter names in `co_varnames` order (functions): positional,
    /// keyword-only, `*args`, `**kwargs`.
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A method that uses `super` or `__class__` (needs the `__class__` cell).
    pub needs_class_cell: bool,
    /// A class whose methods need the `__class__` cell.
    pub has_class_cell: bool,
    /// Names the class body declares global (for `LoadGlobal`).
    pub has_annotations: bool,
    /// The `global`/`nonlocal` statement declaring each such name (for errors).
    pub decl_stmts: HashMap<String, TextRange>,
    /// The enclosing class's name, for private-name mangling (`__x` → `_C__x`);
    /// symbols are recorded mangled.
    pub private: Option<String>,
    /// Class bodies: names local to the class that its methods capture from
    /// an enclosing function; they are free variables of the class code
    /// (passed through to the closures) while the body itself uses its local.
    pub passthrough: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: IndexMap::new(),
            resolved: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            decl_stmts: HashMap::new(),
            passthrough: Vec::new(),
            private: None,
            needs_class_cell: false,
            has_class_cell: false,
            has_annotations: false,
        }
    }

    pub fn resolve(&self, name: &str) -> Resolution {
        self.resolved
            .get(name)
            .copied()
            .unwrap_or(if self.kind.is_function() {
                Resolution::GlobalImplicit
            } else {
                Resolution::Local
            })
    }

    /// Cell variables, sorted as CPython sorts them.
    pub fn cellvars(&self) -> Vec<String> {
        // CPython's order: parameters that are cells, in parameter order,
        // then the other cells sorted.
        let mut v: Vec<String> = self
            .params
            .iter()
            .filter(|p| self.resolved.get(*p) == Some(&Resolution::Cell))
            .cloned()
            .collect();
        let mut rest: Vec<String> = self
            .resolved
            .iter()
            .filter(|(n, r)| **r == Resolution::Cell && !self.params.contains(n))
            .map(|(n, _)| n.clone())
            .collect();
        rest.sort();
        v.extend(rest);
        v
    }

    /// Free variables, sorted as CPython sorts them.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .resolved
            .iter()
            .filter(|(_, r)| **r == Resolution::Free)
            .map(|(n, _)| n.clone())
            .collect();
        v.extend(self.passthrough.iter().cloned());
        v.sort();
        v
    }
}

/// All scopes of a module, keyed by the address of the AST node that opens them.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

/// The key of a scope-opening node: its source range, which no other
/// scope-opening node shares (so copies of the tree find the same scope).
pub fn node_key<T: Ranged>(node: &T) -> usize {
    let r = node.range();
    ((r.start().to_u32() as usize) << 32) | r.end().to_u32() as usize
}

type Result<T> = std::result::Result<T, (String, TextRange)>;

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
    /// Inside a loop (for 'break'/'continue' checks), per scope nesting.
    comprehension_iter: bool,
    /// `from __future__ import annotations`: annotations are strings, so
    /// their names are not references.
    future_annotations: bool,
    /// Current expression nesting, bounded by `MAX_NESTING`.
    depth: u32,
}

/// How deeply expressions may nest: CPython's compiler gives up at about
/// this depth (RecursionError); deeper trees would exhaust the native stack.
pub const MAX_NESTING: u32 = 3000;

/// The error for expressions nested deeper than `MAX_NESTING`.
pub const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn mangled(&self, name: &str) -> String {
        crate::emit::mangle(self.scopes[self.cur].private.as_deref(), name)
    }

    fn add(&mut self, raw: &str, flag: u32, range: TextRange) -> Result<()> {
        let name = &self.mangled(raw);
        let kind = self.scopes[self.cur].kind;
        let cur = self.scopes[self.cur]
            .symbols
            .get(name)
            .copied()
            .unwrap_or(0);
        if flag == flags::PARAM && cur & flags::PARAM != 0 {
            return Err((
                format!("duplicate argument '{raw}' in function definition"),
                range,
            ));
        }
        if flag & (flags::ASSIGNED | flags::USED) != 0
            && cur & flags::GLOBAL != 0
            && kind != ScopeKind::Module
        {
            // allowed: uses after a global declaration
        }
        *self.scope().symbols.entry(name.to_string()).or_insert(0) |= flag;
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize) -> usize {
        let idx = self.scopes.len();
        let mut scope = Scope::new(kind, name, Some(self.cur));
        scope.private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.scopes[self.cur].private.clone()
        };
        self.scopes.push(scope);
        self.scopes[self.cur].children.push(idx);
        self.by_node.insert(key, idx);
        let prev = self.cur;
        self.cur = idx;
        prev
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters, def_range: TextRange) -> Result<()> {
        let names = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref());
        for a in names {
            if a.name.as_str() == "__debug__" {
                return Err(("cannot assign to __debug__".into(), def_range));
            }
        }
        for a in p.posonlyargs.iter().chain(&p.args) {
            self.add(&a.parameter.name, flags::PARAM, a.parameter.range)?;
            let p = self.mangled(&a.parameter.name);
            self.scope().params.push(p);
        }
        for a in &p.kwonlyargs {
            self.add(&a.parameter.name, flags::PARAM, a.parameter.range)?;
            let p = self.mangled(&a.parameter.name);
            self.scope().params.push(p);
        }
        for v in p.vararg.iter().chain(&p.kwarg) {
            self.add(&v.name, flags::PARAM, v.name.range)?;
            let p = self.mangled(&v.name);
            self.scope().params.push(p);
        }
        Ok(())
    }

    /// Defaults and annotations of a function are evaluated in the enclosing scope.
    fn param_exprs(&mut self, p: &ast::Parameters, annotations: bool) -> Result<()> {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        if annotations {
            for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
                if let Some(an) = &a.parameter.annotation {
                    self.expr(an)?;
                }
            }
            for v in p.vararg.iter().chain(p.kwarg.iter()) {
                if let Some(an) = &v.annotation {
                    self.expr(an)?;
                }
            }
        }
        Ok(())
    }

    fn declare_global_like(
        &mut self,
        names: &[ast::Identifier],
        flag: u32,
        range: TextRange,
    ) -> Result<()> {
        let is_module = self.scopes[self.cur].kind == ScopeKind::Module;
        for n in names {
            let key = self.mangled(n.as_str());
            let cur = self.scopes[self.cur]
                .symbols
                .get(&key)
                .copied()
                .unwrap_or(0);
            let what = if flag == flags::GLOBAL {
                "global"
            } else {
                "nonlocal"
            };
            if flag == flags::NONLOCAL && is_module {
                return Err((
                    "nonlocal declaration not allowed at module level".into(),
                    range,
                ));
            }
            if cur & flags::PARAM != 0 {
                return Err((format!("name '{n}' is parameter and {what}"), range));
            }
            if cur & (flags::GLOBAL | flags::NONLOCAL) != 0 && cur & flag == 0 {
                // Reported at the first of the two declarations, as CPython does.
                let first = self.scopes[self.cur]
                    .decl_stmts
                    .get(&key)
                    .copied()
                    .unwrap_or(range);
                return Err((format!("name '{n}' is nonlocal and global"), first));
            }
            if cur & flags::ASSIGNED != 0 {
                return Err((
                    format!("name '{n}' is assigned to before {what} declaration"),
                    range,
                ));
            }
            if cur & flags::USED != 0 {
                return Err((
                    format!("name '{n}' is used prior to {what} declaration"),
                    range,
                ));
            }
            if cur & flags::ANNOTATED != 0 {
                return Err((format!("annotated name '{n}' can't be {what}"), range));
            }
            self.scope().decl_stmts.entry(key.clone()).or_insert(range);
            *self.scope().symbols.entry(key).or_insert(0) |= flag;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<()> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.param_exprs(&f.parameters, !self.future_annotations)?;
                if let Some(r) = f.returns.as_ref().filter(|_| !self.future_annotations) {
                    self.expr(r)?;
                }
                self.add(&f.name, flags::ASSIGNED, f.name.range)?;
                let prev = self.enter(ScopeKind::Function, &f.name, node_key(f));
                self.scope().is_coroutine = f.is_async;
                self.params(&f.parameters, f.range)?;
                let saved = self.comprehension_iter;
                self.comprehension_iter = false;
                self.stmts(&f.body)?;
                self.comprehension_iter = saved;
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                self.add(&c.name, flags::ASSIGNED, c.name.range)?;
                let prev = self.enter(ScopeKind::Class, &c.name, node_key(c));
                self.stmts(&c.body)?;
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if !self.scopes[self.cur].kind.is_function() {
                    return Err(("'return' outside function".into(), r.range));
                }
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.add(&n.id, flags::USED | flags::ASSIGNED, n.range)?;
                } else {
                    self.target(&a.target)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.scopes[self.cur]
                        .symbols
                        .get(&self.mangled(n.id.as_str()))
                        .copied()
                        .unwrap_or(0);
                    if cur & (flags::GLOBAL | flags::NONLOCAL) != 0 && a.simple {
                        let what = if cur & flags::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err((
                            format!("annotated name '{}' can't be {what}", n.id),
                            a.range,
                        ));
                    }
                    if a.simple {
                        self.add(&n.id, flags::ANNOTATED, n.range)?;
                    }
                    if a.value.is_some() || !a.simple {
                        self.add(&n.id, flags::ASSIGNED, n.range)?;
                    }
                } else {
                    self.target(&a.target)?;
                }
                self.scope().has_annotations = true;
                if !self.scopes[self.cur].kind.is_function() && !self.future_annotations {
                    self.expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
            }
            Stmt::TypeAlias(t) => return Err(("type aliases need Python 3.12".into(), t.range)),
            Stmt::For(f) => {
                if f.is_async {
                    self.check_async(f.range, "'async for' outside async function")?;
                }
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    self.check_async(w.range, "'async with' outside async function")?;
                }
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(n, flags::ASSIGNED, n.range)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, flags::IMPORTED, a.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(("import * only allowed at module level".into(), a.range));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.add(bound, flags::IMPORTED, a.range)?;
                }
            }
            Stmt::Global(g) => self.declare_global_like(&g.names, flags::GLOBAL, g.range)?,
            Stmt::Nonlocal(n) => self.declare_global_like(&n.names, flags::NONLOCAL, n.range)?,
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(c) => return Err(("invalid syntax".into(), c.range)),
        }
        Ok(())
    }

    fn check_async(&self, range: TextRange, msg: &str) -> Result<()> {
        let s = &self.scopes[self.cur];
        match s.kind {
            ScopeKind::Function if s.is_coroutine => Ok(()),
            ScopeKind::Comprehension => Ok(()),
            _ => Err((msg.to_string(), range)),
        }
    }

    fn target(&mut self, t: &Expr) -> Result<()> {
        match t {
            Expr::Name(n) => self.add(&n.id, flags::ASSIGNED, n.range),
            Expr::Tuple(tu) => tu.elts.iter().try_for_each(|e| self.target(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            other => self.expr(other),
        }
    }

    fn pattern(&mut self, p: &Pattern) -> Result<()> {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.pattern(p)),
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for p in &m.patterns {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.add(r, flags::ASSIGNED, r.range)?;
                }
                Ok(())
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
                Ok(())
            }
            Pattern::MatchStar(s) => match &s.name {
                Some(n) => self.add(n, flags::ASSIGNED, n.range),
                None => Ok(()),
            },
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                match &a.name {
                    Some(n) => self.add(n, flags::ASSIGNED, n.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.pattern(p)),
        }
    }

    fn comprehension(
        &mut self,
        key: usize,
        name: &str,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        is_generator: bool,
        range: TextRange,
    ) -> Result<()> {
        // The first iterable is evaluated in the enclosing scope.
        let saved = self.comprehension_iter;
        self.comprehension_iter = true;
        let r = self.expr(&gens[0].iter);
        self.comprehension_iter = saved;
        r?;
        let prev = self.enter(ScopeKind::Comprehension, name, key);
        self.scope().is_generator = is_generator;
        self.add(".0", flags::PARAM, range)?;
        self.scope().params.push(".0".to_string());
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                let saved = self.comprehension_iter;
                self.comprehension_iter = true;
                self.expr(&g.iter)?;
                self.comprehension_iter = saved;
            }
            self.comp_target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        let inner_async = self.scopes[self.cur].is_coroutine && !is_generator;
        self.cur = prev;
        // An enclosing comprehension awaits an asynchronous one, so it is
        // asynchronous too (Python 3.11).
        if inner_async && self.scopes[self.cur].kind == ScopeKind::Comprehension {
            self.scope().is_coroutine = true;
        }
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> Result<()> {
        match t {
            Expr::Name(n) => {
                // A walrus earlier in this comprehension bound the name in the enclosing scope.
                if self.scopes[self.cur]
                    .symbols
                    .get(&self.mangled(&n.id))
                    .is_some_and(|f| f & (flags::GLOBAL | flags::NONLOCAL) != 0)
                {
                    return Err((format!("comprehension inner loop cannot rebind assignment expression target '{}'", n.id), n.range));
                }
                self.add(&n.id, flags::ASSIGNED | flags::COMP_ITER_TARGET, n.range)
            }
            Expr::Tuple(tu) => tu.elts.iter().try_for_each(|e| self.comp_target(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.comp_target(e)),
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.target(other),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<()> {
        if self.depth >= MAX_NESTING {
            return Err((TOO_DEEP.into(), e.range()));
        }
        self.depth += 1;
        let r = self.expr_unguarded(e);
        self.depth -= 1;
        r
    }

    fn expr_unguarded(&mut self, e: &Expr) -> Result<()> {
        match e {
            Expr::BoolOp(b) => b.values.iter().try_for_each(|v| self.expr(v)),
            Expr::Named(n) => {
                if self.comprehension_iter {
                    return Err(("assignment expression cannot be used in a comprehension iterable expression".into(), n.range));
                }
                self.expr(&n.value)?;
                let Expr::Name(name) = &*n.target else {
                    return self.target(&n.target);
                };
                // Inside comprehensions the target binds in the enclosing function scope.
                let mut s = self.cur;
                while self.scopes[s].kind == ScopeKind::Comprehension {
                    if self.scopes[s]
                        .symbols
                        .get(name.id.as_str())
                        .is_some_and(|f| f & flags::COMP_ITER_TARGET != 0)
                    {
                        return Err((format!("assignment expression cannot rebind comprehension iteration variable '{}'", name.id), name.range));
                    }
                    s = self.scopes[s].parent.expect("comprehension has a parent");
                }
                if s != self.cur {
                    if self.scopes[s].kind == ScopeKind::Class {
                        return Err(("assignment expression within a comprehension cannot be used in a class body".into(), name.range));
                    }
                    *self.scopes[s]
                        .symbols
                        .entry(name.id.to_string())
                        .or_insert(0) |= flags::ASSIGNED;
                    // Every comprehension in between sees it as free.
                    let mut c = self.cur;
                    while c != s {
                        let is_global = self.scopes[s].kind == ScopeKind::Module
                            || self.scopes[s]
                                .symbols
                                .get(name.id.as_str())
                                .is_some_and(|f| f & flags::GLOBAL != 0);
                        *self.scopes[c]
                            .symbols
                            .entry(name.id.to_string())
                            .or_insert(0) |= if is_global {
                            flags::GLOBAL
                        } else {
                            flags::NONLOCAL
                        };
                        c = self.scopes[c].parent.unwrap();
                    }
                    Ok(())
                } else {
                    self.add(&name.id, flags::ASSIGNED, name.range)
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_exprs(p, false)?;
                }
                let prev = self.enter(ScopeKind::Lambda, "<lambda>", node_key(l));
                if let Some(p) = &l.parameters {
                    self.params(p, l.range)?;
                }
                let saved = self.comprehension_iter;
                self.comprehension_iter = false;
                self.expr(&l.body)?;
                self.comprehension_iter = saved;
                self.cur = prev;
                Ok(())
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
                Ok(())
            }
            Expr::Set(s) => s.elts.iter().try_for_each(|e| self.expr(e)),
            Expr::ListComp(c) => self.comprehension(
                node_key(c),
                "<listcomp>",
                &c.generators,
                &[&c.elt],
                false,
                c.range,
            ),
            Expr::SetComp(c) => self.comprehension(
                node_key(c),
                "<setcomp>",
                &c.generators,
                &[&c.elt],
                false,
                c.range,
            ),
            Expr::DictComp(c) => self.comprehension(
                node_key(c),
                "<dictcomp>",
                &c.generators,
                &[&c.key, &c.value],
                false,
                c.range,
            ),
            Expr::Generator(c) => self.comprehension(
                node_key(c),
                "<genexpr>",
                &c.generators,
                &[&c.elt],
                true,
                c.range,
            ),
            Expr::Await(a) => {
                let s = &self.scopes[self.cur];
                let ok = (s.kind == ScopeKind::Function && s.is_coroutine)
                    || s.kind == ScopeKind::Comprehension;
                if !ok {
                    let msg = if s.kind.is_function() {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    return Err((msg.into(), a.range));
                }
                if s.kind == ScopeKind::Comprehension {
                    self.scope().is_coroutine = true;
                }
                self.expr(&a.value)
            }
            Expr::Yield(y) => {
                self.yield_check(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v),
                    None => Ok(()),
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_check(y.range)?;
                if self.scopes[self.cur].is_coroutine {
                    return Err(("'yield from' inside async function".into(), y.range));
                }
                self.expr(&y.value)
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                c.comparators.iter().try_for_each(|e| self.expr(e))
            }
            Expr::Call(c) => {
                if c.arguments
                    .keywords
                    .iter()
                    .any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "__debug__"))
                {
                    return Err(("cannot assign to __debug__".into(), c.range));
                }
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
                Ok(())
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.interpolated(&fs.elements)?;
                    }
                }
                Ok(())
            }
            Expr::TString(t) => Err(("t-strings need Python 3.14".into(), t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => Ok(()),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                if n.id.as_str() == "super" && self.scopes[self.cur].kind.is_function() {
                    self.scope().needs_class_cell = true;
                }
                if n.id.as_str() == "__class__" && self.scopes[self.cur].kind.is_function() {
                    self.scope().needs_class_cell = true;
                    return Ok(());
                }
                match n.ctx {
                    ast::ExprContext::Load => self.add(&n.id, flags::USED, n.range),
                    _ => self.add(&n.id, flags::ASSIGNED, n.range),
                }
            }
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.expr(e)),
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.expr(e)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p)?;
                }
                Ok(())
            }
            Expr::IpyEscapeCommand(c) => Err(("invalid syntax".into(), c.range)),
        }
    }

    fn interpolated(&mut self, elements: &ast::InterpolatedStringElements) -> Result<()> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.interpolated(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn yield_check(&mut self, range: TextRange) -> Result<()> {
        let s = &self.scopes[self.cur];
        match s.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                self.scope().is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err((format!("'yield' inside {what}"), range))
            }
            _ => Err(("'yield' outside function".into(), range)),
        }
    }
}

/// Resolves names top-down; returns the names free in `idx` (or its children)
/// that must come from enclosing scopes.
fn analyze(
    scopes: &mut Vec<Scope>,
    idx: usize,
    bound_above: &HashSet<String>,
) -> Result<HashSet<String>> {
    let kind = scopes[idx].kind;
    let symbols: Vec<(String, u32)> = scopes[idx]
        .symbols
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    let mut local: HashSet<String> = HashSet::new();
    for (name, f) in &symbols {
        let r = if f & flags::GLOBAL != 0 {
            Resolution::GlobalExplicit
        } else if f & flags::NONLOCAL != 0 {
            if !bound_above.contains(name) {
                let at = scopes[idx]
                    .decl_stmts
                    .get(name)
                    .copied()
                    .unwrap_or_default();
                return Err((format!("no binding for nonlocal '{name}' found"), at));
            }
            Resolution::Free
        } else if f & (flags::ASSIGNED | flags::IMPORTED | flags::PARAM) != 0
            || (f & flags::ANNOTATED != 0 && !kind.is_function())
        {
            local.insert(name.clone());
            Resolution::Local
        } else if kind != ScopeKind::Module && bound_above.contains(name) {
            Resolution::Free
        } else if kind.is_function() {
            Resolution::GlobalImplicit
        } else {
            Resolution::Local
        };
        scopes[idx].resolved.insert(name.clone(), r);
    }
    if scopes[idx].needs_class_cell && bound_above.contains("__class__") {
        scopes[idx]
            .resolved
            .insert("__class__".into(), Resolution::Free);
    }
    let mut new_bound: HashSet<String> = match kind {
        ScopeKind::Module => HashSet::new(),
        ScopeKind::Class => {
            let mut b = bound_above.clone();
            b.insert("__class__".to_string());
            b
        }
        _ => {
            let mut b = bound_above.clone();
            b.extend(local.iter().cloned());
            b
        }
    };
    // Names a function declares nonlocal are still bindings visible to its children.
    for (name, f) in &symbols {
        if f & flags::NONLOCAL != 0 && kind.is_function() {
            new_bound.insert(name.clone());
        }
    }
    let children = scopes[idx].children.clone();
    let mut child_free: HashSet<String> = HashSet::new();
    for c in children {
        child_free.extend(analyze(scopes, c, &new_bound)?);
    }
    let mut free: HashSet<String> = scopes[idx]
        .resolved
        .iter()
        .filter(|(_, r)| **r == Resolution::Free)
        .map(|(n, _)| n.clone())
        .collect();
    for name in child_free {
        let cur = scopes[idx].resolved.get(&name).copied();
        match (kind, cur) {
            (ScopeKind::Class, _) if name == "__class__" => {
                scopes[idx].has_class_cell = true;
                scopes[idx].resolved.insert(name, Resolution::Cell);
            }
            (k, Some(Resolution::Local)) if k.is_function() => {
                scopes[idx].resolved.insert(name, Resolution::Cell);
            }
            (_, Some(Resolution::Cell)) => {}
            (_, Some(Resolution::GlobalExplicit)) => {}
            (ScopeKind::Module, _) => {}
            (ScopeKind::Class, Some(Resolution::Local)) => {
                // A class-local shadowing a free name of a method: the method
                // still sees the enclosing function's binding; pass it through.
                if !scopes[idx].passthrough.contains(&name) {
                    scopes[idx].passthrough.push(name.clone());
                }
                free.insert(name);
            }
            _ => {
                if kind != ScopeKind::Class || cur.is_none() {
                    scopes[idx].resolved.insert(name.clone(), Resolution::Free);
                }
                free.insert(name);
            }
        }
    }
    Ok(free)
}

/// Builds and analyzes the symbol table of a module.
pub fn build(
    body: &[Stmt],
    kind: ScopeKind,
    future_annotations: bool,
    to_error: impl Fn(String, TextRange) -> CompileError,
) -> std::result::Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(kind, "top", None)],
        by_node: HashMap::new(),
        cur: 0,
        comprehension_iter: false,
        future_annotations,
        depth: 0,
    };
    b.stmts(body).map_err(|(m, r)| to_error(m, r))?;
    let mut scopes = b.scopes;
    analyze(&mut scopes, 0, &HashSet::new()).map_err(|(m, r)| to_error(m, r))?;
    Ok(SymbolTable {
        scopes,
        by_node: b.by_node,
    })
}

/// Builds the table for a single expression (eval mode).
pub fn build_expr(
    e: &Expr,
    to_error: impl Fn(String, TextRange) -> CompileError,
) -> std::result::Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None)],
        by_node: HashMap::new(),
        cur: 0,
        comprehension_iter: false,
        future_annotations: false,
        depth: 0,
    };
    b.expr(e).map_err(|(m, r)| to_error(m, r))?;
    let mut scopes = b.scopes;
    analyze(&mut scopes, 0, &HashSet::new()).map_err(|(m, r)| to_error(m, r))?;
    Ok(SymbolTable {
        scopes,
        by_node: b.by_node,
    })
}
