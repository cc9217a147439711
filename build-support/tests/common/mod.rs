//! Helpers shared by the integration tests: scratch directories, the
//! CPython under comparison, and running compiled probes.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use build_support::{CPythonConfig, CompileOptions, HeaderSet};

/// A fresh scratch directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// The CPython 3.11 the headers are compared against.
pub fn cpython() -> CPythonConfig {
    let cfg = CPythonConfig::detect().expect("python3.11 is needed to compare against");
    assert_eq!(
        cfg.version,
        (3, 11),
        "expected CPython 3.11, found {:?}",
        cfg.version
    );
    cfg
}

/// The bug-fix release include-python describes (PY_MICRO_VERSION).
pub fn include_python_micro() -> u32 {
    let text = std::fs::read_to_string(build_support::include_python_dir().join("patchlevel.h"))
        .expect("read patchlevel.h");
    text.lines()
        .find_map(|l| l.strip_prefix("#define PY_MICRO_VERSION"))
        .and_then(|v| v.trim().parse().ok())
        .expect("PY_MICRO_VERSION in patchlevel.h")
}

/// Whether the reference CPython is the very release include-python
/// describes.  Bug-fix releases add the odd private function or constant
/// (and distributions patch their headers), so name-level comparisons are
/// only enforced against the same release; layouts and values always are.
pub fn same_release() -> bool {
    let cfg = cpython();
    let same = cfg.micro == include_python_micro();
    if !same {
        println!(
            "note: reference CPython is 3.11.{}, include-python describes 3.11.{}; \
             differences in which names exist are reported, not enforced",
            cfg.micro,
            include_python_micro()
        );
    }
    same
}

/// Both header sets: CPython's first, then include-python.
pub fn header_sets() -> (HeaderSet, HeaderSet) {
    (HeaderSet::CPython(cpython()), HeaderSet::include_python())
}

/// This crate's directory.
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run an executable and return its standard output.
pub fn run(exe: &Path) -> String {
    let out = Command::new(exe).output().expect("run probe");
    assert!(
        out.status.success(),
        "{} failed: {}",
        exe.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("probe output is UTF-8")
}

/// Compile `source` with each header set, run both, and return the outputs.
pub fn probe_both(source: &Path, dir: &Path, opts: &CompileOptions) -> (String, String) {
    let (cpy, oxpy) = header_sets();
    let mut outputs = Vec::new();
    for headers in [&cpy, &oxpy] {
        let exe = dir.join(format!("probe-{}", headers.label()));
        if let Err(e) = build_support::compile_executable(source, &exe, headers, opts) {
            panic!("probe does not compile against {}:\n{e}", headers.label());
        }
        outputs.push(run(&exe));
    }
    let oxpy_out = outputs.pop().unwrap();
    (
        without_release_lines(&outputs.pop().unwrap()),
        without_release_lines(&oxpy_out),
    )
}

/// Macros naming the bug-fix release, which may legitimately differ from
/// the reference CPython's (Debian ships 3.11.2, include-python says 3.11.7).
pub const RELEASE_MACROS: &[&str] = &[
    "PY_MICRO_VERSION",
    "PY_RELEASE_LEVEL",
    "PY_RELEASE_SERIAL",
    "PY_VERSION_HEX",
    "PY_VERSION",
];

/// Probe output without the "release ..." lines: the release macros (see
/// RELEASE_MACROS) and constants that only some 3.11 bug-fix releases have.
pub fn without_release_lines(output: &str) -> String {
    output
        .lines()
        .filter(|l| !l.starts_with("release "))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// A line-oriented diff: lines only in `expected` start with '-', lines
/// only in `actual` with '+'.  Good enough for outputs of the same shape.
pub fn diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.lines().collect();
    let act: Vec<&str> = actual.lines().collect();
    // Longest common subsequence over lines.
    let (n, m) = (exp.len(), act.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if exp[i] == act[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < n || j < m {
        if i < n && j < m && exp[i] == act[j] {
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("+ {}\n", act[j]));
            j += 1;
        } else {
            out.push_str(&format!("- {}\n", exp[i]));
            i += 1;
        }
    }
    out
}

/// Panic with a diff unless the two outputs are identical.
pub fn assert_same(what: &str, cpython: &str, oxpy: &str) {
    if cpython != oxpy {
        panic!(
            "{what}: include-python differs from CPython 3.11 \
             (- CPython, + include-python):\n{}",
            diff(cpython, oxpy)
        );
    }
    println!("{what}: {} lines identical", cpython.lines().count());
}
