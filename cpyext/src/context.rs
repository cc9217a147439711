//! Context variables (PEP 567), CPython's `Python/context.c`: the
//! `Context`, `ContextVar` and `Token` types that `_contextvars` exports
//! (the static `PyContext_Type`, `PyContextVar_Type`, `PyContextToken_Type`
//! are their proxies) and each thread's current context.
//!
//! A context maps variables to values. Its mapping is shared, copy on
//! write, between a context and its copies, so `copy_context()` is O(1) and
//! setting a variable copies only the mapping of the context it runs in.
//! Mappings are small in practice (decimal, asyncio), so they are vectors
//! in insertion order searched by identity.

use core_interp::compile::bytecode::CompareOperator;
use core_interp::objects::descrobject::GetSetDef;
use core_interp::objects::listobject::new_list;
use core_interp::objects::methodobject::MethodDef;
use core_interp::objects::object::{PyPayload, PyRef};
use core_interp::objects::tupleobject::new_tuple;
use core_interp::objects::typeobject::{as_type, finish_builtin_type, new_builtin_type};
use core_interp::objects::unicodeobject::{new_str_object, PyStr};
use core_interp::vm::{CallArgs, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::OnceLock;

type Vars = Rc<Vec<(PyRef, PyRef)>>;

/// `contextvars.Context`.
pub struct Context {
    vars: RefCell<Vars>,
    /// The context that was current when this one was entered.
    prev: RefCell<Option<PyRef>>,
    entered: Cell<bool>,
}

impl PyPayload for Context {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        for (k, v) in self.vars.borrow().iter() {
            visit(k);
            visit(v);
        }
        if let Some(p) = &*self.prev.borrow() {
            visit(p);
        }
    }
    fn clear(&self) {
        let old = self.vars.replace(Rc::new(Vec::new()));
        drop(old);
        let prev = self.prev.borrow_mut().take();
        drop(prev);
    }
}

/// `contextvars.ContextVar`.
pub struct ContextVar {
    name: PyRef,
    default: Option<PyRef>,
}

impl PyPayload for ContextVar {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.name);
        if let Some(d) = &self.default {
            visit(d);
        }
    }
}

/// `contextvars.Token`: what `ContextVar.set` returns, to undo the change.
pub struct Token {
    ctx: PyRef,
    var: PyRef,
    old: Option<PyRef>,
    used: Cell<bool>,
}

impl PyPayload for Token {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.ctx);
        visit(&self.var);
        if let Some(o) = &self.old {
            visit(o);
        }
    }
}

/// The payload of `Token.MISSING`.
struct Missing;
impl PyPayload for Missing {
    const GC: bool = false;
}

/// The three types and the `Token.MISSING` marker.
pub struct ContextTypes {
    pub context: PyRef,
    pub var: PyRef,
    pub token: PyRef,
    pub missing: PyRef,
}

// SAFETY: type objects are immortal and only used under the GIL.
unsafe impl Sync for ContextTypes {}
// SAFETY: as above.
unsafe impl Send for ContextTypes {}

static TYPES: OnceLock<ContextTypes> = OnceLock::new();

/// The context types (created on first use).
pub fn types(vm: &Vm) -> &'static ContextTypes {
    TYPES.get_or_init(|| make_types(vm))
}

thread_local! {
    /// This thread's current context (created empty on first use).
    static CURRENT: RefCell<Option<PyRef>> = const { RefCell::new(None) };
}

fn new_context(vm: &Vm, vars: Vars) -> PyRef {
    PyRef::new(
        Context {
            vars: RefCell::new(vars),
            prev: RefCell::new(None),
            entered: Cell::new(false),
        },
        types(vm).context.clone(),
    )
}

/// A new empty context (`PyContext_New`).
pub fn new_empty(vm: &Vm) -> PyRef {
    new_context(vm, Rc::new(Vec::new()))
}

/// The current thread's context.
pub fn current(vm: &Vm) -> PyRef {
    CURRENT.with(|c| c.borrow_mut().get_or_insert_with(|| new_empty(vm)).clone())
}

fn ctx_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Context> {
    o.downcast_ref::<Context>()
        .ok_or_else(|| vm.new_type_error("an instance of Context was expected"))
}

/// A copy of `ctx` (sharing its mapping until either changes).
pub fn copy(vm: &Vm, ctx: &PyRef) -> PyResult<PyRef> {
    let vars = ctx_of(vm, ctx)?.vars.borrow().clone();
    Ok(new_context(vm, vars))
}

