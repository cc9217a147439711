#!/usr/bin/env python3.11
"""Regenerates the expected output of the differential test programs.

Layout: every `tests/programs/<area>/<name>.py` is a test program. Files in a
folder named `_support` (at any depth) are helper modules and packages that
tests import; they are not tests themselves.

Each program is run by CPython 3.11 exactly as `tests/programs.rs` runs oxpy:

  * command `python3.11 <area>/<name>.py` (the path relative to the cwd),
  * cwd `tests/programs`,
  * environment: the caller's, plus PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8,
    PYTHONDONTWRITEBYTECODE=1,
  * stdin from /dev/null, a timeout of 60 s.

The result goes to `<area>/<name>.out` next to the program, in this format:

    <the exact stdout>
    --- stderr ---          } only when the exit code is non-zero
    <the exact stderr>      } or stderr is non-empty
    --- exit N ---          }

A newline is inserted before `--- stderr ---` (and before `--- exit N ---`)
only if the preceding output does not already end with one. N is the exit
code (minus the signal number if the process was killed by a signal).
CPython 3.11 reports the main script and imported modules by absolute path,
so every occurrence of "<absolute path of tests/programs>/" is removed from
the output: paths appear relative to tests/programs.

Usage:
  tools/gen_expected.py [--check] [--verify] [PATH ...]

  PATH      a program or a folder of programs (e.g. an area), relative to the
            current directory or to tests/programs; default: all programs.
  --check   write nothing; report programs whose .out is missing or stale
            (exit status 1 if any).
  --verify  also run each program a second time with PYTHONHASHSEED=1 and
            report outputs that differ (non-deterministic programs), and
            report programs outside tracebacks/, syntax_errors/, sys_exit/
            that exit with a non-zero status.

The interpreter is `python3.11`, or $PYTHON311 if set; it must report
sys.version_info[:2] == (3, 11).
"""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "programs"
TIMEOUT = 60
# Areas whose programs are expected to fail or to exit with a status.
FAILING_AREAS = {"tracebacks", "syntax_errors", "sys_exit"}


def is_program(p: Path) -> bool:
    parts = p.relative_to(ROOT).parts
    return p.suffix == ".py" and len(parts) >= 2 and "_support" not in parts and "__pycache__" not in parts


def programs(under: Path = ROOT):
    """Every test program under `under`, sorted by relative path."""
    if under.is_file():
        return [under] if is_program(under) else []
    return sorted((p for p in under.rglob("*.py") if is_program(p)), key=lambda p: str(p.relative_to(ROOT)))


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
    prefixes = {str(ROOT) + "/", os.path.realpath(ROOT) + "/"}
    for prefix in sorted(prefixes, key=len, reverse=True):
        out = out.replace(prefix.encode(), b"")
    return out


def environment(hashseed: str = "0") -> dict:
    return dict(os.environ, PYTHONHASHSEED=hashseed, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")


def run(interpreter: str, rel: str, hashseed: str = "0", timeout: float = TIMEOUT):
    """Runs one program; returns (rendered output, exit code, stderr)."""
    proc = subprocess.run(
        [interpreter, rel], cwd=ROOT, env=environment(hashseed),
        stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
    )
    return normalize(expected_output(proc.stdout, proc.stderr, proc.returncode)), proc.returncode, proc.stderr


def resolve(arg: str) -> Path:
    for base in (Path.cwd(), ROOT):
        p = (base / arg).resolve()
        if p.exists():
            return p
    sys.exit(f"no such program or folder: {arg}")


def main(argv):
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return 0
    check = "--check" in argv
    verify = "--verify" in argv
    paths = [a for a in argv if a not in ("--check", "--verify")]
    unknown = [a for a in paths if a.startswith("-")]
    if unknown:
        sys.exit(f"unknown option {unknown[0]} (see --help)")

    interpreter = os.environ.get("PYTHON311", "python3.11")
    version = subprocess.run(
        [interpreter, "-c", "import sys; print(tuple(sys.version_info[:2]) == (3, 11))"],
        capture_output=True, text=True,
    ).stdout.strip()
    if version != "True":
        sys.exit(f"{interpreter} is not CPython 3.11")

    targets = []
    for a in paths or [str(ROOT)]:
        found = programs(resolve(a))
        if not found:
            sys.exit(f"no test programs in {a}")
        targets += found
    targets = sorted(set(targets), key=lambda p: str(p.relative_to(ROOT)))

    def job(p: Path):
        rel = str(p.relative_to(ROOT))
        problems = []
        try:
            out, code, err = run(interpreter, rel)
        except subprocess.TimeoutExpired:
            return rel, None, [f"timed out after {TIMEOUT} s"]
        if verify:
            again, _, _ = run(interpreter, rel, hashseed="1")
            if again != out:
                problems.append("output differs with PYTHONHASHSEED=1 (not deterministic)")
            area = Path(rel).parts[0]
            if area not in FAILING_AREAS and code != 0:
                problems.append(f"exits with status {code}, outside {sorted(FAILING_AREAS)}")
        return rel, out, problems

    failed = False
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for rel, out, problems in pool.map(job, targets):
            for msg in problems:
                print(f"{rel}: {msg}", file=sys.stderr)
                failed = True
            if out is None:
                continue
            dest = ROOT / Path(rel).with_suffix(".out")
            if check:
                if not dest.exists() or dest.read_bytes() != out:
                    print(f"{rel}: .out is missing or stale", file=sys.stderr)
                    failed = True
            elif not dest.exists() or dest.read_bytes() != out:
                dest.write_bytes(out)
                print("wrote", dest.relative_to(ROOT.parent.parent))
    print(f"{len(targets)} programs {'checked' if check else 'run'}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
