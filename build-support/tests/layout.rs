//! Binary-compatibility tests: include-python must give every struct the
//! layout, and every constant the value, that CPython 3.11's headers give.
//!
//! * `struct_layouts_match_cpython` / `limited_layouts_match_cpython` run
//!   probe/layout_probe.c built against each header set and compare.
//! * `macro_constants_match_cpython` lists every macro CPython's Python.h
//!   defines (minus system and pyconfig macros), checks include-python
//!   defines it too, and compares the values of the constant ones.
//! * `cpython_headers_refuse_direct_inclusion` checks each cpython/ header
//!   rejects being included on its own exactly when CPython's does.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use build_support::{compile_executable, preprocess, CompileOptions, HeaderSet};
use common::*;

fn probe_source() -> std::path::PathBuf {
    crate_dir().join("probe").join("layout_probe.c")
}

#[test]
fn struct_layouts_match_cpython() {
    let dir = scratch("layout-full");
    let opts = CompileOptions::default().define("NDEBUG", "1").flag("-O0");
    let (cpy, ox) = probe_both(&probe_source(), &dir, &opts);
    assert!(
        cpy.lines().count() > 1000,
        "probe printed too little:\n{cpy}"
    );
    assert_same("layout probe", &cpy, &ox);
}

/// Debug builds (Py_DEBUG implies Py_REF_DEBUG) and Py_TRACE_REFS builds,
/// whose objects carry two extra list pointers.
#[test]
fn debug_build_layouts_match_cpython() {
    for (label, define) in [("debug", "Py_DEBUG"), ("trace-refs", "Py_TRACE_REFS")] {
        let dir = scratch(&format!("layout-{label}"));
        let opts = CompileOptions::default()
            .define("NDEBUG", "1")
            .define(define, "1")
            .flag("-O0");
        let (cpy, ox) = probe_both(&probe_source(), &dir, &opts);
        assert_same(&format!("layout probe ({define})"), &cpy, &ox);
    }
}

#[test]
fn debug_build_macros_match_cpython() {
    check_macros("debug", &CompileOptions::default().define("Py_DEBUG", "1"));
    check_macros(
        "trace-refs",
        &CompileOptions::default().define("Py_TRACE_REFS", "1"),
    );
    check_macros(
        "limited-debug",
        &CompileOptions::default()
            .define("Py_DEBUG", "1")
            .define("Py_LIMITED_API", "0x030B0000"),
    );
}

#[test]
fn limited_layouts_match_cpython() {
    let dir = scratch("layout-limited");
    let opts = CompileOptions::default()
        .define("NDEBUG", "1")
        .define("PROBE_LIMITED", "1")
        .define("Py_LIMITED_API", "0x030B0000")
        .flag("-O0");
    let (cpy, ox) = probe_both(&probe_source(), &dir, &opts);
    assert_same("limited-API layout probe", &cpy, &ox);
}

/// A macro as `gcc -dM` reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Macro {
    function_like: bool,
    body: String,
}

/// System headers Python.h pulls in; their macros are not the API's.
const SYSTEM_HEADERS: &[&str] = &[
    "stdlib.h",
    "stdio.h",
    "errno.h",
    "string.h",
    "unistd.h",
    "stddef.h",
    "assert.h",
    "wchar.h",
    "inttypes.h",
    "limits.h",
    "math.h",
    "sys/time.h",
    "time.h",
    "sys/select.h",
    "sys/stat.h",
    "stdarg.h",
    "ctype.h",
    "pthread.h",
];