/// Makes `ctx` current (`PyContext_Enter`).
pub fn enter(vm: &Vm, ctx: &PyRef) -> PyResult<()> {
    let c = ctx_of(vm, ctx)?;
    if c.entered.get() {
        return Err(vm.new_runtime_error(format!(
            "cannot enter context: {} is already entered",
            vm.repr_string(ctx)?
        )));
    }
    let prev = current(vm);
    *c.prev.borrow_mut() = Some(prev);
    c.entered.set(true);
    CURRENT.with(|cur| *cur.borrow_mut() = Some(ctx.clone()));
    Ok(())
}

/// Restores the context that was current before `ctx` (`PyContext_Exit`).
pub fn exit(vm: &Vm, ctx: &PyRef) -> PyResult<()> {
    let c = ctx_of(vm, ctx)?;
    if !c.entered.get() {
        return Err(vm.new_runtime_error(format!(
            "cannot exit context: {} has not been entered",
            vm.repr_string(ctx)?
        )));
    }
    if !current(vm).is(ctx) {
        return Err(vm.new_runtime_error(
            "cannot exit context: thread state references a different context object",
        ));
    }
    let prev = c.prev.borrow_mut().take();
    c.entered.set(false);
    CURRENT.with(|cur| *cur.borrow_mut() = prev);
    Ok(())
}

fn lookup(vars: &[(PyRef, PyRef)], var: &PyRef) -> Option<PyRef> {
    vars.iter().find(|(k, _)| k.is(var)).map(|(_, v)| v.clone())
}

fn var_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a ContextVar> {
    o.downcast_ref::<ContextVar>().ok_or_else(|| {
        vm.new_type_error(format!(
            "a ContextVar key was expected, got {}",
            vm.repr_string(o).unwrap_or_default()
        ))
    })
}

/// A new variable (`ContextVar(name, default=...)`, `PyContextVar_New`).
pub fn new_var(vm: &Vm, name: PyRef, default: Option<PyRef>) -> PyResult<PyRef> {
    if name.downcast_ref::<PyStr>().is_none() {
        return Err(vm.new_type_error("context variable name must be a str"));
    }
    Ok(PyRef::new(
        ContextVar { name, default },
        types(vm).var.clone(),
    ))
}

/// The value of `var` in the current context, else `default`, else the
/// variable's default; `None` if it has none (`PyContextVar_Get`).
pub fn var_get(vm: &Vm, var: &PyRef, default: Option<PyRef>) -> PyResult<Option<PyRef>> {
    let v = var_of(vm, var)?;
    let ctx = current(vm);
    let found = lookup(&ctx_of(vm, &ctx)?.vars.borrow(), var);
    Ok(found.or(default).or_else(|| v.default.clone()))
}

/// Sets `var` in the current context; the token that undoes it.
pub fn var_set(vm: &Vm, var: &PyRef, value: PyRef) -> PyResult<PyRef> {
    var_of(vm, var)?;
    let ctx = current(vm);
    let c = ctx_of(vm, &ctx)?;
    let old = {
        let mut vars = c.vars.borrow_mut();
        let old = lookup(&vars, var);
        let m = Rc::make_mut(&mut vars);
        match m.iter_mut().find(|(k, _)| k.is(var)) {
            Some(slot) => slot.1 = value,
            None => m.push((var.clone(), value)),
        }
        old
    };
    Ok(PyRef::new(
        Token {
            ctx,
            var: var.clone(),
            old,
            used: Cell::new(false),
        },
        types(vm).token.clone(),
    ))
}

/// Undoes the `set` that made `token` (`ContextVar.reset`).
pub fn var_reset(vm: &Vm, var: &PyRef, token: &PyRef) -> PyResult<()> {
    var_of(vm, var)?;
    let Some(t) = token.downcast_ref::<Token>() else {
        return Err(vm.new_type_error(format!(
            "expected an instance of Token, got {}",
            vm.repr_string(token)?
        )));
    };
    if t.used.get() {
        return Err(vm.new_runtime_error(format!(
            "{} has already been used once",
            vm.repr_string(token)?
        )));
    }
    if !t.var.is(var) {
        return Err(vm.new_value_error(format!(
            "{} was created by a different ContextVar",
            vm.repr_string(token)?
        )));
    }
    let ctx = current(vm);
    if !t.ctx.is(&ctx) {
        return Err(vm.new_value_error(format!(
            "{} was created in a different Context",
            vm.repr_string(token)?
        )));
    }
    t.used.set(true);
    let c = ctx_of(vm, &ctx)?;
    let mut vars = c.vars.borrow_mut();
    let m = Rc::make_mut(&mut vars);
    let at = m.iter().position(|(k, _)| k.is(var));
    match (&t.old, at) {
        (Some(old), Some(i)) => m[i].1 = old.clone(),
        (Some(old), None) => m.push((var.clone(), old.clone())),
        (None, Some(i)) => {
            let gone = m.remove(i);
            drop(vars);
            drop(gone);
        }
        (None, None) => {}
    }
    Ok(())
}

