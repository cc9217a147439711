# __weakref__ and __slots__; ref subclasses with extra state.
import _weakref
ref = _weakref.ref

class NoWeak:
    __slots__ = ("a",)
try:
    ref(NoWeak())
except TypeError as ex:
    print("TypeError", ex)
print("__weakref__" in NoWeak.__dict__)

class Weak:
    __slots__ = ("a", "__weakref__")
w = Weak()
r = ref(w)
print(r() is w, "__weakref__" in Weak.__dict__, w.__weakref__ is r)

class Sub(Weak):
    __slots__ = ("b",)
s = Sub()
print(ref(s)() is s, "__weakref__" in Sub.__dict__)
try:
    class Bad(Weak):
        __slots__ = ("__weakref__",)
except TypeError as ex:
    print("TypeError", ex)
try:
    class BadInt(int):
        __slots__ = ("__weakref__",)
except TypeError as ex:
    print("TypeError", ex)

class Plain:
    pass
p = Plain()
print(p.__weakref__)
class ListSub(list):
    pass
class DictSub(dict):
    pass
class IntSub(int):
    pass
class TupSub(tuple):
    pass
class StrSub(str):
    pass
for cls in (ListSub, DictSub, IntSub, TupSub, StrSub):
    try:
        o = cls()
        print(cls.__name__, ref(o)() is o, "__weakref__" in cls.__dict__)
    except TypeError as ex:
        print(cls.__name__, "TypeError", ex)

# a ref subclass with __slots__ (like weakref.KeyedRef)
class KeyedRef(ref):
    __slots__ = ("key",)
    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

got = []
o = Plain()
k = KeyedRef(o, lambda w: got.append(w.key), "the-key")
k2 = KeyedRef(o, None, "other")
print(k() is o, k.key, k2.key, k is not k2, isinstance(k, ref), type(k).__name__)
print(ref(o) is not k, len(_weakref.getweakrefs(o)))
del o
print(got, k(), k.key)

# a ref subclass with a __dict__
class Tagged(ref):
    pass
o2 = Plain()
t = Tagged(o2)
t.tag = 5
print(t() is o2, t.tag, Tagged(o2) is not t, ref(o2) is not t)
print(ref.__name__, ref.__qualname__, ref.__module__, type(t).__mro__[1] is ref)
