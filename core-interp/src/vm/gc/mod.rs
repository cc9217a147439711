//! The cycle collector (CPython's `gcmodule.c` algorithm) over the
//! reference-counted object graph.
//!
//! Container objects carry a `GcHead` (see `objects/object.rs`) linking them
//! into one of three generation lists (or the permanent one, `gc.freeze`).
//! A collection of generation `g` merges the younger lists into `g`, then:
//! copies each object's reference count into `gc_refs`, subtracts the
//! references found by traversing the collected objects (`update_refs`,
//! `subtract_refs`), takes everything still referenced from outside plus
//! what it reaches as alive (`move_unreachable`), clears weak references to
//! the rest (calling the callbacks of weakrefs that are themselves alive),
//! runs `__del__` once per object (PEP 442), keeps objects a finalizer
//! resurrected, and clears the remaining ones (`tp_clear`), which frees
//! them by reference counting. Survivors move to the next generation.
//!
//! Automatic collections are scheduled when allocations minus
//! deallocations of tracked objects exceed threshold 0; they run at the
//! next eval-breaker check (a safe point), never inside an allocation.

mod lists;
#[cfg(test)]
mod tests;

use super::{PyResult, Vm};
use crate::objects::object::{flags, GcHead, PyObject, PyRef};
use lists::{GcList, Sentinel};
use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;
use std::sync::atomic::Ordering;

/// `gc.DEBUG_*` flags.
pub mod debug {
    pub const STATS: u32 = 1;
    pub const COLLECTABLE: u32 = 2;
    pub const UNCOLLECTABLE: u32 = 4;
    pub const SAVEALL: u32 = 32;
    pub const LEAK: u32 = COLLECTABLE | UNCOLLECTABLE | SAVEALL;
}

/// Collector state bits kept in `GcHead::state`.
const COLLECTING: usize = 1;
const REACHABLE: usize = 2;

pub const NUM_GENERATIONS: usize = 3;

/// Per-generation statistics (`gc.get_stats()`).
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

struct State {
    threshold: [Cell<usize>; NUM_GENERATIONS],
    count: [Cell<usize>; NUM_GENERATIONS],
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    debug: Cell<u32>,
    stats: UnsafeCell<[GenStats; NUM_GENERATIONS]>,
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
}

struct SyncState(State);
// SAFETY: the collector's state is only touched by the thread holding the GIL.
unsafe impl Sync for SyncState {}

static STATE: SyncState = SyncState(State {
    threshold: [Cell::new(700), Cell::new(10), Cell::new(10)],
    count: [Cell::new(0), Cell::new(0), Cell::new(0)],
    enabled: Cell::new(true),
    collecting: Cell::new(false),
    debug: Cell::new(0),
    stats: UnsafeCell::new(
        [GenStats {
            collections: 0,
            collected: 0,
            uncollectable: 0,
        }; NUM_GENERATIONS],
    ),
    long_lived_total: Cell::new(0),
    long_lived_pending: Cell::new(0),
});

static GENERATIONS: [Sentinel; NUM_GENERATIONS] =
    [Sentinel::new(), Sentinel::new(), Sentinel::new()];
static PERMANENT: Sentinel = Sentinel::new();

fn st() -> &'static State {
    &STATE.0
}

fn generation(i: usize) -> GcList {
    GENERATIONS[i].list()
}

fn permanent() -> GcList {
    PERMANENT.list()
}

/// Links a newly allocated container into generation 0 and schedules a
/// collection once allocations exceed the threshold.
pub fn track_new(obj: &PyObject) {
    let Some(head) = obj.gc_head() else { return };
    generation(0).push(head);
    obj.set_flag(flags::GC_TRACKED);
    let s = st();
    let c = s.count[0].get() + 1;
    s.count[0].set(c);
    let t = s.threshold[0].get();
    if c > t && t != 0 && s.enabled.get() && !s.collecting.get() {
        super::gil::EVAL_BREAKER.fetch_or(super::gil::breaker::GC_SCHEDULED, Ordering::Relaxed);
    }
}

