//! The `~~~^^^~~~` anchors CPython 3.11 prints under a traceback line: the
//! failing expression's source segment is re-parsed, and for a binary
//! operation the operator, for a subscript the `[...]` part, is marked.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// For a source segment, the character offsets `(left_end, right_start)`
/// delimiting the secondary (`^`) part, if the segment is a binary
/// operation or a subscript.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let module = parsed.into_syntax();
    let [Stmt::Expr(e)] = module.body.as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    let to_chars = |b: usize| segment.get(..b).map(|s| s.chars().count());
    match &*e.value {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            let mut i = left_end;
            while i < right_start {
                let c = bytes[i];
                if c.is_ascii_whitespace() || c == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            if i >= right_start {
                return None;
            }
            let mut end = i + 1;
            if end < right_start && !bytes[end].is_ascii_whitespace() {
                end += 1;
            }
            Some((to_chars(i)?, to_chars(end)?))
        }
        Expr::Subscript(s) => {
            let left = s.value.range().end().to_usize();
            let right = s.slice.range().end().to_usize() + 1;
            Some((to_chars(left)?, to_chars(right.min(bytes.len()))?))
        }
        _ => None,
    }
}
