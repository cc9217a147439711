//! The `oxpy` command: a Python 3.11 interpreter.

fn main() {
    std::process::exit(core_interp::cli::main());
}