fn macro_dump(
    headers: &HeaderSet,
    dir: &Path,
    name: &str,
    text: &str,
    opts: &CompileOptions,
) -> BTreeMap<String, Macro> {
    let src = dir.join(format!("{name}-{}.c", headers.label()));
    std::fs::write(&src, text).unwrap();
    let out = preprocess(&src, headers, &opts.clone().flag("-dM"))
        .unwrap_or_else(|e| panic!("preprocessing {name} with {}: {e}", headers.label()));
    let mut macros = BTreeMap::new();
    for line in out.lines() {
        let Some(rest) = line.strip_prefix("#define ") else {
            continue;
        };
        let name_end = rest.find([' ', '(']).unwrap_or(rest.len());
        let name = &rest[..name_end];
        let function_like = rest[name_end..].starts_with('(');
        let body = if function_like {
            rest[name_end..]
                .split_once(')')
                .map(|(_, b)| b)
                .unwrap_or("")
        } else {
            &rest[name_end..]
        };
        let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
        macros.insert(
            name.to_string(),
            Macro {
                function_like,
                body,
            },
        );
    }
    macros
}

/// Headers outside Python.h whose macros are compared too.  datetime.h is
/// read with _PY_DATETIME_IMPL so that its capsule macros, which would
/// dereference the unset PyDateTimeAPI, are left out of the value probe.
const EXTRA_HEADERS: &str = "#include <structmember.h>\n#include <frameobject.h>\n\
    #include <marshal.h>\n#include <errcode.h>\n#include <osdefs.h>\n#include <opcode.h>\n\
    #include <token.h>\n#define _PY_DATETIME_IMPL\n#include <datetime.h>\n";

/// The macros Python.h (plus the headers above) defines, without the system's
/// and pyconfig.h's.
fn api_macros(headers: &HeaderSet, dir: &Path, opts: &CompileOptions) -> BTreeMap<String, Macro> {
    let system: String = SYSTEM_HEADERS
        .iter()
        .map(|h| format!("#include <{h}>\n"))
        .collect();
    let base = macro_dump(
        headers,
        dir,
        "baseline",
        &format!("#include <pyconfig.h>\n{system}"),
        opts,
    );
    let all = macro_dump(
        headers,
        dir,
        "api",
        &format!("#include <Python.h>\n{EXTRA_HEADERS}{system}"),
        opts,
    );
    all.into_iter()
        .filter(|(name, _)| !base.contains_key(name))
        .collect()
}

/// Macros CPython defines that include-python deliberately leaves out.
const MACROS_LEFT_OUT: &[(&str, &str)] = &[(
    "Py_PYCONFIG_H",
    "include guard of pyconfig.h, which is subtracted as baseline",
)];

/// The value printer: one macro per line so compiler errors map to names.
fn value_probe(names: &[&String]) -> String {
    let mut s = String::from("#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n");
    s.push_str(EXTRA_HEADERS);
    s.push_str(
        "#include <stdio.h>\n\
         static void si(const char *n, long long v) { printf(\"%s int %lld\\n\", n, v); }\n\
         static void su(const char *n, unsigned long long v) { printf(\"%s uint %llu\\n\", n, v); }\n\
         static void sf(const char *n, long double v) { printf(\"%s float %.21Lg\\n\", n, v); }\n\
         static void ss(const char *n, const char *v) { printf(\"%s str \\\"%s\\\"\\n\", n, v); }\n\
         static void so(const char *n, ...) { printf(\"%s other\\n\", n); }\n\
         #define SHOW(n, e) _Generic((e) + 0, int: si, long: si, long long: si, \
         unsigned int: su, unsigned long: su, unsigned long long: su, \
         float: sf, double: sf, long double: sf, char *: ss, const char *: ss, \
         default: so)(n, (e) + 0)\n\
         int main(void) {\n",
    );
    for name in names {
        s.push_str(&format!("SHOW(\"{name}\", {name});\n"));
    }
    s.push_str("return 0; }\n");
    s
}

