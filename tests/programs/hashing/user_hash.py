# User-defined __hash__: used by dict/set, truncation of big values, and hash() of instances without __hash__.
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, H) and self.h == o.h
for h in [0, 1, -1, 2**64, -(2**64), 2**61 - 1, True]:
    print(h, hash(H(h)))
s = {H(1), H(1), H(2)}
print(len(s), H(1) in s, H(3) in s)
class Calls:
    n = 0
    def __hash__(self):
        Calls.n += 1
        return 1
c = Calls()
d = {c: 1}
d[c]
c in d
{c}
print(Calls.n)
class Dataish:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
print(hash(Dataish(1, 2)) == hash((1, 2)), {Dataish(1, 2): "v"}[Dataish(1, 2)])
class Sub(Dataish):
    __slots__ = ()
print(hash(Sub(1, 2)) == hash(Dataish(1, 2)), Sub(1, 2) == Dataish(1, 2))
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
class RaisingHash:
    def __hash__(self):
        raise RuntimeError("hash failed")
try:
    {RaisingHash(): 1}
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    RaisingHash() in {1: 2}
except RuntimeError as e:
    print(type(e).__name__, e)
print(RaisingHash() in [1, 2])
