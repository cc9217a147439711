//! The differential test suite: every program under `tests/programs` runs on
//! oxpy exactly as `tools/gen_expected.py` ran it on CPython 3.11 (cwd
//! `tests/programs`, the program's path relative to it, the same environment,
//! stdin from /dev/null), and its stdout, stderr and exit status, rendered in
//! the `.out` format, must equal the recorded `.out` file byte for byte.
//!
//! * Each program is its own test, named by its path relative to
//!   `tests/programs` (e.g. `ints/bigint.py`). Files under a folder named
//!   `_support` are helper modules, not tests.
//! * `OXPY_TEST_BINARY=/path/to/interpreter` overrides the binary under test
//!   (e.g. a wrapper around python3.11, to check the suite itself).
//! * Programs listed in `tests/programs/known-failures.txt` still run: while
//!   they fail they are reported as ignored ("known failure"); once one passes
//!   its test fails, asking for it to be removed from the list (a ratchet).
//!   `tools/update_known_failures.py` rewrites the list.

use libtest_mimic::{Arguments, Completion, Failed, Trial};
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);
const KNOWN_FAILURES: &str = "known-failures.txt";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

/// Every test program under `dir`, as paths relative to `base`, sorted.
fn programs(dir: &Path, base: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name()
                .is_some_and(|n| n != "_support" && n != "__pycache__")
            {
                programs(&p, base, out);
            }
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p.strip_prefix(base).unwrap().to_string_lossy().into_owned());
        }
    }
}

/// The combined output in the `.out` format: stdout, then, only if the exit
/// code is non-zero or stderr is non-empty, `--- stderr ---`, stderr and
/// `--- exit N ---` (each on lines of their own).
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

/// Replaces every occurrence of `from` in `data` by `to`, bytewise.
fn replace_bytes(data: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    if from.is_empty() {
        return data.to_vec();
    }
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

/// CPython 3.11 reports the main script (and imported modules) by absolute
/// path; outputs are recorded relative to the programs folder.
fn normalize(data: Vec<u8>) -> Vec<u8> {
    let mut prefixes = vec![format!("{}/", root().display())];
    if let Ok(canon) = root().canonicalize() {
        prefixes.push(format!("{}/", canon.display()));
    }
    prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
    prefixes.dedup();
    prefixes
        .iter()
        .fold(data, |d, p| replace_bytes(&d, p.as_bytes(), b""))
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
        .map_err(|e| format!("cannot run the interpreter {binary}: {e}"))?;
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
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) => {}
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("waiting for the interpreter: {e}"));
            }
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {} s (killed)", TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let out = out_t.join().unwrap_or_default();
    let err = err_t.join().unwrap_or_default();
    let code = status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt;
        -status.signal().unwrap_or(0)
    });
    Ok(normalize(render(&out, &err, code)))
}

