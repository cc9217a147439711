# _weakref.ref: liveness, callbacks, reuse, hash/eq, repr shape, errors.
import _weakref
ref = _weakref.ref

class C:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"C({self.name})"

a = C("a")
r = ref(a)
print(r() is a, r.__callback__, type(r).__name__, type(r).__module__)
print(ref(a) is r, _weakref.getweakrefcount(a))
log = []
def cb(w):
    log.append(("cb", w is r2, w() is None))
r2 = ref(a, cb)
print(r2 is r, r2.__callback__ is cb, _weakref.getweakrefcount(a))
print(_weakref.getweakrefs(a) == [r, r2], _weakref.getweakrefs(a)[0] is r)
print(C.__weakref__.__doc__, type(C.__dict__["__weakref__"]).__name__)
print(a.__weakref__ is r)
del a
print(r(), r2(), log, r2.__callback__)
print(repr(r).endswith("; dead>"), repr(r).startswith("<weakref at 0x"))

# callbacks run in list order, after all refs are cleared
b = C("b")
order = []
def mk(tag):
    def f(w):
        order.append((tag, [x() for x in keep]))
    return f
keep = [ref(b, mk(1)), ref(b, mk(2)), ref(b, mk(3))]
plain = ref(b)
print([w.__callback__ is not None for w in _weakref.getweakrefs(b)])
del b
print(order)

# a weakref that dies first never calls back
c = C("c")
called = []
w = ref(c, lambda w: called.append(1))
del w
del c
print(called)

# hash and equality
d = C("d")
e = C("e")
rd, re_ = ref(d), ref(e)
print(hash(rd) == hash(d), rd == ref(d), rd != re_, rd == re_)
class Eq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
x, y = Eq(), Eq()
print(ref(x) == ref(y), ref(x) != ref(y))
h = hash(rd)
del d
print(hash(rd) == h)
del e
try:
    hash(re_)
except TypeError as ex:
    print("TypeError", ex)
print(rd == re_, rd == rd, rd != re_)
print(rd == 1, rd.__eq__(1))

# repr includes __name__ when the referent has one
def func():
    pass
rf = ref(func)
print(repr(rf).endswith("; to 'function' at " + hex(id(func)) + " (func)>"))
print(repr(ref(C)).endswith(" (C)>"))

# errors
for v in (1, "s", (), [], {}, None, object(), 1.5):
    try:
        ref(v)
    except TypeError as ex:
        print("TypeError", ex)
try:
    rf(1)
except TypeError as ex:
    print("TypeError", ex)
try:
    ref()
except TypeError as ex:
    print("TypeError", ex)
try:
    ref(func, None, 3)
except TypeError as ex:
    print("TypeError", ex)
try:
    ref(func, callback=None)
except TypeError as ex:
    print("TypeError", ex)

# built-in types that can be weakly referenced
import sys
for v in (len, func, set(), frozenset(), C, func.__code__, C("m").__repr__, sys):
    w = ref(v)
    print(type(v).__name__, w() is v)

# exceptions: subclasses yes, the base types no
class MyErr(Exception):
    pass
try:
    ref(Exception())
except TypeError as ex:
    print("TypeError", ex)
print(ref(MyErr())() is None)

# callback errors are reported and ignored
class D:
    pass
dd = D()
class Bad:
    def __call__(self, w):
        raise ValueError("boom")
    def __repr__(self):
        return "<Bad callback>"
wb = ref(dd, Bad())
del dd
print("after bad callback", wb())
