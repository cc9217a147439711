"""Call-heavy workload: recursive functions (fib, tree building and
walking, n-queens backtracking), keyword/default/*args calls, bound method
calls and exceptions raised and caught in a loop.

usage: calls.py [N]
"""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def make_tree(depth):
    if depth == 0:
        return None
    return (make_tree(depth - 1), depth, make_tree(depth - 1))


def walk(node):
    if node is None:
        return 0
    left, v, right = node
    return walk(left) + v + walk(right)


def queens(n):
    count = 0
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                place(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + n] = False

    place(0)
    return count


def weighted(a, b=2, *rest, scale=1, **extra):
    s = a * b + sum(rest)
    if extra:
        s += len(extra)
    return s * scale


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v
        return self

    def checked(self, v):
        if v % 7 == 0:
            raise ValueError(v)
        return v


def call_mix(n):
    acc = Acc()
    add = acc.add
    errors = 0
    for i in range(n):
        add(weighted(i))
        add(weighted(i, 3, 1, 2, scale=2))
        acc.add(weighted(a=i, b=1, tag=i))
        try:
            add(acc.checked(i))
        except ValueError as e:
            errors += 1
            add(-e.args[0])
    return acc.total, errors


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    f = fib(n)
    t = walk(make_tree(n - 10))
    q = queens(min(n // 3, 9))
    m = call_mix(n * 8000)
    print("fib", f, "tree", t, "queens", q)
    print("checksum %d %d %d %d %d" % (f, t, q, m[0], m[1]))


if __name__ == "__main__":
    main()
