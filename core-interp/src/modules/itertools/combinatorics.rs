//! The combinatoric iterators of `itertools`: `product`, `permutations`,
//! `combinations` and `combinations_with_replacement`, with CPython's
//! index-advancing algorithms (so results come in the same order).

use super::{bind, iter_type, payload};
use crate::modules::ssize_arg;
use crate::objects::longobject::{as_int, int_to_i64, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::{new_tuple, tuple_items};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};

/// The state the four iterators share: pools (tuples), indices, whether the
/// first result was produced, and whether they are exhausted.
struct IndexState {
    indices: RefCell<Vec<usize>>,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

impl IndexState {
    fn new(indices: Vec<usize>, stopped: bool) -> IndexState {
        IndexState {
            indices: RefCell::new(indices),
            started: Cell::new(false),
            stopped: Cell::new(stopped),
        }
    }
}

fn tuple_of(vm: &Vm, iterable: &PyRef) -> PyResult {
    if iterable.class().is(&vm.types.tuple_type) {
        return Ok(iterable.clone());
    }
    Ok(new_tuple(vm, vm.collect(iterable)?))
}

fn items(t: &PyRef) -> &[PyRef] {
    tuple_items(t).expect("pools are tuples")
}

fn indices_tuple(vm: &Vm, v: &[usize]) -> PyRef {
    new_tuple(vm, v.iter().map(|&i| new_int(vm, i as i64)).collect())
}

/// `itertools.product(*iterables, repeat=1)`.
pub struct Product {
    pools: Vec<PyRef>,
    st: IndexState,
}

impl PyPayload for Product {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        self.pools.iter().for_each(visit);
    }
}

fn product_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let mut repeat = 1isize;
    for (k, v) in args.kwargs() {
        let key = vm.str_string(k)?;
        if key != "repeat" {
            return Err(vm.new_type_error(format!(
                "'{key}' is an invalid keyword argument for product()"
            )));
        }
        repeat = ssize_arg(vm, v)?;
        if repeat < 0 {
            return Err(vm.new_value_error("repeat argument cannot be negative"));
        }
    }
    let args_pos = args.positional();
    let nargs = if repeat == 0 { 0 } else { args_pos.len() };
    if nargs > 0 && nargs > (isize::MAX as usize) / 8 / repeat as usize {
        return Err(vm.new_overflow_error("repeat argument too large"));
    }
    let npools = nargs * repeat as usize;
    if npools > 1 << 28 {
        return Err(vm.new_memory_error());
    }
    let mut base = Vec::with_capacity(nargs);
    for a in &args_pos[..nargs] {
        base.push(tuple_of(vm, a)?);
    }
    let mut pools = Vec::with_capacity(npools);
    for _ in 0..(if nargs == 0 { 0 } else { repeat }) {
        pools.extend(base.iter().cloned());
    }
    let n = pools.len();
    Ok(PyRef::new(
        Product {
            pools,
            st: IndexState::new(vec![0; n], false),
        },
        cls.clone(),
    ))
}

fn product_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let p = payload::<Product>(o);
    if p.st.stopped.get() {
        return Ok(None);
    }
    let mut idx = p.st.indices.borrow_mut();
    if !p.st.started.get() {
        p.st.started.set(true);
        if p.pools.iter().any(|pool| items(pool).is_empty()) {
            p.st.stopped.set(true);
            return Ok(None);
        }
    } else {
        let mut i = p.pools.len();
        loop {
            if i == 0 {
                p.st.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            idx[i] += 1;
            if idx[i] == items(&p.pools[i]).len() {
                idx[i] = 0;
            } else {
                break;
            }
        }
    }
    let out = p
        .pools
        .iter()
        .zip(idx.iter())
        .map(|(pool, &i)| items(pool)[i].clone())
        .collect();
    Ok(Some(new_tuple(vm, out)))
}

