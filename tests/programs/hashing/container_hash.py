# Hashes of tuples/frozensets of numbers are deterministic; equal containers hash equal.
for t in [(), (1,), (1, 2), (2, 1), ((1, 2), 3), (1, (2, 3)), (None,) * 0, (1.0, 2), (True, 2)]:
    print(repr(t), hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(tuple()))
for fs in [frozenset(), frozenset([1]), frozenset([1, 2]), frozenset([2, 1]), frozenset(range(10))]:
    print(sorted(fs), hash(fs))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset(())))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 2)))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(int) == hash(int))
for unhashable in [[1], {1: 2}, {1}, bytearray(b"x"), (1, [2]), ([],), slice(1, 2)]:
    try:
        hash(unhashable)
        print("hashable", type(unhashable).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
d = {(1, 2): "tuple key", frozenset([3]): "frozenset key", 4.0: "float key", (): "empty tuple"}
print(d[(1.0, 2)], d[frozenset({3})], d[4], d[()])
