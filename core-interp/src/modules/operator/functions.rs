//! The functions of `_operator`: one per Python operator (arithmetic,
//! in-place, comparison, unary, identity, truth), the sequence helpers
//! (`concat`, `contains`, `indexOf`, `countOf`, item access),
//! `length_hint`, `index`, `call` and the timing-safe `_compare_digest`.
//! Each calls the VM's own protocol directly (`vm.binary_op`,
//! `vm.richcompare`, `vm.getitem`, …), so `operator.add(a, b)` costs one
//! built-in call more than `a + b`.

use crate::compile::bytecode::{BinaryOperator, CompareOperator};
use crate::objects::buffer::{flags, get_buffer, has_buffer};
use crate::objects::longobject::{as_int, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::PyRef;
use crate::objects::typeobject::{as_type, class_name, is_subtype};
use crate::objects::unicodeobject::PyStr;
use crate::vm::{CallArgs, PyResult, Vm};

/// The positional arguments of a function taking `min..=max` of them,
/// with CPython's messages (`add expected 2 arguments, got 1`;
/// `_operator.add() takes no keyword arguments`).
fn operands<'a>(
    vm: &Vm,
    args: CallArgs<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    args.check_positional(vm, name, min, max)
}

/// Defines `fn $f(vm, args)` for a two-operand operator.
macro_rules! binary_fns {
    ($($f:ident = $name:literal, $op:ident, $inplace:literal;)*) => {$(
        fn $f(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            let a = operands(vm, args, $name, 2, 2)?;
            vm.binary_op(&a[0], &a[1], BinaryOperator::$op, $inplace)
        }
    )*};
}

binary_fns! {
    add = "add", Add, false;
    sub = "sub", Subtract, false;
    mul = "mul", Multiply, false;
    matmul = "matmul", MatrixMultiply, false;
    floordiv = "floordiv", FloorDivide, false;
    truediv = "truediv", TrueDivide, false;
    mod_ = "mod", Remainder, false;
    lshift = "lshift", LShift, false;
    rshift = "rshift", RShift, false;
    and_ = "and_", And, false;
    xor = "xor", Xor, false;
    or_ = "or_", Or, false;
    pow = "pow", Power, false;
    iadd = "iadd", Add, true;
    isub = "isub", Subtract, true;
    imul = "imul", Multiply, true;
    imatmul = "imatmul", MatrixMultiply, true;
    ifloordiv = "ifloordiv", FloorDivide, true;
    itruediv = "itruediv", TrueDivide, true;
    imod = "imod", Remainder, true;
    ilshift = "ilshift", LShift, true;
    irshift = "irshift", RShift, true;
    iand = "iand", And, true;
    ixor = "ixor", Xor, true;
    ior = "ior", Or, true;
    ipow = "ipow", Power, true;
}

/// Defines `fn $f(vm, args)` for a rich comparison.
macro_rules! compare_fns {
    ($($f:ident = $name:literal, $op:ident;)*) => {$(
        fn $f(vm: &Vm, args: CallArgs<'_>) -> PyResult {
            let a = operands(vm, args, $name, 2, 2)?;
            vm.richcompare(&a[0], &a[1], CompareOperator::$op)
        }
    )*};
}

compare_fns! {
    lt = "lt", Lt;
    le = "le", Le;
    eq = "eq", Eq;
    ne = "ne", Ne;
    gt = "gt", Gt;
    ge = "ge", Ge;
}

/// The single argument of a one-operand function (METH_O: its messages
/// name the function as `_operator.name()`).
fn one_arg<'a>(vm: &Vm, args: CallArgs<'a>, qualname: &str) -> PyResult<&'a PyRef> {
    Ok(&args.check_positional(vm, qualname, 1, 1)?[0])
}

fn neg(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    vm.negative(one_arg(vm, args, "_operator.neg")?)
}

fn pos(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    vm.positive(one_arg(vm, args, "_operator.pos")?)
}

fn abs(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    vm.absolute(one_arg(vm, args, "_operator.abs")?)
}

