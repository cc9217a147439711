//! Realistic extension modules (tests/ext/) must build against
//! include-python with -Wall -Wextra -Werror, need exactly the libpython
//! symbols they need when built against CPython's headers, and behave
//! correctly when CPython 3.11 imports the include-python builds.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use build_support::{compile_shared, CompileOptions, HeaderSet};
use common::*;

/// Each test extension and the extra flags it needs.
fn extensions() -> Vec<(PathBuf, CompileOptions)> {
    let dir = crate_dir().join("tests").join("ext");
    let c = CompileOptions::default().strict().flag("-std=c11");
    let cxx = CompileOptions::default()
        .strict()
        .flag("-x")
        .flag("c++")
        .flag("-std=c++17");
    vec![
        (dir.join("static_type.c"), c.clone()),
        (dir.join("heap_type.c"), c.clone()),
        (dir.join("clinic_fastcall.c"), c.clone()),
        (dir.join("limited_abi3.c"), c.clone()),
        (dir.join("cython_like.c"), c),
        (dir.join("cplusplus.cpp"), cxx),
    ]
}

fn module_name(src: &Path) -> String {
    src.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Build every extension with `headers` into `out`, named as CPython
/// expects; panics with the compiler's message on failure.
fn build_all(headers: &HeaderSet, out: &Path, suffix: &str) -> Vec<PathBuf> {
    extensions()
        .into_iter()
        .map(|(src, opts)| {
            let so = out.join(format!("{}{suffix}", module_name(&src)));
            compile_shared(&src, &so, headers, &opts).unwrap_or_else(|e| {
                panic!(
                    "{} does not build against {}:\n{e}",
                    src.display(),
                    headers.label()
                )
            })
        })
        .collect()
}

/// Undefined dynamic symbols of a shared object.
fn undefined_symbols(so: &Path) -> BTreeSet<String> {
    let out = Command::new("nm")
        .args(["-D", "--undefined-only"])
        .arg(so)
        .output()
        .expect("run nm");
    assert!(out.status.success(), "nm failed on {}", so.display());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().last())
        .map(|s| s.split('@').next().unwrap().to_string())
        .collect()
}

#[test]
fn extensions_build_with_both_header_sets_and_need_the_same_symbols() {
    let (cpy, ox) = header_sets();
    let cpy_dir = scratch("ext-cpython");
    let ox_dir = scratch("ext-include-python");
    let cpy_built = build_all(&cpy, &cpy_dir, ".so");
    let ox_built = build_all(&ox, &ox_dir, ".so");
    for (a, b) in cpy_built.iter().zip(&ox_built) {
        let (sa, sb) = (undefined_symbols(a), undefined_symbols(b));
        let only_cpy: Vec<_> = sa.difference(&sb).collect();
        let only_ox: Vec<_> = sb.difference(&sa).collect();
        assert!(
            only_cpy.is_empty() && only_ox.is_empty(),
            "{}: symbols needed only with CPython's headers: {only_cpy:?}; \
             only with include-python: {only_ox:?}",
            b.display()
        );
        println!(
            "{}: {} undefined symbols, identical",
            b.file_name().unwrap().to_string_lossy(),
            sb.len()
        );
    }
}

/// bindgen will read include-python through libclang: clang must accept
/// the headers, the extensions, and lay the structs out as gcc does.
#[test]
fn clang_accepts_the_headers() {
    if Command::new("clang").arg("--version").output().is_err() {
        println!("clang not installed; skipped");
        return;
    }
    let ox = HeaderSet::include_python();
    let dir = scratch("ext-clang");
    for (src, opts) in extensions() {
        let opts = opts.compiler(if src.extension().unwrap() == "cpp" {
            "clang++"
        } else {
            "clang"
        });
        let so = dir.join(format!("{}.so", module_name(&src)));
        if let Err(e) = compile_shared(&src, &so, &ox, &opts) {
            panic!("clang rejects {} with include-python:\n{e}", src.display());
        }
    }
    let probe = crate_dir().join("probe").join("layout_probe.c");
    let opts = CompileOptions::default().define("NDEBUG", "1");
    let exe = dir.join("probe-clang");
    build_support::compile_executable(&probe, &exe, &ox, &opts.clone().compiler("clang"))
        .unwrap_or_else(|e| panic!("clang rejects the layout probe:\n{e}"));
    let (cpython_gcc, _) = probe_both(&probe, &dir, &opts);
    assert_same(
        "layout probe (CPython/gcc against include-python/clang)",
        &cpython_gcc,
        &without_release_lines(&run(&exe)),
    );
}

