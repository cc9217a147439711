# _operator's itemgetter, attrgetter and methodcaller: calls, reprs,
# __reduce__, copies and messages.
import copy
from _operator import itemgetter, attrgetter, methodcaller

print(itemgetter, attrgetter, methodcaller, itemgetter.__module__, itemgetter.__qualname__)
print(itemgetter.__doc__.splitlines()[0], attrgetter.__doc__.splitlines()[0], methodcaller.__doc__.splitlines()[0])

g = itemgetter(1)
print(g((5, 6)), g([5, 6]), g("ab"), g({1: "one"}), itemgetter(-1)((1, 2)), itemgetter(10 ** 30)({10 ** 30: 1}))
print(itemgetter(0, -1)([1, 2, 3]), itemgetter("a", "b")({"a": 1, "b": 2}), itemgetter(slice(1, 3))("hello"))
print(repr(g), repr(itemgetter(1, "x")), repr(itemgetter((1,))), repr(itemgetter("a")))
print(g.__reduce__(), itemgetter(1, 2).__reduce__())
print(repr(copy.copy(g)), repr(copy.deepcopy(itemgetter(1, 2))))

class R:
    pass
r = R(); r.a = R(); r.a.b = 3; r.c = "c"; r.a.name = "n"
print(attrgetter("c")(r), attrgetter("a.b")(r), attrgetter("c", "a.b", "a.name")(r))
print(repr(attrgetter("a.b")), repr(attrgetter("x", "y.z")), attrgetter("a.b", "c").__reduce__())
print(repr(copy.copy(attrgetter("a.b.c"))), repr(copy.deepcopy(attrgetter("p", "q.r"))))
print(attrgetter("real.imag")(3), attrgetter("__class__.__name__")(1.5))

m = methodcaller("split", ",", maxsplit=1)
print(m("a,b,c"), methodcaller("upper")("x"), methodcaller("get", "k", 0)({}))
print(repr(m), repr(methodcaller("f")), repr(methodcaller("f", 1, "two", k=[3])))
print(methodcaller("f", 1, 2).__reduce__())
red = m.__reduce__()
print(red[1], red[0].func, red[0].args, red[0].keywords, red[0](*red[1])("x,y,z"))
print(repr(copy.copy(m)), repr(copy.deepcopy(methodcaller("f"))))

class Rec:
    def __getitem__(self, k): return k
    def __repr__(self): return repr(self.g)
rec = Rec(); rec.g = itemgetter(rec)
print(repr(rec.g))

def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("no error:", r)

err(itemgetter)
err(itemgetter, a=1)
err(g)
err(g, 1, 2)
err(g, (1, 2), x=1)
err(g, 1)
err(g, (1,))
err(attrgetter)
err(attrgetter, 1)
err(attrgetter, "a", 2)
err(attrgetter("a"))
err(attrgetter("zz"), r)
err(attrgetter("a.zz"), r)
err(attrgetter("a"), r, r)
err(methodcaller)
err(methodcaller, 1)
err(methodcaller("f"))
err(methodcaller("nope"), 1)
err(methodcaller("f"), 1, k=2)
for t in (itemgetter, attrgetter, methodcaller):
    err(type, "X", (t,), {})
