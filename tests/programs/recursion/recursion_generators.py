# Deep but bounded recursion through generators, and a RecursionError inside a generator chain.
import sys
def tree(n):
    if n == 0:
        yield 0
        return
    yield n
    yield from tree(n - 1)
print(sum(tree(300)))
sys.setrecursionlimit(150)
def runaway(n):
    yield n
    yield from runaway(n + 1)
count = 0
try:
    for v in runaway(0):
        count = v
except RecursionError as e:
    print(type(e).__name__, e, count > 50)
def rec_comp(n):
    return [rec_comp(n + 1) for _ in range(1)]
try:
    rec_comp(0)
except RecursionError as e:
    print(type(e).__name__, e)
