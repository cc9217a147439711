//! A human-readable listing of a code object (and the code objects in its
//! constants), in the spirit of CPython's `dis`.

use crate::bytecode::{CodeObject, Constant};
use std::fmt::Write;

/// The listing of `code` and, recursively, its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    listing(code, &mut out);
    out
}

fn listing(code: &CodeObject, out: &mut String) {
    let _ = writeln!(out, "Disassembly of <code object {} at line {}>:", code.qualname, code.first_line);
    let mut last_line = 0;
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.positions.get(i).map(|p| p.line).unwrap_or(0);
        let line_col = if line != last_line { format!("{line:>4}") } else { "    ".into() };
        last_line = line;
        let detail = match ins.op {
            crate::bytecode::Opcode::LoadConst => code.consts.get(ins.arg as usize).map(const_repr).unwrap_or_default(),
            crate::bytecode::Opcode::LoadName | crate::bytecode::Opcode::StoreName | crate::bytecode::Opcode::LoadGlobal
            | crate::bytecode::Opcode::StoreGlobal | crate::bytecode::Opcode::LoadAttr | crate::bytecode::Opcode::StoreAttr
            | crate::bytecode::Opcode::LoadMethod | crate::bytecode::Opcode::ImportName | crate::bytecode::Opcode::ImportFrom => {
                code.names.get(ins.arg as usize).map(|n| n.to_string()).unwrap_or_default()
            }
            crate::bytecode::Opcode::LoadFast | crate::bytecode::Opcode::StoreFast | crate::bytecode::Opcode::DeleteFast => {
                code.varnames.get(ins.arg as usize).map(|n| n.to_string()).unwrap_or_default()
            }
            _ => String::new(),
        };
        let _ = writeln!(out, "{line_col} {i:>5} {:<20} {:>5} {}", ins.op.name(), ins.arg, detail);
    }
    for e in &code.exception_table {
        let _ = writeln!(out, "  ExceptionTable: {} to {} -> {} [{}]{}", e.start, e.end, e.handler, e.depth, if e.push_lasti { " lasti" } else { "" });
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            listing(inner, out);
        }
    }
}

fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(b) => if *b { "True".into() } else { "False".into() },
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { real, imag } => format!("({real}+{imag}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::StrCodePoints(_) => "<str>".into(),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) | Constant::FrozenSet(items) => format!("({})", items.iter().map(const_repr).collect::<Vec<_>>().join(", ")),
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}
