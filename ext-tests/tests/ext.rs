//! Every C module in `modules/` runs three ways, and the outputs must be
//! identical:
//!
//! 1. built against CPython 3.11's headers and run by `python3.11` (the
//!    reference);
//! 2. built against include-python and run by oxpy;
//! 3. the CPython-built shared library run by oxpy (binary compatibility).
//!
//! `NAME_test.py` imports `NAME` and prints what it observes. Each lib-dynload
//! smoke test in `dynload/` (`MODULE.py`) imports CPython's own binary of
//! MODULE on both interpreters (oxpy finds it through a copy next to the
//! script) and compares the output.
//!
//! The oxpy binary is `$OXPY_TEST_BINARY`, else `oxpy` next to this test's
//! `deps/` directory (cargo builds it with the workspace).
//!
//! `known_failures.txt` lists the modules oxpy does not run correctly yet,
//! one `NAME: reason` a line: such a test passes while it still fails (the
//! reason is printed) and fails as soon as the module passes all three ways,
//! so the entry must then be removed.

use build_support::{compile_shared, CPythonConfig, CompileOptions, HeaderSet};
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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

fn scratch(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target dir")
        .join("ext-tests")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `script` (in `dir`) with `interp`; stdout, then stderr and a
/// non-zero exit status if any.
fn run(interp: &Path, dir: &Path, script: &str) -> Result<String, Failed> {
    let out = Command::new(interp)
        .arg(script)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONPATH")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", interp.display()))?;
    let mut s = String::from_utf8_lossy(&out.stdout).into_owned();
    let err = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || !err.is_empty() {
        s.push_str(&format!(
            "--- stderr ---\n{err}--- status {} ---\n",
            out.status
        ));
    }
    Ok(s)
}

fn compare(what: &str, expected: &str, got: &str) -> Result<(), Failed> {
    if expected == got {
        return Ok(());
    }
    Err(
        format!("{what} differs from CPython.\n--- CPython ---\n{expected}\n--- oxpy ---\n{got}")
            .into(),
    )
}

fn three_ways(name: &str, modules: &Path, cpy: &CPythonConfig) -> Result<(), Failed> {
    let src = modules.join(format!("{name}.c"));
    let test = modules.join(format!("{name}_test.py"));
    let script = format!("{name}_test.py");
    let opts = CompileOptions::default().strict();
    let mut outputs = Vec::new();
    for headers in [HeaderSet::CPython(cpy.clone()), HeaderSet::include_python()] {
        let dir = scratch(&format!("{name}-{}", headers.label()));
        compile_shared(
            &src,
            &dir.join(format!("{name}{}", cpy.ext_suffix)),
            &headers,
            &opts,
        )
        .map_err(|e| e.to_string())?;
        std::fs::copy(&test, dir.join(&script)).map_err(|e| e.to_string())?;
        outputs.push(dir);
    }
    let expected = run(&cpy.executable, &outputs[0], &script)?;
    compare(
        "oxpy with the module built against include-python",
        &expected,
        &run(&oxpy(), &outputs[1], &script)?,
    )?;
    compare(
        "oxpy with the module built against CPython's headers",
        &expected,
        &run(&oxpy(), &outputs[0], &script)?,
    )
}

/// `known_failures.txt`: module name → why it fails on oxpy.
fn known_failures(root: &Path) -> HashMap<String, String> {
    let text = std::fs::read_to_string(root.join("known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(name, why)| (name.trim().to_string(), why.trim().to_string()))
        .collect()
}

/// A known failure must still fail; anything else must pass.
fn expect(name: &str, known: Option<&str>, result: Result<(), Failed>) -> Result<(), Failed> {
    match (known, result) {
        (None, r) => r,
        (Some(why), Err(_)) => {
            eprintln!("three_ways::{name}: known failure ({why})");
            Ok(())
        }
        (Some(_), Ok(())) => Err(format!(
            "{name} passes all three ways now: remove it from ext-tests/known_failures.txt"
        )
        .into()),
    }
}

fn dynload(module: &str, scripts: &Path, cpy: &CPythonConfig) -> Result<(), Failed> {
    let libdir = Command::new(&cpy.executable)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_path('platstdlib'))",
        ])
        .output()
        .map_err(|e| e.to_string())?;
    let libdir = PathBuf::from(String::from_utf8_lossy(&libdir.stdout).trim()).join("lib-dynload");
    let file = format!("{module}{}", cpy.ext_suffix);
    let dir = scratch(&format!("dynload-{module}"));
    std::fs::copy(libdir.join(&file), dir.join(&file)).map_err(|e| format!("{file}: {e}"))?;
    let script = format!("{module}.py");
    std::fs::copy(scripts.join(&script), dir.join(&script)).map_err(|e| e.to_string())?;
    let expected = run(&cpy.executable, &dir, &script)?;
    compare(
        &format!("CPython's {file} on oxpy"),
        &expected,
        &run(&oxpy(), &dir, &script)?,
    )
}

fn listed(dir: &Path, suffix: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .filter_map(|e| {
                    e.file_name()
                        .to_str()?
                        .strip_suffix(suffix)
                        .map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let cpy = CPythonConfig::detect().expect("python3.11 is needed for the extension tests");
    let mut trials = Vec::new();
    let modules = root.join("modules");
    let mut known = known_failures(&root);
    for name in listed(&modules, ".c") {
        let (m, c) = (modules.clone(), cpy.clone());
        let why = known.remove(&name);
        trials.push(Trial::test(format!("three_ways::{name}"), move || {
            expect(&name, why.as_deref(), three_ways(&name, &m, &c))
        }));
    }
    for name in known.into_keys() {
        trials.push(Trial::test(format!("known_failures::{name}"), move || {
            Err(format!("known_failures.txt lists {name}, which has no module").into())
        }));
    }
    let scripts = root.join("dynload");
    for name in listed(&scripts, ".py") {
        let (s, c) = (scripts.clone(), cpy.clone());
        trials.push(Trial::test(format!("dynload::{name}"), move || {
            dynload(&name, &s, &c)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}
