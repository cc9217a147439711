//! Imports the standard-library modules listed in `tests/stdlib_imports.txt`
//! on oxpy, one process each, and checks every result against the list: a
//! module must import and be `sys.modules[NAME]`, unless it is marked
//! `xfail` (with the reason); a marked module that now imports fails the
//! test too, so the list only ever shrinks (regenerate it with
//! `tools/update_stdlib_imports.py`).

use std::process::Command;
use std::sync::Mutex;

const PROBE: &str = "import {0} as m\nimport sys\nprint('IMPORTED', m is sys.modules['{0}'])";

fn binary() -> String {
    std::env::var("OXPY_TEST_BINARY").unwrap_or_else(|_| env!("CARGO_BIN_EXE_oxpy").to_string())
}

/// Whether `name` imports; the last line of stderr when it does not.
fn probe(name: &str) -> Result<(), String> {
    let out = Command::new(binary())
        .arg("-c")
        .arg(PROBE.replace("{0}", name))
        .output()
        .map_err(|e| format!("cannot run oxpy: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if out.status.success() && stdout.ends_with("IMPORTED True\n") {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    Err(stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("(no message)")
        .trim()
        .to_string())
}

#[test]
fn stdlib_modules_import_as_listed() {
    let list = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/stdlib_imports.txt"
    ))
    .expect("tests/stdlib_imports.txt");
    let entries: Vec<(String, bool)> = list
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            (
                l.split_whitespace().next().unwrap_or_default().to_string(),
                l.contains("  xfail: "),
            )
        })
        .collect();
    assert!(
        entries.len() >= 100,
        "the list must name at least 100 modules"
    );
    let problems = Mutex::new(Vec::new());
    let passed = Mutex::new(0usize);
    let next = Mutex::new(0usize);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    *n += 1;
                    *n - 1
                };
                let Some((name, xfail)) = entries.get(i) else {
                    break;
                };
                match (probe(name), xfail) {
                    (Ok(()), false) => *passed.lock().unwrap() += 1,
                    (Err(_), true) => {}
                    (Ok(()), true) => problems.lock().unwrap().push(format!(
                        "{name}: now imports; remove its xfail (tools/update_stdlib_imports.py)"
                    )),
                    (Err(e), false) => problems
                        .lock()
                        .unwrap()
                        .push(format!("{name}: does not import any more: {e}")),
                }
            });
        }
    });
    let problems = problems.into_inner().unwrap();
    println!(
        "{} of {} standard-library modules import",
        passed.into_inner().unwrap(),
        entries.len()
    );
    assert!(
        problems.is_empty(),
        "stdlib imports differ from tests/stdlib_imports.txt:\n{}",
        problems.join("\n")
    );
}
