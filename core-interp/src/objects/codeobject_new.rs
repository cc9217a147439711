//! Making code objects from Python: `code.replace(**changes)` and
//! `types.CodeType(...)`, with CPython 3.11's arguments, checks and
//! messages; and code equality and hashing as CPython defines them.
//!
//! `co_code` must be bytes oxpy made (`code_bytes.rs`); the tables may be
//! swapped as long as every instruction still finds what it indexes.

use super::code_bytes::{self, ConstShape};
use super::code_tables;
use super::codeobject::{code_of, PyCode};
use super::object::PyRef;
use super::tupleobject::tuple_items;
use super::unicodeobject::as_str;
use crate::compile::bytecode::{code_flags, CodeObject, Constant, Opcode};
use crate::vm::{CallArgs, PyResult, Vm};
use std::sync::Arc;

/// Everything a code object is made from, as Python passes it.
struct Parts {
    argcount: i64,
    posonlyargcount: i64,
    kwonlyargcount: i64,
    nlocals: i64,
    stacksize: i64,
    flags: i64,
    code: Vec<u8>,
    consts: Vec<PyRef>,
    names: Vec<PyRef>,
    varnames: Vec<PyRef>,
    freevars: Vec<PyRef>,
    cellvars: Vec<PyRef>,
    filename: PyRef,
    name: PyRef,
    qualname: PyRef,
    firstlineno: i64,
    linetable: Vec<u8>,
    exceptiontable: Vec<u8>,
}

fn c_int(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    crate::vm::args::c_int(vm, o).map(i64::from)
}

fn type_error_arg(vm: &Vm, func: &str, arg: &str, want: &str, got: &PyRef) -> crate::vm::PyErr {
    vm.new_type_error(format!(
        "{func}() argument {arg} must be {want}, not {}",
        super::typeobject::class_name(got)
    ))
}

fn bytes_arg(vm: &Vm, func: &str, arg: &str, o: &PyRef) -> PyResult<Vec<u8>> {
    match super::bytesobject::as_bytes(o) {
        Some(b)
            if o.class().is(&vm.types.bytes_type)
                || super::typeobject::is_subtype(o.class(), &vm.types.bytes_type) =>
        {
            Ok(b.to_vec())
        }
        _ => Err(type_error_arg(vm, func, arg, "bytes", o)),
    }
}

fn tuple_arg(vm: &Vm, func: &str, arg: &str, o: &PyRef) -> PyResult<Vec<PyRef>> {
    tuple_items(o)
        .map(|t| t.to_vec())
        .ok_or_else(|| type_error_arg(vm, func, arg, "tuple", o))
}

fn str_arg(vm: &Vm, func: &str, arg: &str, o: &PyRef) -> PyResult<PyRef> {
    match as_str(o) {
        Some(_) => Ok(o.clone()),
        None => Err(type_error_arg(vm, func, arg, "str", o)),
    }
}

fn name_of(o: &PyRef) -> Arc<str> {
    Arc::from(as_str(o).map(|s| s.to_string_lossy()).unwrap_or_default())
}

/// CPython's `PyErr_BadInternalCall()` from `_PyCode_Validate`.
fn bad_internal_call(vm: &Vm) -> crate::vm::PyErr {
    vm.new_system_error("Objects/codeobject.c:250: bad argument to internal function")
}

/// Which table an instruction's argument indexes.
enum Operand {
    Const,
    Fast,
    Cell,
    Name,
    Other,
}

fn operand(op: Opcode) -> Operand {
    use Opcode::*;
    match op {
        LoadConst => Operand::Const,
        LoadFast | StoreFast | DeleteFast => Operand::Fast,
        LoadDeref | StoreDeref | DeleteDeref | LoadClassDeref | LoadClosure => Operand::Cell,
        LoadName | StoreName | DeleteName | LoadGlobal | StoreGlobal | DeleteGlobal | LoadAttr
        | StoreAttr | DeleteAttr | LoadMethod | ImportName | ImportFrom => Operand::Name,
        _ => Operand::Other,
    }
}

