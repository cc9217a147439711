//! Intrusive circular doubly-linked lists of `GcHead`s: the generations and
//! the collector's temporary lists. A list is named by its sentinel head,
//! which must not move while it has members (statics, or locals the
//! collector keeps in place; a local sentinel hands leftovers to the oldest
//! generation when dropped).

use crate::objects::object::GcHead;
use std::marker::PhantomPinned;

/// A list's sentinel head.
pub struct Sentinel {
    head: GcHead,
    local: bool,
    _pin: PhantomPinned,
}

// SAFETY: lists are only touched by the thread holding the GIL.
unsafe impl Sync for Sentinel {}

impl Sentinel {
    /// The sentinel of a global list (a static).
    pub const fn new() -> Sentinel {
        Sentinel {
            head: GcHead::new(),
            local: false,
            _pin: PhantomPinned,
        }
    }

    /// The sentinel of a temporary list, boxed so that it never moves.
    pub fn local() -> Box<Sentinel> {
        Box::new(Sentinel {
            head: GcHead::new(),
            local: true,
            _pin: PhantomPinned,
        })
    }

    pub fn list(&self) -> GcList {
        let l = GcList(&self.head as *const GcHead);
        l.init();
        l
    }
}

impl Drop for Sentinel {
    fn drop(&mut self) {
        if self.local {
            let l = self.list();
            if !l.is_empty() {
                l.move_all_to(&super::generation(super::NUM_GENERATIONS - 1));
            }
        }
    }
}

/// A handle on a list (its sentinel's address).
#[derive(Clone)]
pub struct GcList(*const GcHead);

fn h<'a>(p: *const GcHead) -> &'a GcHead {
    // SAFETY: list members and sentinels are live heads while linked.
    unsafe { &*p }
}

impl GcList {
    fn init(&self) {
        let s = h(self.0);
        if s.next.get().is_null() {
            s.next.set(self.0);
            s.prev.set(self.0);
        }
    }

    pub fn is_empty(&self) -> bool {
        h(self.0).next.get() == self.0
    }

    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// Appends `head` (which must not be in a list).
    pub fn push(&self, head: &GcHead) {
        let s = h(self.0);
        let last = s.prev.get();
        head.prev.set(last);
        head.next.set(self.0);
        h(last).next.set(head);
        s.prev.set(head);
    }

    pub fn first(&self) -> Option<*const GcHead> {
        let n = h(self.0).next.get();
        (n != self.0).then_some(n)
    }

    /// The member after `head` (a member of this list), if any.
    pub fn next_of(&self, head: *const GcHead) -> Option<*const GcHead> {
        let n = h(head).next.get();
        (n != self.0).then_some(n)
    }

    /// Moves every member to the end of `to`.
    pub fn move_all_to(&self, to: &GcList) {
        if self.is_empty() || self.0 == to.0 {
            return;
        }
        let s = h(self.0);
        let (first, last) = (s.next.get(), s.prev.get());
        let t = h(to.0);
        let tail = t.prev.get();
        h(tail).next.set(first);
        h(first).prev.set(tail);
        h(last).next.set(to.0);
        t.prev.set(last);
        s.next.set(self.0);
        s.prev.set(self.0);
    }

    /// The members, in order. Do not free members while iterating.
    pub fn iter(&self) -> impl Iterator<Item = *const GcHead> + '_ {
        let end = self.0;
        let mut cur = h(self.0).next.get();
        std::iter::from_fn(move || {
            if cur == end {
                return None;
            }
            let r = cur;
            cur = h(cur).next.get();
            Some(r)
        })
    }
}

/// Removes `head` from whatever list it is in.
pub fn unlink(head: &GcHead) {
    let (p, n) = (head.prev.get(), head.next.get());
    if p.is_null() || n.is_null() {
        return;
    }
    h(p).next.set(n);
    h(n).prev.set(p);
    head.prev.set(std::ptr::null());
    head.next.set(std::ptr::null());
}
