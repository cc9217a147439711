//! `_contextvars`: `ContextVar`, `Token`, `Context` and `copy_context()`
//! (PEP 567). A context maps variables to values; each thread has a current
//! context (`ThreadState::context`). A context's mapping is a dict that is
//! never changed in place — setting a variable installs a changed copy — so
//! `Context.copy()` and `copy_context()` share it.

use super::{module_set, new_builtin_module};
use crate::compile::bytecode::CompareOperator;
use crate::objects::descrobject::GetSetDef;
use crate::objects::dictobject::PyDict;
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::typeobject::{as_type, finish_builtin_type, new_builtin_type};
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

/// The module's types and `Token.MISSING`, created once per process.
struct Types {
    context: PyRef,
    context_var: PyRef,
    token: PyRef,
    missing: PyRef,
}

static TYPES: OnceLock<Types> = OnceLock::new();

fn types() -> &'static Types {
    TYPES.get().expect("_contextvars types initialised")
}

/// The payload of `Context` objects.
struct Context {
    /// `ContextVar -> value`; replaced, never mutated.
    vars: RefCell<PyRef>,
    /// Whether `run()` is executing in this context.
    entered: Cell<bool>,
}

impl PyPayload for Context {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.vars.borrow());
    }
}

/// The payload of `ContextVar` objects.
struct ContextVar {
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

/// The payload of `Token` objects: what `ContextVar.reset()` restores.
struct Token {
    context: PyRef,
    var: PyRef,
    /// The variable's previous value, or `Token.MISSING`.
    old_value: PyRef,
    used: Cell<bool>,
}

impl PyPayload for Token {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.context);
        visit(&self.var);
        visit(&self.old_value);
    }
}

/// The payload of the `Token.MISSING` marker.
struct Missing;

impl PyPayload for Missing {
    const GC: bool = false;
}

fn ctx_of(o: &PyRef) -> &Context {
    o.downcast_ref::<Context>().expect("Context")
}

fn var_of(o: &PyRef) -> &ContextVar {
    o.downcast_ref::<ContextVar>().expect("ContextVar")
}

fn token_of(o: &PyRef) -> &Token {
    o.downcast_ref::<Token>().expect("Token")
}

fn dict_of(d: &PyRef) -> &PyDict {
    d.downcast_ref::<PyDict>().expect("dict")
}

fn new_context(vm: &Vm, vars: PyRef) -> PyRef {
    let _ = vm;
    PyRef::new(
        Context {
            vars: RefCell::new(vars),
            entered: Cell::new(false),
        },
        types().context.clone(),
    )
}

/// This thread's current context, created empty on first use.
fn current_context(vm: &Vm) -> PyRef {
    if let Some(c) = vm.ts.context.borrow().as_ref() {
        return c.clone();
    }
    let c = new_context(vm, PyDict::new_ref(vm));
    *vm.ts.context.borrow_mut() = Some(c.clone());
    c
}

/// A copy of `vars` with `var` set to `value` (or removed when `value` is None).
fn vars_with(vm: &Vm, vars: &PyRef, var: &PyRef, value: Option<PyRef>) -> PyResult {
    let out = PyDict::new_ref(vm);
    let d = dict_of(&out);
    for (k, v) in dict_of(vars).items() {
        d.set_item(vm, k, v)?;
    }
    match value {
        Some(v) => d.set_item(vm, var.clone(), v)?,
        None => {
            d.pop_item(vm, var)?;
        }
    }
    Ok(out)
}

/// Rejects keys that are not context variables (CPython's message).
fn check_key(vm: &Vm, key: &PyRef) -> PyResult<()> {
    if key.downcast_ref::<ContextVar>().is_some() {
        return Ok(());
    }
    Err(vm.new_type_error(format!(
        "a ContextVar key was expected, got {}",
        vm.repr_string(key)?
    )))
}

fn context_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    if !args.args.is_empty() {
        return Err(vm.new_type_error("Context() does not accept any arguments"));
    }
    Ok(new_context(vm, PyDict::new_ref(vm)))
}

/// `Context.run(callable, *args, **kwargs)`: calls `callable` with this
/// context as the thread's current one.
fn context_run(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.new_type_error("run() missing 1 required positional argument"));
    }
    let me = &pos[0];
    let c = ctx_of(me);
    if c.entered.get() {
        return Err(vm.new_runtime_error(format!(
            "cannot enter context: {} is already entered",
            vm.repr_string(me)?
        )));
    }
    let prev = vm.ts.context.replace(Some(me.clone()));
    c.entered.set(true);
    let r = vm.call(&pos[1], CallArgs::new(&args.args[2..], args.kwnames));
    c.entered.set(false);
    let mine = vm.ts.context.replace(prev);
    drop(mine);
    r
}

