//! `functools._lru_cache_wrapper`: the cache behind `functools.lru_cache`,
//! with CPython's three strategies (no cache for maxsize 0, unbounded for
//! None, least-recently-used eviction otherwise), its key layout (the
//! `kwd_mark` separator, types when `typed`) and keys hashed once.

use super::{is_callable, types};
use crate::objects::dictobject::{as_dict, PyDict};
use crate::objects::longobject::{int_to_i64, new_int};
use crate::objects::methodobject::MethodDef;
use crate::objects::object::{PyPayload, PyRef};
use crate::objects::tupleobject::new_tuple;
use crate::objects::typeobject::{as_type, finish_builtin_type, new_builtin_type, tpflags};
use crate::vm::{CallArgs, PyResult, Signature, Vm};
use std::cell::{Cell, RefCell};

/// How results are kept.
#[derive(Clone, Copy, PartialEq)]
enum Strategy {
    /// maxsize 0: every call is a miss.
    Uncached,
    /// maxsize None: results are never evicted.
    Unbounded,
    /// maxsize n > 0: the least recently used result goes first.
    Bounded(usize),
}

/// One cached call in the bounded strategy's recency list.
struct Link {
    key: Option<PyRef>,
    hash: isize,
    result: Option<PyRef>,
    prev: usize,
    next: usize,
}

/// The recency list of the bounded strategy: a circular doubly linked list
/// over a slab whose entry 0 is the root (oldest after it, newest before it).
#[derive(Default)]
struct Links {
    slab: Vec<Link>,
    free: Vec<usize>,
}

impl Links {
    fn new() -> Links {
        Links {
            slab: vec![Link {
                key: None,
                hash: 0,
                result: None,
                prev: 0,
                next: 0,
            }],
            free: Vec::new(),
        }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.slab[i].prev, self.slab[i].next);
        self.slab[p].next = n;
        self.slab[n].prev = p;
    }

    /// Puts link `i` at the newest end.
    fn append(&mut self, i: usize) {
        let last = self.slab[0].prev;
        self.slab[i].prev = last;
        self.slab[i].next = 0;
        self.slab[last].next = i;
        self.slab[0].prev = i;
    }

    fn alloc(&mut self, key: PyRef, hash: isize, result: PyRef) -> usize {
        let link = Link {
            key: Some(key),
            hash,
            result: Some(result),
            prev: 0,
            next: 0,
        };
        match self.free.pop() {
            Some(i) => {
                self.slab[i] = link;
                i
            }
            None => {
                self.slab.push(link);
                self.slab.len() - 1
            }
        }
    }
}

/// The payload of `_lru_cache_wrapper` objects.
pub struct LruCache {
    func: PyRef,
    typed: bool,
    strategy: Strategy,
    cache_info_type: PyRef,
    /// key → result (unbounded) or key → index of its link (bounded).
    cache: PyRef,
    links: RefCell<Links>,
    hits: Cell<isize>,
    misses: Cell<isize>,
}

impl PyPayload for LruCache {
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.func);
        visit(&self.cache_info_type);
        visit(&self.cache);
        for l in &self.links.borrow().slab {
            if let Some(k) = &l.key {
                visit(k);
            }
            if let Some(r) = &l.result {
                visit(r);
            }
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.links.borrow_mut());
        drop(old);
        if let Some(d) = as_dict(&self.cache) {
            d.clear_all();
        }
    }
}

fn lru(o: &PyRef) -> &LruCache {
    o.downcast_ref::<LruCache>().expect("_lru_cache_wrapper")
}

static NEW_SIG: Signature = Signature {
    name: "lru_cache",
    params: &["user_function", "maxsize", "typed", "cache_info_type"],
    posonly: 0,
    positional: 4,
    required: 4,
};

