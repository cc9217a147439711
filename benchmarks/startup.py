#!/usr/bin/env python3
"""Start-up time of oxpy beside CPython 3.11: `-c pass` and
`-c "import os, re, json, typing, dataclasses"`, each the median of N runs
(wall clock). Target: oxpy within 2x of CPython.

Usage: python3 benchmarks/startup.py [--oxpy PATH] [--python PATH] [-n RUNS]
"""
import argparse
import os
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = [("-c pass", ["-c", "pass"]), ("-c import os, re, json, typing, dataclasses", ["-c", "import os, re, json, typing, dataclasses"])]


def median_time(cmd, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True)
        times.append(time.perf_counter() - t)
        if r.returncode != 0:
            return None, r.stderr.decode(errors="replace").strip().splitlines()[-1:]
    return statistics.median(times), None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxpy", default=os.path.join(ROOT, "target", "release", "oxpy"))
    ap.add_argument("--python", default="python3.11")
    ap.add_argument("-n", type=int, default=20)
    a = ap.parse_args()
    py = subprocess.run([a.python, "-c", "import sys; print(sys.executable)"], capture_output=True, text=True).stdout.strip() or a.python
    print(f"{'case':<46} {'CPython ms':>10} {'oxpy ms':>10} {'ratio':>7}")
    for name, args in CASES:
        c, _ = median_time([py] + args, a.n)
        o, err = median_time([a.oxpy] + args, a.n)
        if o is None:
            print(f"{name:<46} {c * 1000:>10.1f} {'fails':>10}   {err[0] if err else ''}")
        else:
            print(f"{name:<46} {c * 1000:>10.1f} {o * 1000:>10.1f} {o / c:>6.2f}x")


if __name__ == "__main__":
    main()
