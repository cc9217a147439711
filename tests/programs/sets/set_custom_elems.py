# Sets of user objects with __hash__/__eq__, set comprehension, and subclasses.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"P({self.x}, {self.y})"
pts = {P(1, 2), P(1, 2), P(2, 1)}
print(len(pts), P(1, 2) in pts, P(3, 3) in pts, sorted(pts, key=lambda p: (p.x, p.y)))
class Loud:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return self.v % 2
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
s = {Loud(1)}
print(Loud(3) in s)
print(Loud(1) in s)
print({x % 3 for x in range(10)}, {(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
class MySet(set):
    def __repr__(self):
        return "MySet(" + repr(sorted(self)) + ")"
m = MySet([3, 1])
print(m, type(m | {2}).__name__, type(m.copy()).__name__, type(m & m).__name__, m == {1, 3}, isinstance(m, set))
m.add(2)
print(m, len(m))
class FS(frozenset):
    pass
fs = FS([1, 2])
print(sorted(fs), type(fs | {3}).__name__, hash(fs) == hash(frozenset([1, 2])), {fs: 1}[frozenset([1, 2])])
e1 = set()
e2 = set()
print(e1 == e2, e1 is e2, frozenset() == frozenset(), set() == frozenset())
print(set(range(5)) - set(range(0, 5, 2)), set(x * x for x in range(-3, 4)), {None, 0, False, ""} - {None} == {0, ""})
