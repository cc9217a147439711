#!/usr/bin/env python3
"""Peak-memory benchmark: the peak resident set size (RSS) of a process that
builds a list of ten million small ints, on oxpy and on CPython 3.11.

Each measurement runs in a fresh child process; its peak RSS is taken from
the kernel's rusage for exactly that child (os.wait4 -> ru_maxrss, the same
high-water mark /proc/<pid>/status reports as VmHWM). Variants:

  range   xs = list(range(N))
  append  xs = []; for i in range(N): xs.append(i)
  comp    xs = [i for i in range(N)]

plus "startup" (an empty program) as the baseline. The table gives the peak
RSS of each, the oxpy/CPython ratio of the peak, and of the growth above the
startup baseline. Target: oxpy's peak within 2x of CPython's.

usage: python3 benchmarks/memory.py [--oxpy PATH] [--cpython PATH] [-n N]
                                    [--runs R] [--json FILE]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OXPY = os.path.join(os.path.dirname(HERE), "target", "release", "oxpy")
TARGET = 2.0

VARIANTS = {
    "startup": "print('checksum', 0)\n",
    "range": (
        "xs = list(range({n}))\n"
        "print('checksum', len(xs), xs[0], xs[-1], xs[{n} // 2])\n"
    ),
    "append": (
        "xs = []\n"
        "for i in range({n}):\n"
        "    xs.append(i)\n"
        "print('checksum', len(xs), xs[0], xs[-1], xs[{n} // 2])\n"
    ),
    "comp": (
        "xs = [i for i in range({n})]\n"
        "print('checksum', len(xs), xs[0], xs[-1], xs[{n} // 2])\n"
    ),
}


def peak_rss_kib(exe, script, timeout=300):
    """Run exe script in a fresh child; return (peak_kib, stdout, error)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.Popen([exe, script], stdout=out, stderr=err)
        except OSError as e:
            return None, "", "cannot run %s: %s" % (exe, e.strerror or e)
        # wait4 reaps this child and returns its own rusage; ru_maxrss is in KiB
        # on Linux. (Popen must not reap it first, so no proc.wait() here.)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        lines = [l for l in stderr.splitlines() if l.strip()]
        if lines:
            msg = lines[-1]
        elif proc.returncode < 0:
            msg = "killed by signal %d" % -proc.returncode
        else:
            msg = "exit status %d" % proc.returncode
        return usage.ru_maxrss, stdout, msg
    return usage.ru_maxrss, stdout, None


def checksum_of(stdout):
    for line in stdout.splitlines():
        if line.startswith("checksum"):
            return line.strip()
    return None


def mib(kib):
    return "%9.1f" % (kib / 1024.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxpy", default=DEFAULT_OXPY)
    ap.add_argument("--cpython", default="python3.11")
    ap.add_argument("-n", type=int, default=10_000_000, help="list length")
    ap.add_argument("--runs", type=int, default=1, help="measurements per variant, lowest kept")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    impls = [("oxpy", args.oxpy), ("cpython", args.cpython)]

    tmpdir = tempfile.mkdtemp(prefix="oxpy-mem-")
    scripts = {}
    for name, src in VARIANTS.items():
        path = os.path.join(tmpdir, name + ".py")
        with open(path, "w") as f:
            f.write(src.format(n=args.n))
        scripts[name] = path

    print("peak RSS (MiB) of a list of %d small ints; fresh process per measurement"
          % args.n)
    print("%-8s %9s %9s %8s %10s" % ("variant", "oxpy", "cpython", "ratio", "net ratio"))
    results = {}
    base = {}
    worst = None
    failed = []
    for name in VARIANTS:
        peaks = {}
        sums = {}
        errors = {}
        for _ in range(args.runs):
            for k, exe in impls:  # interleaved
                if k in errors:
                    continue
                kib, stdout, err = peak_rss_kib(exe, scripts[name])
                if err:
                    errors[k] = err
                    continue
                peaks[k] = min(peaks.get(k, kib), kib)
                sums[k] = checksum_of(stdout)
        if name == "startup":
            base = dict(peaks)
        row = "%-8s" % name
        for k, _ in impls:
            row += mib(peaks[k]) if k in peaks else "%9s" % "FAILED"
        ratio = net = None
        if not errors and sums.get("oxpy") == sums.get("cpython"):
            ratio = peaks["oxpy"] / peaks["cpython"]
            row += "%7.2fx" % ratio
            if name != "startup":
                if "oxpy" in base and "cpython" in base:
                    grow_o = peaks["oxpy"] - base["oxpy"]
                    grow_c = peaks["cpython"] - base["cpython"]
                    if grow_c > 0:
                        net = grow_o / grow_c
                        row += "%9.2fx" % net
                worst = ratio if worst is None else max(worst, ratio)
                row += "  %s" % ("ok" if ratio <= TARGET else "ABOVE %.0fx TARGET" % TARGET)
        else:
            row += "%8s" % "n/a"
        print(row)
        for k in errors:
            print("    %s FAILED: %s" % (k, errors[k]))
            failed.append("%s on %s" % (name, k))
        if not errors and sums.get("oxpy") != sums.get("cpython"):
            print("    *** CHECKSUM MISMATCH: oxpy %r vs cpython %r ***"
                  % (sums.get("oxpy"), sums.get("cpython")))
            failed.append("%s: checksum mismatch" % name)
        results[name] = {"peak_kib": peaks, "ratio": ratio, "net_ratio": net,
                         "errors": errors, "checksums": sums}

    for path in scripts.values():
        os.unlink(path)
    os.rmdir(tmpdir)

    print()
    if worst is not None:
        print("worst peak-RSS ratio oxpy/CPython: %.2fx  (target <= %.1fx: %s)"
              % (worst, TARGET, "met" if worst <= TARGET else "NOT MET"))
    if failed:
        print("problems: " + "; ".join(failed))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"n": args.n, "target": TARGET, "worst_ratio": worst,
                       "variants": results, "problems": failed}, f, indent=2)
            f.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