/// `_PyCode_Validate` and the construction itself. `docstring_from` is the
/// code being replaced: its docstring, if it had one, is the new `co_consts[0]`.
fn build(vm: &Vm, p: Parts, docstring_from: Option<&CodeObject>) -> PyResult {
    if p.argcount < p.posonlyargcount
        || p.posonlyargcount < 0
        || p.kwonlyargcount < 0
        || p.stacksize < 0
        || p.flags < 0
    {
        return Err(bad_internal_call(vm));
    }
    let decoded = code_bytes::decode(&p.code).map_err(|m| vm.new_value_error(m))?;
    let flags = p.flags as u32;
    let total_args = p.argcount
        + p.kwonlyargcount
        + (flags & code_flags::VARARGS != 0) as i64
        + (flags & code_flags::VARKEYWORDS != 0) as i64;
    if (p.varnames.len() as i64) < total_args {
        return Err(vm.new_value_error("code: co_varnames is too small"));
    }
    if p.nlocals != p.varnames.len() as i64 {
        return Err(vm.new_value_error("code: co_nlocals != len(co_varnames)"));
    }
    for t in [&p.names, &p.varnames, &p.freevars, &p.cellvars] {
        if t.iter().any(|n| as_str(n).is_none()) {
            return Err(vm.new_system_error("non-string found in code slot"));
        }
    }
    let exceptions = code_tables::decode_exceptiontable(&p.exceptiontable)
        .ok_or_else(|| vm.new_value_error("code: co_exceptiontable is malformed"))?;
    if code_bytes::exceptiontable_digest(&exceptions) != decoded.exceptiontable_digest {
        return Err(vm.new_value_error(
            "code: co_exceptiontable does not belong to co_code (oxpy keeps the exception \
             table its compiler made with the instructions)",
        ));
    }
    let ncells = p.cellvars.len() + p.freevars.len();
    for ins in &decoded.instructions {
        let (len, what) = match operand(ins.op) {
            Operand::Const => (p.consts.len(), "co_consts"),
            Operand::Fast => (p.varnames.len(), "co_varnames"),
            Operand::Cell => (ncells, "co_cellvars and co_freevars"),
            Operand::Name => (p.names.len(), "co_names"),
            Operand::Other => continue,
        };
        if ins.arg as usize >= len {
            return Err(vm.new_value_error(format!(
                "code: {what} too short for co_code ({} uses index {})",
                ins.op.name(),
                ins.arg
            )));
        }
    }
    for (i, need) in decoded.shapes.iter().enumerate() {
        if let Some(c) = p.consts.get(i) {
            if !need.accepts(ConstShape::of(c)) {
                return Err(vm.new_value_error(format!(
                    "code: co_consts[{i}] must be {} for co_code",
                    match need {
                        ConstShape::Code => "a code object".to_string(),
                        ConstShape::Tuple { len, .. } => format!("a tuple of {len} items"),
                        ConstShape::Any => unreachable!("Any accepts every constant"),
                    }
                )));
            }
        }
    }
    let names: Vec<Arc<str>> = p.names.iter().map(name_of).collect();
    let varnames: Vec<Arc<str>> = p.varnames.iter().map(name_of).collect();
    let cellvars: Vec<Arc<str>> = p.cellvars.iter().map(name_of).collect();
    let freevars: Vec<Arc<str>> = p.freevars.iter().map(name_of).collect();
    let cell2arg = cellvars
        .iter()
        .map(|c| {
            varnames[..total_args as usize]
                .iter()
                .position(|v| v == c)
                .map(|i| i as u32)
        })
        .collect();
    let positions =
        code_tables::decode_linetable(&p.linetable, p.firstlineno, decoded.instructions.len());
    let docstring = docstring_from
        .and_then(|c| c.docstring.as_ref())
        .and_then(|_| p.consts.first())
        .and_then(as_str)
        .map(|s| Arc::from(s.to_string_lossy()));
    let mut marshallable = true;
    let consts = p
        .consts
        .iter()
        .map(|c| {
            to_constant(vm, c).unwrap_or_else(|| {
                marshallable = false;
                Constant::None
            })
        })
        .collect();
    let code = CodeObject {
        name: name_of(&p.name),
        qualname: name_of(&p.qualname),
        filename: name_of(&p.filename),
        first_line: p.firstlineno.max(0) as u32,
        argcount: p.argcount as u32,
        posonlyargcount: p.posonlyargcount as u32,
        kwonlyargcount: p.kwonlyargcount as u32,
        flags,
        varnames,
        cellvars,
        freevars,
        cell2arg,
        names,
        consts,
        instructions: decoded.instructions,
        positions,
        exception_table: exceptions,
        max_stack: decoded.max_stack,
        docstring,
        warnings: Vec::new(),
    };
    Ok(super::codeobject::assemble(
        vm,
        Arc::new(code),
        p.consts,
        marshallable,
        p.stacksize as u32,
    ))
}