// ---- Context ----

fn context_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    if !args.args.is_empty() {
        return Err(vm.new_type_error("Context() does not accept any arguments"));
    }
    Ok(new_empty(vm))
}

fn context_run(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    let ctx = &pos[0];
    if pos.len() < 2 {
        return Err(vm.new_type_error("run() missing 1 required positional argument"));
    }
    enter(vm, ctx)?;
    let call = CallArgs::new(&args.args[2..], args.kwnames);
    let r = vm.call(&pos[1], call);
    let out = exit(vm, ctx);
    let r = r?;
    out?;
    Ok(r)
}

fn context_copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "copy", 0, 0)?;
    copy(vm, &a[0])
}

fn snapshot(vm: &Vm, o: &PyRef) -> PyResult<Vars> {
    Ok(ctx_of(vm, o)?.vars.borrow().clone())
}

fn context_get(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "get", 1, 2)?;
    var_of(vm, &a[1])?;
    let found = lookup(&snapshot(vm, &a[0])?, &a[1]);
    Ok(found.unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(|| vm.none.clone())))
}

fn context_keys(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "keys", 0, 0)?;
    let vars = snapshot(vm, &a[0])?;
    Ok(new_list(vm, vars.iter().map(|(k, _)| k.clone()).collect()))
}

fn context_values(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "values", 0, 0)?;
    let vars = snapshot(vm, &a[0])?;
    Ok(new_list(vm, vars.iter().map(|(_, v)| v.clone()).collect()))
}

fn context_items(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "items", 0, 0)?;
    let vars = snapshot(vm, &a[0])?;
    let items = vars
        .iter()
        .map(|(k, v)| new_tuple(vm, vec![k.clone(), v.clone()]))
        .collect();
    Ok(new_list(vm, items))
}

fn context_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    var_of(vm, key)?;
    lookup(&snapshot(vm, o)?, key).ok_or_else(|| vm.new_key_error(key.clone()))
}

fn context_contains(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult<bool> {
    var_of(vm, key)?;
    Ok(lookup(&snapshot(vm, o)?, key).is_some())
}

fn context_len(vm: &Vm, o: &PyRef) -> PyResult<usize> {
    Ok(snapshot(vm, o)?.len())
}

fn context_iter(vm: &Vm, o: &PyRef) -> PyResult {
    let vars = snapshot(vm, o)?;
    let keys = new_list(vm, vars.iter().map(|(k, _)| k.clone()).collect());
    vm.get_iter(&keys)
}

fn context_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast_ref::<Context>(), b.downcast_ref::<Context>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let eq = match op {
        CompareOperator::Eq | CompareOperator::Ne => {
            let (x, y) = (x.vars.borrow().clone(), y.vars.borrow().clone());
            let mut same = x.len() == y.len();
            for (k, v) in x.iter() {
                if !same {
                    break;
                }
                same = match lookup(&y, k) {
                    Some(w) => vm.eq(v, &w)?,
                    None => false,
                };
            }
            same
        }
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.bool_obj(eq == matches!(op, CompareOperator::Eq)))
}

// ---- ContextVar ----

fn var_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(vm.new_type_error(if pos.is_empty() {
            "ContextVar() missing required argument 'name' (pos 1)".to_string()
        } else {
            format!(
                "ContextVar() takes at most 1 positional argument ({} given)",
                pos.len()
            )
        }));
    }
    let mut default = None;
    for (k, v) in args.kwargs() {
        let key = vm.str_string(k)?;
        if key != "default" {
            return Err(vm.new_type_error(format!(
                "'{key}' is an invalid keyword argument for ContextVar()"
            )));
        }
        default = Some(v.clone());
    }
    new_var(vm, pos[0].clone(), default)
}

fn var_payload<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a ContextVar> {
    o.downcast_ref::<ContextVar>()
        .ok_or_else(|| vm.new_type_error("a ContextVar was expected"))
}