fn lru_new(vm: &Vm, cls: &PyRef, args: CallArgs<'_>) -> PyResult {
    let a = NEW_SIG.bind(vm, args)?;
    let arg = |i: usize| a[i].clone().expect("required");
    let func = arg(0);
    let maxsize = arg(1);
    let typed = vm.is_true(&arg(2))?;
    if !is_callable(&func) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    let strategy = if vm.is_none(&maxsize) {
        Strategy::Unbounded
    } else if as_type(maxsize.class()).slots.index.get().is_some() {
        let n = super::super::ssize_arg(vm, &maxsize)?;
        if n <= 0 {
            Strategy::Uncached
        } else {
            Strategy::Bounded(n as usize)
        }
    } else {
        return Err(vm.new_type_error("maxsize should be integer or None"));
    };
    Ok(PyRef::new(
        LruCache {
            func,
            typed,
            strategy,
            cache_info_type: arg(3),
            cache: PyDict::new_ref(vm),
            links: RefCell::new(Links::new()),
            hits: Cell::new(0),
            misses: Cell::new(0),
        },
        cls.clone(),
    ))
}

/// The cache key of a call: the lone str/int argument itself, else a tuple
/// of the positional arguments, then `kwd_mark` and the keyword pairs, then
/// (when typed) the types of all argument values.
fn make_key(vm: &Vm, typed: bool, args: CallArgs<'_>) -> PyRef {
    let pos = args.positional();
    if !typed && !args.has_kwargs() {
        if let [one] = pos {
            let c = one.class();
            if c.is(&vm.types.str_type) || c.is(&vm.types.int_type) {
                return one.clone();
            }
        }
        return new_tuple(vm, pos.to_vec());
    }
    let mut items = Vec::with_capacity(2 * args.args.len() + 1);
    items.extend_from_slice(pos);
    if args.has_kwargs() {
        items.push(types().kwd_mark.clone());
        for (k, v) in args.kwargs() {
            items.push(k.clone());
            items.push(v.clone());
        }
    }
    if typed {
        items.extend(pos.iter().map(|a| a.class().clone()));
        items.extend(args.kw_values().iter().map(|v| v.class().clone()));
    }
    new_tuple(vm, items)
}

fn lru_call(vm: &Vm, o: &PyRef, args: CallArgs<'_>) -> PyResult {
    let c = lru(o);
    let cache = as_dict(&c.cache).expect("cache dict");
    match c.strategy {
        Strategy::Uncached => {
            c.misses.set(c.misses.get() + 1);
            vm.call(&c.func, args)
        }
        Strategy::Unbounded => {
            let key = make_key(vm, c.typed, args);
            let hash = vm.hash(&key)?;
            if let Some(r) = cache.get_item_hashed(vm, hash, &key)? {
                c.hits.set(c.hits.get() + 1);
                return Ok(r);
            }
            c.misses.set(c.misses.get() + 1);
            let r = vm.call(&c.func, args)?;
            cache.set_item_hashed(vm, hash, key, r.clone())?;
            Ok(r)
        }
        Strategy::Bounded(maxsize) => bounded_call(vm, c, cache, maxsize, args),
    }
}

/// The index of the live link a cache value names, if it is still live.
fn live_link(c: &LruCache, v: &PyRef) -> Option<usize> {
    let i = usize::try_from(int_to_i64(v)?).ok()?;
    let links = c.links.borrow();
    (i > 0 && links.slab.get(i)?.key.is_some()).then_some(i)
}

