#!/usr/bin/env bash
# The test command: builds the workspace and runs every test (unit tests,
# the differential Python programs against CPython's recorded output, the
# header layout checks).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --workspace
cargo test --release --workspace
