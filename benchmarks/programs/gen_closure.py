"""Generators and closures: pipelines of generator stages and closure counters."""
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(it, k):
    for v in it:
        yield v * k


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def make_acc():
    total = 0

    def add(v):
        nonlocal total
        total += v
        return total
    return add


def main(n):
    acc = make_acc()
    result = 0
    for v in evens(scaled(numbers(n), 3)):
        result = acc(v)
    print("checksum", result, sum(x for x in range(n) if x % 7 == 0))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000000)
