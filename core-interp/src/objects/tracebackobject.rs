//! `traceback` objects: the chain of (frame, instruction, line) entries an
//! exception collects while it propagates.

use super::exceptions::as_exception;
use super::object::{PyPayload, PyRef};
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

/// The payload of traceback objects.
pub struct PyTraceback {
    /// The next (inner) entry; Python code may relink it (`tb_next` is writable).
    pub next: RefCell<Option<PyRef>>,
    pub frame: PyRef,
    /// `tb_lasti`: the byte offset of the instruction (twice its index;
    /// `types.TracebackType` takes any int).
    pub lasti: i32,
    pub lineno: i32,
}

impl PyPayload for PyTraceback {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(n) = &*self.next.borrow() {
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
        next: RefCell::new(next),
        frame: frame.clone(),
        lasti: (2 * lasti) as i32,
        lineno: lineno as i32,
    };
    *x.traceback.borrow_mut() = Some(PyRef::new(tb, vm.types.traceback_type.clone()));
}

fn tb_of(o: &PyRef) -> &PyTraceback {
    o.downcast_ref::<PyTraceback>().expect("traceback")
}

/// `tb.tb_next = value`: another traceback (never one that leads back to
/// `tb`) or None, as CPython's `tb_next_set` allows.
fn set_tb_next(vm: &Vm, tb: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(vm.new_type_error("can't delete tb_next attribute"));
    };
    let new_next = if value.is(&vm.none) {
        None
    } else if value.downcast_ref::<PyTraceback>().is_some() {
        let mut cur = Some(value.clone());
        while let Some(t) = cur {
            if t.is(tb) {
                return Err(vm.new_value_error("traceback loop detected"));
            }
            cur = tb_of(&t).next.borrow().clone();
        }
        Some(value.clone())
    } else {
        return Err(vm.new_type_error(format!(
            "expected traceback object, got '{}'",
            super::typeobject::class_name(value)
        )));
    };
    // The old chain is dropped after the cell is released.
    drop(tb_of(tb).next.replace(new_next));
    Ok(())
}

static TRACEBACK_NEW_SIG: crate::vm::Signature = crate::vm::Signature {
    name: "TracebackType",
    params: &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"],
    posonly: 0,
    positional: 4,
    required: 4,
};

/// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
fn traceback_new(vm: &Vm, _cls: &PyRef, args: crate::vm::CallArgs<'_>) -> PyResult {
    let a = TRACEBACK_NEW_SIG.bind(vm, args)?;
    let [Some(next), Some(frame), Some(lasti), Some(lineno)] = &a[..] else {
        unreachable!("all four parameters are required")
    };
    let next = if vm.is_none(next) {
        None
    } else if next.downcast_ref::<PyTraceback>().is_some() {
        Some(next.clone())
    } else {
        return Err(vm.new_type_error(format!(
            "expected traceback object or None, got '{}'",
            super::typeobject::class_name(next)
        )));
    };
    if frame.downcast_ref::<Frame>().is_none() {
        return Err(vm.new_type_error(format!(
            "TracebackType() argument 'tb_frame' must be frame, not {}",
            super::typeobject::class_name(frame)
        )));
    }
    let tb = PyTraceback {
        next: RefCell::new(next),
        frame: frame.clone(),
        lasti: crate::vm::args::c_int(vm, lasti)?,
        lineno: crate::vm::args::c_int(vm, lineno)?,
    };
    Ok(PyRef::new(tb, vm.types.traceback_type.clone()))
}

/// Installs traceback's attributes.
pub fn init(vm: &Vm) {
    super::typeobject::as_type(&vm.types.traceback_type)
        .slots
        .new
        .set(Some(traceback_new));
    use super::descrobject::{add_getsets, GetSetDef};
    use super::longobject::new_int;
    add_getsets(
        vm,
        &vm.types.traceback_type,
        &[
            GetSetDef::new("tb_next", |vm, o| {
                Ok(tb_of(o)
                    .next
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| vm.none.clone()))
            })
            .with_setter(set_tb_next),
            GetSetDef::new("tb_frame", |_, o| Ok(tb_of(o).frame.clone())),
            GetSetDef::new("tb_lineno", |vm, o| Ok(new_int(vm, tb_of(o).lineno as i64))),
            GetSetDef::new("tb_lasti", |vm, o| Ok(new_int(vm, tb_of(o).lasti as i64))),
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
        cur = tb_of(&t).next.borrow().clone();
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
                    next: RefCell::new(next),
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
