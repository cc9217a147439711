# A small class combining many protocols: a Vector with arithmetic, comparison, hashing, iteration, formatting.
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __iter__(self):
        yield self.x
        yield self.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __eq__(self, o):
        return isinstance(o, Vector) and tuple(self) == tuple(o)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y) if isinstance(o, Vector) else NotImplemented
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
v, w = Vector(3, 4), Vector(1, -1)
print(v, repr(v), f"{v:.2f}", v + w, v * 2, 2 * v, -w, abs(v), bool(Vector()), len(v), v[1], list(v), tuple(w))
print(v == Vector(3, 4), v != w, hash(v) == hash(Vector(3, 4)), {v, Vector(3, 4), w} == {v, w}, sorted([v, w, Vector(0, 1)]))
x, y = v
print(x, y, max(v, w), min([v, w]), sum([v, w], Vector()))
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v * "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
