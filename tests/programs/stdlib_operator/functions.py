# _operator's functions: results, dunder aliases and CPython's messages.
import _operator
import operator

print(operator.add is _operator.add, operator.__add__ is _operator.add)
print(_operator.__name__, _operator.add.__doc__, _operator.truth.__doc__)
print(sorted(n for n in dir(_operator) if not n.startswith('__')))

class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v})"
    def __add__(self, o): return V(f"{self.v}+{o}")
    def __radd__(self, o): return V(f"{o}+{self.v}")
    def __iadd__(self, o): self.v = f"{self.v}+={o}"; return self
    def __lt__(self, o): return "lt"
    def __index__(self): return 7

print(_operator.add(1, 2), _operator.sub(5, 3), _operator.mul("ab", 2), _operator.matmul.__name__)
print(_operator.floordiv(7, 2), _operator.truediv(7, 2), _operator.mod(7, 3), _operator.pow(2, 10))
print(_operator.lshift(1, 5), _operator.rshift(64, 2), _operator.and_(12, 10), _operator.or_(12, 10), _operator.xor(12, 10))
print(_operator.neg(3), _operator.pos(-3), _operator.abs(-3), _operator.inv(5), _operator.invert(5))
print(_operator.add(V(1), 2), _operator.add(2, V(1)), _operator.lt(V(1), 0), _operator.gt(0, V(1)))
v = V(0)
print(_operator.iadd(v, 1) is v, v)
lst = [1]
print(_operator.iadd(lst, [2]) is lst, lst, _operator.iconcat(lst, (3,)) is lst, lst)
t = (1,)
print(_operator.iadd(t, (2,)), t, _operator.imul([1], 3), _operator.ipow(2, 5), _operator.imatmul.__name__)
x = 10
for f in (_operator.isub, _operator.ifloordiv, _operator.itruediv, _operator.imod,
          _operator.ilshift, _operator.irshift, _operator.iand, _operator.ior, _operator.ixor):
    print(f.__name__, f(x, 3))
print(_operator.eq(1, 1.0), _operator.ne(1, 2), _operator.le(2, 2), _operator.ge(1, 2))
print(_operator.truth([]), _operator.truth([0]), _operator.not_(0), _operator.not_(""))
print(_operator.is_(None, None), _operator.is_not(None, None), _operator.index(V(0)), _operator.index(True))
print(_operator.concat([1], [2]), _operator.concat("a", "b"), _operator.concat((1,), (2,)))
print(_operator.contains([1, 2], 2), _operator.contains("abc", "bc"), _operator.contains(iter(range(5)), 3))
print(_operator.indexOf([5, 6, 7], 7), _operator.indexOf(iter("xyz"), "y"), _operator.countOf([1, 2, 1, 1.0], 1))
nan = float("nan")
print(_operator.countOf([nan, nan], nan), _operator.indexOf([nan], nan))
d = {}
print(_operator.setitem(d, "k", 1), d, _operator.getitem(d, "k"), _operator.delitem(d, "k"), d)
print(_operator.getitem([1, 2, 3], slice(1, None)), _operator.getitem("abc", -1))
print(_operator.call(max, 1, 5, key=lambda x: -x), _operator.call(dict, a=1))

class Hint:
    def __init__(self, h): self.h = h
    def __length_hint__(self):
        if isinstance(self.h, Exception): raise self.h
        return self.h
class Len:
    def __len__(self): return 4
    def __length_hint__(self): return 99
class BadLen:
    def __len__(self): raise TypeError("nope")
    def __length_hint__(self): return 3

print(_operator.length_hint([1, 2]), _operator.length_hint(iter([1, 2, 3])), _operator.length_hint(object(), 7))
print(_operator.length_hint(Len()), _operator.length_hint(BadLen()), _operator.length_hint(Hint(5)))
print(_operator.length_hint(Hint(NotImplemented), 4), _operator.length_hint(Hint(TypeError()), 2), _operator.length_hint(object(), -3))
print(_operator._compare_digest(b"ab", b"ab"), _operator._compare_digest("ab", "ac"), _operator._compare_digest(bytearray(b"x"), memoryview(b"x")))
print(_operator._compare_digest(b"abc", b"ab"), _operator._compare_digest("", ""))

def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("no error:", r)

err(_operator.add, 1)
err(_operator.add, 1, 2, 3)
err(_operator.add, a=1, b=2)
err(_operator.add, 1, "a")
err(_operator.iadd, 1, "a")
err(_operator.ipow, 1, "a")
err(_operator.lt, 1, "a")
err(_operator.neg, "a")
err(_operator.truth)
err(_operator.truth, 1, 2)
err(_operator.index, 1.5)
err(_operator.not_, x=1)
err(_operator.concat, 1, 2)
err(_operator.concat, [], 1)
err(_operator.concat, "a", 1)
err(_operator.concat, {}, {})
err(_operator.iconcat, 1, [])
err(_operator.indexOf, [1], 2)
err(_operator.indexOf, 1, 2)
err(_operator.countOf, 1, 2)
err(_operator.contains, 1, 2)
err(_operator.getitem, 1, 2)
err(_operator.getitem, [], 2)
err(_operator.setitem, (), 0, 1)
err(_operator.delitem, (), 0)
err(_operator.length_hint)
err(_operator.length_hint, 1, "a")
err(_operator.length_hint, 1, 2 ** 70)
err(_operator.length_hint, Hint(-1))
err(_operator.length_hint, Hint("x"))
err(_operator.length_hint, Hint(ValueError("boom")))
err(_operator.call)
err(_operator._compare_digest, "\xe9", "a")
err(_operator._compare_digest, 1, 2)
err(_operator._compare_digest, "a", b"a")
err(_operator._compare_digest, b"a", "a")
err(_operator.is_not, 1)
