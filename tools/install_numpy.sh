#!/usr/bin/env bash
# Installs the unmodified PyPI numpy wheel (and pytest + hypothesis, which
# numpy's own test suite needs) for oxpy, into one directory that the numpy
# tests put on oxpy's path (PYTHONPATH). Nothing is committed: the wheels
# come from PyPI with CPython 3.11's pip, pinned for reproducibility.
#
# numpy 1.26.4: the last 1.x release, with cp311 manylinux wheels; its
# tests live in numpy/core/tests (numpy 2's moved to numpy/_core).
#
# Usage: tools/install_numpy.sh [DIR]   (default: $CARGO_TARGET_DIR/numpy-site,
#        or target/numpy-site). Prints DIR. Re-running is a no-op once the
#        pinned versions are there.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${1:-${CARGO_TARGET_DIR:-$PWD/target}/numpy-site}"
# Their dependencies are pinned too (installed with --no-deps).
PINS=(numpy==1.26.4 pytest==7.4.4 hypothesis==6.81.1
      iniconfig==2.3.1 packaging==26.4 pluggy==1.7.0
      attrs==26.1.0 sortedcontainers==2.4.0)
STAMP="$DIR/.oxpy-pins"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "${PINS[*]}" ]; then
    echo "$DIR"
    exit 0
fi
rm -rf "$DIR"
mkdir -p "$DIR"
python3.11 -m pip install --quiet --disable-pip-version-check --no-deps \
    --target "$DIR" --only-binary=:all: \
    --python-version 3.11 --implementation cp --platform manylinux2014_x86_64 \
    "${PINS[@]}" >&2
echo "${PINS[*]}" > "$STAMP"
echo "$DIR"
