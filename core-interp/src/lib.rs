//! oxpy's core interpreter: object model, VM, built-in types and modules.
//! The compiler lives in the `oxpy-compiler` crate (re-exported as `compile`).

pub use oxpy_compiler as compile;

pub mod cli;
mod cli_repl;
pub mod modules;
pub mod objects;
pub mod vm;
