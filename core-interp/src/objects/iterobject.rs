//! Generic iterators: over objects with `__getitem__` (the sequence
//! protocol) and `iter(callable, sentinel)`.

use super::object::{PyPayload, PyRef};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

/// `iterator`: calls `seq[i]` for i = 0, 1, … until IndexError/StopIteration.
pub struct PySeqIterator {
    pub seq: RefCell<Option<PyRef>>,
    pub index: Cell<usize>,
}

impl PyPayload for PySeqIterator {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(s) = self.seq.borrow().as_ref() {
            visit(s);
        }
    }
}

pub fn new_seq_iterator(vm: &Vm, seq: PyRef) -> PyRef {
    PyRef::new(
        PySeqIterator {
            seq: RefCell::new(Some(seq)),
            index: Cell::new(0),
        },
        vm.types.seq_iterator_type.clone(),
    )
}

pub fn seq_iter_next(vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = it.downcast_ref::<PySeqIterator>().expect("iterator");
    let Some(seq) = s.seq.borrow().clone() else {
        return Ok(None);
    };
    let i = s.index.get();
    let idx = super::longobject::new_int(vm, i as i64);
    match vm.getitem(&seq, &idx) {
        Ok(v) => {
            s.index.set(i + 1);
            Ok(Some(v))
        }
        Err(e)
            if e.matches(&vm.exceptions.index_error)
                || e.matches(&vm.exceptions.stop_iteration) =>
        {
            s.seq.borrow_mut().take();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `callable_iterator`: `iter(callable, sentinel)`.
pub struct PyCallableIterator {
    pub callable: RefCell<Option<PyRef>>,
    pub sentinel: PyRef,
}

impl PyPayload for PyCallableIterator {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(s) = self.callable.borrow().as_ref() {
            visit(s);
        }
        visit(&self.sentinel);
    }
}

pub fn callable_iter_next(vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = it
        .downcast_ref::<PyCallableIterator>()
        .expect("callable_iterator");
    let Some(c) = s.callable.borrow().clone() else {
        return Ok(None);
    };
    match vm.call_positional(&c, &[]) {
        Ok(v) => {
            if vm.eq(&v, &s.sentinel)? {
                s.callable.borrow_mut().take();
                Ok(None)
            } else {
                Ok(Some(v))
            }
        }
        Err(e) if e.matches(&vm.exceptions.stop_iteration) => {
            s.callable.borrow_mut().take();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Installs the iterator types' slots.
pub fn init(vm: &Vm) {
    let s = &super::typeobject::as_type(&vm.types.seq_iterator_type).slots;
    s.iter.set(Some(|_, o| Ok(o.clone())));
    s.iternext.set(Some(seq_iter_next));
    let c = &super::typeobject::as_type(&vm.types.callable_iterator_type).slots;
    c.iter.set(Some(|_, o| Ok(o.clone())));
    c.iternext.set(Some(callable_iter_next));
}