/// A unified-style diff of two texts (3 lines of context), at most `MAX`
/// lines long.
fn unified_diff(expected: &str, got: &str) -> String {
    const MAX: usize = 150;
    const CONTEXT: usize = 3;
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = got.split_inclusive('\n').collect();
    // Trim the common prefix and suffix, then an LCS table on the middle.
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < a.len() - pre && suf < b.len() - pre && a[a.len() - 1 - suf] == b[b.len() - 1 - suf]
    {
        suf += 1;
    }
    let (am, bm) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    // ops: (tag, line index in a, line index in b); tag ' ', '-', '+'.
    let mut ops: Vec<(char, usize, usize)> = (0..pre).map(|i| (' ', i, i)).collect();
    if am.len() * bm.len() <= 4_000_000 {
        let (n, m) = (am.len(), bm.len());
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * (m + 1) + j] = if am[i] == bm[j] {
                    lcs[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                ops.push((' ', pre + i, pre + j));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                ops.push(('-', pre + i, pre + j));
                i += 1;
            } else {
                ops.push(('+', pre + i, pre + j));
                j += 1;
            }
        }
    } else {
        ops.extend((0..am.len()).map(|i| ('-', pre + i, pre)));
        ops.extend((0..bm.len()).map(|j| ('+', pre + am.len(), pre + j)));
    }
    let (ae, be) = (a.len() - suf, b.len() - suf);
    ops.extend((0..suf).map(|k| (' ', ae + k, be + k)));

    let mut out = String::from("--- expected (CPython 3.11)\n+++ got (oxpy)\n");
    let mut lines = 0;
    let mut k = 0;
    while k < ops.len() {
        if ops[k].0 == ' ' {
            k += 1;
            continue;
        }
        // A hunk: from CONTEXT lines before this change to CONTEXT lines
        // after the last change that lies within 2*CONTEXT of the previous.
        let start = k.saturating_sub(CONTEXT);
        let mut end = k;
        let mut last_change = k;
        while end < ops.len() {
            if ops[end].0 != ' ' {
                last_change = end;
            } else if end - last_change > 2 * CONTEXT {
                break;
            }
            end += 1;
        }
        let end = (last_change + CONTEXT + 1).min(ops.len());
        let hunk = &ops[start..end];
        let a_start = hunk[0].1;
        let b_start = hunk[0].2;
        let a_len = hunk.iter().filter(|o| o.0 != '+').count();
        let b_len = hunk.iter().filter(|o| o.0 != '-').count();
        out.push_str(&format!(
            "@@ -{},{} +{},{} @@\n",
            a_start + 1,
            a_len,
            b_start + 1,
            b_len
        ));
        for &(tag, i, j) in hunk {
            let text = if tag == '+' { b[j] } else { a[i] };
            out.push(tag);
            out.push_str(text.strip_suffix('\n').unwrap_or(text));
            if !text.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file");
            }
            out.push('\n');
            lines += 1;
            if lines >= MAX {
                out.push_str("... (diff truncated)\n");
                return out;
            }
        }
        k = end;
    }
    out
}

fn known_failures() -> (BTreeSet<String>, Vec<String>) {
    let text = std::fs::read_to_string(root().join(KNOWN_FAILURES)).unwrap_or_default();
    let mut set = BTreeSet::new();
    let mut problems = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if !set.insert(line.to_string()) {
            problems.push(format!("{line} is listed twice"));
        }
    }
    (set, problems)
}

/// Runs one program and compares it with its `.out` file.
fn check(binary: &str, rel: &str) -> Result<(), String> {
    let out_path = root().join(Path::new(rel).with_extension("out"));
    let expected = std::fs::read(&out_path).map_err(|e| {
        format!(
            "cannot read {}: {e} (run tools/gen_expected.py {rel})",
            out_path.display()
        )
    })?;
    let got = run_program(binary, rel)?;
    if got == expected {
        Ok(())
    } else {
        Err(format!(
            "output differs from CPython 3.11's:\n{}",
            unified_diff(
                &String::from_utf8_lossy(&expected),
                &String::from_utf8_lossy(&got)
            )
        ))
    }
}

fn main() {
    let args = Arguments::from_args();
    let binary = std::env::var("OXPY_TEST_BINARY")
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_oxpy").to_string());
    let (known, mut problems) = known_failures();
    let mut list = Vec::new();
    programs(&root(), &root(), &mut list);
    let all: BTreeSet<&String> = list.iter().collect();
    for k in &known {
        if !all.contains(k) {
            problems.push(format!("{k} is listed but is not a test program"));
        }
    }

    let mut trials = Vec::new();
    for rel in list {
        let binary = binary.clone();
        let is_known = known.contains(&rel);
        trials.push(Trial::ignorable_test(rel.clone(), move || {
            let result = check(&binary, &rel);
            match (is_known, result) {
                (false, Ok(())) => Ok(Completion::Completed),
                (false, Err(e)) => Err(Failed::from(e)),
                (true, Err(_)) => Ok(Completion::ignored_with("known failure")),
                (true, Ok(())) => Err(Failed::from(format!(
                    "{rel} now passes: remove it from tests/programs/{KNOWN_FAILURES} \
                     (or run tools/update_known_failures.py)"
                ))),
            }
        }));
    }
    trials.push(Trial::test(KNOWN_FAILURES, move || {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Failed::from(format!(
                "tests/programs/{KNOWN_FAILURES}:\n  {}",
                problems.join("\n  ")
            )))
        }
    }));
    libtest_mimic::run(&args, trials).exit();
}
