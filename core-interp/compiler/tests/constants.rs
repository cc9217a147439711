//! String constants keep lone surrogates (`"\ud800"`), which ruff's parser
//! turns into U+FFFD, by decoding the literal again from the source.

use oxpy_compiler::bytecode::Constant;
use oxpy_compiler::{compile_source, CompileOptions, Mode};

fn consts(src: &str) -> Vec<Constant> {
    compile_source(
        src,
        &CompileOptions {
            mode: Mode::Exec,
            filename: "<c>".into(),
            optimize: 0,
        },
    )
    .expect("compiles")
    .consts
}

#[test]
fn lone_surrogates_survive() {
    let c = consts("x = 'a\\ud800' 'b'\n");
    assert!(
        c.contains(&Constant::StrCodePoints(vec![0x61, 0xD800, 0x62].into())),
        "{c:?}"
    );
    let c = consts("x = '\\ufffd'\ny = '\\x41\\101\\N{DEGREE SIGN}'\n");
    assert!(c.contains(&Constant::Str("\u{FFFD}".into())), "{c:?}");
    assert!(c.contains(&Constant::Str("AA\u{B0}".into())), "{c:?}");
}
