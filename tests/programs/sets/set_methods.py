# set and frozenset methods (numeric elements, so order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [9]), a.intersection(b, range(4)), a.difference([1], {2}), a.symmetric_difference([4, 10]))
print(a <= b, a < a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint([7, 8]), a == {4, 3, 2, 1})
c = set(a)
c.add(5); c.discard(1); c.discard(100); c.remove(2)
print(c)
try:
    c.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
c.update([10, 11], (12,)); print(c)
c.intersection_update(range(11)); print(c)
c.difference_update([3]); print(c)
c.symmetric_difference_update({4, 99}); print(c)
c |= {1}; c &= {1, 5, 10, 99}; c -= {99}; c ^= {7}; print(c)
print(c.pop() in {1, 5, 10, 7}, len(c))
c.clear(); print(c, set(), frozenset(), len(frozenset([1, 1, 2])))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
for bad in [lambda: a | [1], lambda: a < [1], lambda: {[1]}, lambda: a.add([]), lambda: set(5), lambda: a ^ "x"]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & a, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
print({f: "frozen key"}[frozenset([1, 2, 3])], f.copy() is f, frozenset(f) is f, {frozenset(): 1})
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted({3, 1, 2}), 2 in a, 9 not in a, len(a), min(a), max(a), sum(a), sorted(a, reverse=True))
print({1, 2} == frozenset([1, 2]), set([1, 2]) in [frozenset([2, 1])], {frozenset([1])} == {frozenset([1])})
s = {1, 2}
s2 = s
s |= {3}
print(s2, s is s2)
fs = frozenset([1])
fs2 = fs
fs |= {2}
print(fs2, fs, fs is fs2)
print(set.__mro__, frozenset.__mro__, repr(set()), repr(frozenset()), str({1}), repr(frozenset({1})))
