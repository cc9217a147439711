# Tuple methods and behaviour: count/index with ranges, tuples as dict keys, namedtuple-like classes by hand.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(1, 1), t.index(2, -2), t.count(9), t.count(2.0))
for args in [(9,), (3, 3), (1, 1, 4)]:
    try:
        t.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], grid[2, 0], sorted(k for k in grid if k[0] == k[1]))
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    first = property(lambda self: self[0])
    second = property(lambda self: self[1])
    def __repr__(self):
        return f"Pair(first={self[0]!r}, second={self[1]!r})"
    def _replace(self, **kw):
        return Pair(kw.get("first", self[0]), kw.get("second", self[1]))
p = Pair(1, "x")
print(p, p.first, p.second, p._replace(second="y"), p == (1, "x"), hash(p) == hash((1, "x")), len(p))
a, b = p
print(a, b, list(p), p + (3,), p * 2, sorted([Pair(2, 0), Pair(1, 9)]))
try:
    p.first = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.other = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(tuple(reversed(t)), t[::2], t[1:-1], min(t), max(t), sum(t), len(t), 2 in t, (2, 3) in [t[1:3]])
