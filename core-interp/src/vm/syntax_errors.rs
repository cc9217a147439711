//! SyntaxError objects from compiler errors, and their printed form
//! (`File "…", line N`, the source line, the caret, `SyntaxError: msg`).

use super::{PyErr, Vm};
use crate::compile::{CompileError, SyntaxErrorKind};
use crate::objects::longobject::new_int;
use crate::objects::object::PyRef;
use crate::objects::unicodeobject::new_str_object;

/// Turns a compiler error into a raised SyntaxError/IndentationError/TabError.
pub fn compile_error_to_exception(vm: &Vm, e: &CompileError) -> PyErr {
    let ty = match e.kind {
        SyntaxErrorKind::SyntaxError => &vm.exceptions.syntax_error,
        SyntaxErrorKind::IndentationError => &vm.exceptions.indentation_error,
        SyntaxErrorKind::TabError => &vm.exceptions.tab_error,
    };
    let text = match &e.text {
        Some(t) => new_str_object(vm, t),
        None => vm.none.clone(),
    };
    let details = crate::objects::tupleobject::new_tuple(
        vm,
        vec![
            new_str_object(vm, &e.filename),
            new_int(vm, e.lineno as i64),
            new_int(vm, e.offset as i64),
            text.clone(),
            new_int(vm, e.end_lineno as i64),
            new_int(vm, e.end_offset as i64),
        ],
    );
    let err = vm.new_exception(ty, vec![new_str_object(vm, &e.msg), details]);
    let o = err.value();
    let set = |n: &str, v: PyRef| {
        let _ = vm.setattr_str(o, n, v);
    };
    set("msg", new_str_object(vm, &e.msg));
    set("filename", new_str_object(vm, &e.filename));
    set("lineno", new_int(vm, e.lineno as i64));
    set("offset", new_int(vm, e.offset as i64));
    set("text", text);
    set("end_lineno", new_int(vm, e.end_lineno as i64));
    set("end_offset", new_int(vm, e.end_offset as i64));
    set("print_file_and_line", vm.none.clone());
    err
}

/// `SyntaxError.__str__`: `msg (file, line N)` with the file's base name,
/// leaving out what is unknown.
pub fn syntax_error_str(vm: &Vm, exc: &PyRef) -> crate::vm::PyResult {
    let msg = match vm.getattr_opt(exc, &vm.intern("msg"))? {
        Some(m) => m,
        None => {
            let args = vm.getattr_str(exc, "args")?;
            match crate::objects::tupleobject::tuple_items(&args) {
                Some([first, ..]) => first.clone(),
                _ => vm.none.clone(),
            }
        }
    };
    let msg = vm.str_string(&msg)?;
    let file = vm
        .getattr_opt(exc, &vm.intern("filename"))?
        .filter(|f| {
            f.downcast_ref::<crate::objects::unicodeobject::PyStr>()
                .is_some()
        })
        .map(|f| vm.str_string(&f))
        .transpose()?
        .map(|f| f.rsplit('/').next().unwrap_or("").to_string());
    let line = vm
        .getattr_opt(exc, &vm.intern("lineno"))?
        .and_then(|l| crate::objects::longobject::int_to_i64(&l));
    let s = match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    };
    Ok(new_str_object(vm, &s))
}

fn attr_string(vm: &Vm, exc: &PyRef, name: &str) -> Option<String> {
    let v = vm.getattr_opt(exc, &vm.intern(name)).ok().flatten()?;
    if vm.is_none(&v) {
        return None;
    }
    vm.str_string(&v).ok()
}

fn attr_int(vm: &Vm, exc: &PyRef, name: &str) -> Option<i64> {
    let v = vm.getattr_opt(exc, &vm.intern(name)).ok().flatten()?;
    crate::objects::longobject::int_to_i64(&v)
}

/// The printed form of a SyntaxError, as CPython's `print_exception` shows it.
pub fn format_syntax_error(vm: &Vm, exc: &PyRef, type_name: &str) -> String {
    let mut out = String::new();
    let filename = attr_string(vm, exc, "filename");
    let lineno = attr_int(vm, exc, "lineno");
    if let (Some(f), Some(l)) = (&filename, lineno) {
        out.push_str(&format!("  File \"{f}\", line {l}\n"));
    }
    if let Some(text) = attr_string(vm, exc, "text") {
        let lineno = lineno.unwrap_or(0);
        let offset = attr_int(vm, exc, "offset").unwrap_or(-1);
        let mut end_offset = attr_int(vm, exc, "end_offset").unwrap_or(-1);
        let end_lineno = attr_int(vm, exc, "end_lineno").unwrap_or(lineno);
        let line_size = text.chars().count() as i64;
        // A range over several lines is underlined to the end of the first.
        if end_lineno > lineno {
            end_offset = line_size;
        }
        end_offset = end_offset.min(line_size + 1);
        let indentation =
            crate::objects::typeobject::is_subtype(exc.class(), &vm.exceptions.indentation_error);
        let carets = if !indentation && end_offset > 0 && end_offset > offset {
            (end_offset - offset) as usize
        } else {
            1
        };
        out.push_str(&error_text(&text, offset, carets));
    }
    let msg = attr_string(vm, exc, "msg").unwrap_or_default();
    out.push_str(&format!("{type_name}: {msg}\n"));
    out
}

/// The source line(s) and caret line of a SyntaxError, as CPython's
/// `print_error_text`: leading blanks are stripped (moving the 1-based
/// `offset` with them), lines before the one holding the offset are
/// skipped, and no caret is drawn when it would fall left of the text.
fn error_text(text: &str, offset: i64, carets: usize) -> String {
    let mut offset = offset - 1;
    let mut text: Vec<char> = text.chars().collect();
    let lead = text
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    text.drain(..lead);
    offset -= lead as i64;
    let mut len = text.len() as i64;
    if text.last() == Some(&'\n') {
        len -= 1;
    }
    offset = offset.min(len);
    while let Some(nl) = text.iter().position(|&c| c == '\n') {
        if nl as i64 >= offset {
            break;
        }
        text.drain(..=nl);
        len -= nl as i64 + 1;
        offset -= nl as i64 + 1;
    }
    let mut out = format!("    {}", text.iter().collect::<String>());
    if text.get(len.max(0) as usize) != Some(&'\n') {
        out.push('\n');
    }
    if offset >= 0 {
        out.push_str(&format!(
            "    {}{}\n",
            " ".repeat(offset as usize),
            "^".repeat(carets)
        ));
    }
    out
}
