"""Per-call cost of C-API crossings on oxpy and CPython 3.11 (and PyPy when
`pypy3` with its headers is installed): builds benchmarks/capi/capibench.c
against each interpreter's headers (include-python for oxpy), runs the same
workload on each, and prints nanoseconds per operation and oxpy/CPython.

    python3 benchmarks/capi.py [--oxpy PATH] [--cpython PATH] [--runs N]

Each figure is the best of --runs rounds (interpreters take turns), timed
in-process by the module's own monotonic clock.
"""
import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "benchmarks", "capi", "capibench.c")
SO = "capibench.cpython-311-x86_64-linux-gnu.so"

WORKLOAD = r'''
import capibench as m
clock = m.clock
N = int(NITER)

def timeit(name, f, n, per):
    best = None
    for _ in range(3):
        t0 = clock()
        f(n)
        dt = clock() - t0
        if best is None or dt < best:
            best = dt
    print(name, best / (n * per) * 1e9)

def noargs(n):
    f = m.noargs
    for _ in range(n):
        f()

def onearg(n):
    f = m.onearg
    x = "text"
    for _ in range(n):
        f(x)

def parse3(n):
    f = m.parse3
    o = []
    for _ in range(n):
        f(1, 2.5, o)

L = list(range(1000))
def sum_list(n):
    f = m.sum_list
    for _ in range(n):
        f(L)

def build_tuple(n):
    f = m.build_tuple
    for _ in range(n):
        f(1000)

P = m.Point()
P.value = 7
def attr(n):
    p = P
    for _ in range(n):
        p.value

def method(n):
    p = P
    for _ in range(n):
        p.get()

def ident(x):
    return x
def roundtrip(n):
    f = m.roundtrip
    o = object()
    for _ in range(n):
        f(ident, o, 1000)

assert m.sum_list(L) == sum(L)
assert m.build_tuple(1000) == tuple(i & 255 for i in range(1000))
timeit("call, no arguments", noargs, N, 1)
timeit("call, one argument", onearg, N, 1)
timeit("PyArg_ParseTuple, 3 arguments", parse3, N, 1)
timeit("sum 1000-int list (PyList_GET_ITEM), per list", sum_list, N // 100, 1)
timeit("build 1000-tuple in C, per tuple", build_tuple, N // 100, 1)
timeit("attribute read on a C type", attr, N, 1)
timeit("method call on a C type", method, N, 1)
timeit("object in and out (C calls Python), per call", roundtrip, N // 1000, 1000)
'''


def build(cc, include, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run([cc, "-O2", "-shared", "-fPIC", "-I", include, SOURCE,
                    "-o", os.path.join(out_dir, SO)], check=True)
    with open(os.path.join(out_dir, "workload.py"), "w") as f:
        f.write(WORKLOAD)


def run(interp, out_dir, niter):
    env = dict(os.environ, NITER=str(niter))
    script = open(os.path.join(out_dir, "workload.py")).read().replace(
        "int(NITER)", str(niter))
    with open(os.path.join(out_dir, "workload.py"), "w") as f:
        f.write(script)
    p = subprocess.run([interp, "workload.py"], cwd=out_dir, env=env,
                       capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        raise SystemExit(f"{interp} failed:\n{p.stdout}{p.stderr}")
    res = {}
    for line in p.stdout.splitlines():
        name, _, v = line.rpartition(" ")
        res[name] = float(v)
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oxpy", default=os.path.join(ROOT, "target", "release", "oxpy"))
    ap.add_argument("--cpython", default="python3.11")
    ap.add_argument("--pypy", default=shutil.which("pypy3"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--n", type=int, default=200000, help="calls per timing")
    a = ap.parse_args()
    cc = os.environ.get("CC", "cc")
    tmp = tempfile.mkdtemp(prefix="capibench-")
    impls = []
    cpy_inc = subprocess.run([a.cpython, "-c", "import sysconfig;print(sysconfig.get_paths()['include'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    build(cc, cpy_inc, os.path.join(tmp, "cpython"))
    impls.append(("CPython", a.cpython, os.path.join(tmp, "cpython")))
    build(cc, os.path.join(ROOT, "include-python"), os.path.join(tmp, "oxpy"))
    impls.append(("oxpy", a.oxpy, os.path.join(tmp, "oxpy")))
    if a.pypy:
        inc = subprocess.run([a.pypy, "-c", "import sysconfig;print(sysconfig.get_paths()['include'])"],
                             capture_output=True, text=True).stdout.strip()
        if inc and os.path.exists(os.path.join(inc, "Python.h")):
            d = os.path.join(tmp, "pypy")
            os.makedirs(d, exist_ok=True)
            suffix = subprocess.run([a.pypy, "-c", "import sysconfig;print(sysconfig.get_config_var('EXT_SUFFIX'))"],
                                    capture_output=True, text=True).stdout.strip()
            build(cc, inc, d)
            os.rename(os.path.join(d, SO), os.path.join(d, "capibench" + suffix))
            impls.append(("PyPy", a.pypy, d))
    best = {}
    for _ in range(a.runs):
        for name, interp, d in impls:
            for k, v in run(interp, d, a.n).items():
                best.setdefault(name, {})
                best[name][k] = min(v, best[name].get(k, v))
    names = [n for n, _, _ in impls]
    print(f"{'ns per operation':48}" + "".join(f"{n:>10}" for n in names) + f"{'oxpy/CPy':>10}")
    for k in best["CPython"]:
        row = "".join(f"{best[n][k]:10.1f}" for n in names)
        print(f"{k:48}{row}{best['oxpy'][k] / best['CPython'][k]:10.2f}")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