/// The compile-time constant an object is, when it is one marshal can write.
fn to_constant(vm: &Vm, o: &PyRef) -> Option<Constant> {
    let t = o.class();
    let ty = &vm.types;
    Some(if vm.is_none(o) {
        Constant::None
    } else if o.is(&vm.ellipsis) {
        Constant::Ellipsis
    } else if t.is(&ty.bool_type) {
        Constant::Bool(o.is(&vm.true_))
    } else if t.is(&ty.int_type) {
        Constant::Int(super::longobject::as_int(o)?.value.to_big())
    } else if t.is(&ty.float_type) {
        Constant::Float(super::floatobject::as_float(o)?)
    } else if t.is(&ty.complex_type) {
        let c = o.downcast_ref::<super::complexobject::PyComplex>()?;
        Constant::Complex {
            real: c.real,
            imag: c.imag,
        }
    } else if t.is(&ty.str_type) {
        let s = as_str(o)?;
        if s.has_surrogates() {
            Constant::StrCodePoints(s.to_code_points().into())
        } else {
            Constant::Str(Arc::from(s.to_string_lossy()))
        }
    } else if t.is(&ty.bytes_type) {
        Constant::Bytes(Arc::from(super::bytesobject::as_bytes(o)?))
    } else if t.is(&ty.tuple_type) {
        Constant::Tuple(
            tuple_items(o)?
                .iter()
                .map(|i| to_constant(vm, i))
                .collect::<Option<_>>()?,
        )
    } else if t.is(&ty.frozenset_type) {
        Constant::FrozenSet(
            super::setobject::as_set(o)?
                .items()
                .iter()
                .map(|i| to_constant(vm, i))
                .collect::<Option<_>>()?,
        )
    } else if let Some(c) = o.downcast_ref::<PyCode>() {
        if !c.marshallable {
            return None;
        }
        Constant::Code(c.code.clone())
    } else {
        return None;
    })
}

/// This code object's fields as `replace()` starts from them.
fn parts_of(vm: &Vm, o: &PyRef) -> Parts {
    let c = code_of(o);
    let co = &c.code;
    let strs = |v: &[Arc<str>]| v.iter().map(|n| vm.intern(n)).collect::<Vec<_>>();
    Parts {
        argcount: co.argcount as i64,
        posonlyargcount: co.posonlyargcount as i64,
        kwonlyargcount: co.kwonlyargcount as i64,
        nlocals: co.varnames.len() as i64,
        stacksize: c.stacksize as i64,
        flags: co.flags as i64,
        code: code_bytes::encode(co, &c.consts),
        consts: c.consts.clone(),
        names: c.names.clone(),
        varnames: c.varnames.clone(),
        freevars: strs(&co.freevars),
        cellvars: strs(&co.cellvars),
        filename: vm.intern(&c.filename()),
        name: vm.intern(&co.name),
        qualname: vm.intern(&co.qualname),
        firstlineno: co.first_line as i64,
        linetable: code_tables::encode_linetable(co.first_line, &co.positions),
        exceptiontable: code_tables::encode_exceptiontable(&co.exception_table),
    }
}

static REPLACE_SIG: crate::vm::Signature = crate::vm::Signature {
    name: "replace",
    params: &[
        "co_argcount",
        "co_posonlyargcount",
        "co_kwonlyargcount",
        "co_nlocals",
        "co_stacksize",
        "co_flags",
        "co_firstlineno",
        "co_code",
        "co_consts",
        "co_names",
        "co_varnames",
        "co_freevars",
        "co_cellvars",
        "co_filename",
        "co_name",
        "co_qualname",
        "co_linetable",
        "co_exceptiontable",
    ],
    posonly: 0,
    positional: 0,
    required: 0,
};

