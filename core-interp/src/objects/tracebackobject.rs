//! `traceback` objects: the chain of (frame, instruction, line) entries an
//! exception collects while it propagates.

use super::exceptions::as_exception;
use super::object::{PyPayload, PyRef};
use crate::vm::frame::Frame;
use crate::vm::Vm;

/// The payload of traceback objects.
pub struct PyTraceback {
    pub next: Option<PyRef>,
    pub frame: PyRef,
    pub lasti: u32,
    pub lineno: u32,
}

impl PyPayload for PyTraceback {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(n) = &self.next {
            visit(n);
        }
        visit(&self.frame);
    }
}

/// Prepends an entry for `frame` at instruction `lasti` to `exc.__traceback__`.
pub fn add_entry(vm: &Vm, exc: &PyRef, frame: &PyRef, lasti: u32) {
    let Some(x) = as_exception(exc) else { return };
    let f = frame.downcast_ref::<Frame>().expect("frame");
    let code = &f.pycode().code;
    let lineno = code
        .positions
        .get(lasti as usize)
        .map(|p| p.line)
        .unwrap_or(code.first_line);
    let next = x.traceback.borrow_mut().take();
    let tb = PyTraceback {
        next,
        frame: frame.clone(),
        lasti,
        lineno,
    };
    *x.traceback.borrow_mut() = Some(PyRef::new(tb, vm.types.traceback_type.clone()));
}

fn tb_of(o: &PyRef) -> &PyTraceback {
    o.downcast_ref::<PyTraceback>().expect("traceback")
}

/// Installs traceback's attributes.
pub fn init(vm: &Vm) {
    use super::descrobject::{add_getsets, GetSetDef};
    use super::longobject::new_int;
    add_getsets(
        vm,
        &vm.types.traceback_type,
        &[
            GetSetDef::new("tb_next", |vm, o| {
                Ok(tb_of(o).next.clone().unwrap_or_else(|| vm.none.clone()))
            }),
            GetSetDef::new("tb_frame", |_, o| Ok(tb_of(o).frame.clone())),
            GetSetDef::new("tb_lineno", |vm, o| Ok(new_int(vm, tb_of(o).lineno as i64))),
            GetSetDef::new("tb_lasti", |vm, o| {
                Ok(new_int(vm, 2 * tb_of(o).lasti as i64))
            }),
        ],
    );
}

/// Drops from `exc.__traceback__` the entries whose flag in `keep(entries)`
/// is false (`keep` sees every entry's code object, outermost first).
pub fn retain_entries(
    vm: &Vm,
    exc: &PyRef,
    keep: impl FnOnce(&[&crate::compile::bytecode::CodeObject]) -> Vec<bool>,
) {
    let Some(x) = as_exception(exc) else { return };
    let mut entries = Vec::new();
    let mut cur = x.traceback.borrow().clone();
    while let Some(t) = cur {
        cur = tb_of(&t).next.clone();
        entries.push(t);
    }
    let codes: Vec<&crate::compile::bytecode::CodeObject> = entries
        .iter()
        .map(|t| {
            &*tb_of(t)
                .frame
                .downcast_ref::<Frame>()
                .expect("frame")
                .pycode()
                .code
        })
        .collect();
    let flags = keep(&codes);
    if flags.iter().all(|k| *k) {
        return;
    }
    let mut next = None;
    for (t, k) in entries.iter().zip(flags).rev() {
        if k {
            let e = tb_of(t);
            next = Some(PyRef::new(
                PyTraceback {
                    next,
                    frame: e.frame.clone(),
                    lasti: e.lasti,
                    lineno: e.lineno,
                },
                vm.types.traceback_type.clone(),
            ));
        }
    }
    *x.traceback.borrow_mut() = next;
}
