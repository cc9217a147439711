//! A human-readable listing of a code object (and the code objects in its
//! constants), in the spirit of CPython's `dis`: a header with the code
//! object's attributes, one line per instruction (source line, `>>` on jump
//! targets, index, opcode, argument and what the argument means), then the
//! exception table.

use crate::bytecode::{BinaryOperator, CodeObject, CompareOperator, Constant, Opcode};
use std::fmt::Write;

/// The listing of `code` and, recursively, its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    listing(code, &mut out);
    out
}

fn is_jump(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::Jump
            | Opcode::JumpBackward
            | Opcode::PopJumpIfFalse
            | Opcode::PopJumpIfTrue
            | Opcode::PopJumpIfNone
            | Opcode::PopJumpIfNotNone
            | Opcode::JumpIfFalseOrPop
            | Opcode::JumpIfTrueOrPop
            | Opcode::ForIter
            | Opcode::Send
    )
}

fn listing(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}>:",
        code.qualname, code.first_line
    );
    let join = |v: &[std::sync::Arc<str>]| {
        v.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        out,
        "  args {} (posonly {}, kwonly {}), flags {:#x}, max stack {}",
        code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.max_stack
    );
    for (label, names) in [
        ("varnames", &code.varnames),
        ("cellvars", &code.cellvars),
        ("freevars", &code.freevars),
    ] {
        if !names.is_empty() {
            let _ = writeln!(out, "  {label}: {}", join(names));
        }
    }
    let targets: std::collections::HashSet<u32> = code
        .instructions
        .iter()
        .filter(|i| is_jump(i.op))
        .map(|i| i.arg)
        .chain(code.exception_table.iter().map(|e| e.handler))
        .collect();
    let mut last_line = 0;
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.positions.get(i).map(|p| p.line).unwrap_or(0);
        let line_col = if line != last_line {
            format!("{line:>4}")
        } else {
            "    ".into()
        };
        last_line = line;
        let mark = if targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        };
        let detail = describe_arg(code, ins.op, ins.arg);
        let _ = writeln!(
            out,
            "{line_col} {mark} {i:>5} {:<20} {:>5} {}",
            ins.op.name(),
            ins.arg,
            detail
        );
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exception_table {
            let lasti = if e.push_lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start, e.end, e.handler, e.depth, lasti
            );
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            listing(inner, out);
        }
    }
}

/// What an instruction's argument means, e.g. the constant or name it selects.
fn describe_arg(code: &CodeObject, op: Opcode, arg: u32) -> String {
    let name = |v: &[std::sync::Arc<str>], i: u32| {
        v.get(i as usize).map(|n| n.to_string()).unwrap_or_default()
    };
    match op {
        Opcode::LoadConst => code
            .consts
            .get(arg as usize)
            .map(const_repr)
            .unwrap_or_default(),
        Opcode::LoadName
        | Opcode::StoreName
        | Opcode::DeleteName
        | Opcode::LoadGlobal
        | Opcode::StoreGlobal
        | Opcode::DeleteGlobal
        | Opcode::LoadAttr
        | Opcode::StoreAttr
        | Opcode::DeleteAttr
        | Opcode::LoadMethod
        | Opcode::ImportName
        | Opcode::ImportFrom => name(&code.names, arg),
        Opcode::LoadFast | Opcode::StoreFast | Opcode::DeleteFast => name(&code.varnames, arg),
        Opcode::LoadDeref
        | Opcode::StoreDeref
        | Opcode::DeleteDeref
        | Opcode::LoadClosure
        | Opcode::LoadClassDeref => {
            let cells = code.cellvars.len() as u32;
            if arg < cells {
                name(&code.cellvars, arg)
            } else {
                name(&code.freevars, arg - cells)
            }
        }
        Opcode::BinaryOp if arg < 2 * BinaryOperator::INPLACE_OFFSET => {
            let (op, inplace) = BinaryOperator::from_arg(arg);
            format!("{}{}", op.symbol(), if inplace { "=" } else { "" })
        }
        Opcode::CompareOp if arg < 6 => {
            ["<", "<=", "==", "!=", ">", ">="][CompareOperator::from_arg(arg) as usize].to_string()
        }
        Opcode::IsOp => if arg == 0 { "is" } else { "is not" }.to_string(),
        Opcode::ContainsOp => if arg == 0 { "in" } else { "not in" }.to_string(),
        Opcode::FormatValue => {
            let conv = ["", "!s", "!r", "!a"][(arg & 3) as usize];
            format!("{conv}{}", if arg & 4 != 0 { " with spec" } else { "" })
        }
        Opcode::MakeFunction => {
            let parts: Vec<&str> = [
                (1, "defaults"),
                (2, "kwdefaults"),
                (4, "annotations"),
                (8, "closure"),
            ]
            .iter()
            .filter(|(bit, _)| arg & bit != 0)
            .map(|(_, n)| *n)
            .collect();
            parts.join(", ")
        }
        op if is_jump(op) => format!("to {arg}"),
        _ => String::new(),
    }
}

fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { real, imag } => format!("({real}+{imag}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::StrCodePoints(_) => "<str>".into(),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => format!(
            "({})",
            items.iter().map(const_repr).collect::<Vec<_>>().join(", ")
        ),
        Constant::FrozenSet(items) => format!(
            "frozenset({{{}}})",
            items.iter().map(const_repr).collect::<Vec<_>>().join(", ")
        ),
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}

#[cfg(test)]
mod tests {
    use crate::{compile_source, CompileOptions, Mode};

    #[test]
    fn listing_names_arguments_and_targets() {
        let src = "def f(a):\n    b = 1\n    def g():\n        return a + b\n    for x in a:\n        if x == 2:\n            break\n    return g\n";
        let code = compile_source(
            src,
            &CompileOptions {
                mode: Mode::Exec,
                filename: "<dis>".into(),
                optimize: 0,
            },
        )
        .expect("compiles");
        let text = super::disassemble(&code);
        for needle in [
            "Disassembly of <code object f.<locals>.g",
            "LoadDeref",
            " a\n",
            "==",
            ">>",
            "to ",
            "closure",
            "cellvars: a, b",
        ] {
            assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
        }
    }
}
