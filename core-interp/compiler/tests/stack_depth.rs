//! Every path through compiled code agrees on the value-stack depth: a flow
//! analysis over the final instructions (jumps, fall-through and
//! exception-table edges) finds one depth per reachable instruction, never
//! below zero or above `max_stack`, and every exception handler is entered
//! at a depth its instructions accept.

use oxpy_compiler::bytecode::{CodeObject, Constant, Opcode};
use oxpy_compiler::{compile_source, CompileOptions, Mode};

const PROGRAMS: &[&str] = &[
    "a, (b, c), *d = 1, (2, 3), 4, 5\nx = y = z\nx.a += 1\nx[i] **= 2\nx[1:2] = y\ndel x[0], x.a, y\n",
    "print(1 < f() < 3, a if b else c, not a or b and c, [*a, *b], {**a, 'k': 1}, {*a, 1}, (*a,))\n",
    "s[1:2:3], s[::], s[a:b]\nf'{x!r:>{w}} {y=} {z:.2f}'\n(n := 10)\n",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    return a\n@dec\n@dec2(1)\ndef g(): pass\nlambda x, *, y=2: x\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "class A(B, metaclass=M, flag=1):\n    '''doc'''\n    x: int = 1\n    def m(self):\n        return super().m() + __class__.x\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    elif i > 5:\n        break\nelse:\n    pass\nwhile x:\n    x -= 1\n    if x: break\nelse:\n    y = 1\n",
    "try:\n    a()\nexcept ValueError as e:\n    b(e)\nexcept (TypeError, KeyError):\n    raise\nexcept:\n    pass\nelse:\n    c()\nfinally:\n    d()\n",
    "def f():\n    for i in x:\n        try:\n            if i: return i\n            if i: continue\n            break\n        finally:\n            g()\n    return 0\n",
    "def f():\n    with a as b, c:\n        for i in b:\n            if i: return i\n            if i: break\n            continue\n    with d:\n        raise E from F\n",
    "def gen():\n    x = yield 1\n    y = yield from other()\n    try:\n        yield x\n    finally:\n        yield y\n",
    "async def co():\n    await x\n    async with a as b:\n        async for i in b:\n            await i\n        else:\n            pass\n    return [y async for y in b], [await z for z in c]\n",
    "async def agen():\n    async for x in y:\n        yield x\n    yield await z\n",
    "r = [x * y for x in a for y in b if x if y]\ns = {x for x in a}\nd = {k: v for k, v in items}\ng = (x for x in a if x)\n",
    "match p:\n    case {'k': [1, *rest], **kw} if rest:\n        pass\n    case Point(x=0, y=_) | Point(0, 0):\n        pass\n    case [a, b, *_, c] as whole:\n        pass\n    case str() | bytes() as s:\n        pass\n    case -1 | 1.5 | 2+3j | None | True | 'x' | K.V:\n        pass\n    case _:\n        pass\n",
    "try:\n    pass\nexcept* ValueError as eg:\n    pass\nexcept* (TypeError, KeyError):\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "import a.b.c as d, e\nfrom .f import g as h, i\nfrom ..j import *\nglobal q\nassert x, 'msg'\nassert y\n",
    "def f():\n    try:\n        try:\n            return g()\n        except E:\n            return h()\n        finally:\n            print('x')\n    except:\n        pass\n",
    "def f(x):\n    while True:\n        try:\n            with a:\n                try:\n                    continue\n                except E as e:\n                    break\n        finally:\n            return x\n",
    "x = a if b else (c if d else e)\ny = a and (b or c) and not d\nz = -a + ~b * +c ** d // e % f @ g << h >> i & j | k ^ l\n",
    "class C:\n    def f(self):\n        class D:\n            def g(self):\n                return __class__\n        return D\n    x = [i for i in range(3)]\n",
    "def f(*args, **kwargs):\n    return g(*args, 1, *b, k=2, **kwargs, **c)\nobj.m(1, 2, k=3)\nobj.m(*a)\n",
    "with (a as b, c as d):\n    pass\nfor x, (y, *z) in w:\n    pass\nfor [a.b, c[0]] in d:\n    pass\n",
    "def f():\n    v = 1\n    class In:\n        v = 2\n        w = v\n        def g(self):\n            return v\n    return In\n",
    "def f():\n    for i in x:\n        try:\n            return i\n        finally:\n            if i:\n                continue\n            def g(): return i\n            return g\n",
    "async def f():\n    return [[i + j async for i in a] for j in b]\ndef g(*args: *Ts): pass\nmatch x:\n    case {-0-0j: 1, 1+2j: 2}:\n        pass\n",
    "x: int\ny: list[int] = []\ndef f(a: int, *b: str, c: float = 1.0, **d: dict) -> None: pass\n",
];