fn var_get_method(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "get", 0, 1)?;
    match var_get(vm, &a[0], a.get(1).cloned())? {
        Some(v) => Ok(v),
        None => Err(vm.new_exception(&vm.exceptions.lookup_error, vec![a[0].clone()])),
    }
}

fn var_set_method(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set", 1, 1)?;
    var_set(vm, &a[0], a[1].clone())
}

fn var_reset_method(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "reset", 1, 1)?;
    var_reset(vm, &a[0], &a[1])?;
    Ok(vm.none.clone())
}

fn var_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let v = var_payload(vm, o)?;
    let mut s = format!("<ContextVar name={}", vm.repr_string(&v.name)?);
    if let Some(d) = &v.default {
        s.push_str(&format!(" default={}", vm.repr_string(d)?));
    }
    s.push_str(&format!(" at {:#x}>", o.id()));
    Ok(new_str_object(vm, &s))
}

// ---- Token ----

fn token_new(vm: &Vm, _cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    Err(vm.new_runtime_error("Tokens can only be created by ContextVars"))
}

fn token_payload<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Token> {
    o.downcast_ref::<Token>()
        .ok_or_else(|| vm.new_type_error("a Token was expected"))
}

fn token_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let t = token_payload(vm, o)?;
    let s = format!(
        "<Token{} var={} at {:#x}>",
        if t.used.get() { " used" } else { "" },
        vm.repr_string(&t.var)?,
        o.id()
    );
    Ok(new_str_object(vm, &s))
}

fn missing_repr(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(new_str_object(vm, "<Token.MISSING>"))
}

fn make_types(vm: &Vm) -> ContextTypes {
    let object = &vm.types.object_type;
    let context = new_builtin_type(vm, "_contextvars.Context", object, 0, None);
    {
        let s = &as_type(&context).slots;
        s.new.set(Some(context_new));
        s.getitem.set(Some(context_getitem));
        s.contains.set(Some(context_contains));
        s.len.set(Some(context_len));
        s.iter.set(Some(context_iter));
        s.richcompare.set(Some(context_richcompare));
        s.hash.set(None);
    }
    finish_builtin_type(
        vm,
        &context,
        &[
            MethodDef::new("run", context_run),
            MethodDef::new("copy", context_copy),
            MethodDef::new("get", context_get),
            MethodDef::new("keys", context_keys),
            MethodDef::new("values", context_values),
            MethodDef::new("items", context_items),
        ],
        &[],
    );
    as_type(&context)
        .namespace()
        .set_str(vm, "__hash__", vm.none.clone());

    let var = new_builtin_type(vm, "_contextvars.ContextVar", object, 0, None);
    {
        let s = &as_type(&var).slots;
        s.new.set(Some(var_new));
        s.repr.set(Some(var_repr));
    }
    finish_builtin_type(
        vm,
        &var,
        &[
            MethodDef::new("get", var_get_method),
            MethodDef::new("set", var_set_method),
            MethodDef::new("reset", var_reset_method),
            core_interp::objects::genericaliasobject::CLASS_GETITEM,
        ],
        &[GetSetDef::new("name", |vm, o| {
            Ok(var_payload(vm, o)?.name.clone())
        })],
    );

    let missing_type = new_builtin_type(vm, "Token.MISSING", object, 0, None);
    as_type(&missing_type).slots.repr.set(Some(missing_repr));
    as_type(&missing_type).slots.new.set(None);
    finish_builtin_type(vm, &missing_type, &[], &[]);
    let missing = PyRef::new(Missing, missing_type);
    missing.make_immortal();

    let token = new_builtin_type(vm, "_contextvars.Token", object, 0, None);
    {
        let s = &as_type(&token).slots;
        s.new.set(Some(token_new));
        s.repr.set(Some(token_repr));
    }
    finish_builtin_type(
        vm,
        &token,
        &[core_interp::objects::genericaliasobject::CLASS_GETITEM],
        &[
            GetSetDef::new("var", |vm, o| Ok(token_payload(vm, o)?.var.clone())),
            GetSetDef::new("old_value", |vm, o| {
                let t = token_payload(vm, o)?;
                Ok(t.old.clone().unwrap_or_else(|| types(vm).missing.clone()))
            }),
        ],
    );
    as_type(&token)
        .namespace()
        .set_str(vm, "MISSING", missing.clone());
    for t in [&context, &var, &token] {
        t.make_immortal();
    }
    ContextTypes {
        context,
        var,
        token,
        missing,
    }
}
