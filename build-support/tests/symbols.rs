//! Which functions and data include-python declares, against what CPython
//! 3.11's libpython exports.
//!
//! The declarations are collected by preprocessing Python.h (and the
//! headers it leaves out) with PyAPI_FUNC / PyAPI_DATA / PyMODINIT_FUNC
//! redefined to leave a marker, then reading the name after each marker.
//! The same is done with CPython's headers for comparison.  Differences go
//! to a report file; the test fails only when include-python declares a
//! symbol libpython does not export (outside the list below), or when the
//! limited API exposes a declaration CPython's limited API does not.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use build_support::compile::compile_object;
use build_support::{preprocess, CompileOptions, HeaderSet};
use common::*;

/// Declared by include-python although libpython does not export them.
const DECLARED_NOT_EXPORTED: &[(&str, &str)] = &[(
    "_PyCodec_Forget",
    "declared by CPython 3.11's codecs.h as well, but never defined in libpython",
)];

const MARK_FUNC: &str = "__OXPY_API_FUNC__";
const MARK_DATA: &str = "__OXPY_API_DATA__";

/// Skip `__attribute__((...))` groups, whitespace and `*` at the start.
fn skip_noise(mut s: &str) -> &str {
    loop {
        let t = s.trim_start_matches(|c: char| c.is_whitespace() || c == '*');
        if let Some(rest) = t.strip_prefix("__attribute__") {
            let rest = rest.trim_start();
            let mut depth = 0usize;
            let mut end = rest.len();
            for (i, c) in rest.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end = i + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            s = &rest[end..];
        } else {
            return t;
        }
    }
}

fn identifier(s: &str) -> Option<&str> {
    let s = s.trim_start();
    let end = s
        .find(|c: char| !(c == '_' || c.is_ascii_alphanumeric()))
        .unwrap_or(s.len());
    (end > 0 && !s.starts_with(|c: char| c.is_ascii_digit())).then(|| &s[..end])
}

/// The type part of each data declaration (`extern T MARK name...;`),
/// whitespace-normalised, keyed by name.
fn data_types(text: &str) -> BTreeMap<String, String> {
    let mut types = BTreeMap::new();
    for (pos, _) in text.match_indices(MARK_DATA) {
        let before = &text[..pos];
        let start = before
            .rfind("extern")
            .map(|i| i + "extern".len())
            .unwrap_or(pos);
        let after = &text[pos + MARK_DATA.len()..];
        let decl = &after[..after.find(';').unwrap_or(after.len())];
        let ty = format!("{} {}", &text[start..pos], decl).replace('*', " * ");
        let norm = ty.split_whitespace().collect::<Vec<_>>().join(" ");
        let rest = skip_noise(after);
        let name = match rest.strip_prefix('(') {
            Some(inner) => identifier(skip_noise(inner)),
            None => identifier(rest),
        };
        if let Some(name) = name {
            // Functions declared as data are compared with the prototypes.
            let is_function = rest.trim_start()[name.len()..]
                .trim_start()
                .starts_with('(');
            if !is_function {
                types.insert(name.to_string(), norm.replace(name, "NAME"));
            }
        }
    }
    types
}

/// Names declared through the markers in preprocessed text.
fn declared_names(text: &str) -> BTreeMap<String, &'static str> {
    let mut names = BTreeMap::new();
    for (mark, kind) in [(MARK_FUNC, "function"), (MARK_DATA, "data")] {
        for (pos, _) in text.match_indices(mark) {
            let rest = skip_noise(&text[pos + mark.len()..]);
            // `(*name)(...)`: a function pointer variable.
            let name = match rest.strip_prefix('(') {
                Some(inner) => identifier(skip_noise(inner)),
                None => identifier(rest),
            };
            if let Some(name) = name {
                names.insert(name.to_string(), kind);
            }
        }
    }
    names
}

