//! `from __future__ import …` statements: which features a module turns on,
//! and CPython's errors for unknown features and misplaced future imports.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Features Python 3.11 knows (all but `annotations` are always on).
const FEATURES: &[&str] = &[
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
];

/// Whether the module enables `annotations`, or the error message and the
/// statement it concerns (`zero_end`: CPython gives no end offset).
pub fn check(body: &[Stmt]) -> Result<bool, (String, TextRange, bool)> {
    let mut annotations = false;
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::ImportFrom(f) if f.level == 0 && f.module.as_ref().is_some_and(|m| m.as_str() == "__future__") => {
                if !at_start {
                    return Err(("from __future__ imports must occur at the beginning of the file".into(), f.range(), false));
                }
                for a in &f.names {
                    match a.name.as_str() {
                        "braces" => return Err(("not a chance".into(), f.range(), true)),
                        "annotations" => annotations = true,
                        n if FEATURES.contains(&n) => {}
                        n => return Err((format!("future feature {n} is not defined"), f.range(), true)),
                    }
                }
            }
            Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => {}
            _ => at_start = false,
        }
    }
    Ok(annotations)
}
