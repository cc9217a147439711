//! `_sre.SRE_Scanner`: successive matches of a pattern over one subject
//! (`Pattern.scanner()`, and `finditer` through its `search` method).

use super::engine::{State, Unit};
use super::matchobj::new_match;
use super::pattern::{
    engine_error, match_data, of as pattern_of, on_units, prepare, types, PyPattern,
};
use super::subject::Units;
use crate::objects::descrobject::{add_getsets, add_methods, GetSetDef};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::vm::{CallArgs, PyResult, Vm};
use std::cell::Cell;

/// The payload of scanner objects.
pub struct PyScanner {
    pattern: PyRef,
    string: PyRef,
    pos: usize,
    endpos: usize,
    /// Where the next attempt starts; None once exhausted.
    start: Cell<Option<usize>>,
    must_advance: Cell<bool>,
    executing: Cell<bool>,
}

impl PyPayload for PyScanner {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.pattern);
        visit(&self.string);
    }
}

pub fn new_scanner(vm: &Vm, pattern: &PyRef, string: PyRef, pos: isize, endpos: isize) -> PyResult {
    let (u, _) = prepare(vm, pattern_of(pattern), &string)?;
    let len = u.len();
    let clamp = |v: isize| {
        if v < 0 {
            0
        } else if v as usize > len {
            len
        } else {
            v as usize
        }
    };
    let (pos, endpos) = (clamp(pos), clamp(endpos));
    let sc = PyScanner {
        pattern: pattern.clone(),
        string,
        pos,
        endpos,
        start: Cell::new(Some(pos)),
        must_advance: Cell::new(false),
        executing: Cell::new(false),
    };
    Ok(PyRef::new(sc, types().scanner.clone()))
}

/// One step: returns the match's data and where the next step starts.
fn step<C: Unit>(
    vm: &Vm,
    p: &PyPattern,
    s: &[C],
    sc: &PyScanner,
    start: usize,
    search: bool,
) -> Result<Option<super::matchobj::MatchData>, super::engine::SreError> {
    let mut st = State::new(vm, s, start, sc.endpos);
    st.must_advance = sc.must_advance.get();
    let found = if search {
        st.search(&p.code)?
    } else {
        st.pmatch(&p.code)?
    };
    if !found {
        sc.start.set(None);
        return Ok(None);
    }
    let d = match_data(&st, p.groups, sc.pos, sc.endpos);
    sc.must_advance.set(st.ptr == st.start);
    sc.start.set(Some(st.ptr));
    Ok(Some(d))
}

fn run(vm: &Vm, args: CallArgs<'_>, name: &str, search: bool) -> PyResult {
    let a = args.check_method(vm, name, 0, 0)?;
    let Some(sc) = a[0].downcast_ref::<PyScanner>() else {
        return Err(vm.new_type_error(format!(
            "descriptor '{name}' requires a '_sre.SRE_Scanner' object"
        )));
    };
    if sc.executing.get() {
        return Err(vm.new_value_error("regular expression scanner already executing"));
    }
    let Some(start) = sc.start.get() else {
        return Ok(vm.none.clone());
    };
    sc.executing.set(true);
    let p = pattern_of(&sc.pattern);
    let r = match prepare(vm, p, &sc.string) {
        Ok((u, _)) => {
            on_units!(u, s => step(vm, p, s, sc, start, search)).map_err(|e| engine_error(vm, e))
        }
        Err(e) => Err(e),
    };
    sc.executing.set(false);
    Ok(match r? {
        Some(d) => new_match(vm, sc.pattern.clone(), sc.string.clone(), d),
        None => vm.none.clone(),
    })
}

fn scanner_match(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    run(vm, args, "match", false)
}

fn scanner_search(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    run(vm, args, "search", true)
}

fn get_pattern(vm: &Vm, o: &PyRef) -> PyResult {
    match o.downcast_ref::<PyScanner>() {
        Some(sc) => Ok(sc.pattern.clone()),
        None => Ok(vm.none.clone()),
    }
}

/// Installs the scanner type's methods.
pub fn init_type(vm: &Vm, t: &PyRef) {
    add_methods(
        vm,
        t,
        &[
            MethodDef::new("match", scanner_match),
            MethodDef::new("search", scanner_search),
        ],
    );
    add_getsets(vm, t, &[GetSetDef::new("pattern", get_pattern)]);
}