/// Unlinks an object from its generation list (when it dies or becomes immortal).
pub fn untrack(obj: &PyObject) {
    if !obj.has_flag(flags::GC_TRACKED) {
        return;
    }
    if let Some(head) = obj.gc_head() {
        lists::unlink(head);
        head.state.set(0);
    }
    obj.clear_flag(flags::GC_TRACKED);
    let s = st();
    s.count[0].set(s.count[0].get().saturating_sub(1));
}

/// Re-links an untracked container (not needed by the built-in types, which
/// stay tracked for life; kept for `PyObject_GC_Track` from C).
pub fn track(obj: &PyObject) {
    if obj.has_flag(flags::GC_TRACKED) || obj.has_flag(flags::IMMORTAL) {
        return;
    }
    if let Some(head) = obj.gc_head() {
        generation(0).push(head);
        obj.set_flag(flags::GC_TRACKED);
    }
}

pub fn is_tracked(obj: &PyObject) -> bool {
    obj.has_flag(flags::GC_TRACKED)
}

/// Visits every reference `obj` owns: its payload's, its `__dict__`, and
/// its type when that is a heap type (CPython's `subtype_traverse`).
pub fn traverse(obj: &PyObject, visit: &mut dyn FnMut(&PyRef)) {
    (obj.vtable().traverse)(obj, visit);
    if let Some(d) = obj.dict_ref() {
        visit(d);
    }
    let ty = obj.class();
    if !ty.has_flag(flags::IMMORTAL) && !std::ptr::eq(ty.as_ptr().as_ptr(), obj) {
        visit(ty);
    }
}

fn head_of(obj: &PyObject) -> Option<&GcHead> {
    obj.gc_head().filter(|_| obj.has_flag(flags::GC_TRACKED))
}

fn obj_of<'a>(head: *const GcHead) -> &'a PyObject {
    // SAFETY: list members other than the sentinel are heads of live objects.
    unsafe { PyObject::from_gc_head(head) }
}

/// `gc_refs = refcount` for every object of `list`, marked as being collected.
fn update_refs(list: &GcList) {
    for h in list.iter() {
        let o = obj_of(h);
        // SAFETY: `h` is a live head.
        let head = unsafe { &*h };
        head.gc_refs.set(o.refcount() as isize);
        head.state.set(COLLECTING);
    }
}

/// Subtracts the references the objects of `list` hold to each other.
fn subtract_refs(list: &GcList) {
    for h in list.iter() {
        traverse(obj_of(h), &mut |child| {
            if let Some(ch) = head_of(child) {
                if ch.state.get() & COLLECTING != 0 {
                    ch.gc_refs.set(ch.gc_refs.get() - 1);
                }
            }
        });
    }
}

/// Marks what is referenced from outside `list`, and everything it reaches,
/// as reachable; moves the other objects of `list` to `unreachable`.
fn move_unreachable(list: &GcList, unreachable: &GcList) {
    let mut work: Vec<*const GcHead> = Vec::new();
    for h in list.iter() {
        // SAFETY: live head.
        let head = unsafe { &*h };
        if head.gc_refs.get() > 0 {
            head.state.set(head.state.get() | REACHABLE);
            work.push(h);
        }
    }
    while let Some(h) = work.pop() {
        traverse(obj_of(h), &mut |child| {
            if let Some(ch) = head_of(child) {
                let s = ch.state.get();
                if s & COLLECTING != 0 && s & REACHABLE == 0 {
                    ch.state.set(s | REACHABLE);
                    work.push(ch as *const GcHead);
                }
            }
        });
    }
    let mut cur = list.first();
    while let Some(h) = cur {
        // SAFETY: live head; its successor is read before it is moved.
        let head = unsafe { &*h };
        cur = list.next_of(h);
        if head.state.get() & REACHABLE == 0 {
            lists::unlink(head);
            unreachable.push(head);
        } else {
            head.state.set(0);
        }
    }
}

fn needs_finalizer(obj: &PyObject) -> bool {
    crate::objects::typeobject::class_type(obj)
        .has_flag(crate::objects::typeobject::tpflags::HAS_FINALIZER)
}

