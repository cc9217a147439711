//! Running code at top level and reporting uncaught exceptions in CPython's
//! format: the traceback with source lines and carets, chained causes and
//! contexts, and the final `Type: message` line.

use super::{PyErr, PyResult, Vm};
use crate::modules::stdstreams::{write_text, Fd};
use crate::objects::exceptions::as_exception;
use crate::objects::object::PyRef;
use crate::objects::tracebackobject::PyTraceback;
use crate::objects::typeobject::as_type;
use crate::objects::unicodeobject::PyStr;
use crate::vm::frame::Frame;

/// Prints `exc` (with its cause/context chain) to stderr as CPython's default excepthook does.
pub fn print_exception(vm: &Vm, exc: &PyRef) {
    let mut seen: Vec<PyRef> = Vec::new();
    let text = format_chain(vm, exc, &mut seen);
    write_text(Fd::Stderr, &text);
}

/// The text `print_exception` prints, for writing to another file.
pub fn format_exception(vm: &Vm, exc: &PyRef) -> String {
    let mut seen: Vec<PyRef> = Vec::new();
    format_chain(vm, exc, &mut seen)
}

fn format_chain(vm: &Vm, exc: &PyRef, seen: &mut Vec<PyRef>) -> String {
    seen.push(exc.clone());
    let mut out = String::new();
    if let Some(x) = as_exception(exc) {
        let cause = x.cause.borrow().clone();
        let context = x.context.borrow().clone();
        if let Some(c) = cause.filter(|c| !seen.iter().any(|s| s.is(c))) {
            out.push_str(&format_chain(vm, &c, seen));
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) =
            context.filter(|c| !x.suppress_context.get() && !seen.iter().any(|s| s.is(c)))
        {
            out.push_str(&format_chain(vm, &c, seen));
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    out.push_str(&format_single(vm, exc));
    out
}

/// The lines of one exception: traceback entries and the message line.
pub fn format_single(vm: &Vm, exc: &PyRef) -> String {
    let mut out = String::new();
    let tb = as_exception(exc).and_then(|x| x.traceback.borrow().clone());
    if let Some(tb) = tb {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&format_tb(vm, &tb));
    }
    out.push_str(&format_exception_only(vm, exc));
    if let Ok(Some(notes)) = vm.getattr_opt(exc, &vm.intern("__notes__")) {
        if let Ok(items) = vm.collect(&notes) {
            for n in items {
                let s = if n.downcast_ref::<PyStr>().is_some() {
                    vm.str_string(&n).unwrap_or_default()
                } else {
                    vm.repr_string(&n).unwrap_or_default()
                };
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    out
}

fn source_line(filename: &str, lineno: u32) -> Option<String> {
    let src = std::fs::read_to_string(filename).ok()?;
    src.lines()
        .nth(lineno.checked_sub(1)? as usize)
        .map(|s| s.to_string())
}

fn format_tb(_vm: &Vm, tb: &PyRef) -> String {
    let mut out = String::new();
    let mut cur = Some(tb.clone());
    let mut last: Option<(String, i32, String)> = None;
    let mut repeat = 0usize;
    while let Some(t) = cur {
        let entry = t.downcast_ref::<PyTraceback>().expect("traceback");
        let frame = entry.frame.downcast_ref::<Frame>().expect("frame");
        let code = &frame.pycode().code;
        let filename = frame.pycode().filename();
        let key = (filename.to_string(), entry.lineno, code.name.to_string());
        if last.as_ref() == Some(&key) {
            repeat += 1;
        } else {
            if repeat > 3 {
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    repeat - 3,
                    if repeat - 3 == 1 { "" } else { "s" }
                ));
            }
            repeat = 1;
            last = Some(key.clone());
        }
        if repeat <= 3 {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                filename, entry.lineno, code.name
            ));
            let line = u32::try_from(entry.lineno)
                .ok()
                .and_then(|n| source_line(&filename, n));
            if let Some(line) = line {
                let stripped = line.trim_start();
                out.push_str(&format!("    {}\n", stripped.trim_end()));
                let pos = usize::try_from(entry.lasti / 2)
                    .ok()
                    .and_then(|i| code.positions.get(i));
                if let Some(pos) = pos {
                    out.push_str(&carets(&line, stripped, pos));
                }
            }
        }
        cur = entry.next.borrow().clone();
    }
    if repeat > 3 {
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            repeat - 3,
            if repeat - 3 == 1 { "" } else { "s" }
        ));
    }
    out
}