fn bounded_call(
    vm: &Vm,
    c: &LruCache,
    cache: &PyDict,
    maxsize: usize,
    args: CallArgs<'_>,
) -> PyResult {
    let key = make_key(vm, c.typed, args);
    let hash = vm.hash(&key)?;
    if let Some(i) = cache
        .get_item_hashed(vm, hash, &key)?
        .and_then(|v| live_link(c, &v))
    {
        let mut links = c.links.borrow_mut();
        links.unlink(i);
        links.append(i);
        c.hits.set(c.hits.get() + 1);
        return Ok(links.slab[i].result.clone().expect("live link"));
    }
    c.misses.set(c.misses.get() + 1);
    let result = vm.call(&c.func, args)?;
    if cache.get_item_hashed(vm, hash, &key)?.is_some() {
        // The call itself (or another thread) cached this key meanwhile.
        return Ok(result);
    }
    let oldest = {
        let links = c.links.borrow();
        let first = links.slab[0].next;
        (cache.len() >= maxsize && first != 0).then_some(first)
    };
    let Some(old) = oldest else {
        let i = c
            .links
            .borrow_mut()
            .alloc(key.clone(), hash, result.clone());
        cache.set_item_hashed(vm, hash, key, new_int(vm, i as i64))?;
        c.links.borrow_mut().append(i);
        return Ok(result);
    };
    // Full: evict the oldest entry and reuse its link for the new one.
    let (old_key, old_hash) = {
        let mut links = c.links.borrow_mut();
        links.unlink(old);
        let l = &links.slab[old];
        (l.key.clone().expect("live link"), l.hash)
    };
    if cache.swap_remove_hashed(vm, old_hash, &old_key)?.is_none() {
        // Someone removed the old key already: drop the orphaned link.
        let mut links = c.links.borrow_mut();
        let l = &mut links.slab[old];
        let dead = (l.key.take(), l.result.take());
        links.free.push(old);
        drop(links);
        drop(dead);
        return Ok(result);
    }
    let dead = {
        let mut links = c.links.borrow_mut();
        let l = &mut links.slab[old];
        l.hash = hash;
        (l.key.replace(key.clone()), l.result.replace(result.clone()))
    };
    let stored = cache.set_item_hashed(vm, hash, key, new_int(vm, old as i64));
    drop(dead);
    stored?;
    c.links.borrow_mut().append(old);
    Ok(result)
}

fn cache_info(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "cache_info", 0, 0)?;
    let c = lru(&a[0]);
    let currsize = as_dict(&c.cache).expect("dict").len() as i64;
    let maxsize = match c.strategy {
        Strategy::Unbounded => vm.none.clone(),
        Strategy::Uncached => new_int(vm, 0),
        Strategy::Bounded(n) => new_int(vm, n as i64),
    };
    vm.call_positional(
        &c.cache_info_type,
        &[
            new_int(vm, c.hits.get() as i64),
            new_int(vm, c.misses.get() as i64),
            maxsize,
            new_int(vm, currsize),
        ],
    )
}

fn cache_clear(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "cache_clear", 0, 0)?;
    let c = lru(&a[0]);
    c.hits.set(0);
    c.misses.set(0);
    let old = c.links.replace(Links::new());
    as_dict(&c.cache).expect("dict").clear_all();
    drop(old);
    Ok(vm.none.clone())
}

fn lru_reduce(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__reduce__", 0, 0)?;
    vm.getattr_str(&a[0], "__qualname__")
}

fn lru_copy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__copy__", 0, 0)?;
    Ok(a[0].clone())
}

fn lru_deepcopy(vm: &Vm, args: CallArgs<'_>) -> PyResult {
    let a = args.check_method(vm, "__deepcopy__", 1, 1)?;
    Ok(a[0].clone())
}

/// `__get__`: binds like a function.
fn lru_get(vm: &Vm, o: &PyRef, obj: Option<&PyRef>, _ty: Option<&PyRef>) -> PyResult {
    match obj.filter(|x| !vm.is_none(x)) {
        None => Ok(o.clone()),
        Some(x) => Ok(crate::objects::classobject::new_method(
            vm,
            o.clone(),
            x.clone(),
        )),
    }
}

const DOC: &str = "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n";

/// Creates the `functools._lru_cache_wrapper` type.
pub fn make_type(vm: &Vm) -> PyRef {
    let t = new_builtin_type(
        vm,
        "functools._lru_cache_wrapper",
        &vm.types.object_type,
        tpflags::HAS_DICT | tpflags::WEAKREFABLE,
        Some(DOC),
    );
    let s = &as_type(&t).slots;
    s.new.set(Some(lru_new));
    s.call.set(Some(lru_call));
    s.descr_get.set(Some(lru_get));
    finish_builtin_type(
        vm,
        &t,
        &[
            MethodDef::new("cache_info", cache_info),
            MethodDef::new("cache_clear", cache_clear),
            MethodDef::new("__reduce__", lru_reduce),
            MethodDef::new("__copy__", lru_copy),
            MethodDef::new("__deepcopy__", lru_deepcopy),
        ],
        &[],
    );
    let dict_descr = crate::objects::typeobject_attrs::instance_dict_descriptor(vm, &t);
    as_type(&t).namespace().set_str(vm, "__dict__", dict_descr);
    t
}
