"""Generator and closure workload: lazy pipelines of generators (including
yield from, generator expressions and send()), closures over mutable state
with nonlocal, and higher-order function composition.

usage: gen_closure.py [N]
"""
import sys


def numbers(n, seed):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x >> 10


def keep(pred, it):
    for v in it:
        if pred(v):
            yield v


def apply(fn, it):
    for v in it:
        yield fn(v)


def pairwise(it):
    prev = None
    first = True
    for v in it:
        if not first:
            yield prev, v
        prev = v
        first = False


def chain(*its):
    for it in its:
        yield from it


def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v


def make_counter(step):
    total = 0

    def bump(v):
        nonlocal total
        total += step
        return v + total

    def read():
        return total

    return bump, read


def compose(*fns):
    def run(v):
        for f in fns:
            v = f(v)
        return v
    return run


def adder(k):
    return lambda v: v + k


def scaler(k):
    def scale(v):
        return v * k % 1000003
    return scale


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
    bump, read = make_counter(3)
    transform = compose(adder(7), scaler(31), bump)
    stream = apply(transform, keep(lambda v: v % 3 != 0, numbers(n, 1)))
    tail = apply(lambda v: v // 2, numbers(n // 4, 7))
    acc = 0
    tracker = running_max()
    next(tracker)
    peak = 0
    for a, b in pairwise(chain(stream, tail)):
        acc = (acc + (a ^ b)) & 0xFFFFFFFF
        peak = tracker.send(a - b)
    squares = sum(v * v % 97 for v in numbers(n // 2, 3) if v & 1)
    evens = [v for v in (x % 1000 for x in numbers(n // 4, 5)) if v % 2 == 0]
    print("checksum %d %d %d %d %d" % (acc, peak, read(), squares, sum(evens)))


if __name__ == "__main__":
    main()
