# range objects: attributes, indexing, slicing, containment, equality, errors.
for r in [range(5), range(2, 10), range(10, 2, -3), range(0), range(-5, 5, 2), range(5, 5), range(0, 10**20, 10**19)]:
    print(r, list(r)[:6], len(r), r.start, r.stop, r.step, bool(r), r[0] if r else None, r[-1] if r else None)
r = range(3, 30, 4)
print(r[2], r[-2], r[1:4], r[::-1], r[::2], r[10:], r[-100:2], list(r[1:-1:2]), r.index(11), r.count(11), r.count(12))
print(11 in r, 12 in r, 3.0 in r, 7.5 in r, "x" in r, True in range(2), r == range(3, 31, 4), range(0) == range(5, 5), range(1, 2, 3) == range(1, 3, 3))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(4, 1)), {range(3): 1}[range(0, 3, 1)])
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("3"), lambda: r[100], lambda: r.index(12),
            lambda: range(), lambda: range(1, 2, 3, 4), lambda: r["a"], lambda: range(0, 10**20)[10**20]]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
big = range(10**20)
print(len(range(10**18)), big[-1], big[10**19], 10**19 in big, big.index(12345), big[::10**19])
try:
    len(range(10**20))
except OverflowError as e:
    print(type(e).__name__, e)
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), sum(range(101)), max(range(-3, 3)), sorted(range(3, 0, -1)))
print(range(5) == [0, 1, 2, 3, 4], list(range(5)) == [0, 1, 2, 3, 4], range.__name__, type(range(1)).__name__)
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"), type(it).__name__)
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I(), 8, I())), range(10)[I()])
