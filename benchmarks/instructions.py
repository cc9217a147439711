"""Instruction counts of the benchmark programs under callgrind: oxpy
against CPython, at the --quick sizes of run.py. Unlike wall-clock times
these do not move with the machine's load, so small changes to the
interpreter can be measured on a busy machine.

Only the running of the program is counted (from the call that compiles
and runs the main file to its return), not interpreter start-up, which
depends on whether the standard library's compiled caches are current.

usage: python3 benchmarks/instructions.py [--oxpy PATH] [--cpython PATH]
                                          [--only a,b] [--json FILE]
"""
import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402  (QUICK_SIZES, the program list)

# The function whose activation is counted: the one that compiles and runs
# the main file (oxpy's `pythonrun::run_source`, CPython's
# `_PyRun_SimpleFileObject`).
OXPY_TOGGLE = "*pythonrun*run_source*"
CPYTHON_TOGGLE = "_PyRun_SimpleFileObject"

COLLECTED = re.compile(r"Collected : (\d+)")


def count(exe, toggle, program, size):
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
           "--toggle-collect=" + toggle, exe, program, size]
    p = subprocess.run(cmd, capture_output=True, text=True)
    m = COLLECTED.search(p.stderr)
    if p.returncode != 0 or not m:
        raise SystemExit("failed: %s\n%s" % (" ".join(cmd), p.stderr[-2000:]))
    return int(m.group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oxpy", default=os.path.join(HERE, "..", "target", "release", "oxpy"))
    ap.add_argument("--cpython", default="python3.11")
    ap.add_argument("--only", default="")
    ap.add_argument("--json", default="")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed")
    # A pyenv shim is a script: callgrind must run the real executable.
    cpython = subprocess.run([args.cpython, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, check=True).stdout.strip()
    names = [n for n in sorted(run.QUICK_SIZES) if not args.only or n in args.only.split(",")]
    rows = {}
    print("%-14s %15s %15s %7s" % ("program", "oxpy", "CPython", "ratio"))
    for name in names:
        prog = os.path.join(HERE, "programs", name + ".py")
        size = run.QUICK_SIZES[name]
        ox = count(args.oxpy, OXPY_TOGGLE, prog, size)
        cp = count(cpython, CPYTHON_TOGGLE, prog, size)
        rows[name] = {"oxpy": ox, "cpython": cp, "ratio": ox / cp}
        print("%-14s %15d %15d %7.2f" % (name, ox, cp, ox / cp), flush=True)
    if rows:
        g = math.exp(sum(math.log(r["ratio"]) for r in rows.values()) / len(rows))
        print("%-14s %15s %15s %7.2f" % ("geomean", "", "", g))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
