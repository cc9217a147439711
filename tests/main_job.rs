//! The main job, `examples/demo.py` (pure Python next to CPython's own
//! lib-dynload C extensions), prints exactly what CPython 3.11 prints.

use std::process::Command;

fn run(interpreter: &str) -> (String, String, Option<i32>) {
    let out = Command::new(interpreter)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/demo.py"))
        .env("PYTHONHASHSEED", "0")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {interpreter}: {e}"));
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn demo_matches_cpython() {
    let oxpy = std::env::var("OXPY_TEST_BINARY")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_oxpy").to_string());
    let expected = run("python3.11");
    assert_eq!(
        expected.2,
        Some(0),
        "CPython failed on the demo: {}",
        expected.1
    );
    let got = run(&oxpy);
    assert_eq!(got, expected, "oxpy's output differs from CPython's");
}