/// Declarations visible with the given extra defines.
fn declarations(
    headers: &HeaderSet,
    dir: &Path,
    limited: Option<&str>,
) -> BTreeMap<String, &'static str> {
    let mut all = BTreeMap::new();
    // PY_SSIZE_T_CLEAN renames some functions, so look both ways.
    for clean in [false, true] {
        let mut text = String::new();
        if clean {
            text.push_str("#define PY_SSIZE_T_CLEAN\n");
        }
        text.push_str("#include <Python.h>\n#include <structmember.h>\n");
        text.push_str("#include <frameobject.h>\n#include <marshal.h>\n#include <token.h>\n");
        let src = dir.join(format!(
            "decls-{}-{}-{clean}.c",
            headers.label(),
            limited.unwrap_or("full")
        ));
        std::fs::write(&src, text).unwrap();
        let mut opts = CompileOptions::default()
            .define("PyAPI_FUNC(RTYPE)", &format!("RTYPE {MARK_FUNC}"))
            .define("PyAPI_DATA(RTYPE)", &format!("extern RTYPE {MARK_DATA}"))
            .define("PyMODINIT_FUNC", &format!("PyObject *{MARK_FUNC}"))
            .flag("-P");
        if let Some(version) = limited {
            opts = opts.define("Py_LIMITED_API", version);
        }
        let out = preprocess(&src, headers, &opts)
            .unwrap_or_else(|e| panic!("preprocessing with {}: {e}", headers.label()));
        all.extend(declared_names(&out));
    }
    all
}

/// Data declarations' types, as `declarations` sees them (full API).
fn declared_data_types(headers: &HeaderSet, dir: &Path) -> BTreeMap<String, String> {
    let src = dir.join(format!("data-{}.c", headers.label()));
    std::fs::write(&src, ALL_HEADERS).unwrap();
    let opts = CompileOptions::default()
        .define("PyAPI_DATA(RTYPE)", &format!("extern RTYPE {MARK_DATA}"))
        .flag("-P");
    data_types(&preprocess(&src, headers, &opts).expect("preprocess"))
}

/// Everything the symbol tests read.
const ALL_HEADERS: &str = "#include <Python.h>\n#include <structmember.h>\n\
    #include <frameobject.h>\n#include <marshal.h>\n#include <token.h>\n";

/// Function prototypes as gcc's -aux-info prints them (types only, no
/// parameter names), for every Py/_Py function, static inline ones too.
fn prototypes(headers: &HeaderSet, dir: &Path, extra: &CompileOptions) -> Vec<String> {
    let src = dir.join(format!("protos-{}.c", headers.label()));
    let aux = dir.join(format!("protos-{}.txt", headers.label()));
    let obj = dir.join(format!("protos-{}.o", headers.label()));
    std::fs::write(&src, format!("#define PY_SSIZE_T_CLEAN\n{ALL_HEADERS}")).unwrap();
    let opts = extra.clone().flag("-aux-info").flag(aux.to_str().unwrap());
    compile_object(&src, &obj, headers, &opts).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&aux).unwrap();
    let mut protos: Vec<String> = text
        .lines()
        .map(|l| match l.find("*/") {
            Some(i) if l.starts_with("/*") => l[i + 2..].trim().to_string(),
            _ => l.trim().to_string(),
        })
        .filter(|l| {
            l.split(|c: char| !(c == '_' || c.is_ascii_alphanumeric()))
                .any(|w| w.starts_with("Py") || w.starts_with("_Py"))
        })
        .collect();
    protos.sort();
    protos
}

fn compiler_is_gcc() -> bool {
    let cc = build_support::compile::c_compiler();
    Command::new(cc.split_whitespace().next().unwrap_or("cc"))
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("Free Software Foundation"))
        .unwrap_or(false)
}

/// The function name in an -aux-info prototype: the identifier before the
/// parameter list.
fn prototype_name(proto: &str) -> String {
    let head = &proto[..proto.find('(').unwrap_or(proto.len())];
    head.trim_end()
        .rsplit(|c: char| !(c == '_' || c.is_ascii_alphanumeric()))
        .next()
        .unwrap_or("")
        .to_string()
}