fn inv(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    vm.invert(one_arg(vm, args, "_operator.inv")?)
}

fn invert(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    vm.invert(one_arg(vm, args, "_operator.invert")?)
}

fn truth(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = one_arg(vm, args, "_operator.truth")?;
    Ok(vm.bool_obj(vm.is_true(a)?))
}

fn not_(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = one_arg(vm, args, "_operator.not_")?;
    Ok(vm.bool_obj(!vm.is_true(a)?))
}

fn index(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    vm.index(one_arg(vm, args, "_operator.index")?)
}

fn is_(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "is_", 2, 2)?;
    Ok(vm.bool_obj(a[0].is(&a[1])))
}

fn is_not(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "is_not", 2, 2)?;
    Ok(vm.bool_obj(!a[0].is(&a[1])))
}

fn getitem(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "getitem", 2, 2)?;
    vm.getitem(&a[0], &a[1])
}

fn setitem(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "setitem", 3, 3)?;
    vm.setitem(&a[0], a[1].clone(), a[2].clone())?;
    Ok(vm.none.clone())
}

fn delitem(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "delitem", 2, 2)?;
    vm.delitem(&a[0], &a[1])?;
    Ok(vm.none.clone())
}

fn contains(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "contains", 2, 2)?;
    Ok(vm.bool_obj(vm.contains(&a[0], &a[1])?))
}

/// `PySequence_Check`: has item access and is not a dict.
fn is_sequence(vm: &Vm, o: &PyRef) -> bool {
    let t = as_type(o.class());
    t.slots.getitem.get().is_some() && !is_subtype(o.class(), &vm.types.dict_type)
}

/// Whether `o`'s type concatenates through CPython's `sq_concat` (the
/// built-in sequences), whose own error message then applies.
fn has_sq_concat(vm: &Vm, o: &PyRef) -> bool {
    let t = &vm.types;
    [
        &t.str_type,
        &t.bytes_type,
        &t.bytearray_type,
        &t.list_type,
        &t.tuple_type,
    ]
    .into_iter()
    .any(|st| is_subtype(o.class(), st))
}

fn not_concatenable(vm: &Vm, a: &PyRef) -> crate::vm::PyErr {
    vm.new_type_error(format!("'{}' object can't be concatenated", class_name(a)))
}

/// `PySequence_Concat` / `PySequence_InPlaceConcat`.
fn sequence_concat(vm: &Vm, a: &PyRef, b: &PyRef, inplace: bool) -> PyResult {
    if has_sq_concat(vm, a) {
        return vm.binary_op(a, b, BinaryOperator::Add, inplace);
    }
    if is_sequence(vm, a) && is_sequence(vm, b) {
        if inplace {
            if let Some(f) = as_type(a.class()).slots.inplace_add.get() {
                let r = f(vm, a, b)?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let r = vm.binary_op1(a, b, |s| s.add.get())?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(not_concatenable(vm, a))
}

fn concat(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "concat", 2, 2)?;
    sequence_concat(vm, &a[0], &a[1], false)
}

fn iconcat(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "iconcat", 2, 2)?;
    sequence_concat(vm, &a[0], &a[1], true)
}

/// `iter(seq)` with `_PySequence_IterSearch`'s message for non-iterables.
fn search_iter(vm: &Vm, seq: &PyRef) -> PyResult {
    vm.get_iter(seq).map_err(|e| {
        if e.matches(&vm.exceptions.type_error) {
            vm.new_type_error(format!(
                "argument of type '{}' is not iterable",
                class_name(seq)
            ))
        } else {
            e
        }
    })
}

fn index_of(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "indexOf", 2, 2)?;
    let it = search_iter(vm, &a[0])?;
    let mut i = 0i64;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &a[1])? {
            return Ok(new_int(vm, i));
        }
        i += 1;
    }
    Err(vm.new_value_error("sequence.index(x): x not in sequence"))
}

