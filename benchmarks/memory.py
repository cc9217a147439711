#!/usr/bin/env python3
"""Peak resident memory of building a list of ten million small ints, on
oxpy and CPython 3.11 (target: oxpy within 2x of CPython).
Usage: benchmarks/memory.py [--oxpy PATH] [--n N]"""
import argparse
import shutil
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = {
    "list(range(n))": "import sys\nn = int(sys.argv[1])\nx = list(range(n))\nprint(len(x))\n",
    "append loop": "import sys\nn = int(sys.argv[1])\nx = []\nfor i in range(n):\n    x.append(i)\nprint(len(x))\n",
}


def peak_rss_kib(cmd):
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        try:
            for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
        except OSError:
            pass
        time.sleep(0.01)
    return peak


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxpy", default=str(HERE.parent / "target" / "release" / "oxpy"))
    ap.add_argument("--n", default="10000000")
    args = ap.parse_args()
    cpython = shutil.which("python3.11") or "python3.11"
    for name, src in PROGRAMS.items():
        o = peak_rss_kib([args.oxpy, "-c", src, args.n])
        c = peak_rss_kib([cpython, "-c", src, args.n])
        ratio = o / c if c else float("nan")
        print(f"{name:<16} oxpy {o / 1024:8.1f} MiB   CPython {c / 1024:8.1f} MiB   ratio {ratio:.2f}x "
              f"(target <= 2.0: {'met' if ratio <= 2.0 else 'NOT met'})")


if __name__ == "__main__":
    main()
