# type() with one and three arguments, type attributes, and isinstance across builtins.
for obj in [1, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True, range(1), slice(1), len, type,
            object(), NotImplemented, Ellipsis, iter([]), iter(()), iter(""), iter({}), iter(range(0)), (x for x in ()), memoryview(b""), zip(), map(len, [])]:
    print(type(obj).__name__, type(obj).__module__ if type(obj).__module__ != "builtins" else "builtins")
print(type(type), type(object), type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
T = type("T", (list,), {"extra": 1, "__repr__": lambda self: "T" + list.__repr__(self)})
t = T([1, 2])
print(t, t.extra, T.__mro__, T.__name__, T.__module__, len(t))
print(type(lambda: 0).__name__, type(print).__name__, type(T.__repr__).__name__, type([].append).__name__, type(int.__add__).__name__)
print(type((1).__add__).__name__, type(dict.__dict__["fromkeys"]).__name__, type(object.__init__).__name__, type(str.__dict__["__add__"]).__name__)
def gen():
    yield
async def co():
    pass
c = co()
print(type(gen()).__name__, type(c).__name__, type(gen).__name__, type(co).__name__)
c.close()
print(type(type.__dict__).__name__, type(vars(T)).__name__, type(sys := __import__("sys")).__name__, type(sys.stdout).__name__)
print(type.__bases__, type.__base__, object.__base__, type(type).__name__, isinstance(type, type), isinstance(object, object))
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
print(type(1) == int, type(True) == int, type(True) is bool, type(1.0) in (int, float))