/// The caret line under the failing expression, as CPython 3.11 prints it:
/// `~` and `^` anchors for binary operations and subscripts, plain `^`
/// otherwise, and nothing when the expression spans the whole line. An
/// expression continuing on later lines is marked to the end of its first.
fn carets(line: &str, stripped: &str, pos: &crate::compile::bytecode::SourceRange) -> String {
    let end = if pos.end_line > pos.line {
        line.trim_end().len()
    } else if pos.end_line == pos.line && pos.end_col > pos.col {
        pos.end_col as usize
    } else {
        return String::new();
    };
    let indent = line.len() - stripped.len();
    let bytes = line.as_bytes();
    let (start, end) = (pos.col as usize, end.min(bytes.len()));
    if start < indent
        || start >= end
        || !line.is_char_boundary(start)
        || !line.is_char_boundary(end)
    {
        return String::new();
    }
    let segment = &line[start..end];
    let width = segment.chars().count();
    let whole = stripped.trim_end().chars().count();
    let anchors = crate::compile::anchors::caret_anchors(segment).filter(|(l, r)| r > l);
    if width == whole && anchors.is_none() {
        return String::new();
    }
    let lead = line[indent..start].chars().count();
    let marks: String = match anchors {
        Some((l, r)) => (0..width)
            .map(|i| if i >= l && i < r { '^' } else { '~' })
            .collect(),
        None => "^".repeat(width),
    };
    format!("    {}{}\n", " ".repeat(lead), marks)
}

/// `Type: message` (qualified with the module for non-builtins), or SyntaxError's multi-line form.
pub fn format_exception_only(vm: &Vm, exc: &PyRef) -> String {
    let t = as_type(exc.class());
    let mut name = t.qualname.borrow().clone();
    if t.is_heap() {
        if let Some(m) = t.namespace().get_rust_str(vm, "__module__") {
            let m = crate::vm::attr::str_lossy(&m);
            if m != "builtins" && m != "__main__" {
                name = format!("{m}.{name}");
            }
        }
    }
    let msg = match vm.str(exc) {
        Ok(s) => s
            .downcast_ref::<PyStr>()
            .unwrap()
            .to_string_lossy()
            .into_owned(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    if crate::objects::typeobject::is_subtype(exc.class(), &vm.exceptions.syntax_error) {
        return super::syntax_errors::format_syntax_error(vm, exc, &name);
    }
    if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    }
}

/// Runs the excepthook path for an uncaught exception, returning the exit status
/// (SystemExit yields its code without a traceback).
pub fn handle_uncaught(vm: &Vm, err: PyErr) -> i32 {
    if err.matches(&vm.exceptions.system_exit) {
        return system_exit_code(vm, err.value());
    }
    let hook = crate::modules::sysmodule::sys_attr(vm, "excepthook");
    let exc = err.into_value();
    let tb = as_exception(&exc)
        .and_then(|x| x.traceback.borrow().clone())
        .unwrap_or_else(|| vm.none.clone());
    match hook {
        Ok(h) => {
            if let Err(e) = vm.call_positional(&h, &[exc.class().clone(), exc.clone(), tb]) {
                write_text(Fd::Stderr, "Error in sys.excepthook:\n");
                print_exception(vm, e.value());
                write_text(Fd::Stderr, "\nOriginal exception was:\n");
                print_exception(vm, &exc);
            }
        }
        Err(_) => print_exception(vm, &exc),
    }
    1
}

/// The process exit status a SystemExit asks for (printing a non-int code to stderr).
pub fn system_exit_code(vm: &Vm, exc: &PyRef) -> i32 {
    let args = as_exception(exc).map(|x| x.args.borrow().clone());
    let code = args.and_then(|a| {
        crate::objects::tupleobject::tuple_items(&a).and_then(|t| {
            if t.len() == 1 {
                Some(t[0].clone())
            } else if t.is_empty() {
                None
            } else {
                Some(a.clone())
            }
        })
    });
    let code = match vm.getattr_opt(exc, &vm.intern("code")) {
        Ok(Some(c)) => Some(c),
        _ => code,
    };
    match code {
        None => 0,
        Some(c) if vm.is_none(&c) => 0,
        Some(c) => match crate::objects::longobject::int_to_i64(&c) {
            Some(i) => i as i32,
            None => {
                let s = vm.str_string(&c).unwrap_or_default();
                write_text(Fd::Stderr, &format!("{s}\n"));
                1
            }
        },
    }
}

/// Compiles and runs `source` as module `__main__`-style code in `globals`.
pub fn run_source(vm: &Vm, source: &str, filename: &str, globals: &PyRef) -> PyResult {
    let code = super::compile_source(vm, source, filename, crate::compile::Mode::Exec)?;
    run_code(vm, code, globals)
}

/// Runs a module-level code object in `globals` (also its locals).
pub fn run_code(vm: &Vm, code: PyRef, globals: &PyRef) -> PyResult {
    let frame = Frame::new_with_locals(vm, code, globals.clone(), Some(globals.clone()), None);
    vm.enter_call()?;
    let r = super::ceval::run_frame(vm, &frame, super::ceval::Resume::Start);
    vm.leave_call();
    match r? {
        super::ceval::FrameExit::Return(v) => Ok(v),
        super::ceval::FrameExit::Yield(_) => Err(vm.new_system_error("module yielded")),
    }
}
