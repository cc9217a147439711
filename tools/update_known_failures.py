#!/usr/bin/env python3
"""Rewrites tests/programs/known-failures.txt to list exactly the programs the
oxpy binary currently fails.

It runs oxpy directly, on every program, the way tests/programs.rs does (cwd
tests/programs, the relative path, the same environment, stdin from
/dev/null, a 30 s timeout) and compares the rendered output with the recorded
`.out` file.

Usage: tools/update_known_failures.py [--dry-run] [OXPY]

  OXPY       the interpreter to test; default $OXPY_TEST_BINARY, else
             target/release/oxpy, else target/debug/oxpy (build it first).
  --dry-run  print the failing programs instead of rewriting the list.
"""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_expected import ROOT, programs, run  # noqa: E402

LIST = ROOT / "known-failures.txt"
HEADER = (
    "# Programs oxpy does not yet run exactly like CPython 3.11, one path (relative to\n"
    "# tests/programs) a line. They still run: while they fail they are reported as\n"
    "# ignored; once one passes the suite fails until it is removed from this list.\n"
    "# Regenerate with tools/update_known_failures.py.\n"
)


def default_binary() -> str:
    env = os.environ.get("OXPY_TEST_BINARY")
    if env:
        return env
    repo = ROOT.parent.parent
    for profile in ("release", "debug"):
        p = repo / "target" / profile / "oxpy"
        if p.exists():
            return str(p)
    sys.exit("no oxpy binary: build it (cargo build --release) or pass its path")


def main(argv):
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return 0
    dry = "--dry-run" in argv
    rest = [a for a in argv if a != "--dry-run"]
    oxpy = str(Path(rest[0]).resolve()) if rest else str(Path(default_binary()).resolve())

    def job(p: Path):
        rel = str(p.relative_to(ROOT))
        try:
            got, _, _ = run(oxpy, rel, timeout=30)
        except subprocess.TimeoutExpired:
            return rel, False
        except OSError as e:
            sys.exit(f"cannot run {oxpy}: {e}")
        expected = p.with_suffix(".out")
        return rel, expected.exists() and got == expected.read_bytes()

    all_programs = programs()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(job, all_programs))
    failing = [rel for rel, ok in results if not ok]

    if dry:
        print("\n".join(failing))
    else:
        LIST.write_text(HEADER + "".join(f"{f}\n" for f in failing))
    total = len(all_programs)
    print(f"{total - len(failing)} of {total} programs pass; {len(failing)} fail"
          + ("" if dry else f" (written to {LIST.relative_to(ROOT.parent.parent)})"), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
