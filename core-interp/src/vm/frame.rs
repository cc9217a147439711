//! Execution frames: fast locals, cells, the value stack and the current
//! instruction — everything needed to resume at a bytecode boundary — and
//! binding call arguments to a function's parameters.

use super::{CallArgs, PyResult, Vm};
use crate::compile::bytecode::code_flags;
use crate::objects::cellobject::new_cell;
use crate::objects::codeobject::PyCode;
use crate::objects::dictobject::PyDict;
use crate::objects::funcobject::PyFunction;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::objects::unicodeobject::PyStr;
use std::cell::{Cell, RefCell, UnsafeCell};

/// The payload of frame objects.
///
/// `code`, `globals`, `builtins` and `cells` are fixed while the frame is
/// in use; they change only when a finished frame nobody references is
/// parked for reuse or taken out again (`frame_pool`), so the references
/// the accessors hand out never see a change.
pub struct Frame {
    code: UnsafeCell<PyRef>,
    globals: UnsafeCell<PyRef>,
    builtins: UnsafeCell<PyRef>,
    /// The locals mapping of module and class bodies (and `f_locals` snapshots).
    pub locals: RefCell<Option<PyRef>>,
    /// Fast locals, indexed like `co_varnames`.
    pub fast: UnsafeCell<Vec<Option<PyRef>>>,
    /// Cell objects: `co_cellvars` then `co_freevars`.
    cells: UnsafeCell<Box<[PyRef]>>,
    /// The value stack (saved here while a generator is suspended).
    pub stack: UnsafeCell<Vec<PyRef>>,
    /// Index of the instruction being executed (or last executed).
    pub lasti: Cell<u32>,
    /// Whether the frame is running (generators: re-entrancy check).
    pub executing: Cell<bool>,
    /// The frame that called this one, while it runs.
    pub back: RefCell<Option<PyRef>>,
}

impl PyPayload for Frame {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(self.code());
        visit(self.globals());
        if let Some(l) = self.locals.borrow().as_ref() {
            visit(l);
        }
        // SAFETY: GIL held; no mutable borrow is outstanding during traversal.
        for v in unsafe { &*self.fast.get() }.iter().flatten() {
            visit(v);
        }
        self.cells().iter().for_each(&mut *visit);
        // SAFETY: as above.
        unsafe { &*self.stack.get() }.iter().for_each(visit);
    }
    /// Drops the locals and the saved stack of a frame that is not running
    /// (the collector breaks generator and traceback cycles this way).
    fn clear(&self) {
        if self.executing.get() {
            return;
        }
        // SAFETY: GIL held; the frame is not executing, so nothing borrows its storage.
        let fast = std::mem::take(unsafe { &mut *self.fast.get() });
        // SAFETY: as above.
        let stack = std::mem::take(unsafe { &mut *self.stack.get() });
        let locals = self.locals.take();
        drop((fast, stack, locals));
    }
}

impl Drop for Frame {
    /// Hands the locals and stack buffers to the next frame.
    fn drop(&mut self) {
        let fast = std::mem::take(self.fast.get_mut());
        let stack = std::mem::take(self.stack.get_mut());
        super::frame_pool::give_back(fast, stack);
    }
}

impl Frame {
    /// The code object.
    #[inline]
    pub fn code(&self) -> &PyRef {
        // SAFETY: replaced only while the frame is parked (see `Frame`).
        unsafe { &*self.code.get() }
    }

    /// The globals namespace.
    #[inline]
    pub fn globals(&self) -> &PyRef {
        // SAFETY: replaced only while the frame is parked (see `Frame`).
        unsafe { &*self.globals.get() }
    }

    /// The builtins namespace.
    #[inline]
    pub fn builtins(&self) -> &PyRef {
        // SAFETY: replaced only while the frame is parked (see `Frame`).
        unsafe { &*self.builtins.get() }
    }

