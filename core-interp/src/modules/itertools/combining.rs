//! The iterators of `itertools` that combine or split streams: `chain`,
//! `pairwise`, `zip_longest`, `groupby` (with `_grouper`) and `tee` (with
//! `_tee` and its shared buffer `_tee_dataobject`).

use super::{bind, iter_type, payload, state_tuple, types};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{as_type, finish_builtin_type, new_builtin_type};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};

/// `itertools.chain(*iterables)`: `source` yields the iterables, `active` is the current iterator.
pub struct Chain {
    source: RefCell<Option<PyRef>>,
    active: RefCell<Option<PyRef>>,
}

impl PyPayload for Chain {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(s) = self.source.borrow().as_ref() {
            visit(s);
        }
        if let Some(a) = self.active.borrow().as_ref() {
            visit(a);
        }
    }
}

fn chain_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    args.no_kwargs(vm, "chain")?;
    let src = new_tuple(vm, args.positional().to_vec());
    let source = vm.get_iter(&src)?;
    Ok(PyRef::new(
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
        cls.clone(),
    ))
}

fn chain_from_iterable(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "chain.from_iterable", 1, 1)?;
    let source = vm.get_iter(&a[1])?;
    Ok(PyRef::new(
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
        a[0].clone(),
    ))
}

fn chain_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let c = payload::<Chain>(o);
    loop {
        let Some(source) = c.source.borrow().clone() else {
            return Ok(None);
        };
        let active = c.active.borrow().clone();
        let active = match active {
            Some(a) => a,
            None => {
                let next = vm.next(&source);
                let Some(iterable) = next.inspect_err(|_| {
                    c.source.borrow_mut().take();
                })?
                else {
                    c.source.borrow_mut().take();
                    return Ok(None);
                };
                let a = vm.get_iter(&iterable).inspect_err(|_| {
                    c.source.borrow_mut().take();
                })?;
                *c.active.borrow_mut() = Some(a.clone());
                a
            }
        };
        if let Some(v) = vm.next(&active)? {
            return Ok(Some(v));
        }
        c.active.borrow_mut().take();
    }
}

fn chain_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "chain.__reduce__", 0, 0)?;
    let c = payload::<Chain>(&a[0]);
    let ty = a[0].class().clone();
    let empty = vm.empty_tuple.clone();
    Ok(
        match (c.source.borrow().clone(), c.active.borrow().clone()) {
            (Some(s), Some(act)) => new_tuple(vm, vec![ty, empty, new_tuple(vm, vec![s, act])]),
            (Some(s), None) => new_tuple(vm, vec![ty, empty, new_tuple(vm, vec![s])]),
            (None, _) => new_tuple(vm, vec![ty, empty]),
        },
    )
}

fn is_iterator(o: &PyRef) -> bool {
    as_type(o.class()).slots.iternext.get().is_some()
}

fn chain_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "chain.__setstate__", 1, 1)?;
    let st = state_tuple(vm, &a[1])?;
    match st.len() {
        0 => return Err(vm.new_type_error("function takes at least 1 argument (0 given)")),
        1 | 2 => {}
        n => return Err(vm.new_type_error(format!("chain expected at most 2 arguments, got {n}"))),
    }
    if !is_iterator(&st[0]) || st.get(1).is_some_and(|x| !is_iterator(x)) {
        return Err(vm.new_type_error("Arguments must be iterators."));
    }
    let c = payload::<Chain>(&a[0]);
    *c.source.borrow_mut() = Some(st[0].clone());
    *c.active.borrow_mut() = st.get(1).cloned();
    Ok(vm.none.clone())
}

/// `itertools.pairwise(iterable)`.
pub struct Pairwise {
    it: RefCell<Option<PyRef>>,
    old: RefCell<Option<PyRef>>,
}

impl PyPayload for Pairwise {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        if let Some(i) = self.it.borrow().as_ref() {
            visit(i);
        }
        if let Some(i) = self.old.borrow().as_ref() {
            visit(i);
        }
    }
}

fn pairwise_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::check_args(vm, "pairwise", args, 1, 1)?;
    let it = vm.get_iter(&a[0])?;
    Ok(PyRef::new(
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
        cls.clone(),
    ))
}

fn pairwise_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let p = payload::<Pairwise>(o);
    let Some(it) = p.it.borrow().clone() else {
        return Ok(None);
    };
    let old = p.old.borrow().clone();
    let old = match old {
        Some(o) => o,
        None => match vm.next(&it)? {
            Some(v) => {
                *p.old.borrow_mut() = Some(v.clone());
                v
            }
            None => {
                p.it.borrow_mut().take();
                return Ok(None);
            }
        },
    };
    match vm.next(&it)? {
        Some(new) => {
            *p.old.borrow_mut() = Some(new.clone());
            Ok(Some(new_tuple(vm, vec![old, new])))
        }
        None => {
            p.it.borrow_mut().take();
            p.old.borrow_mut().take();
            Ok(None)
        }
    }
}

