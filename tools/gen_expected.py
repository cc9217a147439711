#!/usr/bin/env python3.11
"""Regenerates the expected output of the differential test programs.

Every `tests/programs/<area>/<name>.py` (files under a `_support` folder are
helpers, not tests) is run by CPython 3.11 exactly as `tests/programs.rs`
runs oxpy: cwd `tests/programs`, the program's path relative to it,
PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1, stdin
from /dev/null. The result, with the programs folder's absolute path removed from it (CPython
3.11 reports scripts by absolute path), goes to `<name>.out`:

    <exact stdout>
    --- stderr ---          } only when the exit code is non-zero
    <exact stderr>          } or stderr is non-empty
    --- exit N ---          }

Usage: tools/gen_expected.py [PROGRAM ...]   (default: all programs)
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "programs"


def programs():
    for p in sorted(ROOT.rglob("*.py")):
        if "_support" not in p.relative_to(ROOT).parts:
            yield p


def expected_output(stdout: bytes, stderr: bytes, code: int) -> bytes:
    out = stdout
    if code != 0 or stderr:
        if out and not out.endswith(b"\n"):
            out += b"\n"
        out += b"--- stderr ---\n" + stderr
        if stderr and not stderr.endswith(b"\n"):
            out += b"\n"
        out += b"--- exit %d ---\n" % code
    return out


def normalize(out: bytes) -> bytes:
    """Makes paths relative to the programs folder, so outputs do not depend on the checkout location."""
    return out.replace(str(ROOT).encode() + b"/", b"")


def run(interpreter: str, rel: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run([interpreter, rel], cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    return normalize(expected_output(proc.stdout, proc.stderr, proc.returncode))


def main(argv):
    interpreter = os.environ.get("PYTHON311", "python3.11")
    version = subprocess.run([interpreter, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True, text=True).stdout.strip()
    if version != "(3, 11)":
        sys.exit(f"{interpreter} is not CPython 3.11 (got {version})")
    targets = [Path(a).resolve() for a in argv] if argv else list(programs())
    for p in targets:
        rel = str(p.relative_to(ROOT))
        p.with_suffix(".out").write_bytes(run(interpreter, rel))
        print("wrote", p.with_suffix(".out").relative_to(ROOT.parent.parent))


if __name__ == "__main__":
    main(sys.argv[1:])