/// Compile the value probe, dropping the lines the compiler rejects (not
/// every macro is an expression), until it builds; returns the dropped names.
fn build_value_probe(
    headers: &HeaderSet,
    dir: &Path,
    names: &mut Vec<String>,
    opts: &CompileOptions,
) -> (std::path::PathBuf, BTreeSet<String>) {
    let src = dir.join(format!("values-{}.c", headers.label()));
    let exe = dir.join(format!("values-{}", headers.label()));
    let first_line = value_probe(&[]).lines().count() - 1; // lines before the SHOWs
    let mut dropped = BTreeSet::new();
    for _ in 0..20 {
        let refs: Vec<&String> = names.iter().collect();
        std::fs::write(&src, value_probe(&refs)).unwrap();
        let opts = opts
            .clone()
            .flag("-w")
            .flag("-fno-pie")
            .flag("-no-pie")
            .flag("-Wl,--unresolved-symbols=ignore-all");
        match compile_executable(&src, &exe, headers, &opts) {
            Ok(_) => return (exe, dropped),
            Err(build_support::BuildError::Failed { stderr, .. }) => {
                let file = src.file_name().unwrap().to_string_lossy().into_owned();
                let bad: BTreeSet<usize> = stderr
                    .lines()
                    .filter_map(|l| l.split_once(&format!("{file}:")))
                    .filter_map(|(_, rest)| rest.split(':').next()?.parse::<usize>().ok())
                    .filter(|&line| line > first_line && line <= first_line + names.len())
                    .map(|line| line - first_line - 1)
                    .collect();
                assert!(
                    !bad.is_empty(),
                    "value probe fails outside the SHOW lines:\n{stderr}"
                );
                for &i in bad.iter().rev() {
                    dropped.insert(names.remove(i));
                }
            }
            Err(e) => panic!("{e}"),
        }
    }
    panic!(
        "value probe still does not compile against {}",
        headers.label()
    );
}