/// `itertools.zip_longest(*iterables, fillvalue=None)`; exhausted inputs become `None`.
pub struct ZipLongest {
    its: RefCell<Vec<Option<PyRef>>>,
    active: Cell<usize>,
    fill: RefCell<PyRef>,
}

impl PyPayload for ZipLongest {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.fill.borrow());
        if let Ok(its) = self.its.try_borrow() {
            its.iter().flatten().for_each(visit);
        }
    }
}

fn zip_longest_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let mut fill = vm.none.clone();
    for (k, v) in args.kwargs() {
        if vm.str_string(k)? != "fillvalue" || args.kwnames.len() > 1 {
            return Err(vm.new_type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = v.clone();
    }
    let its = args
        .positional()
        .iter()
        .map(|x| vm.get_iter(x).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    let n = its.len();
    Ok(PyRef::new(
        ZipLongest {
            its: RefCell::new(its),
            active: Cell::new(n),
            fill: RefCell::new(fill),
        },
        cls.clone(),
    ))
}

fn zip_longest_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let z = payload::<ZipLongest>(o);
    let n = z.its.borrow().len();
    if n == 0 || z.active.get() == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let it = z.its.borrow()[i].clone();
        let v = match it {
            None => z.fill.borrow().clone(),
            Some(it) => match vm.next(&it) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    z.active.set(z.active.get() - 1);
                    if z.active.get() == 0 {
                        return Ok(None);
                    }
                    z.its.borrow_mut()[i] = None;
                    z.fill.borrow().clone()
                }
                Err(e) => {
                    z.active.set(0);
                    return Err(e);
                }
            },
        };
        out.push(v);
    }
    Ok(Some(new_tuple(vm, out)))
}

fn zip_longest_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "zip_longest.__reduce__", 0, 0)?;
    let z = payload::<ZipLongest>(&a[0]);
    let mut its = Vec::new();
    for it in z.its.borrow().iter() {
        its.push(match it {
            Some(i) => i.clone(),
            None => vm.get_iter(&vm.empty_tuple)?,
        });
    }
    Ok(new_tuple(
        vm,
        vec![
            a[0].class().clone(),
            new_tuple(vm, its),
            z.fill.borrow().clone(),
        ],
    ))
}

fn zip_longest_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "zip_longest.__setstate__", 1, 1)?;
    *payload::<ZipLongest>(&a[0]).fill.borrow_mut() = a[1].clone();
    Ok(vm.none.clone())
}

/// `itertools.groupby(iterable, key=None)`: the current key/value and target key
/// (`None` = not yet read), and the id of the grouper that may still advance.
pub struct GroupBy {
    it: PyRef,
    keyfunc: Option<PyRef>,
    tgtkey: RefCell<Option<PyRef>>,
    currkey: RefCell<Option<PyRef>>,
    currvalue: RefCell<Option<PyRef>>,
    currgrouper: Cell<usize>,
}

impl PyPayload for GroupBy {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.it);
        for r in [&self.tgtkey, &self.currkey, &self.currvalue] {
            if let Some(v) = r.borrow().as_ref() {
                visit(v);
            }
        }
        if let Some(k) = &self.keyfunc {
            visit(k);
        }
    }
}

static GROUPBY_SIG: Signature = Signature {
    name: "groupby",
    params: &["iterable", "key"],
    posonly: 0,
    positional: 2,
    required: 1,
};

fn groupby_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = bind(&GROUPBY_SIG, vm, args)?;
    let it = vm.get_iter(a[0].as_ref().unwrap())?;
    let keyfunc = a[1].clone().filter(|k| !vm.is_none(k));
    Ok(PyRef::new(
        GroupBy {
            it,
            keyfunc,
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
            currgrouper: Cell::new(0),
        },
        cls.clone(),
    ))
}

/// Reads the next value and its key; `Ok(false)` when the input is exhausted.
fn groupby_step(vm: &Vm, g: &GroupBy) -> PyResult<bool> {
    let Some(v) = vm.next(&g.it)? else {
        return Ok(false);
    };
    let key = match &g.keyfunc {
        Some(f) => vm.call_positional(f, std::slice::from_ref(&v))?,
        None => v.clone(),
    };
    *g.currvalue.borrow_mut() = Some(v);
    *g.currkey.borrow_mut() = Some(key);
    Ok(true)
}

