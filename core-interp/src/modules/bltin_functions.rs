//! More built-in functions: reductions (`min`, `max`, `sum`, `any`, `all`,
//! `sorted`), numeric helpers (`round`, `divmod`, `pow`, `bin`, `oct`,
//! `hex`, `chr`, `ord`), namespaces (`dir`, `vars`, `globals`, `locals`) and
//! dynamic execution (`exec`, `eval`, `compile`), plus `input`.

use crate::objects::dictobject::PyDict;
use crate::objects::longobject::{as_int, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::typeobject::class_name;
use crate::objects::unicodeobject::{new_str_object, PyStr};
use crate::vm::frame::Frame;
use crate::vm::{CallArgs, PyResult, Signature, Vm};

fn min_max(vm: &Vm, args: CallArgs<'_>, name: &str, want_greater: bool) -> PyResult {
    let pos = args.positional();
    let mut key: Option<PyRef> = None;
    let mut default: Option<PyRef> = None;
    for (k, v) in args.kwargs() {
        match vm.str_string(k)?.as_str() {
            "key" => key = Some(v.clone()).filter(|v| !vm.is_none(v)),
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.new_type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let items: Vec<PyRef> = match pos.len() {
        0 => return Err(vm.new_type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.new_type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(PyRef, PyRef)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call_positional(f, std::slice::from_ref(&it))?,
            None => it.clone(),
        };
        match &best {
            None => best = Some((k, it)),
            Some((bk, _)) => {
                let op = if want_greater {
                    crate::compile::bytecode::CompareOperator::Gt
                } else {
                    crate::compile::bytecode::CompareOperator::Lt
                };
                let r = vm.richcompare(&k, bk, op)?;
                if vm.is_true(&r)? {
                    best = Some((k, it));
                }
            }
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.new_value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    min_max(vm, args, "min", false)
}

fn max(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    min_max(vm, args, "max", true)
}

static SUM_SIG: Signature = Signature {
    name: "sum",
    params: &["iterable", "start"],
    posonly: 1,
    positional: 2,
    required: 1,
};

fn sum(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = SUM_SIG.bind(vm, args)?;
    let mut acc = a[1].clone().unwrap_or_else(|| new_int(vm, 0));
    if acc.downcast_ref::<PyStr>().is_some() {
        return Err(vm.new_type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if crate::objects::bytesobject::as_bytes(&acc).is_some() {
        return Err(vm.new_type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.get_iter(a[0].as_ref().unwrap())?;
    while let Some(v) = vm.next(&it)? {
        // `acc` and `v` are owned here, so a float total is updated in place.
        acc = match crate::vm::fastpath::binary_on_temps(
            vm,
            acc,
            v,
            crate::compile::bytecode::BinaryOperator::Add,
        ) {
            Ok(r) => r,
            Err((acc, v)) => vm.binary_op(
                &acc,
                &v,
                crate::compile::bytecode::BinaryOperator::Add,
                false,
            )?,
        };
    }
    Ok(acc)
}

fn any(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "any", 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.is_true(&v)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn all(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "all", 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

/// `sorted` hands its keywords to `list.sort`, so errors name `sort()`.
static SORTED_SIG: Signature = Signature {
    name: "sort",
    params: &["key", "reverse"],
    posonly: 0,
    positional: 0,
    required: 0,
};

fn sorted(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let n = args.positional().len();
    if n != 1 {
        return Err(vm.new_type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let items = vm.collect(&args.positional()[0])?;
    let a = SORTED_SIG.bind(vm, CallArgs::new(&args.args[1..], args.kwnames))?;
    let key = a[0].clone().filter(|k| !vm.is_none(k));
    let reverse = match &a[1] {
        Some(r) => crate::objects::listobject::sort_reverse_flag(vm, r)?,
        None => false,
    };
    let sorted = crate::objects::list_sort::sort_items(vm, items, key.as_ref(), reverse)?;
    Ok(crate::objects::listobject::new_list(vm, sorted))
}

static ROUND_SIG: Signature = Signature {
    name: "round",
    params: &["number", "ndigits"],
    posonly: 0,
    positional: 2,
    required: 1,
};

fn round(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = ROUND_SIG.bind(vm, args)?;
    let x = a[0].as_ref().unwrap();
    let mut call_args = Vec::new();
    if let Some(nd) = &a[1] {
        if !vm.is_none(nd) {
            call_args.push(nd.clone());
        }
    }
    match vm.call_special(x, "__round__", &call_args)? {
        Some(r) => Ok(r),
        None => Err(vm.new_type_error(format!(
            "type {} doesn't define __round__ method",
            class_name(x)
        ))),
    }
}

fn divmod(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "divmod", 2, 2)?;
    let r = vm.binary_op1(&a[0], &a[1], |s| s.divmod.get())?;
    if vm.is_not_implemented(&r) {
        return Err(vm.new_type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            class_name(&a[0]),
            class_name(&a[1])
        )));
    }
    Ok(r)
}

static POW_SIG: Signature = Signature {
    name: "pow",
    params: &["base", "exp", "mod"],
    posonly: 0,
    positional: 3,
    required: 2,
};

fn pow(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = POW_SIG.bind(vm, args)?;
    let m = a[2].clone().filter(|m| !vm.is_none(m));
    vm.power(
        a[0].as_ref().unwrap(),
        a[1].as_ref().unwrap(),
        m.as_ref(),
        false,
    )
}

fn radix(vm: &Vm, args: CallArgs<'_>, name: &str, base: u32, prefix: &str) -> PyResult {
    let a = args.check_positional(vm, name, 1, 1)?;
    let i = vm.index(&a[0])?;
    let v = as_int(&i).unwrap().value.to_big();
    let s = if v.sign() == num_bigint::Sign::Minus {
        format!("-{prefix}{}", (-v).to_str_radix(base))
    } else {
        format!("{prefix}{}", v.to_str_radix(base))
    };
    Ok(new_str_object(vm, &s))
}

fn bin(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    radix(vm, args, "bin", 2, "0b")
}
fn oct(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    radix(vm, args, "oct", 8, "0o")
}
fn hex(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    radix(vm, args, "hex", 16, "0x")
}

fn chr(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "chr", 1, 1)?;
    let i = vm.index(&a[0])?;
    match crate::objects::longobject::int_to_i64(&i) {
        Some(v) if (0..=0x10FFFF).contains(&v) => Ok(PyRef::new(
            PyStr::from_code_points(&[v as u32]),
            vm.types.str_type.clone(),
        )),
        Some(_) => Err(vm.new_value_error("chr() arg not in range(0x110000)")),
        None => Err(vm.new_overflow_error("Python int too large to convert to C int")),
    }
}

fn ord(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "ord", 1, 1)?;
    if let Some(s) = a[0].downcast_ref::<PyStr>() {
        if s.len() != 1 {
            return Err(vm.new_type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.len()
            )));
        }
        return Ok(new_int(vm, s.char_at(0) as i64));
    }
    let bytes = crate::objects::bytesobject::as_bytes(&a[0])
        .map(|b| b.to_vec())
        .or_else(|| {
            a[0].downcast_ref::<crate::objects::bytearrayobject::PyByteArray>()
                .map(|b| b.data.borrow().clone())
        });
    if let Some(b) = bytes {
        if b.len() != 1 {
            return Err(vm.new_type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(new_int(vm, b[0] as i64));
    }
    Err(vm.new_type_error(format!(
        "ord() expected string of length 1, but {} found",
        class_name(&a[0])
    )))
}

fn current_frame(vm: &Vm) -> Option<PyRef> {
    vm.ts.frames.borrow().last().cloned()
}

fn globals(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "globals", 0, 0)?;
    let f = current_frame(vm).ok_or_else(|| vm.new_system_error("globals(): no current frame"))?;
    Ok(f.downcast_ref::<Frame>().unwrap().globals().clone())
}

/// A dict of the frame's locals (the mapping for module/class frames).
pub fn frame_locals(vm: &Vm, frame: &PyRef) -> PyResult {
    let f = frame.downcast_ref::<Frame>().unwrap();
    if let Some(l) = f.locals.borrow().clone() {
        return Ok(l);
    }
    let d = PyDict::new_ref(vm);
    let dd = d.downcast_ref::<PyDict>().unwrap();
    let code = f.pycode();
    // SAFETY: short read of the fast locals; nothing else borrows them now.
    let fast = unsafe { &*f.fast.get() }.clone();
    for (i, v) in fast.iter().enumerate() {
        if let Some(v) = v {
            dd.set_item(vm, code.varnames[i].clone(), v.clone())?;
        }
    }
    for (i, cell) in f.cells().iter().enumerate() {
        if let Some(v) = crate::objects::cellobject::as_cell(cell)
            .contents
            .borrow()
            .clone()
        {
            dd.set_item(vm, code.cell_names[i].clone(), v)?;
        }
    }
    Ok(d)
}

fn locals(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    args.check_positional(vm, "locals", 0, 0)?;
    let f = current_frame(vm).ok_or_else(|| vm.new_system_error("locals(): no current frame"))?;
    frame_locals(vm, &f)
}

fn vars(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "vars", 0, 1)?;
    match a.first() {
        None => locals(vm, CallArgs::positional_only(&[])),
        Some(o) => match vm.getattr_opt(o, &vm.intern("__dict__"))? {
            Some(d) => Ok(d),
            None => Err(vm.new_type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "dir", 0, 1)?;
    let names = match a.first() {
        None => {
            let l = locals(vm, CallArgs::positional_only(&[]))?;
            vm.collect(&l)?
        }
        Some(o) => return Ok(crate::objects::listobject::new_list(vm, dir_of(vm, o)?)),
    };
    let sorted = crate::objects::list_sort::sort_items(vm, names, None, false)?;
    Ok(crate::objects::listobject::new_list(vm, sorted))
}

/// `dir(o)`: the sorted names `o.__dir__()` gives.
pub fn dir_of(vm: &Vm, o: &PyRef) -> PyResult<Vec<PyRef>> {
    let Some(d) = vm.lookup_special(o, "__dir__")? else {
        return Err(vm.new_type_error("object does not provide __dir__"));
    };
    let r = vm.call_positional(&d, &[])?;
    let names = vm.collect(&r)?;
    crate::objects::list_sort::sort_items(vm, names, None, false)
}

fn source_text(vm: &Vm, o: &PyRef, what: &str) -> PyResult<String> {
    if let Some(s) = o.downcast_ref::<PyStr>() {
        return Ok(s.to_string_lossy().into_owned());
    }
    if let Some(b) = crate::objects::buffer::bytes_like(vm, o)? {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(vm.new_type_error(format!(
        "{what}() arg 1 must be a string, bytes or code object"
    )))
}

static COMPILE_SIG: Signature = Signature {
    name: "compile",
    params: &[
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ],
    posonly: 0,
    positional: 6,
    required: 3,
};

fn compile(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = COMPILE_SIG.bind(vm, args)?;
    let src = a[0].as_ref().unwrap();
    if src.class().is(&vm.types.code_type) {
        return Ok(src.clone());
    }
    let filename = vm.str_string(a[1].as_ref().unwrap())?;
    let flags = match &a[3] {
        Some(f) => vm.index_isize(f)? as i64,
        None => 0,
    };
    let only_ast = flags & super::ast::PY_CF_ONLY_AST != 0;
    let mode = match vm.str_string(a[2].as_ref().unwrap())?.as_str() {
        "exec" => crate::compile::Mode::Exec,
        "eval" => crate::compile::Mode::Eval,
        "single" => crate::compile::Mode::Single,
        "func_type" if only_ast => {
            return Err(vm.new_not_implemented_error("compile() in 'func_type' mode"))
        }
        "func_type" => {
            return Err(vm.new_value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"))
        }
        _ => return Err(vm.new_value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if super::ast::is_ast_object(vm, src)? {
        if only_ast {
            return Ok(src.clone());
        }
        return super::ast::compile_object(vm, src, &filename, mode);
    }
    let text = source_text(vm, src, "compile")?;
    if only_ast {
        return super::ast::parse_to_object(vm, &text, &filename, mode);
    }
    crate::vm::compile_source(vm, &text, &filename, mode)
}

fn run_code(vm: &Vm, args: CallArgs<'_>, name: &str, mode: crate::compile::Mode) -> PyResult {
    let a = args.check_positional(vm, name, 1, 3)?;
    let caller = current_frame(vm);
    let globals = match a.get(1).filter(|g| !vm.is_none(g)) {
        Some(g) => {
            if g.downcast_ref::<PyDict>().is_none() {
                return Err(vm.new_type_error(format!(
                    "{name}() globals must be a dict, not {}",
                    class_name(g)
                )));
            }
            g.clone()
        }
        None => match &caller {
            Some(f) => f.downcast_ref::<Frame>().unwrap().globals().clone(),
            None => return Err(vm.new_system_error("no current frame")),
        },
    };
    let locals = match a.get(2).filter(|l| !vm.is_none(l)) {
        Some(l) => l.clone(),
        None if a.get(1).is_some_and(|g| !vm.is_none(g)) => globals.clone(),
        None => match &caller {
            Some(f) => frame_locals(vm, f)?,
            None => globals.clone(),
        },
    };
    let gd = globals.downcast_ref::<PyDict>().unwrap();
    if gd.get_rust_str(vm, "__builtins__").is_none() {
        gd.set_str(vm, "__builtins__", vm.builtins_module());
    }
    let code = if a[0].class().is(&vm.types.code_type) {
        a[0].clone()
    } else {
        let text = source_text(vm, &a[0], name)?;
        let text = if mode == crate::compile::Mode::Eval {
            text.trim_start_matches([' ', '\t']).to_string()
        } else {
            text
        };
        crate::vm::compile_source(vm, &text, "<string>", mode)?
    };
    let frame = Frame::new_with_locals(vm, code, globals, Some(locals), None);
    vm.enter_call()?;
    let r = crate::vm::ceval::run_frame(vm, &frame, crate::vm::ceval::Resume::Start);
    vm.leave_call();
    match r? {
        crate::vm::ceval::FrameExit::Return(v) => Ok(if mode == crate::compile::Mode::Eval {
            v
        } else {
            vm.none.clone()
        }),
        crate::vm::ceval::FrameExit::Yield(_) => Err(vm.new_system_error("exec'd code yielded")),
    }
}

fn exec(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    run_code(vm, args, "exec", crate::compile::Mode::Exec)
}

fn eval(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    run_code(vm, args, "eval", crate::compile::Mode::Eval)
}

fn input(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "input", 0, 1)?;
    if let Some(p) = a.first() {
        let out = crate::modules::sysmodule::sys_attr(vm, "stdout")?;
        let s = vm.str(p)?;
        vm.call_method(&out, "write", &[s])?;
        vm.call_method(&out, "flush", &[])?;
    }
    let inp = crate::modules::sysmodule::sys_attr(vm, "stdin")?;
    let line = vm.call_method(&inp, "readline", &[])?;
    let s = vm.str_string(&line)?;
    if s.is_empty() {
        return Err(vm.new_exception(
            &vm.exceptions.eof_error,
            vec![new_str_object(vm, "EOF when reading a line")],
        ));
    }
    Ok(new_str_object(vm, s.strip_suffix('\n').unwrap_or(&s)))
}

pub static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("min", min),
    MethodDef::new("max", max),
    MethodDef::new("sum", sum),
    MethodDef::new("any", any),
    MethodDef::new("all", all),
    MethodDef::new("sorted", sorted),
    MethodDef::new("round", round),
    MethodDef::new("divmod", divmod),
    MethodDef::new("pow", pow),
    MethodDef::new("bin", bin),
    MethodDef::new("oct", oct),
    MethodDef::new("hex", hex),
    MethodDef::new("chr", chr),
    MethodDef::new("ord", ord),
    MethodDef::new("globals", globals),
    MethodDef::new("locals", locals),
    MethodDef::new("vars", vars),
    MethodDef::new("dir", dir),
    MethodDef::new("compile", compile),
    MethodDef::new("exec", exec),
    MethodDef::new("eval", eval),
    MethodDef::new("input", input),
];