/// `code.replace(**changes)`: a copy with the given fields changed.
pub fn code_replace(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let this = args
        .positional()
        .first()
        .filter(|o| o.downcast_ref::<PyCode>().is_some())
        .cloned()
        .ok_or_else(|| vm.new_type_error("descriptor 'replace' needs a 'code' object"))?;
    let a = REPLACE_SIG.bind(vm, args.skip_first())?;
    let mut p = parts_of(vm, &this);
    let ints: [(&str, &mut i64); 7] = [
        ("co_argcount", &mut p.argcount),
        ("co_posonlyargcount", &mut p.posonlyargcount),
        ("co_kwonlyargcount", &mut p.kwonlyargcount),
        ("co_nlocals", &mut p.nlocals),
        ("co_stacksize", &mut p.stacksize),
        ("co_flags", &mut p.flags),
        ("co_firstlineno", &mut p.firstlineno),
    ];
    for (i, (name, field)) in ints.into_iter().enumerate() {
        if let Some(v) = &a[i] {
            *field = c_int(vm, v)?;
        }
        if *field < 0 {
            return Err(vm.new_value_error(format!("{name} must be a positive integer")));
        }
    }
    let arg = |i: usize| a[i].as_ref();
    let q = |name: &str| format!("'{name}'");
    if let Some(v) = arg(7) {
        p.code = bytes_arg(vm, "replace", &q("co_code"), v)?;
    }
    let tuples: [(usize, &str, &mut Vec<PyRef>); 5] = [
        (8, "co_consts", &mut p.consts),
        (9, "co_names", &mut p.names),
        (10, "co_varnames", &mut p.varnames),
        (11, "co_freevars", &mut p.freevars),
        (12, "co_cellvars", &mut p.cellvars),
    ];
    for (i, name, field) in tuples {
        if let Some(v) = arg(i) {
            *field = tuple_arg(vm, "replace", &q(name), v)?;
        }
    }
    let strs: [(usize, &str, &mut PyRef); 3] = [
        (13, "co_filename", &mut p.filename),
        (14, "co_name", &mut p.name),
        (15, "co_qualname", &mut p.qualname),
    ];
    for (i, name, field) in strs {
        if let Some(v) = arg(i) {
            *field = str_arg(vm, "replace", &q(name), v)?;
        }
    }
    if let Some(v) = arg(16) {
        p.linetable = bytes_arg(vm, "replace", &q("co_linetable"), v)?;
    }
    if let Some(v) = arg(17) {
        p.exceptiontable = bytes_arg(vm, "replace", &q("co_exceptiontable"), v)?;
    }
    build(vm, p, Some(&code_of(&this).code))
}

