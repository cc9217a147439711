//! `-O` and `-OO`: asserts disappear, `__debug__` is a constant, and `-OO`
//! drops docstrings (the docstring slot of a function holds None).

use oxpy_compiler::bytecode::{CodeObject, Constant, Opcode};
use oxpy_compiler::{compile_source, CompileOptions, Mode};

fn compile(src: &str, optimize: u8) -> CodeObject {
    compile_source(
        src,
        &CompileOptions {
            mode: Mode::Exec,
            filename: "<o>".into(),
            optimize,
        },
    )
    .expect("compiles")
}

fn function(code: &CodeObject) -> &CodeObject {
    code.consts
        .iter()
        .find_map(|c| {
            if let Constant::Code(f) = c {
                Some(&**f)
            } else {
                None
            }
        })
        .expect("a function")
}

#[test]
fn asserts_and_debug_follow_the_optimization_level() {
    let src = "assert x, 'm'\ny = __debug__\n";
    let plain = compile(src, 0);
    assert!(plain
        .instructions
        .iter()
        .any(|i| i.op == Opcode::LoadAssertionError));
    assert!(plain.consts.contains(&Constant::Bool(true)));
    assert!(!plain.names.iter().any(|n| &**n == "__debug__"));
    let optimized = compile(src, 1);
    assert!(!optimized
        .instructions
        .iter()
        .any(|i| i.op == Opcode::LoadAssertionError));
    assert!(optimized.consts.contains(&Constant::Bool(false)));
}

#[test]
fn docstrings_are_dropped_at_level_two() {
    let src = "'''mod'''\ndef f():\n    '''doc'''\n    return 1\n";
    let plain = compile(src, 0);
    assert_eq!(plain.docstring.as_deref(), Some("mod"));
    assert_eq!(function(&plain).docstring.as_deref(), Some("doc"));
    assert_eq!(function(&plain).consts[0], Constant::Str("doc".into()));
    let stripped = compile(src, 2);
    assert_eq!(stripped.docstring, None);
    assert_eq!(function(&stripped).docstring, None);
    assert_eq!(function(&stripped).consts[0], Constant::None);
}
