//! Build script of the `oxpy` binary: exports every C-API symbol cpyext
//! provides, so an extension module `dlopen`ed at run time (built for
//! CPython 3.11 and not linked against libpython) resolves them against the
//! executable. A linker script's `EXTERN` keeps each symbol (pulling it out
//! of the static libraries even though no Rust code calls it), and a dynamic
//! list puts it in the dynamic symbol table.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let list = std::env::var("DEP_OXPY_CAPI_SYMLIST").expect("cpyext publishes its symbol list");
    println!("cargo:rerun-if-changed={list}");
    let names = std::fs::read_to_string(&list).expect("read cpyext's symbol list");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let mut keep = String::from("EXTERN(\n");
    let mut dynamic = String::from("{\n");
    for n in names.lines().filter(|l| !l.is_empty()) {
        writeln!(keep, "  {n}").unwrap();
        writeln!(dynamic, "  {n};").unwrap();
    }
    keep.push_str(")\n");
    dynamic.push_str("};\n");
    let keep_path = out.join("keep-capi.ld");
    let dyn_path = out.join("capi.dynlist");
    std::fs::write(&keep_path, keep).unwrap();
    std::fs::write(&dyn_path, dynamic).unwrap();
    println!("cargo:rustc-link-arg-bins={}", keep_path.display());
    println!(
        "cargo:rustc-link-arg-bins=-Wl,--dynamic-list={}",
        dyn_path.display()
    );
}
