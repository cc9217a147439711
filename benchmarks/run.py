#!/usr/bin/env python3
"""Runs each benchmark program on oxpy, CPython 3.11 and (if installed) PyPy
in the same run, checks that their checksum lines agree, and prints the
oxpy/CPython time ratio per benchmark and its geometric mean.

Targets (issue: language core, before any JIT): geometric mean <= 1.5 and no
benchmark above 2.5.

Usage: benchmarks/run.py [--oxpy PATH] [--runs N] [--quick] [--only a,b] [--json FILE]
"""
import argparse
import json
import math
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK_SIZES = {"nbody": "20000", "fannkuch": "8", "spectral_norm": "60", "richards": "5000", "dict_str": "500", "gen_closure": "200000", "int_loop": "15000"}


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - start
    checksum = next((l for l in proc.stdout.splitlines() if l.startswith("checksum")), None)
    error = None
    if proc.returncode != 0:
        error = (proc.stderr.strip().splitlines() or ["exit %d" % proc.returncode])[-1]
    return elapsed, checksum, error


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxpy", default=str(HERE.parent / "target" / "release" / "oxpy"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", default="")
    ap.add_argument("--json")
    args = ap.parse_args()
    impls = {"oxpy": args.oxpy, "cpython": shutil.which("python3.11") or "python3.11"}
    if shutil.which("pypy3"):
        impls["pypy"] = shutil.which("pypy3")
    names = sorted(p.stem for p in (HERE / "programs").glob("*.py"))
    if args.only:
        wanted = set(args.only.split(","))
        names = [n for n in names if n in wanted]
    results = {}
    print(f"{'benchmark':<16}" + "".join(f"{k:>12}" for k in impls) + f"{'oxpy/cpy':>12}")
    ratios = []
    for name in names:
        prog = str(HERE / "programs" / f"{name}.py")
        extra = [QUICK_SIZES[name]] if args.quick and name in QUICK_SIZES else []
        best = {k: math.inf for k in impls}
        sums = {}
        errors = {}
        for _ in range(args.runs):
            for k, exe in impls.items():
                if k in errors:
                    continue
                t, c, err = run_once([exe, prog] + extra)
                if err:
                    errors[k] = err
                    continue
                best[k] = min(best[k], t)
                sums[k] = c
        row = f"{name:<16}"
        for k in impls:
            row += f"{'FAILED':>12}" if k in errors else f"{best[k]:>11.3f}s"
        ok = "oxpy" not in errors and sums.get("oxpy") == sums.get("cpython")
        if ok:
            ratio = best["oxpy"] / best["cpython"]
            ratios.append(ratio)
            row += f"{ratio:>11.2f}x"
        else:
            row += f"{'n/a':>12}"
        print(row)
        if "oxpy" in errors:
            print(f"    oxpy failed: {errors['oxpy']}")
        elif not ok:
            print(f"    CHECKSUM MISMATCH: oxpy {sums.get('oxpy')!r} vs cpython {sums.get('cpython')!r}")
        results[name] = {"seconds": {k: (None if k in errors else best[k]) for k in impls}, "ok": ok}
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"\ngeometric mean oxpy/CPython: {geo:.2f}x over {len(ratios)} benchmarks "
              f"(target <= 1.5: {'met' if geo <= 1.5 else 'NOT met'}; worst {max(ratios):.2f}x, "
              f"target <= 2.5: {'met' if max(ratios) <= 2.5 else 'NOT met'})")
        results["geomean"] = geo
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    sys.exit(main())
