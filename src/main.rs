//! The `oxpy` command: a Python 3.11 interpreter.

mod allocator;

/// Object allocation dominates an interpreter's profile; mimalloc's size
/// classes and thread-local free lists serve it far better than glibc malloc.
#[global_allocator]
static GLOBAL: allocator::Mimalloc = allocator::Mimalloc;

fn main() {
    cpyext::install();
    std::process::exit(core_interp::cli::main());
}