#[test]
fn prototypes_and_data_types_match_cpython() {
    let dir = scratch("prototypes");
    let strict_names = same_release();
    let (cpy, ox) = header_sets();
    let a = declared_data_types(&cpy, &dir);
    let b = declared_data_types(&ox, &dir);
    let mut problems: Vec<String> = a
        .iter()
        .filter(|(n, t)| b.get(*n).is_some_and(|u| u != *t))
        .map(|(n, t)| format!("{n}: CPython declares `{t}`, include-python `{}`", b[n]))
        .collect();
    if compiler_is_gcc() {
        for (label, opts) in [
            ("full", CompileOptions::default()),
            (
                "limited",
                CompileOptions::default().define("Py_LIMITED_API", "0x030B0000"),
            ),
        ] {
            let (mut pa, mut pb) = (prototypes(&cpy, &dir, &opts), prototypes(&ox, &dir, &opts));
            if !strict_names {
                // Only compare functions both releases declare.
                let (na, nb): (BTreeSet<String>, BTreeSet<String>) = (
                    pa.iter().map(|p| prototype_name(p)).collect(),
                    pb.iter().map(|p| prototype_name(p)).collect(),
                );
                for p in pa.iter().filter(|p| !nb.contains(&prototype_name(p))) {
                    println!("release difference: only CPython declares {p}");
                }
                for p in pb.iter().filter(|p| !na.contains(&prototype_name(p))) {
                    println!("release difference: only include-python declares {p}");
                }
                pa.retain(|p| nb.contains(&prototype_name(p)));
                pb.retain(|p| na.contains(&prototype_name(p)));
            }
            let (ta, tb) = (pa.join("\n"), pb.join("\n"));
            if ta != tb {
                problems.push(format!(
                    "{label} prototypes differ (- CPython, + include-python):\n{}",
                    diff(&ta, &tb)
                ));
            }
            println!("{label}: {} prototypes identical", pa.len());
        }
    } else {
        println!("not gcc: prototype comparison (-aux-info) skipped");
    }
    println!("{} data declarations compared", a.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Defined dynamic symbols of CPython's libpython (or its executable).
fn exported_symbols(binary: &Path) -> BTreeSet<String> {
    let out = Command::new("nm")
        .args(["-D", "--defined-only"])
        .arg(binary)
        .output()
        .expect("run nm");
    assert!(out.status.success(), "nm failed on {}", binary.display());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().last())
        .map(|s| s.split('@').next().unwrap().to_string())
        .filter(|s| s.starts_with("Py") || s.starts_with("_Py"))
        .collect()
}

fn section<'a>(
    report: &mut String,
    title: &str,
    names: impl IntoIterator<Item = &'a String>,
) -> usize {
    let names: Vec<&String> = names.into_iter().collect();
    report.push_str(&format!("\n## {title} ({})\n", names.len()));
    for n in &names {
        report.push_str(n);
        report.push('\n');
    }
    names.len()
}

