//! The differential test suite: every program under `tests/programs` runs on
//! oxpy exactly as `tools/gen_expected.py` ran it on CPython 3.11, and its
//! stdout, stderr and exit status must match the recorded `.out` file.
//! Programs listed in `known-failures.txt` are reported as ignored while they
//! fail, and fail the suite once they pass (so the list only shrinks).

use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("programs")
}

fn programs(dir: &Path, base: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "_support") {
                programs(&p, base, out);
            }
        } else if p.extension().is_some_and(|e| e == "py") && p.with_extension("out").exists() {
            out.push(p.strip_prefix(base).unwrap().to_string_lossy().into_owned());
        }
    }
}

/// The combined output in the `.out` format.
fn render(stdout: &[u8], stderr: &[u8], code: i32) -> Vec<u8> {
    let mut out = stdout.to_vec();
    if code != 0 || !stderr.is_empty() {
        if !out.is_empty() && !out.ends_with(b"\n") {
            out.push(b'\n');
        }
        out.extend_from_slice(b"--- stderr ---\n");
        out.extend_from_slice(stderr);
        if !stderr.is_empty() && !stderr.ends_with(b"\n") {
            out.push(b'\n');
        }
        out.extend_from_slice(format!("--- exit {code} ---\n").as_bytes());
    }
    out
}

fn run_program(binary: &str, rel: &str) -> Result<Vec<u8>, String> {
    let mut child = Command::new(binary)
        .arg(rel)
        .current_dir(root())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {binary}: {e}"))?;
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stderr.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            let _ = child.wait();
            return Err("timed out after 30 s".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = out_t.join().unwrap_or_default();
    let err = err_t.join().unwrap_or_default();
    let code = status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt;
        -status.signal().unwrap_or(0)
    });
    // Paths are recorded relative to the programs folder (CPython reports scripts by absolute path).
    let prefix = format!("{}/", root().display());
    let rendered = String::from_utf8_lossy(&render(&out, &err, code)).replace(&prefix, "");
    Ok(rendered.into_bytes())
}

fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    let n = e.len().max(g.len());
    let mut shown = 0;
    for i in 0..n {
        let (a, b) = (e.get(i).copied(), g.get(i).copied());
        if a != b {
            out.push_str(&format!("line {}:\n  - {}\n  + {}\n", i + 1, a.unwrap_or("<missing>"), b.unwrap_or("<missing>")));
            shown += 1;
            if shown >= 12 {
                out.push_str("  ...\n");
                break;
            }
        }
    }
    out
}

fn known_failures() -> HashSet<String> {
    std::fs::read_to_string(root().join("known-failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

fn main() {
    let args = Arguments::from_args();
    let binary = std::env::var("OXPY_TEST_BINARY").unwrap_or_else(|_| env!("CARGO_BIN_EXE_oxpy").to_string());
    let known = known_failures();
    let mut list = Vec::new();
    programs(&root(), &root(), &mut list);
    let mut trials = Vec::new();
    for rel in list {
        let expected_known = known.contains(&rel);
        let binary = binary.clone();
        let name = rel.clone();
        // Known failures are run up front so they can be reported as ignored.
        let outcome = if expected_known { Some(check(&binary, &rel)) } else { None };
        let ignored = matches!(outcome, Some(Err(_)));
        let trial = Trial::test(name, move || match outcome {
            Some(Ok(())) => Err(Failed::from(format!("{rel} now passes: remove it from tests/programs/known-failures.txt"))),
            Some(Err(_)) => Ok(()),
            None => check(&binary, &rel).map_err(Failed::from),
        })
        .with_ignored_flag(ignored);
        trials.push(trial);
    }
    libtest_mimic::run(&args, trials).exit();
}

fn check(binary: &str, rel: &str) -> Result<(), String> {
    let expected = std::fs::read(root().join(Path::new(rel).with_extension("out"))).map_err(|e| e.to_string())?;
    let got = run_program(binary, rel)?;
    if got == expected {
        Ok(())
    } else {
        Err(format!(
            "output differs from CPython 3.11:\n{}",
            diff(&String::from_utf8_lossy(&expected), &String::from_utf8_lossy(&got))
        ))
    }
}