    /// Cell objects: `co_cellvars` then `co_freevars`.
    #[inline]
    pub fn cells(&self) -> &[PyRef] {
        // SAFETY: replaced only while the frame is parked (see `Frame`).
        unsafe { &*self.cells.get() }
    }

    pub fn pycode(&self) -> &PyCode {
        self.code()
            .downcast_ref::<PyCode>()
            .expect("frame code is a code object")
    }

    /// Empties a finished frame that only the caller references, so that it
    /// can be parked; the buffers keep their capacity.
    pub(super) fn reset_for_parking(&self, vm: &Vm) {
        // SAFETY: the frame is not executing and nobody else references it,
        // so no borrow of its storage is alive; these borrows end here,
        // before any value is dropped.
        let (mut fast, mut stack, old) = unsafe {
            (
                std::mem::take(&mut *self.fast.get()),
                std::mem::take(&mut *self.stack.get()),
                (
                    std::mem::replace(&mut *self.code.get(), vm.none.clone()),
                    std::mem::replace(&mut *self.globals.get(), vm.none.clone()),
                    std::mem::replace(&mut *self.builtins.get(), vm.none.clone()),
                    std::mem::take(&mut *self.cells.get()),
                ),
            )
        };
        let locals = self.locals.take();
        self.lasti.set(0);
        // Dropping the values may run `__del__`, which cannot reach this frame.
        fast.clear();
        stack.clear();
        drop((old, locals));
        // SAFETY: as above; the buffers are empty.
        unsafe {
            *self.fast.get() = fast;
            *self.stack.get() = stack;
        }
    }

    /// Gives a parked frame the code, namespaces and cells of a new call.
    fn refill(&self, code: PyRef, globals: PyRef, builtins: PyRef, cells: Box<[PyRef]>) {
        // SAFETY: the frame was parked, so nobody else references it and no
        // borrow of these fields is alive. The old values are `None` and an
        // empty slice: dropping them runs no code.
        unsafe {
            *self.code.get() = code;
            *self.globals.get() = globals;
            *self.builtins.get() = builtins;
            *self.cells.get() = cells;
        }
    }

    /// The source line of the current instruction.
    pub fn lineno(&self) -> u32 {
        let code = &self.pycode().code;
        // A generator that has not started reports its `def` line, as CPython's
        // frame sits on RETURN_GENERATOR there.
        let gen_flags = crate::compile::bytecode::code_flags::GENERATOR
            | crate::compile::bytecode::code_flags::COROUTINE
            | crate::compile::bytecode::code_flags::ASYNC_GENERATOR;
        if self.lasti.get() == 0 && code.flags & gen_flags != 0 {
            return code.first_line;
        }
        code.positions
            .get(self.lasti.get() as usize)
            .map(|p| p.line)
            .unwrap_or(code.first_line)
    }

    /// A new frame for a module or class body (or `exec`) running with a locals mapping.
    pub fn new_with_locals(
        vm: &Vm,
        code: PyRef,
        globals: PyRef,
        locals: Option<PyRef>,
        closure: Option<&[PyRef]>,
    ) -> PyRef {
        let builtins = builtins_of(vm, &globals);
        let c = code.downcast_ref::<PyCode>().expect("code");
        let nfast = c.code.varnames.len();
        let cells = make_cells(vm, c, closure);
        let f = Frame {
            globals: UnsafeCell::new(globals),
            builtins: UnsafeCell::new(builtins),
            locals: RefCell::new(locals),
            fast: UnsafeCell::new(vec![None; nfast]),
            cells: UnsafeCell::new(cells),
            stack: UnsafeCell::new(Vec::with_capacity(c.code.max_stack as usize)),
            lasti: Cell::new(0),
            executing: Cell::new(false),
            back: RefCell::new(None),
            code: UnsafeCell::new(code),
        };
        PyRef::new(f, vm.types.frame_type.clone())
    }
}