fn opts(mode: Mode) -> CompileOptions {
    CompileOptions {
        mode,
        filename: "<test>".into(),
        optimize: 0,
    }
}

fn is_jump(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::Jump
            | Opcode::JumpBackward
            | Opcode::PopJumpIfFalse
            | Opcode::PopJumpIfTrue
            | Opcode::PopJumpIfNone
            | Opcode::PopJumpIfNotNone
            | Opcode::JumpIfFalseOrPop
            | Opcode::JumpIfTrueOrPop
            | Opcode::ForIter
            | Opcode::Send
    )
}

/// Depth after taking the jump of `op`, from the depth before it.
fn jump_depth(op: Opcode, before: i64) -> i64 {
    match op {
        Opcode::ForIter | Opcode::Send => before - 1,
        Opcode::PopJumpIfFalse
        | Opcode::PopJumpIfTrue
        | Opcode::PopJumpIfNone
        | Opcode::PopJumpIfNotNone => before - 1,
        _ => before,
    }
}

fn verify(code: &CodeObject) {
    let n = code.instructions.len();
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![(0usize, 0i64)];
    let name = &code.qualname;
    while let Some((i, d)) = work.pop() {
        if i >= n {
            continue;
        }
        match depth[i] {
            Some(prev) => {
                assert_eq!(
                    prev, d,
                    "{name}: inconsistent stack depth at instruction {i} ({:?})",
                    code.instructions[i]
                );
                continue;
            }
            None => depth[i] = Some(d),
        }
        assert!(
            d >= 0 && d <= code.max_stack as i64,
            "{name}: depth {d} out of 0..={} at {i}",
            code.max_stack
        );
        for e in &code.exception_table {
            if (e.start as usize..e.end as usize).contains(&i) {
                assert!(
                    e.depth as i64 <= d,
                    "{name}: handler depth {} above the stack ({d}) at {i}",
                    e.depth
                );
                work.push((e.handler as usize, e.depth as i64 + e.push_lasti as i64 + 1));
            }
        }
        let ins = code.instructions[i];
        let after = d + ins.op.stack_effect(ins.arg) as i64;
        assert!(
            after >= 0 && after <= code.max_stack as i64,
            "{name}: depth {after} after {i} ({:?})",
            ins
        );
        if is_jump(ins.op) {
            work.push((ins.arg as usize, jump_depth(ins.op, d)));
        }
        if !matches!(
            ins.op,
            Opcode::Jump
                | Opcode::JumpBackward
                | Opcode::ReturnValue
                | Opcode::RaiseVarargs
                | Opcode::Reraise
        ) {
            work.push((i + 1, after));
        }
    }
    for (i, ins) in code.instructions.iter().enumerate() {
        if ins.op == Opcode::JumpBackward {
            assert!(
                (ins.arg as usize) <= i,
                "{name}: JumpBackward at {i} goes forward"
            );
        }
        if ins.op == Opcode::Jump {
            assert!((ins.arg as usize) > i, "{name}: Jump at {i} goes backward");
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            verify(inner);
        }
    }
}

#[test]
fn every_path_agrees_on_the_stack_depth() {
    for p in PROGRAMS {
        let code = compile_source(p, &opts(Mode::Exec))
            .unwrap_or_else(|e| panic!("{p:?}: {} at {}:{}", e.msg, e.lineno, e.offset));
        verify(&code);
    }
}

#[test]
fn eval_and_single_modes_are_well_formed() {
    for (src, mode) in [
        ("a + b * c", Mode::Eval),
        ("  [x for x in y]", Mode::Eval),
        ("x = 1; x\n", Mode::Single),
        ("if x:\n    y\n", Mode::Single),
    ] {
        let code =
            compile_source(src, &opts(mode)).unwrap_or_else(|e| panic!("{src:?}: {}", e.msg));
        verify(&code);
    }
}
