class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        return x in self.c
    def __iter__(self):
        return iter(self.c)
    def __bool__(self):
        return any(self.c)
    def __call__(self, k):
        return self.c[k]
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self
a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 2 * a, -a, sum([a, b]), a == V(1, 2), a < b, sorted([b, a]), len(a), a[1], 2 in a, list(a), bool(V(0, 0)), a(0))
a += b; print(a)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a - b
except TypeError as e:
    print(e)
class R:
    def __rsub__(self, o):
        return f"rsub({o})"
print(5 - R())
class Base:
    def __add__(self, o):
        return "Base.add"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub())