fn product_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "product.__reduce__", 0, 0)?;
    let p = payload::<Product>(&a[0]);
    let ty = a[0].class().clone();
    if p.st.stopped.get() {
        return Ok(new_tuple(
            vm,
            vec![ty, new_tuple(vm, vec![vm.empty_tuple.clone()])],
        ));
    }
    let pools = new_tuple(vm, p.pools.clone());
    if !p.st.started.get() {
        return Ok(new_tuple(vm, vec![ty, pools]));
    }
    Ok(new_tuple(
        vm,
        vec![ty, pools, indices_tuple(vm, &p.st.indices.borrow())],
    ))
}

/// Restores `indices` from a state tuple, clamping each to `0..=limit(i)`.
fn set_indices(
    vm: &Vm,
    st: &IndexState,
    state: &PyRef,
    n: usize,
    limit: impl Fn(usize) -> usize,
) -> PyResult<()> {
    let Some(items) = tuple_items(state).filter(|t| t.len() == n) else {
        return Err(vm.new_value_error("invalid arguments"));
    };
    let mut idx = st.indices.borrow_mut();
    for (i, v) in items.iter().enumerate() {
        let x = ssize_arg(vm, v)?.max(0) as usize;
        idx[i] = x.min(limit(i));
    }
    st.started.set(true);
    Ok(())
}

fn product_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "product.__setstate__", 1, 1)?;
    let p = payload::<Product>(&a[0]);
    for pool in &p.pools {
        if items(pool).is_empty() {
            p.st.stopped.set(true);
            return Ok(vm.none.clone());
        }
    }
    set_indices(vm, &p.st, &a[1], p.pools.len(), |i| {
        items(&p.pools[i]).len() - 1
    })?;
    Ok(vm.none.clone())
}

/// `combinations` and `combinations_with_replacement`: one pool and `r`.
pub struct Combinations {
    pool: PyRef,
    r: usize,
    st: IndexState,
}

impl PyPayload for Combinations {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.pool);
    }
}

static COMBINATIONS_SIG: Signature = Signature {
    name: "combinations",
    params: &["iterable", "r"],
    posonly: 0,
    positional: 2,
    required: 2,
};
static CWR_SIG: Signature = Signature {
    name: "combinations_with_replacement",
    params: &["iterable", "r"],
    posonly: 0,
    positional: 2,
    required: 2,
};

fn pool_and_r(vm: &Vm, sig: &Signature, args: CallArgs<'_>) -> PyResult<(PyRef, usize)> {
    let a = bind(sig, vm, args)?;
    let pool = tuple_of(vm, a[0].as_ref().unwrap())?;
    let r = ssize_arg(vm, a[1].as_ref().unwrap())?;
    if r < 0 {
        return Err(vm.new_value_error("r must be non-negative"));
    }
    Ok((pool, r as usize))
}

fn combinations_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let (pool, r) = pool_and_r(vm, &COMBINATIONS_SIG, args)?;
    let n = items(&pool).len();
    Ok(PyRef::new(
        Combinations {
            pool,
            r,
            st: IndexState::new((0..r).collect(), r > n),
        },
        cls.clone(),
    ))
}

fn cwr_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let (pool, r) = pool_and_r(vm, &CWR_SIG, args)?;
    let n = items(&pool).len();
    Ok(PyRef::new(
        Combinations {
            pool,
            r,
            st: IndexState::new(vec![0; r], n == 0 && r > 0),
        },
        cls.clone(),
    ))
}

fn pick(vm: &Vm, pool: &PyRef, idx: &[usize]) -> PyRef {
    let p = items(pool);
    new_tuple(vm, idx.iter().map(|&i| p[i].clone()).collect())
}

fn combinations_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let c = payload::<Combinations>(o);
    if c.st.stopped.get() {
        return Ok(None);
    }
    let mut idx = c.st.indices.borrow_mut();
    let (n, r) = (items(&c.pool).len(), c.r);
    if !c.st.started.get() {
        c.st.started.set(true);
    } else {
        let mut i = r;
        loop {
            if i == 0 {
                c.st.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            if idx[i] != i + n - r {
                break;
            }
        }
        idx[i] += 1;
        for j in i + 1..r {
            idx[j] = idx[j - 1] + 1;
        }
    }
    Ok(Some(pick(vm, &c.pool, &idx)))
}