/// Clears weak references to the unreachable objects; returns the
/// callbacks of weakrefs that are themselves reachable, to call next.
fn handle_weakrefs(unreachable: &GcList) -> Vec<(PyRef, PyRef)> {
    let mut calls = Vec::new();
    for h in unreachable.iter() {
        // A weakref that is garbage itself never calls back (bpo-38006).
        crate::objects::weakrefobject::detach(obj_of(h));
    }
    for h in unreachable.iter() {
        let o = obj_of(h);
        if !o.has_flag(flags::HAS_WEAKREFS) {
            continue;
        }
        let is_garbage =
            |w: &PyObject| head_of(w).is_some_and(|wh| wh.state.get() & COLLECTING != 0);
        calls.extend(crate::objects::weakrefobject::clear_refs_for_gc(
            o,
            &is_garbage,
        ));
    }
    calls
}

/// Runs `__del__` of the unreachable objects that have one and did not run it yet.
fn finalize_garbage(vm: &Vm, unreachable: &GcList) {
    let seen = Sentinel::local();
    let seen_list = seen.list();
    while let Some(h) = unreachable.first() {
        // SAFETY: live head.
        let head = unsafe { &*h };
        lists::unlink(head);
        seen_list.push(head);
        let o = obj_of(h);
        if needs_finalizer(o) && !o.has_flag(flags::FINALIZED) {
            o.set_flag(flags::FINALIZED);
            // SAFETY: the object is alive (it is in a list); this is a new reference.
            let r = unsafe { PyRef::from_borrowed(NonNull::from(o)) };
            super::dealloc_hooks::run_finalizer(vm, &r);
            drop(r);
        }
    }
    seen_list.move_all_to(unreachable);
}

/// After finalizers ran: objects that are referenced again from outside
/// (resurrected) and what they reach go to `old`; the rest stays.
fn handle_resurrected(unreachable: &GcList, old: &GcList) {
    update_refs(unreachable);
    subtract_refs(unreachable);
    let still = Sentinel::local();
    let still_list = still.list();
    move_unreachable(unreachable, &still_list);
    // What remains in `unreachable` was resurrected.
    unreachable.move_all_to(old);
    still_list.move_all_to(unreachable);
}

/// Breaks the cycles of the remaining garbage with the payloads' `clear`.
fn delete_garbage(vm: &Vm, unreachable: &GcList, old: &GcList) {
    let save_all = st().debug.get() & debug::SAVEALL != 0;
    let objs: Vec<PyRef> = unreachable
        .iter()
        // SAFETY: live heads of objects with a nonzero count.
        .map(|h| unsafe { PyRef::from_borrowed(NonNull::from(obj_of(h))) })
        .collect();
    for h in unreachable.iter() {
        // SAFETY: live head.
        unsafe { &*h }.state.set(0);
    }
    if save_all {
        if let Ok(garbage) = garbage_list(vm) {
            if let Some(l) = garbage.downcast_ref::<crate::objects::listobject::PyList>() {
                for o in &objs {
                    l.items.borrow_mut().push(o.clone());
                }
            }
        }
    } else {
        for o in &objs {
            (o.vtable().clear)(o);
            drop(o.set_dict(None));
        }
    }
    drop(objs);
    // Survivors (something outside the cycle kept them) move on.
    unreachable.move_all_to(old);
}

fn garbage_list(vm: &Vm) -> PyResult {
    let modules = vm
        .modules
        .downcast_ref::<crate::objects::dictobject::PyDict>()
        .expect("sys.modules");
    match modules.get_rust_str(vm, "gc") {
        Some(m) => vm.getattr_str(&m, "garbage"),
        None => Err(vm.new_runtime_error("gc module not loaded")),
    }
}

/// The number of garbage objects as CPython 3.11 counts them: the `__dict__`
/// of a plain instance is inline values there unless Python code saw it.
fn count_objects(unreachable: &GcList) -> usize {
    let mut n = 0;
    for h in unreachable.iter() {
        let o = obj_of(h);
        let inline_dict = o
            .downcast_ref::<crate::objects::objectobject::PyBaseObject>()
            .is_some()
            && o.dict_ref().is_some_and(|d| {
                !d.has_flag(flags::DICT_EXPOSED)
                    && head_of(d).is_some_and(|dh| dh.state.get() & COLLECTING != 0)
            });
        n += if inline_dict { 0 } else { 1 };
    }
    n
}

