//! The `oxpy` command: a Python 3.11 interpreter.

/// Object allocation dominates an interpreter's profile; mimalloc's size
/// classes and thread-local free lists serve it far better than glibc malloc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    cpyext::install();
    std::process::exit(core_interp::cli::main());
}
