#!/usr/bin/env bash
# One-time set-up of a fresh machine: the C toolchain and libclang (for
# bindgen), and CPython 3.11 (the oracle, and the source of the standard
# library oxpy runs).
set -euo pipefail

need_apt=()
command -v cc >/dev/null || need_apt+=(build-essential)
# bindgen needs libclang itself; libclang-cpp (which some images carry) is not enough.
ls /usr/lib/llvm-*/lib/libclang.so /usr/lib/x86_64-linux-gnu/libclang-[0-9]*.so* >/dev/null 2>&1 || need_apt+=(libclang-dev)
# build-support's header tests also compile the extension corpus with clang.
command -v clang >/dev/null || need_apt+=(clang)
command -v python3.11 >/dev/null || need_apt+=(python3.11 python3.11-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
    fi
fi
# CPython's regression tests (tools/run_cpython_tests.py) come in Debian's own package.
if [ -x /usr/bin/python3.11 ] && [ ! -d /usr/lib/python3.11/test/support ]; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq libpython3.11-testsuite || true; else sudo apt-get install -y -qq libpython3.11-testsuite || true; fi
fi
python3.11 -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version'
cargo --version
