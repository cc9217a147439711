//! Records, at build time, where the `python3.11` on PATH keeps its standard
//! library (sysconfig's `stdlib` path), so that start-up finds `Lib/` without
//! spawning a process; `modules/getpath.rs` checks at run time that it still
//! exists and falls back to the Debian location.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
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
}
