# __slots__: restricting attributes, no __dict__, inheritance, defaults and class variables.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__, type(P.__dict__["x"]).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)
class Q(P):
    pass
q = Q(1, 2)
q.anything = "subclass without slots has dict"
print(q.anything, q.__dict__)
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, "__dict__"))
try:
    r.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = "single"
s = S()
s.single = "ok"
print(s.single, S.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Weak:
    __slots__ = ("__weakref__", "val")
print(hasattr(Weak(), "__weakref__"), "val" in dir(Weak))
class Uninit:
    __slots__ = ("a",)
try:
    Uninit().a
except AttributeError as e:
    print(type(e).__name__, e)
print(P.x.__name__, P.x.__objclass__.__name__, P.x.__get__(p), P.y.__set__(p, 99), p.y)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
class Mangled:
    __slots__ = ("__priv",)
    def __init__(self):
        self.__priv = 1
print(Mangled.__slots__, "_Mangled__priv" in dir(Mangled), Mangled()._Mangled__priv)
