//! Memory-block tracking for tracemalloc from C (`PyTraceMalloc_Track`,
//! `_Untrack`; numpy reports its data buffers). oxpy's tracemalloc does not
//! trace C allocations: both return -2, CPython's value when tracemalloc is
//! not tracing.

use libc::c_int;

capi! {
    api fn PyTraceMalloc_Track(_domain: u32, _ptr: usize, _size: usize) -> c_int {
        Ok(-2)
    }
    api fn PyTraceMalloc_Untrack(_domain: u32, _ptr: usize) -> c_int {
        Ok(-2)
    }
}