fn count_of(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "countOf", 2, 2)?;
    let it = search_iter(vm, &a[0])?;
    let mut n = 0i64;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &a[1])? {
            n += 1;
        }
    }
    Ok(new_int(vm, n))
}

/// `PyObject_LengthHint(o, default)`.
fn object_length_hint(vm: &Vm, o: &PyRef, default: isize) -> PyResult<isize> {
    if as_type(o.class()).slots.len.get().is_some() {
        match vm.len(o) {
            Ok(n) => return Ok(n as isize),
            Err(e) if e.matches(&vm.exceptions.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(hint) = vm.lookup_special(o, "__length_hint__")? else {
        return Ok(default);
    };
    let r = match vm.call_positional(&hint, &[]) {
        Ok(r) => r,
        Err(e) if e.matches(&vm.exceptions.type_error) => return Ok(default),
        Err(e) => return Err(e),
    };
    if vm.is_not_implemented(&r) {
        return Ok(default);
    }
    if as_int(&r).is_none() {
        return Err(vm.new_type_error(format!(
            "__length_hint__ must be an integer, not {}",
            class_name(&r)
        )));
    }
    let n = super::super::ssize_arg(vm, &r)?;
    if n < 0 {
        return Err(vm.new_value_error("__length_hint__() should return >= 0"));
    }
    Ok(n)
}

fn length_hint(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "length_hint", 1, 2)?;
    let default = match a.get(1) {
        Some(d) => super::super::ssize_arg(vm, d)?,
        None => 0,
    };
    let n = object_length_hint(vm, &a[0], default)?;
    Ok(new_int(vm, n as i64))
}

fn call(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let npos = args.positional().len();
    if npos == 0 {
        return Err(vm.new_type_error("call expected at least 1 argument, got 0"));
    }
    vm.call(&args.args[0], CallArgs::new(&args.args[1..], args.kwnames))
}

/// Compares `a` and `b` in time that depends only on `b`'s length.
fn timing_safe_eq(a: &[u8], b: &[u8]) -> bool {
    let (left, mut acc) = if a.len() == b.len() {
        (a, 0u8)
    } else {
        (b, 1u8)
    };
    for (x, y) in left.iter().zip(b) {
        acc |= std::hint::black_box(x ^ y);
    }
    acc == 0
}

/// The bytes of one `_compare_digest` operand, from its buffer.
fn digest_bytes(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    let view = get_buffer(vm, o, flags::SIMPLE)?;
    if view.ndim() > 1 {
        return Err(vm.new_exception_msg(
            &vm.exceptions.buffer_error,
            "Buffer must be single dimension",
        ));
    }
    Ok(view.to_vec())
}

fn compare_digest(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = operands(vm, args, "_compare_digest", 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    if let (Some(sx), Some(sy)) = (x.downcast_ref::<PyStr>(), y.downcast_ref::<PyStr>()) {
        let (Some(bx), Some(by)) = (sx.as_ascii(), sy.as_ascii()) else {
            return Err(
                vm.new_type_error("comparing strings with non-ASCII characters is not supported")
            );
        };
        return Ok(vm.bool_obj(timing_safe_eq(bx.as_bytes(), by.as_bytes())));
    }
    if !has_buffer(x) && !has_buffer(y) {
        return Err(vm.new_type_error(format!(
            "unsupported operand types(s) or combination of types: '{}' and '{}'",
            class_name(x),
            class_name(y)
        )));
    }
    let bx = digest_bytes(vm, x)?;
    let by = digest_bytes(vm, y)?;
    Ok(vm.bool_obj(timing_safe_eq(&bx, &by)))
}

const LENGTH_HINT_DOC: &str = "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.";

const COMPARE_DIGEST_DOC: &str = "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.";

/// The module's functions, in CPython's order.
pub static FUNCTIONS: &[MethodDef] = &[
    MethodDef::new("truth", truth).with_doc("Return True if a is true, False otherwise."),
    MethodDef::new("contains", contains).with_doc("Same as b in a (note reversed operands)."),
    MethodDef::new("indexOf", index_of).with_doc("Return the first index of b in a."),
    MethodDef::new("countOf", count_of)
        .with_doc("Return the number of items in a which are, or which equal, b."),
    MethodDef::new("is_", is_).with_doc("Same as a is b."),
    MethodDef::new("is_not", is_not).with_doc("Same as a is not b."),
    MethodDef::new("index", index).with_doc("Same as a.__index__()"),
    MethodDef::new("add", add).with_doc("Same as a + b."),
    MethodDef::new("sub", sub).with_doc("Same as a - b."),
    MethodDef::new("mul", mul).with_doc("Same as a * b."),
    MethodDef::new("matmul", matmul).with_doc("Same as a @ b."),
    MethodDef::new("floordiv", floordiv).with_doc("Same as a // b."),
    MethodDef::new("truediv", truediv).with_doc("Same as a / b."),
    MethodDef::new("mod", mod_).with_doc("Same as a % b."),
    MethodDef::new("neg", neg).with_doc("Same as -a."),
    MethodDef::new("pos", pos).with_doc("Same as +a."),
    MethodDef::new("abs", abs).with_doc("Same as abs(a)."),
    MethodDef::new("inv", inv).with_doc("Same as ~a."),
    MethodDef::new("invert", invert).with_doc("Same as ~a."),
    MethodDef::new("lshift", lshift).with_doc("Same as a << b."),
    MethodDef::new("rshift", rshift).with_doc("Same as a >> b."),
    MethodDef::new("not_", not_).with_doc("Same as not a."),
    MethodDef::new("and_", and_).with_doc("Same as a & b."),
    MethodDef::new("xor", xor).with_doc("Same as a ^ b."),
    MethodDef::new("or_", or_).with_doc("Same as a | b."),
    MethodDef::new("iadd", iadd).with_doc("Same as a += b."),
    MethodDef::new("isub", isub).with_doc("Same as a -= b."),
    MethodDef::new("imul", imul).with_doc("Same as a *= b."),
    MethodDef::new("imatmul", imatmul).with_doc("Same as a @= b."),
    MethodDef::new("ifloordiv", ifloordiv).with_doc("Same as a //= b."),
    MethodDef::new("itruediv", itruediv).with_doc("Same as a /= b."),
    MethodDef::new("imod", imod).with_doc("Same as a %= b."),
    MethodDef::new("ilshift", ilshift).with_doc("Same as a <<= b."),
    MethodDef::new("irshift", irshift).with_doc("Same as a >>= b."),
    MethodDef::new("iand", iand).with_doc("Same as a &= b."),
    MethodDef::new("ixor", ixor).with_doc("Same as a ^= b."),
    MethodDef::new("ior", ior).with_doc("Same as a |= b."),
    MethodDef::new("concat", concat).with_doc("Same as a + b, for a and b sequences."),
    MethodDef::new("iconcat", iconcat).with_doc("Same as a += b, for a and b sequences."),
    MethodDef::new("getitem", getitem).with_doc("Same as a[b]."),
    MethodDef::new("setitem", setitem).with_doc("Same as a[b] = c."),
    MethodDef::new("delitem", delitem).with_doc("Same as del a[b]."),
    MethodDef::new("pow", pow).with_doc("Same as a ** b."),
    MethodDef::new("ipow", ipow).with_doc("Same as a **= b."),
    MethodDef::new("eq", eq).with_doc("Same as a == b."),
    MethodDef::new("ne", ne).with_doc("Same as a != b."),
    MethodDef::new("lt", lt).with_doc("Same as a < b."),
    MethodDef::new("le", le).with_doc("Same as a <= b."),
    MethodDef::new("gt", gt).with_doc("Same as a > b."),
    MethodDef::new("ge", ge).with_doc("Same as a >= b."),
    MethodDef::new("_compare_digest", compare_digest).with_doc(COMPARE_DIGEST_DOC),
    MethodDef::new("length_hint", length_hint).with_doc(LENGTH_HINT_DOC),
    MethodDef::new("call", call).with_doc("Same as obj(*args, **kwargs)."),
];
