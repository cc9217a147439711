#!/usr/bin/env python3
"""Benchmark runner: times every program in benchmarks/programs/ on oxpy,
CPython 3.11 and (when installed) PyPy in the same run, interleaved, and
compares them.

For each benchmark the implementations take turns (oxpy, CPython, PyPy,
oxpy, CPython, PyPy, ...) for --runs rounds; the best (minimum) wall-clock
time of each is kept. Every program prints a line starting with "checksum";
oxpy's (and PyPy's) must equal CPython's, otherwise the result is reported
as a CHECKSUM MISMATCH and left out of the geometric mean. A crash, non-zero
exit or timeout is reported as FAILED with the first error line, and the
runner moves on to the next benchmark.

Targets (language core, before any JIT): geometric mean of oxpy/CPython
time <= 1.5 and no benchmark above 2.5.

usage: python3 benchmarks/run.py [--oxpy PATH] [--cpython PATH] [--pypy PATH]
                                 [--no-pypy] [--runs N] [--only a,b]
                                 [--quick] [--json FILE] [--timeout S]

Exit status: 0 if every benchmark ran and matched CPython's checksum (targets
missed or not), 1 if any failed or mismatched, 2 on usage errors.
"""
import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
DEFAULT_OXPY = os.path.join(os.path.dirname(HERE), "target", "release", "oxpy")

GEOMEAN_TARGET = 1.5
WORST_TARGET = 2.5

# Small sizes for --quick (each runs in well under 0.1 s on CPython).
QUICK_SIZES = {
    "calls": "18",
    "dict_str": "2000",
    "fannkuch": "7",
    "float_math": "80",
    "gen_closure": "50000",
    "int_loop": "5000",
    "list_comp": "10000",
    "nbody": "5000",
    "richards": "5000",
    "spectral_norm": "60",
}

ERROR_LINE = re.compile(
    r"^([A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)\b|.*panicked)")


def first_error_line(stderr, returncode):
    lines = [l.strip() for l in stderr.splitlines() if l.strip()]
    for line in lines:
        if ERROR_LINE.match(line):
            return line
    if lines:
        return lines[-1]
    if returncode < 0:
        return "killed by signal %d" % -returncode
    return "exit status %d" % returncode


def run_once(exe, prog, args, timeout):
    """Run one program once. Returns (seconds, checksum_line, error)."""
    cmd = [exe, prog] + args
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, "timed out after %gs" % timeout
    except OSError as e:
        return None, None, "cannot run %s: %s" % (exe, e.strerror or e)
    elapsed = time.perf_counter() - start
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        return elapsed, None, first_error_line(err, proc.returncode)
    checksum = None
    for line in out.splitlines():
        if line.startswith("checksum"):
            checksum = line.strip()
    if checksum is None:
        return elapsed, None, "no checksum line in output"
    return elapsed, checksum, None


