//! The compiler never panics: thousands of mutated sources (deleted,
//! duplicated and swapped characters and lines of valid programs) either
//! compile or give a CompileError; and every compiled body is well formed
//! (jump targets in range, exception handlers inside the code, positions for
//! every instruction).

use oxpy_compiler::bytecode::{CodeObject, Constant, Opcode};
use oxpy_compiler::{compile_source, CompileOptions, Mode};

const SEEDS: &[&str] = &[
    "def f(a, b=1, *args, c, **kw):\n    return a + b\nprint(f(1, c=2))\n",
    "class A(B, metaclass=M):\n    x: int = 1\n    def m(self):\n        return super().m()\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    else:\n        break\nelse:\n    pass\n",
    "try:\n    x = 1 / 0\nexcept (ValueError, ZeroDivisionError) as e:\n    raise RuntimeError('x') from e\nelse:\n    y = 2\nfinally:\n    z = 3\n",
    "with open('f') as a, b as c:\n    d = [x * y for x in a for y in c if x]\n",
    "async def g():\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in b]\n",
    "match p:\n    case {'k': [1, *rest]} if rest:\n        pass\n    case Point(x=0) | Point(y=0):\n        pass\n    case _:\n        pass\n",
    "def gen():\n    x = yield 1\n    y = yield from other()\n    return x + y\n",
    "f'{a!r:>{width}} {b=} {{literal}}'\nlambda *a, **k: (a, k)\n",
    "try:\n    pass\nexcept* ValueError as eg:\n    pass\nexcept* TypeError:\n    pass\n",
    "x, *y, z = w = {**a, 'b': 2}\ndel x[1:2], y.attr\nglobal g\nnonlocal_ok = (n := 5)\n",
];

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(src: &str, rng: &mut XorShift) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(4) {
        if chars.is_empty() {
            break;
        }
        let i = rng.below(chars.len());
        match rng.below(5) {
            0 => {
                chars.remove(i);
            }
            1 => {
                let c = chars[i];
                chars.insert(i, c);
            }
            2 => {
                let j = rng.below(chars.len());
                chars.swap(i, j);
            }
            3 => {
                let pool = [
                    '(', ')', ':', '\n', ' ', '*', '=', '[', '"', '\\', 'x', '{', '\t', '@',
                ];
                chars.insert(i, pool[rng.below(pool.len())]);
            }
            _ => {
                let lines: Vec<&str> = src.lines().collect();
                let l = lines[rng.below(lines.len())];
                chars.splice(i..i, l.chars());
            }
        }
    }
    chars.into_iter().collect()
}

fn check_well_formed(code: &CodeObject) {
    let n = code.instructions.len() as u32;
    assert_eq!(
        code.positions.len(),
        code.instructions.len(),
        "a position per instruction"
    );
    for ins in &code.instructions {
        let is_jump = matches!(
            ins.op,
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
        );
        if is_jump {
            assert!(ins.arg <= n, "jump target {} out of range {}", ins.arg, n);
        }
    }
    for e in &code.exception_table {
        assert!(
            e.start < e.end && e.end <= n && e.handler < n,
            "bad exception entry {e:?}"
        );
        assert!(e.depth <= code.max_stack, "handler depth above max stack");
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            check_well_formed(inner);
        }
    }
}

fn opts() -> CompileOptions {
    CompileOptions {
        mode: Mode::Exec,
        filename: "<fuzz>".into(),
        optimize: 0,
    }
}

#[test]
fn seeds_compile_to_well_formed_code() {
    for s in SEEDS {
        let code = compile_source(s, &opts()).unwrap_or_else(|e| panic!("{s:?} failed: {}", e.msg));
        check_well_formed(&code);
    }
}

#[test]
fn mutated_sources_never_panic() {
    let mut rng = XorShift(0x9E3779B97F4A7C15);
    let mut compiled = 0;
    let mut rejected = 0;
    for round in 0..4000 {
        let seed = SEEDS[round % SEEDS.len()];
        let src = mutate(seed, &mut rng);
        let r = std::panic::catch_unwind(|| compile_source(&src, &opts()));
        match r {
            Ok(Ok(code)) => {
                check_well_formed(&code);
                compiled += 1;
            }
            Ok(Err(e)) => {
                assert!(!e.msg.is_empty());
                rejected += 1;
            }
            Err(_) => panic!("compiler panicked on {src:?}"),
        }
    }
    assert!(
        compiled > 100 && rejected > 100,
        "mutations exercise both paths ({compiled} compiled, {rejected} rejected)"
    );
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = XorShift(42);
    for _ in 0..2000 {
        let len = rng.below(80);
        let alphabet = b"ab1 :()[]{}=+-*/\n\t\"'\\#@.,;!<>|&^%~`?$";
        let src: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())] as char)
            .collect();
        let r = std::panic::catch_unwind(|| compile_source(&src, &opts()));
        assert!(r.is_ok(), "compiler panicked on {src:?}");
    }
}

#[test]
fn absurd_nesting_is_an_error_not_a_crash() {
    let parens = format!("x = {}1{}", "(".repeat(100_000), ")".repeat(100_000));
    let e = compile_source(&parens, &opts()).unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.offset),
        ("too many nested parentheses", 205)
    );
    let chain = format!("x = {}", vec!["1"; 300_000].join("+"));
    let e = compile_source(&chain, &opts()).unwrap_err();
    assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
    let ok = format!("x = {}", vec!["1"; 1000].join("+"));
    assert!(compile_source(&ok, &opts()).is_ok());
}
