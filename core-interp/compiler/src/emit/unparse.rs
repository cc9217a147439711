//! Annotations under `from __future__ import annotations` are stored as
//! strings written the way CPython's `ast_unparse.c` writes them (`Dict[str,
//! int]`, `'Foo'`, `int | None`). Expression kinds annotations rarely use
//! fall back to their source text.

use ruff_python_ast::{self as ast, Expr, Operator};
use ruff_text_size::Ranged;

/// The text of annotation `e`.
pub fn unparse(e: &Expr, source: &str) -> String {
    let mut out = String::new();
    write_expr(e, source, 0, &mut out);
    out
}

fn precedence(op: Operator) -> u8 {
    match op {
        Operator::BitOr => 1,
        Operator::BitXor => 2,
        Operator::BitAnd => 3,
        Operator::LShift | Operator::RShift => 4,
        Operator::Add | Operator::Sub => 5,
        Operator::Mult | Operator::MatMult | Operator::Div | Operator::FloorDiv | Operator::Mod => {
            6
        }
        Operator::Pow => 8,
    }
}

/// Precedence levels above binary operators (unary operators and atoms).
const UNARY: u8 = 7;
const ATOM: u8 = 9;

fn own_precedence(e: &Expr) -> u8 {
    match e {
        Expr::BinOp(b) => precedence(b.op),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => 0,
        Expr::UnaryOp(_) => UNARY,
        Expr::BoolOp(_) | Expr::Compare(_) | Expr::If(_) | Expr::Lambda(_) | Expr::Named(_) => 0,
        _ => ATOM,
    }
}

fn write_expr(e: &Expr, source: &str, min: u8, out: &mut String) {
    let paren = own_precedence(e) < min;
    if paren {
        out.push('(');
    }
    match e {
        Expr::Name(n) => out.push_str(&n.id),
        Expr::Attribute(a) => {
            write_expr(&a.value, source, ATOM, out);
            out.push('.');
            out.push_str(&a.attr);
        }
        Expr::Subscript(s) => {
            write_expr(&s.value, source, ATOM, out);
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => {
                    write_list(&t.elts, source, out);
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => write_expr(other, source, 0, out),
            }
            out.push(']');
        }
        Expr::Slice(s) => {
            if let Some(l) = &s.lower {
                write_expr(l, source, 0, out);
            }
            out.push(':');
            if let Some(u) = &s.upper {
                write_expr(u, source, 0, out);
            }
            if let Some(st) = &s.step {
                out.push(':');
                write_expr(st, source, 0, out);
            }
        }
        Expr::Tuple(t) => {
            out.push('(');
            write_list(&t.elts, source, out);
            if t.elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Expr::List(l) => {
            out.push('[');
            write_list(&l.elts, source, out);
            out.push(']');
        }
        Expr::BinOp(b) => {
            let p = precedence(b.op);
            let right_assoc = b.op == Operator::Pow;
            write_expr(&b.left, source, if right_assoc { p + 1 } else { p }, out);
            out.push(' ');
            out.push_str(b.op.as_str());
            out.push(' ');
            write_expr(&b.right, source, if right_assoc { p } else { p + 1 }, out);
        }
        Expr::UnaryOp(u) => {
            out.push_str(match u.op {
                ast::UnaryOp::Not => "not ",
                ast::UnaryOp::USub => "-",
                ast::UnaryOp::UAdd => "+",
                ast::UnaryOp::Invert => "~",
            });
            write_expr(
                &u.operand,
                source,
                if u.op == ast::UnaryOp::Not { 0 } else { UNARY },
                out,
            );
        }
        Expr::Starred(s) => {
            out.push('*');
            write_expr(&s.value, source, ATOM, out);
        }
        Expr::Call(c) => {
            write_expr(&c.func, source, ATOM, out);
            out.push('(');
            let mut first = true;
            for a in c.arguments.args.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write_expr(a, source, 0, out);
            }
            for k in c.arguments.keywords.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write_expr(&k.value, source, 0, out);
            }
            out.push(')');
        }
        Expr::StringLiteral(s) => out.push_str(&str_repr(s.value.to_str())),
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        other => out.push_str(
            source
                .get(other.range().start().to_usize()..other.range().end().to_usize())
                .unwrap_or(""),
        ),
    }
    if paren {
        out.push(')');
    }
}

fn write_list(elts: &[Expr], source: &str, out: &mut String) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(e, source, 0, out);
    }
}

/// Python's `repr` of a str.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