#[test]
fn declared_symbols_are_exported_by_cpython() {
    let dir = scratch("symbols");
    let cfg = cpython();
    let binary = cfg.exporting_binary();
    let exported = exported_symbols(&binary);
    let (cpy, ox) = header_sets();
    let ox_decl = declarations(&ox, &dir, None);
    let cpy_decl = declarations(&cpy, &dir, None);
    let allowed: BTreeSet<&str> = DECLARED_NOT_EXPORTED.iter().map(|(n, _)| *n).collect();

    let ox_names: BTreeSet<&String> = ox_decl.keys().collect();
    let cpy_names: BTreeSet<&String> = cpy_decl.keys().collect();
    let not_exported: Vec<&String> = ox_names
        .iter()
        .copied()
        .filter(|n| !exported.contains(*n))
        .collect();
    let unexplained: Vec<&&String> = not_exported
        .iter()
        .filter(|n| !allowed.contains(n.as_str()))
        .collect();
    let stale: Vec<&&str> = allowed.iter().filter(|n| exported.contains(**n)).collect();
    let undeclared: Vec<&String> = exported
        .iter()
        .filter(|n| !ox_decl.contains_key(*n))
        .collect();

    let mut report = format!(
        "# include-python declarations against CPython 3.11's exports\n\n\
         exporting binary: {}\n\
         exported Py*/_Py* symbols: {}\n\
         declared by include-python: {} ({} functions, {} data)\n\
         declared by CPython's public headers: {}\n",
        binary.display(),
        exported.len(),
        ox_decl.len(),
        ox_decl.values().filter(|k| **k == "function").count(),
        ox_decl.values().filter(|k| **k == "data").count(),
        cpy_decl.len(),
    );
    section(
        &mut report,
        "declared by include-python but not exported",
        not_exported.iter().copied(),
    );
    for (name, why) in DECLARED_NOT_EXPORTED {
        report.push_str(&format!("  allowed: {name}: {why}\n"));
    }
    let n_undeclared = section(
        &mut report,
        "exported but not declared by include-python",
        undeclared.iter().copied(),
    );
    let missing_vs_cpython = section(
        &mut report,
        "declared by CPython's headers but not by include-python",
        cpy_names.difference(&ox_names).copied(),
    );
    section(
        &mut report,
        "declared by include-python but not by CPython's headers",
        ox_names.difference(&cpy_names).copied(),
    );

    // The limited API must not expose more than CPython's does.
    let mut leaks = Vec::new();
    for version in ["0x030B0000", "3"] {
        let ox_l = declarations(&ox, &dir, Some(version));
        let cpy_l = declarations(&cpy, &dir, Some(version));
        let extra: Vec<&String> = ox_l.keys().filter(|n| !cpy_l.contains_key(*n)).collect();
        let missing: Vec<&String> = cpy_l.keys().filter(|n| !ox_l.contains_key(*n)).collect();
        report.push_str(&format!(
            "\n## Py_LIMITED_API={version}: include-python {} declarations, CPython {}\n",
            ox_l.len(),
            cpy_l.len()
        ));
        section(
            &mut report,
            "  missing from include-python's limited API",
            missing,
        );
        section(
            &mut report,
            "  exposed only by include-python's limited API",
            extra.iter().copied(),
        );
        leaks.extend(
            extra
                .into_iter()
                .map(|n| format!("{n} (Py_LIMITED_API={version})")),
        );
    }

    let report_path = std::env::var_os("OXPY_SYMBOL_REPORT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("symbol-report.txt"));
    std::fs::write(&report_path, &report).expect("write report");
    println!(
        "exported: {}, declared: {}, exported but undeclared: {n_undeclared}, \
         declared by CPython's headers but missing: {missing_vs_cpython}, \
         declared but not exported: {}",
        exported.len(),
        ox_decl.len(),
        not_exported.len()
    );
    println!("report: {}", report_path.display());

    if same_release() {
        assert!(
            unexplained.is_empty(),
            "include-python declares symbols CPython 3.11 does not export: {unexplained:?}"
        );
        assert!(
            stale.is_empty(),
            "these are exported now; drop them from DECLARED_NOT_EXPORTED: {stale:?}"
        );
    } else if !unexplained.is_empty() {
        println!(
            "release difference: declared here, not exported by this CPython: {unexplained:?}"
        );
    }
    assert!(
        leaks.is_empty(),
        "the limited API exposes declarations CPython's does not: {leaks:?}"
    );
}

#[test]
fn marker_parsing() {
    let text = format!(
        "PyObject * {f} PyList_New(Py_ssize_t);\n\
         void {f} __attribute__((__noreturn__)) Py_FatalError(const char *);\n\
         extern int {d} (*PyOS_InputHook)(void);\n\
         extern char {d} *(*PyOS_ReadlineFunctionPointer)(FILE *);\n\
         extern const char * const {d} PyStructSequence_UnnamedField;\n\
         extern int {d} _Py_SwappedOp[];\n",
        f = MARK_FUNC,
        d = MARK_DATA
    );
    let names: Vec<String> = declared_names(&text).into_keys().collect();
    assert_eq!(
        names,
        [
            "PyList_New",
            "PyOS_InputHook",
            "PyOS_ReadlineFunctionPointer",
            "PyStructSequence_UnnamedField",
            "Py_FatalError",
            "_Py_SwappedOp"
        ]
    );
}
