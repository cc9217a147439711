//! Records, at build time, where the `python3.11` on PATH keeps its standard
//! library (sysconfig's `stdlib` path), so that start-up finds `Lib/` without
//! spawning a process; `modules/getpath.rs` checks at run time that it still
//! exists and falls back to the Debian location. Also stamps the bytecode
//! format: a hash of the compiler's sources and of the code-object marshal
//! layout, which `modules/marshal_code.rs` writes into marshalled code and
//! `.pyc` magic numbers so that caches from another build are not reused.

use std::path::Path;
use std::process::Command;

/// FNV-1a over the bytes of every `.rs` file under `dir`, in path order.
fn hash_sources(dir: &Path, h: &mut u64) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            hash_sources(&p, h);
        } else if p.extension().is_some_and(|e| e == "rs") {
            hash_bytes(&std::fs::read(&p).unwrap_or_default(), h);
        }
    }
}

fn hash_bytes(bytes: &[u8], h: &mut u64) {
    for b in bytes {
        *h ^= *b as u64;
        *h = h.wrapping_mul(0x100_0000_01b3);
    }
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=compiler/src");
    println!("cargo:rerun-if-changed=src/modules/marshal_code.rs");
    println!("cargo:rerun-if-env-changed=OXPY_BUILD_PYTHON");
    let python = std::env::var("OXPY_BUILD_PYTHON").unwrap_or_else(|_| "python3.11".to_string());
    let stdlib = Command::new(&python)
        .args([
            "-S",
            "-c",
            "import sysconfig; print(sysconfig.get_path('stdlib'))",
        ])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!("cargo:rustc-env=OXPY_BUILD_STDLIB={stdlib}");
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    hash_sources(Path::new("compiler/src"), &mut h);
    hash_bytes(
        &std::fs::read("src/modules/marshal_code.rs").unwrap_or_default(),
        &mut h,
    );
    println!("cargo:rustc-env=OXPY_BYTECODE_STAMP={h}");
}
