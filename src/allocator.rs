//! The global allocator: mimalloc, called the way its fast paths expect.
//!
//! The `mimalloc` crate's wrapper sends every request through
//! `mi_malloc_aligned`, whose fast path only applies while the size class's
//! current page has a free block ready; otherwise it falls into an
//! over-allocating generic path. Object churn (floats, ints, frames) hits that
//! path constantly. Requests whose alignment plain `mi_malloc` already
//! guarantees go to `mi_malloc`, the rest to the aligned entry points: every
//! block is word-aligned, and blocks whose size is a multiple of 16 come
//! from size classes that are multiples of 16, so they are 16-aligned.

use libmimalloc_sys as ffi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

pub struct Mimalloc;

/// Whether a plain `mi_malloc(size)` block is aligned enough for `align`.
#[inline]
fn natural(size: usize, align: usize) -> bool {
    align <= std::mem::size_of::<usize>() || (align <= 16 && size % 16 == 0)
}

// SAFETY: mimalloc is a thread-safe allocator; every block is returned with
// at least `layout.align()` alignment (plain calls are only used when the
// natural alignment suffices) and is freed with `mi_free`, which accepts
// blocks from all of these entry points.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain FFI calls with a valid size and power-of-two alignment.
        unsafe {
            if natural(layout.size(), layout.align()) {
                ffi::mi_malloc(layout.size()) as *mut u8
            } else {
                ffi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe {
            if natural(layout.size(), layout.align()) {
                ffi::mi_zalloc(layout.size()) as *mut u8
            } else {
                ffi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { ffi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`; the new block
        // keeps the alignment the old one needed.
        unsafe {
            if natural(new_size, layout.align()) {
                ffi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                ffi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}