def version_of(exe):
    try:
        p = subprocess.run([exe, "--version"], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=30)
        lines = p.stdout.decode("utf-8", "replace").strip().splitlines()
        return " ".join(lines).strip() or "?"
    except (OSError, subprocess.TimeoutExpired):
        return "not runnable"


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt_secs(r):
    if r["status"] == "ok" or r["status"] == "mismatch":
        return "%8.3f" % r["best"]
    return "%8s" % "FAILED"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxpy", default=DEFAULT_OXPY, help="oxpy binary (default: %(default)s)")
    ap.add_argument("--cpython", default="python3.11", help="CPython 3.11 binary")
    ap.add_argument("--pypy", default=None, help="PyPy binary (default: pypy3 if on PATH)")
    ap.add_argument("--no-pypy", action="store_true", help="skip PyPy even if installed")
    ap.add_argument("--runs", type=int, default=3, help="rounds per benchmark, best kept")
    ap.add_argument("--only", default="", help="comma-separated benchmark names")
    ap.add_argument("--quick", action="store_true", help="small sizes (smoke test)")
    ap.add_argument("--json", metavar="FILE", help="write the results as JSON")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    impls = [("oxpy", args.oxpy), ("cpython", shutil.which(args.cpython) or args.cpython)]
    if not args.no_pypy:
        pypy = args.pypy or shutil.which("pypy3")
        if pypy:
            impls.append(("pypy", pypy))
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in names]
        if unknown:
            ap.error("unknown benchmark(s): %s (have: %s)" % (", ".join(unknown), ", ".join(names)))
        names = [n for n in names if n in wanted]

    versions = {k: version_of(exe) for k, exe in impls}
    for k, exe in impls:
        print("%-8s %s  (%s)" % (k, exe, versions[k]))
    if len(impls) == 2 and not args.no_pypy:
        print("pypy     not installed (apt-get install pypy3 adds the column)")
    print("mode: %s, best of %d, interleaved\n" % ("quick" if args.quick else "full", args.runs))

    header = "%-14s" % "benchmark" + "".join("%9s" % k for k, _ in impls) + "  oxpy/CPy"
    print(header)
    print("-" * len(header))

    results = {}
    ratios = {}
    problems = []
    for name in names:
        prog = os.path.join(PROGRAMS, name + ".py")
        extra = [QUICK_SIZES[name]] if args.quick and name in QUICK_SIZES else []
        res = {k: {"times": [], "checksum": None, "error": None} for k, _ in impls}
        for _ in range(args.runs):
            for k, exe in impls:
                r = res[k]
                if r["error"]:
                    continue
                t, checksum, err = run_once(exe, prog, extra, args.timeout)
                if err:
                    r["error"] = err
                    continue
                if r["checksum"] is not None and checksum != r["checksum"]:
                    r["error"] = "checksum changed between runs: %r vs %r" % (r["checksum"], checksum)
                    continue
                r["checksum"] = checksum
                r["times"].append(t)
        ref = res["cpython"]["checksum"]
        for k, _ in impls:
            r = res[k]
            r["best"] = min(r["times"]) if r["times"] and not r["error"] else None
            if r["error"]:
                r["status"] = "failed"
            elif ref is not None and r["checksum"] != ref:
                r["status"] = "mismatch"
            else:
                r["status"] = "ok"
        row = "%-14s" % name + "".join(" " + fmt_secs(res[k]) for k, _ in impls)
        ox, cp = res["oxpy"], res["cpython"]
        ratio = None
        if ox["status"] == "ok" and cp["status"] == "ok":
            ratio = ox["best"] / cp["best"]
            ratios[name] = ratio
            row += "  %7.2fx" % ratio
            if ratio > WORST_TARGET:
                row += "  > %.1f!" % WORST_TARGET
        else:
            row += "  %8s" % "n/a"
        print(row, flush=True)
        for k, _ in impls:
            r = res[k]
            if r["status"] == "failed":
                print("    %s FAILED: %s" % (k, r["error"]))
                problems.append("%s on %s failed" % (name, k))
            elif r["status"] == "mismatch":
                print("    *** CHECKSUM MISMATCH on %s ***" % k)
                print("        %-8s %s" % (k + ":", r["checksum"]))
                print("        %-8s %s" % ("cpython:", ref))
                problems.append("%s on %s: checksum mismatch" % (name, k))
        results[name] = {
            "args": extra,
            "ratio_oxpy_cpython": ratio,
            "impls": {k: {"status": res[k]["status"], "best_seconds": res[k]["best"],
                          "all_seconds": res[k]["times"], "checksum": res[k]["checksum"],
                          "error": res[k]["error"]} for k, _ in impls},
        }

    print()
    summary = {"benchmarks_compared": len(ratios), "benchmarks_total": len(names)}
    if ratios:
        gm = geomean(list(ratios.values()))
        worst_name = max(ratios, key=ratios.get)
        over = sorted(n for n, r in ratios.items() if r > WORST_TARGET)
        gm_ok = gm <= GEOMEAN_TARGET
        worst_ok = not over
        print("geometric mean oxpy/CPython: %.2fx over %d of %d benchmarks"
              % (gm, len(ratios), len(names)))
        print("  target geomean <= %.1f: %s" % (GEOMEAN_TARGET, "met" if gm_ok else "NOT MET"))
        print("  target none above %.1f: %s (worst %s %.2fx)%s"
              % (WORST_TARGET, "met" if worst_ok else "NOT MET", worst_name,
                 ratios[worst_name], "; above: " + ", ".join(over) if over else ""))
        for k, _ in impls:
            if k in ("oxpy", "cpython"):
                continue
            pr = [results[n]["impls"][k]["best_seconds"] / results[n]["impls"]["cpython"]["best_seconds"]
                  for n in names
                  if results[n]["impls"][k]["status"] == "ok"
                  and results[n]["impls"]["cpython"]["status"] == "ok"]
            if pr:
                print("geometric mean %s/CPython: %.2fx over %d benchmarks" % (k, geomean(pr), len(pr)))
                summary["geomean_%s_cpython" % k] = geomean(pr)
        summary.update({"geomean_oxpy_cpython": gm, "geomean_target_met": gm_ok,
                        "worst": worst_name, "worst_ratio": ratios[worst_name],
                        "worst_target_met": worst_ok, "above_worst_target": over})
    else:
        print("no benchmark could be compared (oxpy/CPython geometric mean unavailable)")
    if problems:
        print("\n%d problem(s), excluded from the mean:" % len(problems))
        for p in problems:
            print("  - " + p)
        if ratios:
            print("  (the targets above hold only over the benchmarks that ran correctly)")
    summary["problems"] = problems

    if args.json:
        doc = {"mode": "quick" if args.quick else "full", "runs": args.runs,
               "targets": {"geomean": GEOMEAN_TARGET, "worst": WORST_TARGET},
               "implementations": {k: {"path": exe, "version": versions[k]} for k, exe in impls},
               "benchmarks": results, "summary": summary}
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")
        print("\nwrote " + args.json)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