fn context_copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "copy", 0, 0)?;
    let vars = ctx_of(&a[0]).vars.borrow().clone();
    Ok(new_context(vm, vars))
}

fn context_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    check_key(vm, key)?;
    let vars = ctx_of(o).vars.borrow().clone();
    dict_of(&vars)
        .get_item(vm, key)?
        .ok_or_else(|| vm.new_key_error(key.clone()))
}

fn context_get(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "get", 1, 2)?;
    check_key(vm, &a[1])?;
    let vars = ctx_of(&a[0]).vars.borrow().clone();
    Ok(dict_of(&vars)
        .get_item(vm, &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(|| vm.none.clone())))
}

fn context_contains(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult<bool> {
    check_key(vm, key)?;
    let vars = ctx_of(o).vars.borrow().clone();
    dict_of(&vars).contains(vm, key)
}

fn context_len(_vm: &Vm, o: &PyRef) -> PyResult<usize> {
    Ok(dict_of(&ctx_of(o).vars.borrow()).len())
}

fn context_iter(vm: &Vm, o: &PyRef) -> PyResult {
    let keys = dict_of(&ctx_of(o).vars.borrow()).keys();
    vm.get_iter(&crate::objects::listobject::new_list(vm, keys))
}

fn context_keys(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "keys", 0, 0)?;
    let keys = dict_of(&ctx_of(&a[0]).vars.borrow()).keys();
    Ok(crate::objects::listobject::new_list(vm, keys))
}

fn context_values(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "values", 0, 0)?;
    let values = dict_of(&ctx_of(&a[0]).vars.borrow()).values();
    Ok(crate::objects::listobject::new_list(vm, values))
}

fn context_items(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "items", 0, 0)?;
    let items = dict_of(&ctx_of(&a[0]).vars.borrow())
        .items()
        .into_iter()
        .map(|(k, v)| crate::objects::tupleobject::new_tuple(vm, vec![k, v]))
        .collect();
    Ok(crate::objects::listobject::new_list(vm, items))
}

fn context_richcompare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOperator) -> PyResult {
    let is_eq = matches!(op, CompareOperator::Eq);
    if b.downcast_ref::<Context>().is_none() || !(is_eq || matches!(op, CompareOperator::Ne)) {
        return Ok(vm.not_implemented.clone());
    }
    let x = ctx_of(a).vars.borrow().clone();
    let y = ctx_of(b).vars.borrow().clone();
    vm.richcompare(&x, &y, op)
}

static CONTEXT_VAR_SIG: Signature = Signature {
    name: "ContextVar",
    params: &["name", "default"],
    posonly: 0,
    positional: 1,
    required: 1,
};

fn context_var_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = CONTEXT_VAR_SIG.bind(vm, args)?;
    let name = a[0].clone().expect("required");
    if name.downcast_ref::<PyStr>().is_none() {
        return Err(vm.new_type_error("context variable name must be a str"));
    }
    Ok(PyRef::new(
        ContextVar {
            name,
            default: a[1].clone(),
        },
        types().context_var.clone(),
    ))
}

/// `ContextVar.get([default])`: the value in the current context, else
/// `default`, else the variable's default, else LookupError.
fn context_var_get(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "get", 0, 1)?;
    let ctx = current_context(vm);
    let vars = ctx_of(&ctx).vars.borrow().clone();
    if let Some(v) = dict_of(&vars).get_item(vm, &a[0])? {
        return Ok(v);
    }
    if let Some(d) = a.get(1).or(var_of(&a[0]).default.as_ref()) {
        return Ok(d.clone());
    }
    Err(vm.new_exception(&vm.exceptions.lookup_error, vec![a[0].clone()]))
}

fn context_var_set(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "set", 1, 1)?;
    let ctx = current_context(vm);
    let c = ctx_of(&ctx);
    let vars = c.vars.borrow().clone();
    let old = dict_of(&vars).get_item(vm, &a[0])?;
    let new_vars = vars_with(vm, &vars, &a[0], Some(a[1].clone()))?;
    let prev = c.vars.replace(new_vars);
    drop(prev);
    Ok(PyRef::new(
        Token {
            context: ctx.clone(),
            var: a[0].clone(),
            old_value: old.unwrap_or_else(|| types().missing.clone()),
            used: Cell::new(false),
        },
        types().token.clone(),
    ))
}