#[test]
fn include_python_builds_run_under_cpython() {
    let cfg = cpython();
    let dir = scratch("ext-run");
    build_all(&HeaderSet::include_python(), &dir, &cfg.ext_suffix);
    let script = crate_dir()
        .join("tests")
        .join("ext")
        .join("run_extensions.py");
    let out = Command::new(&cfg.executable)
        .arg("-I")
        .arg(&script)
        .arg(&dir)
        .output()
        .expect("run python3.11");
    assert!(
        out.status.success(),
        "the extensions misbehave under CPython ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    print!("{}", String::from_utf8_lossy(&out.stdout));
}

/// Projects build with many warnings enabled (and often -Werror): the
/// headers must trigger exactly the warnings CPython's do, in C and C++.
#[test]
fn headers_warn_exactly_like_cpython() {
    let dir = scratch("warnings");
    let src = dir.join("all_headers.c");
    std::fs::write(
        &src,
        "#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n#include <structmember.h>\n\
         #include <frameobject.h>\n#include <marshal.h>\n#include <opcode.h>\n#include <token.h>\n",
    )
    .unwrap();
    let c_warnings = [
        "-std=c11",
        "-Wall",
        "-Wextra",
        "-Wpedantic",
        "-Wconversion",
        "-Wsign-conversion",
        "-Wcast-qual",
        "-Wstrict-prototypes",
        "-Wmissing-prototypes",
        "-Wshadow",
        "-Wundef",
        "-Wcast-align",
        "-Wredundant-decls",
        "-Wmissing-declarations",
        "-Wnested-externs",
        "-Wold-style-definition",
        "-Wdeclaration-after-statement",
        "-Wbad-function-cast",
        "-Wfloat-equal",
        "-Wswitch-default",
        "-Wwrite-strings",
        "-Wpointer-arith",
    ];
    let cxx_warnings = [
        "-x",
        "c++",
        "-std=c++17",
        "-Wall",
        "-Wextra",
        "-Wpedantic",
        "-Wconversion",
        "-Wsign-conversion",
        "-Wcast-qual",
        "-Wshadow",
        "-Wundef",
        "-Wold-style-cast",
        "-Wzero-as-null-pointer-constant",
    ];
    let (cpy, ox) = header_sets();
    for (label, flags) in [("C", &c_warnings[..]), ("C++", &cxx_warnings[..])] {
        let mut opts = CompileOptions::default();
        for f in flags {
            opts = opts.flag(f);
        }
        let warnings = |h: &HeaderSet| -> BTreeMap<String, usize> {
            let obj = dir.join(format!("all-{}.o", h.label()));
            // Plain diagnostics so they can be counted.
            let log = dir.join(format!("warnings-{label}-{}.txt", h.label()));
            let cmd_opts = opts.clone().flag("-fno-diagnostics-color");
            let result = build_support::compile::compile_object_with_log(&src, &obj, h, &cmd_opts);
            let text =
                result.unwrap_or_else(|e| panic!("{label} build with {} fails: {e}", h.label()));
            std::fs::write(&log, &text).unwrap();
            let mut kinds = BTreeMap::new();
            for line in text.lines().filter(|l| l.contains("warning:")) {
                let kind = line
                    .rsplit_once('[')
                    .map(|(_, k)| k.trim_end_matches(']'))
                    .unwrap_or("?");
                *kinds.entry(kind.to_string()).or_insert(0) += 1;
            }
            kinds
        };
        let (a, b) = (warnings(&cpy), warnings(&ox));
        assert_eq!(
            a, b,
            "{label}: warnings with CPython's headers (left) and include-python's (right)"
        );
        println!("{label}: same warnings as CPython's headers: {b:?}");
    }
}