fn cwr_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let c = payload::<Combinations>(o);
    if c.st.stopped.get() {
        return Ok(None);
    }
    let mut idx = c.st.indices.borrow_mut();
    let (n, r) = (items(&c.pool).len(), c.r);
    if !c.st.started.get() {
        c.st.started.set(true);
    } else {
        let mut i = r;
        loop {
            if i == 0 {
                c.st.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            if idx[i] != n - 1 {
                break;
            }
        }
        let v = idx[i] + 1;
        for x in idx[i..r].iter_mut() {
            *x = v;
        }
    }
    Ok(Some(pick(vm, &c.pool, &idx)))
}

fn combinations_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    let c = payload::<Combinations>(&a[0]);
    let ty = a[0].class().clone();
    let r = new_int(vm, c.r as i64);
    if !c.st.started.get() {
        return Ok(new_tuple(
            vm,
            vec![ty, new_tuple(vm, vec![c.pool.clone(), r])],
        ));
    }
    if c.st.stopped.get() {
        return Ok(new_tuple(
            vm,
            vec![ty, new_tuple(vm, vec![vm.empty_tuple.clone(), r])],
        ));
    }
    Ok(new_tuple(
        vm,
        vec![
            ty,
            new_tuple(vm, vec![c.pool.clone(), r]),
            indices_tuple(vm, &c.st.indices.borrow()),
        ],
    ))
}

fn combinations_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "combinations.__setstate__", 1, 1)?;
    let c = payload::<Combinations>(&a[0]);
    let (n, r) = (items(&c.pool).len(), c.r);
    set_indices(vm, &c.st, &a[1], r, |i| i + n - r)?;
    Ok(vm.none.clone())
}

fn cwr_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "combinations_with_replacement.__setstate__", 1, 1)?;
    let c = payload::<Combinations>(&a[0]);
    let n = items(&c.pool).len();
    set_indices(vm, &c.st, &a[1], c.r, |_| n.saturating_sub(1))?;
    Ok(vm.none.clone())
}

/// `itertools.permutations(iterable, r=None)`.
pub struct Permutations {
    pool: PyRef,
    r: usize,
    st: IndexState,
    cycles: RefCell<Vec<usize>>,
}

impl PyPayload for Permutations {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.pool);
    }
}

static PERMUTATIONS_SIG: Signature = Signature {
    name: "permutations",
    params: &["iterable", "r"],
    posonly: 0,
    positional: 2,
    required: 1,
};

fn permutations_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = bind(&PERMUTATIONS_SIG, vm, args)?;
    let pool = tuple_of(vm, a[0].as_ref().unwrap())?;
    let n = items(&pool).len();
    let r = match a[1].as_ref().filter(|r| !vm.is_none(r)) {
        None => n,
        Some(r) => {
            if as_int(r).is_none() {
                return Err(vm.new_type_error("Expected int as r"));
            }
            let v = int_to_i64(r).ok_or_else(|| {
                vm.new_overflow_error("Python int too large to convert to C ssize_t")
            })?;
            if v < 0 {
                return Err(vm.new_value_error("r must be non-negative"));
            }
            v as usize
        }
    };
    let cycles = (0..r.min(n)).map(|i| n - i).collect();
    Ok(PyRef::new(
        Permutations {
            pool,
            r,
            st: IndexState::new((0..n).collect(), r > n),
            cycles: RefCell::new(cycles),
        },
        cls.clone(),
    ))
}

