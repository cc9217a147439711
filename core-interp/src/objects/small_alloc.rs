//! Free lists for the memory of small objects (CPython keeps such lists for
//! floats, tuples and frames; pymalloc serves the rest): the blocks of freed
//! objects up to `MAX_SIZE` bytes are kept per 8-byte size class and handed
//! to the next object of that class, which saves the general allocator's
//! work on the int, float and tuple churn of arithmetic and calls.
//!
//! Every block of a class is allocated with the class's layout (size rounded
//! up to the class, alignment 8), whatever object it holds, so any block can
//! go back to the allocator when a list is full.

use std::alloc::Layout;
use std::cell::UnsafeCell;

/// Objects larger than this are allocated and freed directly.
const MAX_SIZE: usize = 128;
const CLASSES: usize = MAX_SIZE / 8 + 1;
/// At most this many blocks are kept per class.
const MAX_KEPT: u32 = 2048;

/// A free block: its first word links to the next one.
struct Block {
    next: *mut Block,
}

struct Lists {
    heads: [*mut Block; CLASSES],
    counts: [u32; CLASSES],
}

struct SyncLists(UnsafeCell<Lists>);
// SAFETY: objects are only allocated and freed by the thread holding the
// GIL, and no list operation calls out while it uses the lists.
unsafe impl Sync for SyncLists {}

static LISTS: SyncLists = SyncLists(UnsafeCell::new(Lists {
    heads: [std::ptr::null_mut(); CLASSES],
    counts: [0; CLASSES],
}));

/// Whether values of type `B` are allocated through the free lists.
pub const fn uses_lists<B>() -> bool {
    std::mem::size_of::<B>() <= MAX_SIZE
        && std::mem::size_of::<B>() >= std::mem::size_of::<Block>()
        && std::mem::align_of::<B>() <= 8
}

const fn class_of(size: usize) -> usize {
    size.div_ceil(8)
}

const fn class_layout(class: usize) -> Layout {
    match Layout::from_size_align(class * 8, 8) {
        Ok(l) => l,
        Err(_) => panic!("size class layout"),
    }
}

/// Uninitialised memory for one `B` (for which `uses_lists::<B>()` holds).
#[inline]
pub fn alloc<B>() -> *mut B {
    debug_assert!(uses_lists::<B>());
    let class = const { class_of(std::mem::size_of::<B>()) };
    // SAFETY: see `SyncLists`; the borrow ends before the allocator is called.
    let lists = unsafe { &mut *LISTS.0.get() };
    let head = lists.heads[class];
    if !head.is_null() {
        // SAFETY: blocks on the list are free, live allocations of this class.
        lists.heads[class] = unsafe { (*head).next };
        lists.counts[class] -= 1;
        return head as *mut B;
    }
    let layout = const { class_layout(class_of(std::mem::size_of::<B>())) };
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { std::alloc::alloc(layout) };
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    p as *mut B
}

/// Gives back the memory of a `B` whose value has been dropped.
///
/// # Safety
/// `p` must come from `alloc::<B>()` and not be used afterwards.
#[inline]
pub unsafe fn free<B>(p: *mut B) {
    let class = const { class_of(std::mem::size_of::<B>()) };
    // SAFETY: see `SyncLists`; the borrow ends before the allocator is called.
    let lists = unsafe { &mut *LISTS.0.get() };
    if lists.counts[class] < MAX_KEPT {
        let b = p as *mut Block;
        // SAFETY: the block is free and at least one word long.
        unsafe {
            b.write(Block {
                next: lists.heads[class],
            })
        };
        lists.heads[class] = b;
        lists.counts[class] += 1;
        return;
    }
    // SAFETY: allocated in `alloc` with this class's layout.
    unsafe { std::alloc::dealloc(p as *mut u8, class_layout(class)) };
}
