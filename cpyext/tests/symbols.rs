//! Every function and data object include-python declares is exported by
//! the `oxpy` executable (so a `dlopen`ed extension resolves it), and the
//! functions exported only as stubs are listed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn oxpy() -> PathBuf {
    if let Ok(p) = std::env::var("OXPY_TEST_BINARY") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().expect("test executable");
    exe.parent()
        .and_then(Path::parent)
        .expect("target dir")
        .join("oxpy")
}

fn lines(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_declared_symbol_is_exported() {
    let declared = lines(include_str!(concat!(env!("OUT_DIR"), "/declared.txt")));
    assert!(
        declared.len() > 1000,
        "too few declarations found: {}",
        declared.len()
    );
    let out = Command::new("nm")
        .args(["-D", "--defined-only"])
        .arg(oxpy())
        .output()
        .expect("run nm");
    assert!(out.status.success(), "nm failed on {}", oxpy().display());
    let exported: BTreeSet<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2).map(str::to_string))
        .collect();
    let missing: Vec<&String> = declared.difference(&exported).collect();
    assert!(
        missing.is_empty(),
        "declared but not exported by oxpy: {missing:?}"
    );
    let stubs = lines(include_str!(concat!(env!("OUT_DIR"), "/unimplemented.txt")));
    println!(
        "{} declared symbols exported; {} functions are stubs raising SystemError",
        declared.len(),
        stubs.len()
    );
}