/// `code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,
/// flags, codestring, constants, names, varnames, filename, name, qualname,
/// firstlineno, linetable, exceptiontable, freevars=(), cellvars=(), /)`.
pub fn code_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = args.check_positional(vm, "code", 16, 18)?;
    let mut ints = [0i64; 6];
    for (i, slot) in ints.iter_mut().enumerate() {
        *slot = c_int(vm, &a[i])?;
    }
    let arg = |i: usize| (i + 1).to_string();
    let code = bytes_arg(vm, "code", &arg(6), &a[6])?;
    let consts = tuple_arg(vm, "code", &arg(7), &a[7])?;
    let names = tuple_arg(vm, "code", &arg(8), &a[8])?;
    let varnames = tuple_arg(vm, "code", &arg(9), &a[9])?;
    let filename = str_arg(vm, "code", &arg(10), &a[10])?;
    let name = str_arg(vm, "code", &arg(11), &a[11])?;
    let qualname = str_arg(vm, "code", &arg(12), &a[12])?;
    let firstlineno = c_int(vm, &a[13])?;
    let linetable = bytes_arg(vm, "code", &arg(14), &a[14])?;
    let exceptiontable = bytes_arg(vm, "code", &arg(15), &a[15])?;
    let freevars = match a.get(16) {
        Some(v) => tuple_arg(vm, "code", &arg(16), v)?,
        None => Vec::new(),
    };
    let cellvars = match a.get(17) {
        Some(v) => tuple_arg(vm, "code", &arg(17), v)?,
        None => Vec::new(),
    };
    let [argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags] = ints;
    for (v, what) in [
        (argcount, "argcount"),
        (posonlyargcount, "posonlyargcount"),
        (kwonlyargcount, "kwonlyargcount"),
        (nlocals, "nlocals"),
    ] {
        if v < 0 {
            return Err(vm.new_value_error(format!("code: {what} must not be negative")));
        }
    }
    for t in [&names, &varnames, &freevars, &cellvars] {
        if let Some(bad) = t.iter().find(|n| as_str(n).is_none()) {
            return Err(vm.new_type_error(format!(
                "name tuples must contain only strings, not '{}'",
                super::typeobject::class_name(bad)
            )));
        }
    }
    if nlocals != varnames.len() as i64 {
        return Err(vm.new_value_error("code: co_nlocals != len(co_varnames)"));
    }
    let parts = Parts {
        argcount,
        posonlyargcount,
        kwonlyargcount,
        nlocals,
        stacksize,
        flags,
        code,
        consts,
        names,
        varnames,
        freevars,
        cellvars,
        filename,
        name,
        qualname,
        firstlineno,
        linetable,
        exceptiontable,
    };
    build(vm, parts, None)
}