/// Collects generation `gen` (and the younger ones); returns the number of
/// unreachable objects found and the number of uncollectable ones.
fn collect_main(vm: &Vm, gen: usize) -> (usize, usize) {
    let s = st();
    let dbg = s.debug.get();
    let start = std::time::Instant::now();
    if dbg & debug::STATS != 0 {
        let sizes: Vec<String> = (0..NUM_GENERATIONS)
            .map(|i| generation(i).len().to_string())
            .collect();
        crate::modules::stdstreams::write_text(
            crate::modules::stdstreams::Fd::Stderr,
            &format!("gc: collecting generation {gen}...\ngc: objects in each generation: {}\ngc: objects in permanent generation: {}\n", sizes.join(" "), permanent().len()),
        );
    }
    if gen + 1 < NUM_GENERATIONS {
        s.count[gen + 1].set(s.count[gen + 1].get() + 1);
    }
    for i in 0..=gen {
        s.count[i].set(0);
    }
    let young = generation(gen);
    for i in 0..gen {
        generation(i).move_all_to(&young);
    }
    let old = if gen + 1 < NUM_GENERATIONS {
        generation(gen + 1)
    } else {
        young.clone()
    };

    if gen == NUM_GENERATIONS - 1 {
        // The method cache owns references; CPython's borrows them.
        crate::objects::typeobject::clear_method_cache();
    }
    let unreachable_s = Sentinel::local();
    let unreachable = unreachable_s.list();
    traversing(|| {
        update_refs(&young);
        subtract_refs(&young);
        move_unreachable(&young, &unreachable);
    });
    if gen == 1 {
        s.long_lived_pending
            .set(s.long_lived_pending.get() + young.len());
    }
    if gen + 1 < NUM_GENERATIONS {
        young.move_all_to(&old);
    } else {
        s.long_lived_pending.set(0);
        s.long_lived_total.set(young.len());
    }
    if dbg & debug::COLLECTABLE != 0 {
        for h in unreachable.iter() {
            let o = obj_of(h);
            crate::modules::stdstreams::write_text(
                crate::modules::stdstreams::Fd::Stderr,
                &format!(
                    "gc: collectable <{} {:#x}>\n",
                    crate::objects::typeobject::class_type(o).name(),
                    o.id()
                ),
            );
        }
    }
    let calls = handle_weakrefs(&unreachable);
    crate::objects::weakrefobject::run_callbacks(vm, calls);
    finalize_garbage(vm, &unreachable);
    traversing(|| handle_resurrected(&unreachable, &old));
    let collected = count_objects(&unreachable);
    delete_garbage(vm, &unreachable, &old);
    if dbg & debug::STATS != 0 {
        crate::modules::stdstreams::write_text(
            crate::modules::stdstreams::Fd::Stderr,
            &format!(
                "gc: done, {collected} unreachable, 0 uncollectable, {:.4}s elapsed\n",
                start.elapsed().as_secs_f64()
            ),
        );
    }
    // SAFETY: GIL held; no other reference into the stats array is live.
    let stats = unsafe { &mut *s.stats.get() };
    stats[gen].collections += 1;
    stats[gen].collected += collected;
    (collected, 0)
}

/// Runs `gc.callbacks` with phase "start" or "stop".
fn invoke_callbacks(vm: &Vm, phase: &str, gen: usize, collected: usize, uncollectable: usize) {
    let modules = vm
        .modules
        .downcast_ref::<crate::objects::dictobject::PyDict>()
        .expect("sys.modules");
    let Some(m) = modules.get_rust_str(vm, "gc") else {
        return;
    };
    let Ok(cbs) = vm.getattr_str(&m, "callbacks") else {
        return;
    };
    let Some(list) = cbs.downcast_ref::<crate::objects::listobject::PyList>() else {
        return;
    };
    let cbs: Vec<PyRef> = list.items.borrow().clone();
    if cbs.is_empty() {
        return;
    }
    let info = crate::objects::dictobject::PyDict::new_ref(vm);
    let d = info
        .downcast_ref::<crate::objects::dictobject::PyDict>()
        .expect("dict");
    use crate::objects::longobject::new_int;
    d.set_str(vm, "generation", new_int(vm, gen as i64));
    d.set_str(vm, "collected", new_int(vm, collected as i64));
    d.set_str(vm, "uncollectable", new_int(vm, uncollectable as i64));
    let phase = crate::objects::unicodeobject::new_str_object(vm, phase);
    for cb in cbs {
        if let Err(e) = vm.call_positional(&cb, &[phase.clone(), info.clone()]) {
            crate::modules::sysmodule::write_unraisable(vm, &e, Some(&cb), "Exception ignored in");
        }
    }
}