fn make_cells(vm: &Vm, c: &PyCode, closure: Option<&[PyRef]>) -> Box<[PyRef]> {
    if c.code.cellvars.is_empty() {
        return closure.map(Box::from).unwrap_or_default();
    }
    let mut cells: Vec<PyRef> = (0..c.code.cellvars.len())
        .map(|_| new_cell(vm, None))
        .collect();
    if let Some(cl) = closure {
        cells.extend(cl.iter().cloned());
    }
    cells.into_boxed_slice()
}

/// The builtins namespace for `globals` (its `__builtins__`, else the builtins module's).
pub fn builtins_of(vm: &Vm, globals: &PyRef) -> PyRef {
    if let Some(g) = globals.downcast_ref::<PyDict>() {
        if let Some(b) = g.get_rust_str(vm, "__builtins__") {
            if b.downcast_ref::<PyDict>().is_some() {
                return b;
            }
            if let Some(d) = b.dict() {
                return d;
            }
        }
    }
    vm.builtins_module().dict().expect("builtins has a dict")
}

fn name_list(names: &[String]) -> String {
    match names.len() {
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        _ => {
            let head: Vec<String> = names[..names.len() - 1]
                .iter()
                .map(|n| format!("'{n}'"))
                .collect();
            format!("{}, and '{}'", head.join(", "), names[names.len() - 1])
        }
    }
}

/// Whether a frame of `co` can be kept as its function's spare: a plain
/// function (not a generator or coroutine) whose cells, if any, are all
/// free variables (the function's closure, the same at every call).
fn spare_eligible(co: &crate::compile::bytecode::CodeObject) -> bool {
    // Code that is not CO_OPTIMIZED runs with globals as locals (set up
    // in `frame_for_call`), which a spare frame does not keep.
    co.cellvars.is_empty()
        && co.flags & code_flags::OPTIMIZED != 0
        && co.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR)
            == 0
}

/// The spare frame of `func` (see `park_spare`) filled for a call with
/// exactly its positional parameters, if it has one and the call is one.
#[inline]
fn take_spare(func: &PyFunction, args: &CallArgs<'_>) -> Option<PyRef> {
    let spare = func.spare_frame.take()?;
    let frame = frame_of(&spare);
    let co = &frame.pycode().code;
    let pos = args.positional();
    if !frame.code().is(&func.code.borrow()) {
        // `__code__` was replaced since the frame was parked.
        drop(spare);
        return None;
    }
    if co.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) != 0
        || co.kwonlyargcount != 0
        || !args.kwnames.is_empty()
        || pos.len() != co.argcount as usize
    {
        func.spare_frame.set(Some(spare));
        return None;
    }
    // SAFETY: the spare frame is referenced only by us and not running; its
    // fast locals hold `co_nlocals` empty slots.
    let fast = unsafe { &mut *frame.fast.get() };
    for (slot, a) in fast.iter_mut().zip(pos) {
        *slot = Some(a.clone());
    }
    Some(spare)
}

/// Keeps the frame of a finished call of `func` as the function's spare for
/// its next call (CPython reuses the frame's memory in its per-thread data
/// stack; keeping code, namespaces and closure cells, which the function
/// holds anyway, makes the next call's set-up a copy of its arguments).
///
/// A frame that escaped (a traceback, `sys._getframe`, a generator) is left
/// alone and tracked by the collector again; one that cannot be a spare, or
/// finds the place taken (recursion), goes to the frame pool.
pub fn park_spare(vm: &Vm, func: &PyFunction, frame: PyRef) {
    if !frame.is_sole_reference() {
        super::gc::track(&frame);
        return;
    }
    let f = frame_of(&frame);
    let reusable = spare_eligible(&f.pycode().code) && f.code().is(&func.code.borrow());
    let taken = {
        let s = func.spare_frame.take();
        let t = s.is_some();
        func.spare_frame.set(s);
        t
    };
    if !reusable || taken {
        super::frame_pool::park(vm, frame);
        return;
    }
    // SAFETY: the frame is finished and referenced only by us, and not on
    // the thread's frame stack: no Python code can reach it, so nothing else
    // borrows its storage while the values are dropped (which may run
    // `__del__`, even a call of `func` that parks another frame as spare).
    let (fast, stack) = unsafe { (&mut *f.fast.get(), &mut *f.stack.get()) };
    for slot in fast.iter_mut() {
        drop(slot.take());
    }
    stack.clear();
    drop(f.locals.take());
    f.lasti.set(0);
    let s = func.spare_frame.take();
    if s.is_none() && frame.is_sole_reference() {
        super::gc::untrack(&frame);
        func.spare_frame.set(Some(frame));
    } else {
        func.spare_frame.set(s);
        super::frame_pool::park(vm, frame);
    }
}