fn groupby_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let g = payload::<GroupBy>(o);
    g.currgrouper.set(0);
    loop {
        let curr = g.currkey.borrow().clone();
        if let Some(ck) = curr {
            let tgt = g.tgtkey.borrow().clone();
            match tgt {
                None => break,
                Some(tk) => {
                    if !vm.eq(&tk, &ck)? {
                        break;
                    }
                }
            }
        }
        if !groupby_step(vm, g)? {
            return Ok(None);
        }
    }
    let key = g
        .currkey
        .borrow()
        .clone()
        .expect("groupby has a current key");
    *g.tgtkey.borrow_mut() = Some(key.clone());
    let grouper = PyRef::new(
        Grouper {
            parent: o.clone(),
            tgtkey: key.clone(),
        },
        types().grouper.clone(),
    );
    g.currgrouper.set(grouper.id());
    Ok(Some(new_tuple(vm, vec![key, grouper])))
}

fn groupby_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "groupby.__reduce__", 0, 0)?;
    let g = payload::<GroupBy>(&a[0]);
    let kf = g.keyfunc.clone().unwrap_or_else(|| vm.none.clone());
    let ty = a[0].class().clone();
    let base = new_tuple(vm, vec![g.it.clone(), kf]);
    let (t, c, v) = (
        g.tgtkey.borrow().clone(),
        g.currkey.borrow().clone(),
        g.currvalue.borrow().clone(),
    );
    Ok(match (t, c, v) {
        (Some(t), Some(c), Some(v)) => new_tuple(vm, vec![ty, base, new_tuple(vm, vec![c, v, t])]),
        _ => new_tuple(vm, vec![ty, base]),
    })
}

fn groupby_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "groupby.__setstate__", 1, 1)?;
    let st = state_tuple(vm, &a[1])?;
    if st.len() != 3 {
        return Err(vm.new_type_error(format!(
            "function takes exactly 3 arguments ({} given)",
            st.len()
        )));
    }
    let g = payload::<GroupBy>(&a[0]);
    *g.currkey.borrow_mut() = Some(st[0].clone());
    *g.currvalue.borrow_mut() = Some(st[1].clone());
    *g.tgtkey.borrow_mut() = Some(st[2].clone());
    Ok(vm.none.clone())
}

/// `itertools._grouper`: one group of a `groupby`.
pub struct Grouper {
    parent: PyRef,
    tgtkey: PyRef,
}

impl PyPayload for Grouper {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.parent);
        visit(&self.tgtkey);
    }
}

fn grouper_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::check_args(vm, "_grouper", args, 2, 2)?;
    if a[0].downcast_ref::<GroupBy>().is_none() {
        return Err(vm.new_type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            crate::objects::typeobject::class_name(&a[0])
        )));
    }
    let grouper = PyRef::new(
        Grouper {
            parent: a[0].clone(),
            tgtkey: a[1].clone(),
        },
        cls.clone(),
    );
    payload::<GroupBy>(&a[0]).currgrouper.set(grouper.id());
    Ok(grouper)
}

fn grouper_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let gr = payload::<Grouper>(o);
    let g = payload::<GroupBy>(&gr.parent);
    if g.currgrouper.get() != o.id() {
        return Ok(None);
    }
    if g.currvalue.borrow().is_none() && !groupby_step(vm, g)? {
        return Ok(None);
    }
    let ck = g
        .currkey
        .borrow()
        .clone()
        .expect("groupby has a current key");
    if !vm.eq(&gr.tgtkey, &ck)? {
        return Ok(None);
    }
    let v = g.currvalue.borrow_mut().take();
    g.currkey.borrow_mut().take();
    Ok(v)
}

fn grouper_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_grouper.__reduce__", 0, 0)?;
    let gr = payload::<Grouper>(&a[0]);
    if payload::<GroupBy>(&gr.parent).currgrouper.get() != a[0].id() {
        let iter_fn = crate::modules::builtin_attr(vm, "iter")?;
        return Ok(new_tuple(
            vm,
            vec![iter_fn, new_tuple(vm, vec![vm.empty_tuple.clone()])],
        ));
    }
    Ok(new_tuple(
        vm,
        vec![
            a[0].class().clone(),
            new_tuple(vm, vec![gr.parent.clone(), gr.tgtkey.clone()]),
        ],
    ))
}

/// Items one `_tee_dataobject` holds before linking to the next.
const LINKCELLS: usize = 57;

