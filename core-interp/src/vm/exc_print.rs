//! The text of an uncaught exception, as CPython 3.11's C printer
//! (`PyErr_Display`) writes it: traceback entries with source lines and
//! carets, chained causes and contexts, the `Type: message` line with "Did
//! you mean" suggestions, `__notes__`, and exception groups drawn as nested
//! boxes (`+-+---- 1 ----`, a `| ` margin per level, at most 15 members
//! and 10 levels shown).

use super::Vm;
use crate::modules::stdstreams::{write_text, Fd};
use crate::objects::exceptions::as_exception;
use crate::objects::object::PyRef;
use crate::objects::tracebackobject::PyTraceback;
use crate::objects::typeobject::{as_type, is_subtype};
use crate::objects::unicodeobject::PyStr;
use crate::vm::frame::Frame;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Prints `exc` (with its cause/context chain) to stderr as CPython's default excepthook does.
pub fn print_exception(vm: &Vm, exc: &PyRef) {
    write_text(Fd::Stderr, &format_exception(vm, exc));
}

/// The text `print_exception` prints, for writing to another file.
pub fn format_exception(vm: &Vm, exc: &PyRef) -> String {
    let mut p = Printer {
        vm,
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    p.recursive(exc);
    p.out
}

/// The printer's state: the exceptions already printed (chains may loop),
/// the nesting depth inside exception groups, and whether the innermost
/// open group box still needs its closing line.
struct Printer<'a> {
    vm: &'a Vm,
    out: String,
    seen: Vec<PyRef>,
    depth: usize,
    need_close: bool,
}

impl Printer<'_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with the indentation and margin of the current depth
    /// before each of its lines.
    fn emit(&mut self, text: &str, margin: &str) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push_str(margin);
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    /// An exception preceded by its cause or (unless suppressed) context.
    fn recursive(&mut self, exc: &PyRef) {
        self.seen.push(exc.clone());
        if let Some(x) = as_exception(exc) {
            let cause = x.cause.borrow().clone();
            let context = x.context.borrow().clone();
            if let Some(c) = cause {
                if !self.is_seen(&c) {
                    self.chained(
                        &c,
                        "The above exception was the direct cause of the following exception:\n",
                    );
                }
            } else if let Some(c) = context.filter(|_| !x.suppress_context.get()) {
                if !self.is_seen(&c) {
                    self.chained(
                        &c,
                        "During handling of the above exception, another exception occurred:\n",
                    );
                }
            }
        }
        if is_subtype(exc.class(), &self.vm.exceptions.base_exception_group) {
            self.group(exc);
        } else {
            self.single(exc);
        }
    }

    fn is_seen(&self, e: &PyRef) -> bool {
        self.seen.iter().any(|s| s.is(e))
    }

    fn chained(&mut self, exc: &PyRef, message: &str) {
        let need_close = self.need_close;
        self.recursive(exc);
        self.need_close = need_close;
        self.emit("\n", "| ");
        self.emit(message, "| ");
        self.emit("\n", "| ");
    }

    /// One exception: traceback, message line (with a suggestion), notes.
    fn single(&mut self, exc: &PyRef) {
        let vm = self.vm;
        let tb = as_exception(exc).and_then(|x| x.traceback.borrow().clone());
        if let Some(tb) = tb {
            let is_group = is_subtype(exc.class(), &vm.exceptions.base_exception_group);
            let (header, margin) = if is_group {
                let margin = if self.depth == 1 { "+ " } else { "| " };
                (
                    "Exception Group Traceback (most recent call last):\n",
                    margin,
                )
            } else {
                ("Traceback (most recent call last):\n", "| ")
            };
            self.emit(header, margin);
            self.emit(&format_tb(&tb), "| ");
        }
        let mut line = format_exception_only(vm, exc);
        if let Some(s) = super::suggestions::offer_suggestions(vm, exc) {
            line.pop();
            line.push_str(&s);
            line.push('\n');
        }
        self.emit(&line, "| ");
        self.notes(exc);
    }

    fn notes(&mut self, exc: &PyRef) {
        let vm = self.vm;
        let Ok(Some(notes)) = vm.getattr_opt(exc, &vm.intern("__notes__")) else {
            return;
        };
        let Ok(items) = vm.collect(&notes) else {
            let text = vm
                .repr_string(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            // CPython ends this line without a newline.
            self.emit(&text, "| ");
            return;
        };
        for n in items {
            let text = if n.downcast_ref::<PyStr>().is_some() {
                vm.str_string(&n).unwrap_or_default()
            } else {
                vm.str_string(&n)
                    .unwrap_or_else(|_| "<note str() failed>".to_string())
            };
            self.emit(&format!("{text}\n"), "| ");
        }
    }

    /// An exception group: its own traceback and message, then each member
    /// in a numbered box one level deeper.
    fn group(&mut self, exc: &PyRef) {
        if self.depth > MAX_GROUP_DEPTH {
            self.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                "| ",
            );
            return;
        }
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        self.single(exc);
        let members = crate::objects::exceptions_group::excs(exc);
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, member) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                // A nested group's own last member may close the box instead.
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let lead = if i == 0 { "+-" } else { "  " };
            let line = format!(
                "{}{lead}+---------------- {title} ----------------\n",
                self.indent()
            );
            self.out.push_str(&line);
            self.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                self.emit(&format!("and {remaining} more exception{plural}\n"), "| ");
            } else {
                self.recursive(member);
            }
            if last && self.need_close {
                let line = format!("{}+------------------------------------\n", self.indent());
                self.out.push_str(&line);
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth -= 1;
        }
    }
}

fn source_line(filename: &str, lineno: u32) -> Option<String> {
    let src = std::fs::read_to_string(filename).ok()?;
    src.lines()
        .nth(lineno.checked_sub(1)? as usize)
        .map(|s| s.to_string())
}

/// The `File "…", line N, in f` entries of a traceback with their source
/// lines and carets; runs of more than three identical entries are folded
/// into "[Previous line repeated N more times]".
fn format_tb(tb: &PyRef) -> String {
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
            push_repeated(&mut out, repeat);
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
    push_repeated(&mut out, repeat);
    out
}

fn push_repeated(out: &mut String, repeat: usize) {
    if repeat > 3 {
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            repeat - 3,
            if repeat - 3 == 1 { "" } else { "s" }
        ));
    }
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
    if is_subtype(exc.class(), &vm.exceptions.syntax_error) {
        return super::syntax_errors::format_syntax_error(vm, exc, &name);
    }
    if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    }
}