/// Visits what a function's spare frame holds (for the function's traversal).
pub fn traverse_spare(frame: &PyRef, visit: &mut dyn FnMut(&PyRef)) {
    let f = frame_of(frame);
    visit(f.code());
    visit(f.globals());
    visit(f.builtins());
    f.cells().iter().for_each(visit);
}

/// Creates the frame for calling `func` with `args`, binding parameters with
/// CPython's rules and messages.
pub fn frame_for_call(vm: &Vm, func: &PyFunction, args: CallArgs<'_>) -> PyResult<PyRef> {
    if let Some(f) = take_spare(func, &args) {
        return Ok(f);
    }
    let code_ref = func.code.borrow().clone();
    let c = code_ref.downcast_ref::<PyCode>().expect("code");
    let co = &c.code;
    let pos = args.positional();
    // The common call: exactly the positional parameters, nothing else.
    let simple = co.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0
        && co.kwonlyargcount == 0
        && args.kwnames.is_empty()
        && pos.len() == co.argcount as usize;
    let bound = if simple {
        None
    } else {
        Some(bind_arguments(vm, func, c, args)?)
    };
    let closure = func.closure.as_ref().and_then(|c| tuple_items(c));
    let cells = make_cells(vm, c, closure);
    let globals = func.globals.clone();
    let builtins = func.builtins.clone();
    let frame_ref = match super::frame_pool::take_parked() {
        Some(f) => {
            frame_of(&f).refill(code_ref.clone(), globals, builtins, cells);
            f
        }
        None => PyRef::new(
            Frame {
                globals: UnsafeCell::new(globals),
                builtins: UnsafeCell::new(builtins),
                locals: RefCell::new(None),
                fast: UnsafeCell::new(super::frame_pool::take_fast(co.varnames.len())),
                cells: UnsafeCell::new(cells),
                stack: UnsafeCell::new(super::frame_pool::take_stack(co.max_stack as usize)),
                lasti: Cell::new(0),
                executing: Cell::new(false),
                back: RefCell::new(None),
                code: UnsafeCell::new(code_ref.clone()),
            },
            vm.types.frame_type.clone(),
        ),
    };
    let frame = frame_of(&frame_ref);
    if co.flags & code_flags::OPTIMIZED == 0 {
        // A module-style body made into a function (`types.FunctionType`)
        // runs with its globals as locals, as CPython's function call does.
        *frame.locals.borrow_mut() = Some(func.globals.clone());
    }
    // SAFETY: the frame is new or was parked, and not yet running: nothing
    // else borrows its buffers.
    let (fast, stack) = unsafe { (&mut *frame.fast.get(), &mut *frame.stack.get()) };
    stack.reserve(co.max_stack as usize);
    match bound {
        Some(values) => {
            let empty = std::mem::replace(fast, values);
            super::frame_pool::give_back(empty, Vec::new());
        }
        None => {
            fast.reserve(co.varnames.len());
            fast.extend(pos.iter().map(|a| Some(a.clone())));
            fast.resize(co.varnames.len(), None);
        }
    }
    for (ci, arg) in co.cell2arg.iter().enumerate() {
        if let Some(a) = arg {
            let v = fast[*a as usize].take();
            *crate::objects::cellobject::as_cell(&frame.cells()[ci])
                .contents
                .borrow_mut() = v;
        }
    }
    Ok(frame_ref)
}

