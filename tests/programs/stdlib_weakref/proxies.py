# _weakref.proxy: forwarding, callable proxies, ReferenceError.
import _weakref
proxy = _weakref.proxy

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __neg__(self):
        return Num(-self.v)
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
    __hash__ = object.__hash__
    def __lt__(self, o):
        return self.v < o.v
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        return i * 10
    def __setitem__(self, i, v):
        print("set", i, v)
    def __delitem__(self, i):
        print("del", i)
    def __contains__(self, x):
        return x == 3
    def __bool__(self):
        return self.v != 0
    def __str__(self):
        return f"Num({self.v})"
    def __int__(self):
        return self.v
    def __index__(self):
        return self.v
    def __iter__(self):
        return iter(range(self.v))
    def method(self):
        return "method", self.v

n = Num(3)
p = proxy(n)
print(type(p).__name__, type(p).__module__, p.v, p.method(), str(p), len(p), p[2], 3 in p, 4 in p, bool(p))
print((p + 1).v, (1 + p).v, (-p).v, p == Num(3), p < Num(5), int(p), list(p), [0, 1, 2, 3, 4][p])
p[1] = "x"
del p[2]
p.w = 9
print(n.w)
del p.w
print(hasattr(n, "w"), p.__class__ is Num, isinstance(p, Num))
q = p
q += 2
print(type(q).__name__, n.v, q is n)
print(proxy(n) is p, _weakref.getweakrefcount(n))
try:
    hash(p)
except TypeError as ex:
    print("TypeError", ex)
print(repr(p).startswith("<weakproxy at 0x"), repr(p).endswith(" to Num at " + hex(id(n)) + ">"))

def f(x, y=2):
    return x * y
cp = proxy(f)
print(type(cp).__name__, cp(3), cp(3, y=4), cp.__name__)
called = []
cp2 = proxy(f, lambda w: called.append(type(w).__name__))
print(cp2 is not cp, _weakref.getweakrefcount(f))

it = iter([1, 2])
pi = proxy(Num(0)) if False else None
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
itobj = It()
pit = proxy(itobj)
print(next(pit), next(pit), next(pit, "end"))
try:
    next(p)
except TypeError as ex:
    print("TypeError", ex)

del n
for op in (lambda: p.v, lambda: str(p), lambda: p + 1, lambda: len(p), lambda: bool(p), lambda: p == 1, lambda: p[0]):
    try:
        op()
    except ReferenceError as ex:
        print("ReferenceError", ex)
print("dead repr", " to NoneType at " in repr(p))
del f
print(called)
try:
    cp(1)
except ReferenceError as ex:
    print("ReferenceError", ex)
try:
    proxy(1)
except TypeError as ex:
    print("TypeError", ex)
try:
    proxy()
except TypeError as ex:
    print("TypeError", ex)

d = {}
class K:
    pass
k = K()
d["a"] = _weakref.ref(k)
d["b"] = _weakref.ref(K())
_weakref._remove_dead_weakref(d, "a")
_weakref._remove_dead_weakref(d, "b")
_weakref._remove_dead_weakref(d, "missing")
print(sorted(d))
try:
    _weakref._remove_dead_weakref({"x": 1}, "x")
except TypeError as ex:
    print("TypeError", ex)
try:
    _weakref._remove_dead_weakref([], "x")
except TypeError as ex:
    print("TypeError", ex)
print(sorted(n for n in dir(_weakref) if not n.startswith("__")))
