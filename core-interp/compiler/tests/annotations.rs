//! Under `from __future__ import annotations` annotations are strings
//! written as CPython 3.11 unparses them (expected values recorded with
//! CPython).

use oxpy_compiler::bytecode::Constant;
use oxpy_compiler::{compile_source, CompileOptions, Mode};

#[test]
fn annotations_are_unparsed_like_cpython() {
    let src = "from __future__ import annotations\na: \"Foo\"\nb: Dict[str,int]\nc: int|None\nd: 'it\\'s'\ne: List[ Tuple[int, ...] ]\nf: Callable[[int, str], None]\ng: (1 + 2) * 3\nk: tuple[()]\nn: a[1:2, ::3]\no: f(x, *y, k=1)\nq: (a, b)\nr: not x\n";
    let code = compile_source(
        src,
        &CompileOptions {
            mode: Mode::Exec,
            filename: "<a>".into(),
            optimize: 0,
        },
    )
    .expect("compiles");
    for expected in [
        "'Foo'",
        "Dict[str, int]",
        "int | None",
        "\"it's\"",
        "List[Tuple[int, ...]]",
        "Callable[[int, str], None]",
        "(1 + 2) * 3",
        "tuple[()]",
        "a[1:2, ::3]",
        "f(x, *y, k=1)",
        "(a, b)",
        "not x",
    ] {
        assert!(
            code.consts.contains(&Constant::Str(expected.into())),
            "{expected:?} not in {:?}",
            code.consts
        );
    }
}