fn permutations_next(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    let p = payload::<Permutations>(o);
    if p.st.stopped.get() {
        return Ok(None);
    }
    let mut idx = p.st.indices.borrow_mut();
    let mut cycles = p.cycles.borrow_mut();
    let (n, r) = (items(&p.pool).len(), p.r);
    if !p.st.started.get() {
        p.st.started.set(true);
    } else {
        if n == 0 {
            p.st.stopped.set(true);
            return Ok(None);
        }
        let mut i = r;
        loop {
            if i == 0 {
                p.st.stopped.set(true);
                return Ok(None);
            }
            i -= 1;
            cycles[i] -= 1;
            if cycles[i] == 0 {
                let index = idx[i];
                idx.copy_within(i + 1..n, i);
                idx[n - 1] = index;
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                idx.swap(i, n - j);
                break;
            }
        }
    }
    Ok(Some(pick(vm, &p.pool, &idx[..r])))
}

fn permutations_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "permutations.__reduce__", 0, 0)?;
    let p = payload::<Permutations>(&a[0]);
    let ty = a[0].class().clone();
    let r = new_int(vm, p.r as i64);
    if !p.st.started.get() {
        return Ok(new_tuple(
            vm,
            vec![ty, new_tuple(vm, vec![p.pool.clone(), r])],
        ));
    }
    if p.st.stopped.get() {
        return Ok(new_tuple(
            vm,
            vec![ty, new_tuple(vm, vec![vm.empty_tuple.clone(), r])],
        ));
    }
    let state = new_tuple(
        vm,
        vec![
            indices_tuple(vm, &p.st.indices.borrow()),
            indices_tuple(vm, &p.cycles.borrow()),
        ],
    );
    Ok(new_tuple(
        vm,
        vec![ty, new_tuple(vm, vec![p.pool.clone(), r]), state],
    ))
}

fn permutations_setstate(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "permutations.__setstate__", 1, 1)?;
    let p = payload::<Permutations>(&a[0]);
    let (n, r) = (items(&p.pool).len(), p.r);
    let Some(st) = tuple_items(&a[1]).filter(|t| t.len() == 2) else {
        return Err(vm.new_value_error("invalid arguments"));
    };
    set_indices(vm, &p.st, &st[0], n, |_| n.saturating_sub(1))?;
    let Some(cyc) = tuple_items(&st[1]).filter(|t| t.len() == r) else {
        return Err(vm.new_value_error("invalid arguments"));
    };
    let mut cycles = p.cycles.borrow_mut();
    for (i, c) in cyc.iter().enumerate() {
        cycles[i] = (ssize_arg(vm, c)?.max(1) as usize).min(n - i);
    }
    Ok(vm.none.clone())
}

/// Creates the combinatoric types.
pub fn make_types(vm: &Vm, all: &mut Vec<(&'static str, PyRef)>) {
    let comb_methods = [
        MethodDef::new("__reduce__", combinations_reduce),
        MethodDef::new("__setstate__", combinations_setstate),
    ];
    let cwr_methods = [
        MethodDef::new("__reduce__", combinations_reduce),
        MethodDef::new("__setstate__", cwr_setstate),
    ];
    all.extend([
        (
            "combinations",
            iter_type(
                vm,
                "combinations",
                combinations_new,
                combinations_next,
                true,
                &comb_methods,
                &[],
            ),
        ),
        (
            "combinations_with_replacement",
            iter_type(
                vm,
                "combinations_with_replacement",
                cwr_new,
                cwr_next,
                true,
                &cwr_methods,
                &[],
            ),
        ),
        (
            "permutations",
            iter_type(
                vm,
                "permutations",
                permutations_new,
                permutations_next,
                true,
                &[
                    MethodDef::new("__reduce__", permutations_reduce),
                    MethodDef::new("__setstate__", permutations_setstate),
                ],
                &[],
            ),
        ),
        (
            "product",
            iter_type(
                vm,
                "product",
                product_new,
                product_next,
                true,
                &[
                    MethodDef::new("__reduce__", product_reduce),
                    MethodDef::new("__setstate__", product_setstate),
                ],
                &[],
            ),
        ),
    ]);
}