fn check_macros(label: &str, opts: &CompileOptions) {
    let dir = scratch(&format!("macros-{label}"));
    let (cpy, ox) = header_sets();
    let cpy_macros = api_macros(&cpy, &dir, opts);
    let ox_macros = api_macros(&ox, &dir, opts);
    let left_out: BTreeSet<&str> = MACROS_LEFT_OUT.iter().map(|(n, _)| *n).collect();

    let strict_names = same_release();
    let mut problems = Vec::new();
    let mut name_problems = Vec::new();
    let missing: Vec<&String> = cpy_macros
        .keys()
        .filter(|n| !ox_macros.contains_key(*n) && !left_out.contains(n.as_str()))
        .collect();
    for name in &missing {
        name_problems.push(format!("missing macro {name}"));
    }
    let extra: Vec<&String> = ox_macros
        .keys()
        .filter(|n| !cpy_macros.contains_key(*n))
        .collect();
    for name in &extra {
        name_problems.push(format!("macro {name} is not defined by CPython's headers"));
    }
    if strict_names {
        problems.append(&mut name_problems);
    } else {
        for p in &name_problems {
            println!("{label}: release difference: {p}");
        }
    }
    for (name, m) in &cpy_macros {
        if let Some(o) = ox_macros.get(name) {
            if m.function_like != o.function_like {
                problems.push(format!(
                    "macro {name}: function-like {} vs {}",
                    m.function_like, o.function_like
                ));
            }
            // A macro naming a single identifier is an alias: it must name
            // the same thing (PyArg_ParseTuple -> _PyArg_ParseTuple_SizeT).
            let ident = |b: &str| {
                !b.is_empty()
                    && b.chars().all(|c| c == '_' || c.is_ascii_alphanumeric())
                    && !b.starts_with(|c: char| c.is_ascii_digit())
            };
            if !m.function_like && ident(&m.body) && m.body != o.body {
                problems.push(format!(
                    "macro {name}: expands to {} instead of {}",
                    o.body, m.body
                ));
            }
        }
    }

    // Values of every object-like macro that is an expression.
    // Bodies that cannot be expressions are skipped up front: an unbalanced
    // brace (Py_BEGIN_ALLOW_THREADS) would otherwise derail the parse of
    // every later line of the probe.
    let statement_like = |b: &str| {
        b.is_empty()
            || b.contains(['{', '}', ';'])
            || [
                "return",
                "do",
                "__attribute__",
                "_Pragma",
                "static",
                "extern",
            ]
            .iter()
            .any(|w| {
                b.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                    .any(|t| t == *w)
            })
    };
    let mut names: Vec<String> = cpy_macros
        .iter()
        .filter(|(n, _)| !RELEASE_MACROS.contains(&n.as_str()))
        .filter(|(n, m)| !m.function_like && ox_macros.contains_key(*n) && !statement_like(&m.body))
        .map(|(n, _)| n.clone())
        .collect();
    let (cpy_exe, not_values) = build_value_probe(&cpy, &dir, &mut names, opts);
    let (ox_exe, ox_dropped) = build_value_probe(&ox, &dir, &mut names.clone(), opts);
    for name in &ox_dropped {
        problems.push(format!(
            "macro {name} is an expression with CPython's headers but not with include-python"
        ));
    }
    let (cpy_vals, ox_vals) = (run(&cpy_exe), run(&ox_exe));
    println!(
        "{label}: {} CPython API macros, {} compared by value, {} not expressions",
        cpy_macros.len(),
        cpy_vals.lines().count(),
        not_values.len()
    );
    if ox_dropped.is_empty() && cpy_vals != ox_vals {
        problems.push(format!(
            "macro values differ (- CPython, + include-python):\n{}",
            diff(&cpy_vals, &ox_vals)
        ));
    }
    assert!(
        problems.is_empty(),
        "{label}: {} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn macro_constants_match_cpython() {
    check_macros("full", &CompileOptions::default());
}

#[test]
fn limited_macro_constants_match_cpython() {
    check_macros(
        "limited-3.11",
        &CompileOptions::default().define("Py_LIMITED_API", "0x030B0000"),
    );
    check_macros(
        "limited-3.2",
        &CompileOptions::default().define("Py_LIMITED_API", "3"),
    );
}

#[test]
fn cpython_headers_refuse_direct_inclusion() {
    let dir = scratch("direct-include");
    let cfg = cpython();
    let (cpy, ox) = header_sets();
    let mut checked = 0;
    let mut problems = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(cfg.include_dir.join("cpython"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".h") && n != "pthread_stubs.h")
        .collect();
    entries.sort();
    for name in entries {
        let src = dir.join(format!("direct-{}.c", name.trim_end_matches(".h")));
        std::fs::write(
            &src,
            format!("#include <Python.h>\n#include \"cpython/{name}\"\n"),
        )
        .unwrap();
        let refuses = |h: &HeaderSet| {
            let obj = dir.join(format!("direct-{}.o", h.label()));
            build_support::compile::compile_object(&src, &obj, h, &CompileOptions::default())
                .is_err()
        };
        let (a, b) = (refuses(&cpy), refuses(&ox));
        if a != b {
            problems.push(format!(
                "cpython/{name}: CPython refuses direct inclusion: {a}, include-python: {b}"
            ));
        }
        checked += 1;
    }
    println!("checked {checked} cpython/ headers");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// CPython 3.11 headers include-python leaves out, with the reason.
const HEADERS_LEFT_OUT: &[(&str, &str)] = &[
    (
        "dynamic_annotations.h",
        "only used inside CPython's own build (thread sanitizer hints)",
    ),
    (
        "cpython/pthread_stubs.h",
        "only for WASI targets without pthreads",
    ),
    (
        "graminit.h",
        "removed from CPython in 3.10; some distributions still ship a stale copy",
    ),
];

#[test]
fn every_cpython_header_has_a_counterpart() {
    let cfg = cpython();
    let ours = build_support::include_python_dir();
    let left_out: BTreeSet<&str> = HEADERS_LEFT_OUT.iter().map(|(n, _)| *n).collect();
    let mut missing = Vec::new();
    let mut count = 0;
    for sub in ["", "cpython"] {
        let dir = cfg.include_dir.join(sub);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if !name.ends_with(".h") {
                continue;
            }
            let rel = if sub.is_empty() {
                name
            } else {
                format!("{sub}/{name}")
            };
            count += 1;
            if !ours.join(&rel).is_file() && !left_out.contains(rel.as_str()) {
                missing.push(rel);
            }
        }
    }
    println!(
        "{count} CPython headers, {} left out on purpose",
        left_out.len()
    );
    assert!(
        missing.is_empty(),
        "no include-python counterpart for: {missing:?}"
    );
}