thread_local! {
    /// Set while the collector traverses: a payload that finds one of its
    /// cells borrowed panics, which abandons the collection without noise.
    static TRAVERSING: Cell<bool> = const { Cell::new(false) };
}

/// Installs (once) a panic hook that stays silent for traversal panics.
fn install_quiet_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !TRAVERSING.with(|t| t.get()) {
                prev(info);
            }
        }));
    });
}

/// Runs a traversal phase with traversal panics silenced.
fn traversing<R>(f: impl FnOnce() -> R) -> R {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            TRAVERSING.with(|t| t.set(false));
        }
    }
    TRAVERSING.with(|t| t.set(true));
    let _reset = Reset;
    f()
}

/// Collects generation `gen` with the callbacks around it; `None` if a
/// collection is already running.
pub fn collect(vm: &Vm, gen: usize) -> Option<usize> {
    let s = st();
    if s.collecting.get() {
        return None;
    }
    install_quiet_hook();
    s.collecting.set(true);
    invoke_callbacks(vm, "start", gen, 0, 0);
    // A payload whose traversal finds a cell borrowed panics; the collection
    // is then abandoned (its temporary lists go back to the oldest generation).
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| collect_main(vm, gen)));
    let (n, m) = r.unwrap_or((0, 0));
    invoke_callbacks(vm, "stop", gen, n, m);
    s.collecting.set(false);
    Some(n + m)
}

/// The automatic collection: the oldest generation over its threshold.
pub fn collect_generations(vm: &Vm) {
    let s = st();
    if !s.enabled.get() || s.collecting.get() {
        return;
    }
    for i in (0..NUM_GENERATIONS).rev() {
        if s.count[i].get() > s.threshold[i].get() {
            if i == NUM_GENERATIONS - 1 && s.long_lived_pending.get() < s.long_lived_total.get() / 4
            {
                continue;
            }
            collect(vm, i);
            break;
        }
    }
}

// ----- accessors for the gc module -----

pub fn is_enabled() -> bool {
    st().enabled.get()
}

pub fn set_enabled(on: bool) {
    st().enabled.set(on);
}

pub fn debug_flags() -> u32 {
    st().debug.get()
}

pub fn set_debug_flags(f: u32) {
    st().debug.set(f);
}

pub fn thresholds() -> [usize; NUM_GENERATIONS] {
    let s = st();
    [
        s.threshold[0].get(),
        s.threshold[1].get(),
        s.threshold[2].get(),
    ]
}

pub fn set_threshold(i: usize, v: usize) {
    st().threshold[i].set(v);
}

pub fn counts() -> [usize; NUM_GENERATIONS] {
    let s = st();
    [s.count[0].get(), s.count[1].get(), s.count[2].get()]
}

pub fn stats() -> [GenStats; NUM_GENERATIONS] {
    // SAFETY: GIL held; copied out.
    unsafe { *st().stats.get() }
}

/// Every tracked object of generation `gen` (all generations if `None`).
pub fn objects(gen: Option<usize>) -> Vec<PyRef> {
    let gens: Vec<usize> = match gen {
        Some(g) => vec![g],
        None => (0..NUM_GENERATIONS).collect(),
    };
    let mut out = Vec::new();
    for g in gens {
        for h in generation(g).iter() {
            // SAFETY: live head of a live object.
            out.push(unsafe { PyRef::from_borrowed(NonNull::from(obj_of(h))) });
        }
    }
    out
}

/// `gc.freeze()`: moves every tracked object to the permanent generation.
pub fn freeze() {
    let p = permanent();
    for i in 0..NUM_GENERATIONS {
        generation(i).move_all_to(&p);
        st().count[i].set(0);
    }
}

/// `gc.unfreeze()`: the permanent generation goes back to the oldest one.
pub fn unfreeze() {
    permanent().move_all_to(&generation(NUM_GENERATIONS - 1));
}

pub fn freeze_count() -> usize {
    permanent().len()
}