/// Constants compare as CPython's `_PyCode_ConstantKey` makes them: of the
/// same type, floats and complexes by their bits (so `0.0` and `-0.0`
/// differ), tuples item by item, code objects as code, the rest with `==`.
fn consts_equal(vm: &Vm, x: &PyRef, y: &PyRef) -> PyResult<bool> {
    if x.is(y) {
        return Ok(true);
    }
    if !x.class().is(y.class()) {
        return Ok(false);
    }
    if let (Some(a), Some(b)) = (
        super::floatobject::as_float(x),
        super::floatobject::as_float(y),
    ) {
        return Ok(a.to_bits() == b.to_bits());
    }
    if let (Some(a), Some(b)) = (
        x.downcast_ref::<super::complexobject::PyComplex>(),
        y.downcast_ref::<super::complexobject::PyComplex>(),
    ) {
        return Ok(a.real.to_bits() == b.real.to_bits() && a.imag.to_bits() == b.imag.to_bits());
    }
    if x.downcast_ref::<PyCode>().is_some() {
        return code_equal(vm, x, y);
    }
    if let (Some(a), Some(b)) = (tuple_items(x), tuple_items(y)) {
        if a.len() != b.len() {
            return Ok(false);
        }
        for (i, j) in a.iter().zip(b) {
            if !consts_equal(vm, i, j)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let r = vm.richcompare(x, y, crate::compile::bytecode::CompareOperator::Eq)?;
    vm.is_true(&r)
}

/// `code == code`: CPython compares everything but the file name, the
/// qualified name and the stack size.
fn code_equal(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    let (x, y) = (code_of(a), code_of(b));
    let (p, q) = (&x.code, &y.code);
    let same = p.name == q.name
        && p.argcount == q.argcount
        && p.posonlyargcount == q.posonlyargcount
        && p.kwonlyargcount == q.kwonlyargcount
        && p.flags == q.flags
        && p.first_line == q.first_line
        && p.instructions == q.instructions
        && p.names == q.names
        && p.varnames == q.varnames
        && p.cellvars == q.cellvars
        && p.freevars == q.freevars
        && p.positions == q.positions
        && p.exception_table == q.exception_table
        && x.consts.len() == y.consts.len();
    if !same {
        return Ok(false);
    }
    for (i, j) in x.consts.iter().zip(&y.consts) {
        if !consts_equal(vm, i, j)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn code_richcompare(
    vm: &Vm,
    a: &PyRef,
    b: &PyRef,
    op: crate::compile::bytecode::CompareOperator,
) -> PyResult {
    use crate::compile::bytecode::CompareOperator as Op;
    if !matches!(op, Op::Eq | Op::Ne) || b.downcast_ref::<PyCode>().is_none() {
        return Ok(vm.not_implemented.clone());
    }
    let eq = code_equal(vm, a, b)?;
    Ok(vm.bool_obj(eq == matches!(op, Op::Eq)))
}

/// `hash(code)`, from fields `==` compares.
pub fn code_hash(_vm: &Vm, o: &PyRef) -> PyResult<isize> {
    use std::hash::{Hash, Hasher};
    let c = &code_of(o).code;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (
        &c.name,
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.flags,
        c.first_line,
    )
        .hash(&mut h);
    for i in &c.instructions {
        (i.op as u8, i.arg).hash(&mut h);
    }
    (&c.names, &c.varnames, &c.cellvars, &c.freevars).hash(&mut h);
    let v = h.finish() as isize;
    Ok(if v == -1 { -2 } else { v })
}

#[cfg(test)]
mod tests {
    use crate::objects::dictobject::PyDict;
    use crate::vm::init::create_interpreter;

    /// Runs `source` and returns `repr(out)` (CPython accepts its own
    /// bytecode here, so these checks cannot be differential programs).
    fn run(source: &str) -> String {
        let vm = create_interpreter();
        let globals = PyDict::new_ref(&vm);
        if let Err(e) = crate::vm::pythonrun::run_source(&vm, source, "<test>", &globals) {
            panic!("{}", crate::vm::pythonrun::format_exception(&vm, e.value()));
        }
        let d = globals.downcast_ref::<PyDict>().unwrap();
        let out = d.get_rust_str(&vm, "out").expect("the source sets out");
        vm.repr_string(&out).unwrap()
    }

    #[test]
    fn co_code_oxpy_did_not_make_is_a_value_error() {
        let out = run(concat!(
            "def f(): return [1]\n",
            "co = f.__code__\n",
            "b = co.co_code\n",
            "out = []\n",
            "for bad in (b'\\x97\\x00d\\x01S\\x00', b[:-1], b[:30] + bytes([b[30] ^ 1]) + b[31:]):\n",
            "    try:\n",
            "        co.replace(co_code=bad)\n",
            "        out.append('accepted')\n",
            "    except ValueError as e:\n",
            "        out.append(str(e)[:34])\n",
        ));
        assert_eq!(
            out,
            "['code: co_code is not oxpy bytecode', \
             'code: co_code is malformed', \
             'code: co_code is not oxpy bytecode']"
        );
    }

    #[test]
    fn tables_too_short_for_the_instructions_are_refused() {
        let out = run(concat!(
            "def f(a):\n",
            "    g = lambda: a\n",
            "    return g, len, k\n",
            "co = f.__code__\n",
            "out = []\n",
            "for kw in (dict(co_consts=()), dict(co_names=()), dict(co_freevars=(), co_cellvars=()),\n",
            "           dict(co_consts=(None, 1)), dict(co_exceptiontable=b'\\x80\\x00\\x02\\x00')):\n",
            "    try:\n",
            "        co.replace(**kw)\n",
            "        out.append('accepted')\n",
            "    except ValueError as e:\n",
            "        out.append(str(e))\n",
        ));
        assert_eq!(
            out,
            "['code: co_consts too short for co_code (LoadConst uses index 1)', \
             'code: co_names too short for co_code (LoadGlobal uses index 0)', \
             'code: co_cellvars and co_freevars too short for co_code (LoadClosure uses index 0)', \
             'code: co_consts[1] must be a code object for co_code', \
             'code: co_exceptiontable does not belong to co_code (oxpy keeps the exception \
             table its compiler made with the instructions)']"
        );
    }

    #[test]
    fn a_small_co_stacksize_is_shown_but_not_used_to_size_stacks() {
        let out = run(concat!(
            "def f(a, b, c):\n",
            "    return [a, (b, [c, (a, b, [c, a, b])])]\n",
            "f.__code__ = f.__code__.replace(co_stacksize=0)\n",
            "out = (f.__code__.co_stacksize, f(1, 2, 3))\n",
        ));
        assert_eq!(out, "(0, [1, (2, [3, (1, 2, [3, 1, 2])])])");
    }
}