/// `ContextVar.reset(token)`: restores the value `token` recorded.
fn context_var_reset(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "reset", 1, 1)?;
    let (var, token) = (&a[0], &a[1]);
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
    let ctx = current_context(vm);
    if !t.context.is(&ctx) {
        return Err(vm.new_value_error(format!(
            "{} was created in a different Context",
            vm.repr_string(token)?
        )));
    }
    t.used.set(true);
    let c = ctx_of(&ctx);
    let vars = c.vars.borrow().clone();
    let value = (!t.old_value.is(&types().missing)).then(|| t.old_value.clone());
    let new_vars = vars_with(vm, &vars, var, value)?;
    let prev = c.vars.replace(new_vars);
    drop(prev);
    Ok(vm.none.clone())
}

fn context_var_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let v = var_of(o);
    let mut s = format!("<ContextVar name={}", vm.repr_string(&v.name)?);
    if let Some(d) = &v.default {
        s.push_str(&format!(" default={}", vm.repr_string(d)?));
    }
    s.push_str(&format!(" at {:#x}>", o.id()));
    Ok(new_str_object(vm, &s))
}

fn token_new(vm: &Vm, _cls: &PyRef, _args: CallArgs<'_>) -> PyResult {
    Err(vm.new_runtime_error("Tokens can only be created by ContextVars"))
}

fn token_repr(vm: &Vm, o: &PyRef) -> PyResult {
    let t = token_of(o);
    let used = if t.used.get() { " used" } else { "" };
    let s = format!(
        "<Token{} var={} at {:#x}>",
        used,
        vm.repr_string(&t.var)?,
        o.id()
    );
    Ok(new_str_object(vm, &s))
}

fn make_types(vm: &Vm) -> Types {
    use crate::objects::genericaliasobject::CLASS_GETITEM;
    let object = &vm.types.object_type;

    let context = new_builtin_type(vm, "_contextvars.Context", object, 0, None);
    let s = &as_type(&context).slots;
    s.new.set(Some(context_new));
    s.getitem.set(Some(context_getitem));
    s.contains.set(Some(context_contains));
    s.len.set(Some(context_len));
    s.iter.set(Some(context_iter));
    s.richcompare.set(Some(context_richcompare));
    s.hash
        .set(Some(crate::objects::slotfuncs::hash_not_implemented));
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

    let context_var = new_builtin_type(vm, "_contextvars.ContextVar", object, 0, None);
    let s = &as_type(&context_var).slots;
    s.new.set(Some(context_var_new));
    s.repr.set(Some(context_var_repr));
    finish_builtin_type(
        vm,
        &context_var,
        &[
            MethodDef::new("get", context_var_get),
            MethodDef::new("set", context_var_set),
            MethodDef::new("reset", context_var_reset),
            CLASS_GETITEM,
        ],
        &[GetSetDef::new("name", |_, o| Ok(var_of(o).name.clone()))],
    );

    let token = new_builtin_type(vm, "_contextvars.Token", object, 0, None);
    let s = &as_type(&token).slots;
    s.new.set(Some(token_new));
    s.repr.set(Some(token_repr));
    finish_builtin_type(
        vm,
        &token,
        &[CLASS_GETITEM],
        &[
            GetSetDef::new("var", |_, o| Ok(token_of(o).var.clone())),
            GetSetDef::new("old_value", |_, o| Ok(token_of(o).old_value.clone())),
        ],
    );

    let missing_type = new_builtin_type(vm, "Token.MISSING", object, 0, None);
    as_type(&missing_type)
        .slots
        .repr
        .set(Some(|vm, _| Ok(new_str_object(vm, "<Token.MISSING>"))));
    finish_builtin_type(vm, &missing_type, &[], &[]);
    let missing = PyRef::new(Missing, missing_type);
    missing.make_immortal();
    as_type(&token)
        .namespace()
        .set_str(vm, "MISSING", missing.clone());
    Types {
        context,
        context_var,
        token,
        missing,
    }
}

/// `copy_context()`: a new context with the current context's variables.
fn copy_context(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "copy_context", 0, 0)?;
    let vars = ctx_of(&current_context(vm)).vars.borrow().clone();
    Ok(new_context(vm, vars))
}

/// Creates the `_contextvars` module.
pub fn init(vm: &Vm) -> PyResult<PyRef> {
    let t = TYPES.get_or_init(|| make_types(vm));
    let m = new_builtin_module(
        vm,
        "_contextvars",
        &[MethodDef::new("copy_context", copy_context)],
    );
    module_set(vm, &m, "__doc__", new_str_object(vm, "Context Variables"));
    module_set(vm, &m, "Context", t.context.clone());
    module_set(vm, &m, "ContextVar", t.context_var.clone());
    module_set(vm, &m, "Token", t.token.clone());
    Ok(m)
}
