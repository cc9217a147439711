//! `from __future__ import …` statements: which features a module turns on,
//! and CPython's errors for unknown features and misplaced future imports.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::code_flags;

/// Features Python 3.11 knows, with the `co_flags` bit each sets (the
/// features without a bit are always on).
const FEATURES: &[(&str, u32)] = &[
    ("nested_scopes", 0),
    ("generators", 0),
    ("division", 0),
    ("absolute_import", 0),
    ("with_statement", 0),
    ("print_function", 0),
    ("unicode_literals", 0),
    ("barry_as_FLUFL", code_flags::FUTURE_BARRY_AS_BDFL),
    ("generator_stop", 0),
    ("annotations", code_flags::FUTURE_ANNOTATIONS),
];

/// The `co_flags` bits of the module's future features, or the error
/// message and the statement it concerns (`zero_end`: CPython gives no end
/// offset).
pub fn check(body: &[Stmt]) -> Result<u32, (String, TextRange, bool)> {
    let mut features = 0;
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::ImportFrom(f)
                if f.level == 0
                    && f.module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if !at_start {
                    return Err((
                        "from __future__ imports must occur at the beginning of the file".into(),
                        f.range(),
                        false,
                    ));
                }
                for a in &f.names {
                    match FEATURES.iter().find(|(n, _)| *n == a.name.as_str()) {
                        Some((_, bit)) => features |= bit,
                        None if a.name.as_str() == "braces" => {
                            return Err(("not a chance".into(), f.range(), true))
                        }
                        None => {
                            return Err((
                                format!("future feature {} is not defined", a.name),
                                f.range(),
                                true,
                            ))
                        }
                    }
                }
            }
            Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => {}
            _ => at_start = false,
        }
    }
    Ok(features)
}
