#!/usr/bin/env python3
"""Runs CPython's own regression tests (the installed CPython 3.11's `test`
package) on oxpy and on CPython in the same run, and prints per module and
in total how many tests ran, passed, failed, errored and were skipped, plus
how many of the tests that pass on CPython also pass on oxpy.

Each module runs as `INTERPRETER -m unittest -v test.MODULE` with a time
limit; the verbose per-test lines (`test_x (test.mod.Class.test_x) ... ok`)
are parsed. A module whose process crashes or times out is reported as such.

Usage: python3 tools/run_cpython_tests.py [--oxpy PATH] [--python PATH]
       [--timeout SECONDS] [--jobs N] [--markdown] [MODULE ...]
"""
import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MODULES = [
    "test_grammar", "test_int", "test_float", "test_list", "test_dict", "test_set", "test_tuple", "test_string",
    "test_bytes", "test_class", "test_descr", "test_scope", "test_generators", "test_exceptions", "test_with",
    "test_contextlib", "test_functools", "test_itertools", "test_collections", "test_re", "test_json", "test_enum",
    "test_dataclasses", "test_typing", "test_os", "test_io", "test_threading", "test_weakref", "test_subprocess",
    "test_argparse", "test_bool", "test_long", "test_unary", "test_augassign", "test_opcodes", "test_keywordonlyarg",
    "test_raise", "test_string_literals", "test_types", "test_builtin", "test_range", "test_slice", "test_textwrap",
    "test_fnmatch", "test_bisect", "test_heapq", "test_copy", "test_operator", "test_abc", "test_keyword",
    "test_math", "test_pow", "test_compare", "test_sort", "test_userdict", "test_userlist", "test_genexps",
    "test_unpack", "test_print", "test_structseq", "test_fstring", "test_global", "test_pprint", "test_shlex",
]

# `name (module.Class.name)` starts a test's report; ` ... RESULT` ends it.
START = re.compile(r"^(\w+) \(([\w.<>]+)\)")
RESULT = re.compile(r" \.\.\. (ok|FAIL|ERROR|skipped|expected failure|unexpected success)\b")
SUMMARY_RAN = re.compile(r"^Ran (\d+) tests?", re.M)


def run_one(interp, module, timeout):
    """Per-test outcomes of `interp -m unittest -v test.module`."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    try:
        r = subprocess.run([interp, "-m", "unittest", "-v", "test." + module], capture_output=True, text=True,
                           errors="replace", timeout=timeout, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {}, "timeout"
    outcomes = {}
    current = None
    for line in r.stderr.splitlines():
        m = START.match(line)
        if m:
            current = m.group(2)
        res = RESULT.search(line)
        if res and current is not None:
            outcomes[current] = res.group(1)
            current = None
    status = "ok"
    if r.returncode < 0:
        status = f"crash (signal {-r.returncode})"
    elif not SUMMARY_RAN.search(r.stderr):
        last = [l for l in r.stderr.strip().splitlines() if l.strip()]
        status = "no tests ran: " + (last[-1].strip()[:80] if last else f"exit {r.returncode}")
    return outcomes, status


def counts(outcomes):
    c = {"run": 0, "passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    for o in outcomes.values():
        if o == "skipped":
            c["skipped"] += 1
            continue
        c["run"] += 1
        if o in ("ok", "expected failure"):
            c["passed"] += 1
        elif o == "ERROR":
            c["errors"] += 1
        else:
            c["failed"] += 1
    return c


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oxpy", default=os.environ.get("OXPY_TEST_BINARY", os.path.join(ROOT, "target", "release", "oxpy")))
    ap.add_argument("--python", default="python3.11")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown (for README.md)")
    ap.add_argument("modules", nargs="*")
    args = ap.parse_args()
    modules = args.modules or MODULES

    def job(m):
        return m, run_one(args.python, m, args.timeout), run_one(args.oxpy, m, args.timeout)

    with ThreadPoolExecutor(max_workers=args.jobs) as ex:
        results = list(ex.map(job, modules))

    keys = ["run", "passed", "failed", "errors", "skipped"]
    total = {"cpython": dict.fromkeys(keys, 0), "oxpy": dict.fromkeys(keys, 0)}
    both_pass = cpython_pass = 0
    rows = []
    for m, (cp_out, cp_status), (ox_out, ox_status) in results:
        cc, oc = counts(cp_out), counts(ox_out)
        for k in keys:
            total["cpython"][k] += cc[k]
            total["oxpy"][k] += oc[k]
        passing = {t for t, o in cp_out.items() if o in ("ok", "expected failure")}
        cpython_pass += len(passing)
        both_pass += sum(1 for t in passing if ox_out.get(t) in ("ok", "expected failure"))
        rows.append((m, cc, oc, ox_status if ox_status != "ok" else ""))

    if args.markdown:
        print("| module | CPython run/passed/failed/errors/skipped | oxpy run/passed/failed/errors/skipped | oxpy note |")
        print("|---|---|---|---|")
        fmt = lambda c: "/".join(str(c[k]) for k in keys)
        for m, cc, oc, note in rows:
            print(f"| {m} | {fmt(cc)} | {fmt(oc)} | {note} |")
        print(f"| **total** | {fmt(total['cpython'])} | {fmt(total['oxpy'])} | |")
    else:
        head = f"{'module':<24} {'':>8} " + " ".join(f"{k:>8}" for k in keys)
        print(head)
        for m, cc, oc, note in rows:
            print(f"{m:<24} {'cpython':>8} " + " ".join(f"{cc[k]:>8}" for k in keys))
            print(f"{'':<24} {'oxpy':>8} " + " ".join(f"{oc[k]:>8}" for k in keys) + (f"  {note}" if note else ""))
        print(f"{'TOTAL':<24} {'cpython':>8} " + " ".join(f"{total['cpython'][k]:>8}" for k in keys))
        print(f"{'':<24} {'oxpy':>8} " + " ".join(f"{total['oxpy'][k]:>8}" for k in keys))
    pct = 100.0 * both_pass / cpython_pass if cpython_pass else 0.0
    print(f"\n{both_pass} of the {cpython_pass} tests that pass on CPython also pass on oxpy ({pct:.1f}%; target 90%) over {len(modules)} modules")
    crashed = [m for m, _, _, note in rows if note.startswith(("crash", "timeout"))]
    if crashed:
        print("crashed or timed out on oxpy: " + ", ".join(crashed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