/// `itertools._tee_dataobject`: a chunk of the values read from the shared
/// iterator, linked to the next chunk.
pub struct TeeData {
    it: PyRef,
    values: RefCell<Vec<PyRef>>,
    next: RefCell<Option<PyRef>>,
    running: Cell<bool>,
}

impl PyPayload for TeeData {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.it);
        if let Ok(v) = self.values.try_borrow() {
            v.iter().for_each(&mut *visit);
        }
        if let Some(n) = self.next.borrow().as_ref() {
            visit(n);
        }
    }
}

fn new_tee_data(it: PyRef) -> PyRef {
    PyRef::new(
        TeeData {
            it,
            values: RefCell::new(Vec::new()),
            next: RefCell::new(None),
            running: Cell::new(false),
        },
        types().tee_data.clone(),
    )
}

fn tee_data_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::check_args(vm, "teedataobject", args, 3, 3)?;
    let values = crate::objects::listobject::as_list(&a[1]).ok_or_else(|| {
        vm.new_type_error(format!(
            "teedataobject() argument 2 must be list, not {}",
            crate::objects::typeobject::class_name(&a[1])
        ))
    })?;
    let items = values.items.borrow().clone();
    if items.len() > LINKCELLS {
        return Err(vm.new_value_error("_tee_dataobject: too many values"));
    }
    let d = new_tee_data(a[0].clone());
    let td = payload::<TeeData>(&d);
    let full = items.len() == LINKCELLS;
    *td.values.borrow_mut() = items;
    if !vm.is_none(&a[2]) {
        if a[2].downcast_ref::<TeeData>().is_none() {
            return Err(vm.new_value_error("_tee_dataobject next link must be a _tee_dataobject"));
        }
        if !full {
            return Err(
                vm.new_value_error("_tee_dataobject should not have a next link unless full")
            );
        }
        *td.next.borrow_mut() = Some(a[2].clone());
    }
    Ok(d)
}

fn tee_data_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_tee_dataobject.__reduce__", 0, 0)?;
    let td = payload::<TeeData>(&a[0]);
    let values = crate::objects::listobject::new_list(vm, td.values.borrow().clone());
    let next = td.next.borrow().clone().unwrap_or_else(|| vm.none.clone());
    Ok(new_tuple(
        vm,
        vec![
            a[0].class().clone(),
            new_tuple(vm, vec![td.it.clone(), values, next]),
        ],
    ))
}

/// `itertools._tee`: a position in a chain of `_tee_dataobject`s.
pub struct Tee {
    data: RefCell<PyRef>,
    index: Cell<usize>,
}

impl PyPayload for Tee {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.data.borrow());
    }
}

fn tee_from_iterable(vm: &Vm, iterable: &PyRef) -> PyResult {
    let it = vm.get_iter(iterable)?;
    if it.downcast_ref::<Tee>().is_some() {
        return tee_copy_of(&it);
    }
    Ok(PyRef::new(
        Tee {
            data: RefCell::new(new_tee_data(it)),
            index: Cell::new(0),
        },
        types().tee.clone(),
    ))
}

fn tee_copy_of(o: &PyRef) -> PyResult {
    let t = payload::<Tee>(o);
    Ok(PyRef::new(
        Tee {
            data: RefCell::new(t.data.borrow().clone()),
            index: Cell::new(t.index.get()),
        },
        types().tee.clone(),
    ))
}

fn tee_new(vm: &Vm, _cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = crate::modules::check_args(vm, "_tee", args, 1, 1)?;
    tee_from_iterable(vm, &a[0])
}

fn tee_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let t = payload::<Tee>(o);
    if t.index.get() >= LINKCELLS {
        let data = t.data.borrow().clone();
        let td = payload::<TeeData>(&data);
        let next = td.next.borrow().clone();
        let next = match next {
            Some(n) => n,
            None => {
                let n = new_tee_data(td.it.clone());
                *td.next.borrow_mut() = Some(n.clone());
                n
            }
        };
        *t.data.borrow_mut() = next;
        t.index.set(0);
    }
    let data = t.data.borrow().clone();
    let td = payload::<TeeData>(&data);
    let i = t.index.get();
    let have = td.values.borrow().get(i).cloned();
    let v = match have {
        Some(v) => v,
        None => {
            if td.running.get() {
                return Err(vm.new_runtime_error("cannot re-enter the tee iterator"));
            }
            td.running.set(true);
            let r = vm.next(&td.it);
            td.running.set(false);
            let Some(v) = r? else { return Ok(None) };
            td.values.borrow_mut().push(v.clone());
            v
        }
    };
    t.index.set(i + 1);
    Ok(Some(v))
}

fn tee_copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_tee.__copy__", 0, 0)?;
    tee_copy_of(&a[0])
}

