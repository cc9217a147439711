#!/usr/bin/env python3
"""Rewrites tests/stdlib_imports.txt: imports each listed standard-library
module on oxpy (one process each) and marks the ones that fail as expected
failures, with the error as the reason. The cargo test `stdlib_imports`
checks the same list: a listed failure that starts passing fails it too.

Usage: OXPY_TEST_BINARY=target/release/oxpy python3 tools/update_stdlib_imports.py
"""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIST = os.path.join(ROOT, "tests", "stdlib_imports.txt")
BINARY = os.environ.get("OXPY_TEST_BINARY", os.path.join(ROOT, "target", "release", "oxpy"))
PROBE = "import {0} as m\nimport sys\nprint('IMPORTED', m is sys.modules[{0!r}])"


def read_list():
    header, names = [], []
    with open(LIST) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                if not names:
                    header.append(line)
                continue
            names.append(line.split()[0])
    return header, names


def probe(name):
    try:
        r = subprocess.run([BINARY, "-c", PROBE.format(name)], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return name, "timed out"
    if r.returncode == 0 and r.stdout.endswith("IMPORTED True\n"):
        return name, None
    lines = [l for l in r.stderr.strip().splitlines() if l.strip()]
    if r.returncode < 0:
        return name, f"crashed with signal {-r.returncode}"
    return name, (lines[-1].strip() if lines else f"exit status {r.returncode}")


def main():
    header, names = read_list()
    with ThreadPoolExecutor(max_workers=2) as ex:
        results = dict(ex.map(probe, names))
    ok = sum(1 for n in names if results[n] is None)
    with open(LIST, "w") as f:
        f.write("\n".join(header) + "\n")
        for n in names:
            reason = results[n]
            f.write(n + ("\n" if reason is None else f"  xfail: {reason}\n"))
    print(f"{ok} of {len(names)} modules import; {len(names) - ok} expected failures written to {LIST}")


if __name__ == "__main__":
    sys.exit(main())