/// Binds `args` to the parameters of `func` (code `c`) with CPython's rules
/// and messages: positional, keyword, `*args`, `**kwargs`, defaults.
fn bind_arguments(
    vm: &Vm,
    func: &PyFunction,
    c: &PyCode,
    args: CallArgs<'_>,
) -> PyResult<Vec<Option<PyRef>>> {
    let co = &c.code;
    let qualname = QualName(&func.qualname);
    let argcount = co.argcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let posonly = co.posonlyargcount as usize;
    let has_varargs = co.flags & code_flags::VARARGS != 0;
    let has_varkw = co.flags & code_flags::VARKEYWORDS != 0;
    let mut fast = super::frame_pool::take_fast(co.varnames.len());
    fast.resize(co.varnames.len(), None);
    let pos = args.positional();
    let n = pos.len().min(argcount);
    for i in 0..n {
        fast[i] = Some(pos[i].clone());
    }
    let mut idx = argcount + kwonly;
    if has_varargs {
        let extra = if pos.len() > argcount {
            pos[argcount..].to_vec()
        } else {
            Vec::new()
        };
        fast[idx] = Some(new_tuple(vm, extra));
        idx += 1;
    } else if pos.len() > argcount {
        let defaults = func
            .defaults
            .borrow()
            .as_ref()
            .map(|d| tuple_items(d).map_or(0, |t| t.len()))
            .unwrap_or(0);
        let kw_given = args
            .kwnames
            .iter()
            .filter(|k| {
                c.varnames[argcount..argcount + kwonly]
                    .iter()
                    .any(|v| v.is(k) || str_eq(v, k))
            })
            .count();
        let takes = if defaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - defaults.min(argcount),
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                pos.len(),
                if pos.len() == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{} {} given",
                pos.len(),
                if pos.len() == 1 { "was" } else { "were" }
            )
        };
        return Err(vm.new_type_error(format!("{qualname}() takes {takes} but {given}")));
    }
    let kwdict = if has_varkw {
        let d = PyDict::new_ref(vm);
        fast[idx] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name, value) in args.kwargs() {
        let Some(key) = name.downcast_ref::<PyStr>() else {
            return Err(vm.new_type_error(format!("{qualname}() keywords must be strings")));
        };
        let found = c.varnames[..argcount + kwonly]
            .iter()
            .position(|v| v.is(name) || v.downcast_ref::<PyStr>().is_some_and(|s| s.eq_str(key)));
        match found {
            Some(i) if i >= posonly => {
                if fast[i].is_some() {
                    return Err(vm.new_type_error(format!(
                        "{qualname}() got multiple values for argument '{}'",
                        key.to_string_lossy()
                    )));
                }
                fast[i] = Some(value.clone());
            }
            other => {
                if let Some(d) = &kwdict {
                    d.downcast_ref::<PyDict>().unwrap().set_item(
                        vm,
                        name.clone(),
                        value.clone(),
                    )?;
                } else if other.is_some() {
                    posonly_as_kw.push(key.to_string_lossy().into_owned());
                } else {
                    return Err(vm.new_type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{}'",
                        key.to_string_lossy()
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }
    // Positional defaults.
    if pos.len() < argcount {
        let defaults: Vec<PyRef> = func
            .defaults
            .borrow()
            .as_ref()
            .and_then(|d| tuple_items(d).map(|t| t.to_vec()))
            .unwrap_or_default();
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in pos.len()..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(str_of(&c.varnames[i]));
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.new_type_error(format!(
                "{qualname}() missing {} required positional {}: {}",
                missing.len(),
                if missing.len() == 1 {
                    "argument"
                } else {
                    "arguments"
                },
                name_list(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if fast[i].is_none() {
                let d = kwdefaults.as_ref().and_then(|d| {
                    d.downcast_ref::<PyDict>()
                        .and_then(|d| d.get_str(vm, &c.varnames[i]))
                });
                match d {
                    Some(v) => fast[i] = Some(v),
                    None => missing.push(str_of(&c.varnames[i])),
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.new_type_error(format!(
                "{qualname}() missing {} required keyword-only {}: {}",
                missing.len(),
                if missing.len() == 1 {
                    "argument"
                } else {
                    "arguments"
                },
                name_list(&missing)
            )));
        }
    }
    Ok(fast)
}

/// A function's qualified name, rendered only when an error message needs it.
struct QualName<'a>(&'a RefCell<PyRef>);

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let q = self.0.borrow();
        f.write_str(
            &q.downcast_ref::<PyStr>()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        )
    }
}

fn str_of(s: &PyRef) -> String {
    s.downcast_ref::<PyStr>()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn str_eq(a: &PyRef, b: &PyRef) -> bool {
    match (a.downcast_ref::<PyStr>(), b.downcast_ref::<PyStr>()) {
        (Some(x), Some(y)) => x.eq_str(y),
        _ => false,
    }
}

fn frame_of(o: &PyRef) -> &Frame {
    o.downcast_ref::<Frame>().expect("frame")
}

/// Installs frame's attributes.
pub fn init(vm: &Vm) {
    use crate::objects::descrobject::{add_getsets, GetSetDef};
    use crate::objects::longobject::new_int;
    let t = &vm.types.frame_type;
    crate::objects::typeobject::as_type(t)
        .slots
        .repr
        .set(Some(|vm, o| {
            let f = frame_of(o);
            let c = &f.pycode().code;
            Ok(crate::objects::unicodeobject::new_str_object(
                vm,
                &format!(
                    "<frame at {:#x}, file '{}', line {}, code {}>",
                    o.id(),
                    f.pycode().filename(),
                    f.lineno(),
                    c.name
                ),
            ))
        }));
    add_getsets(
        vm,
        t,
        &[
            GetSetDef::new("f_code", |_, o| Ok(frame_of(o).code().clone())),
            GetSetDef::new("f_globals", |_, o| Ok(frame_of(o).globals().clone())),
            GetSetDef::new("f_builtins", |_, o| Ok(frame_of(o).builtins().clone())),
            GetSetDef::new("f_locals", |vm, o| {
                crate::modules::bltin_functions::frame_locals(vm, o)
            }),
            GetSetDef::new("f_lineno", |vm, o| {
                Ok(new_int(vm, frame_of(o).lineno() as i64))
            }),
            GetSetDef::new("f_lasti", |vm, o| {
                Ok(new_int(vm, 2 * frame_of(o).lasti.get() as i64))
            }),
            GetSetDef::new("f_back", |vm, o| {
                Ok(frame_of(o)
                    .back
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| vm.none.clone()))
            }),
            GetSetDef::new("f_trace", |vm, _| Ok(vm.none.clone())),
        ],
    );
    crate::objects::descrobject::add_methods(
        vm,
        t,
        &[crate::objects::methodobject::MethodDef::new(
            "clear",
            frame_clear,
        )],
    );
}

/// `frame.clear()`: drops the locals of a frame that has finished (tracebacks
/// keep them alive otherwise). A running frame raises RuntimeError; the frame
/// of a generator is left alone, since the generator may still resume it.
fn frame_clear(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "clear", 1, 1)?;
    let f = frame_of(&a[0]);
    if f.executing.get() {
        return Err(vm.new_runtime_error("cannot clear an executing frame"));
    }
    let resumable = code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR;
    if f.pycode().code.flags & resumable == 0 {
        // SAFETY: GIL held; the frame is not executing, so nothing borrows its locals.
        let fast = unsafe { &mut *f.fast.get() };
        let old: Vec<Option<PyRef>> = fast.iter_mut().map(Option::take).collect();
        let locals = f.locals.take();
        // Dropped after the borrow ends: freeing them may run `__del__`.
        drop((old, locals));
    }
    Ok(vm.none.clone())
}