fn tee_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_tee.__reduce__", 0, 0)?;
    let t = payload::<Tee>(&a[0]);
    let inner = new_tuple(vm, vec![vm.empty_tuple.clone()]);
    let state = new_tuple(
        vm,
        vec![
            t.data.borrow().clone(),
            crate::objects::longobject::new_int(vm, t.index.get() as i64),
        ],
    );
    Ok(new_tuple(vm, vec![a[0].class().clone(), inner, state]))
}

fn tee_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "_tee.__setstate__", 1, 1)?;
    let st = state_tuple(vm, &a[1])?;
    if st.len() != 2 || st[0].downcast_ref::<TeeData>().is_none() {
        return Err(vm.new_type_error("state is not a (teedataobject, index) tuple"));
    }
    let i = crate::modules::int_arg(vm, &st[1])?;
    if i < 0 || i as usize > LINKCELLS {
        return Err(vm.new_value_error("Index out of range"));
    }
    let t = payload::<Tee>(&a[0]);
    *t.data.borrow_mut() = st[0].clone();
    t.index.set(i as usize);
    Ok(vm.none.clone())
}

/// `itertools.tee(iterable, n=2, /)`.
pub fn tee(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.new_type_error("itertools.tee() takes no keyword arguments"));
    }
    let a = crate::modules::check_args(vm, "tee", args, 1, 2)?;
    let n = match a.get(1) {
        Some(n) => crate::modules::ssize_arg(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.new_value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.empty_tuple.clone());
    }
    let it = vm.get_iter(&a[0])?;
    let (first, copy) = match vm.getattr_opt(&it, &vm.intern("__copy__"))? {
        Some(c) => (it, c),
        None => {
            let t = tee_from_iterable(vm, &it)?;
            let c = vm.getattr_str(&t, "__copy__")?;
            (t, c)
        }
    };
    let mut out = Vec::with_capacity(n as usize);
    out.push(first);
    for _ in 1..n {
        out.push(vm.call_positional(&copy, &[])?);
    }
    Ok(new_tuple(vm, out))
}

/// The types `combining.rs` makes that the module needs by name.
pub struct Made {
    pub tee: PyRef,
    pub tee_data: PyRef,
    pub grouper: PyRef,
    pub chain: PyRef,
}

/// Creates chain, pairwise, zip_longest, groupby and the tee types.
pub fn make_types(vm: &Vm, all: &mut Vec<(&'static str, PyRef)>) -> Made {
    let chain = iter_type(
        vm,
        "chain",
        chain_new,
        chain_next,
        true,
        &[
            MethodDef::class("from_iterable", chain_from_iterable),
            MethodDef::new("__reduce__", chain_reduce),
            MethodDef::new("__setstate__", chain_setstate),
        ],
        &[],
    );
    let groupby = iter_type(
        vm,
        "groupby",
        groupby_new,
        groupby_next,
        true,
        &[
            MethodDef::new("__reduce__", groupby_reduce),
            MethodDef::new("__setstate__", groupby_setstate),
        ],
        &[],
    );
    let grouper = iter_type(
        vm,
        "_grouper",
        grouper_new,
        grouper_next,
        false,
        &[MethodDef::new("__reduce__", grouper_reduce)],
        &[],
    );
    let tee_t = iter_type(
        vm,
        "_tee",
        tee_new,
        tee_next,
        false,
        &[
            MethodDef::new("__copy__", tee_copy),
            MethodDef::new("__reduce__", tee_reduce),
            MethodDef::new("__setstate__", tee_setstate),
        ],
        &[],
    );
    let tee_data = new_builtin_type(
        vm,
        "itertools._tee_dataobject",
        &vm.types.object_type,
        0,
        None,
    );
    as_type(&tee_data).slots.new.set(Some(tee_data_new));
    finish_builtin_type(
        vm,
        &tee_data,
        &[MethodDef::new("__reduce__", tee_data_reduce)],
        &[],
    );
    all.extend([
        ("chain", chain.clone()),
        ("groupby", groupby),
        (
            "pairwise",
            iter_type(vm, "pairwise", pairwise_new, pairwise_next, true, &[], &[]),
        ),
        (
            "zip_longest",
            iter_type(
                vm,
                "zip_longest",
                zip_longest_new,
                zip_longest_next,
                true,
                &[
                    MethodDef::new("__reduce__", zip_longest_reduce),
                    MethodDef::new("__setstate__", zip_longest_setstate),
                ],
                &[],
            ),
        ),
    ]);
    Made {
        tee: tee_t,
        tee_data,
        grouper,
        chain,
    }
}
