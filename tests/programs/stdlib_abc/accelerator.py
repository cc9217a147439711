# _abc: ABCMeta through the C accelerator — abstract methods, register,
# caches, the cache token, _get_dump and the collection flags match uses.
import _abc
import abc
from abc import ABC, ABCMeta, abstractmethod

print(abc.ABCMeta.register.__qualname__, abc._abc_init is _abc._abc_init)
print(sorted(n for n in dir(_abc) if not n.startswith('__')), _abc.__doc__)

class Base(ABC):
    @abstractmethod
    def f(self): ...
    @property
    @abstractmethod
    def p(self): ...
    def g(self): return 1

print(sorted(Base.__abstractmethods__), type(Base.__abstractmethods__).__name__)
try:
    Base()
except TypeError as e:
    print(e)

class Half(Base):
    def f(self): return 2
print(sorted(Half.__abstractmethods__))

class Full(Half):
    p = 3
print(sorted(Full.__abstractmethods__), Full().f(), Full().p)
print(type(Base._abc_impl).__name__, type(Base._abc_impl).__module__, type(Base._abc_impl).__doc__)

class Plain:
    pass
class PlainChild(Plain):
    pass

t0 = abc.get_cache_token()
print(isinstance(Plain(), Base), issubclass(Plain, Base))
print(Base.register(Plain) is Plain, abc.get_cache_token() == t0 + 1)
print(isinstance(Plain(), Base), issubclass(PlainChild, Base), isinstance(PlainChild(), Half))
print(Base.register(Plain) is Plain, abc.get_cache_token() == t0 + 1, Base.register(Full) is Full)
reg, cache, neg, ver = _abc._get_dump(Base)
print(sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), len(neg), ver == abc.get_cache_token())
try:
    Plain.register
except AttributeError as e:
    print(e)
try:
    Base.register(1)
except TypeError as e:
    print(e)
try:
    Half.register(Base)
except RuntimeError as e:
    print(e)

class Other:
    pass
print(issubclass(Other, Base))
reg, cache, neg, ver = _abc._get_dump(Base)
print(sorted(r().__name__ for r in neg))
Base._abc_caches_clear()
reg, cache, neg, ver = _abc._get_dump(Base)
print(len(cache), len(neg))
Base._abc_registry_clear()
print(len(_abc._get_dump(Base)[0]), issubclass(Plain, Base))

class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook), isinstance(3, Hook))

class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, BadHook)
except AssertionError as e:
    print("AssertionError", e)

class Meta(ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    pass
class Sub(WithMeta):
    pass
print(issubclass(Sub, WithMeta), isinstance(Sub(), WithMeta), issubclass(int, WithMeta))

class Fake:
    @property
    def __class__(self):
        return int
Base.register(int)
print(isinstance(Fake(), Base), isinstance(Fake(), Half))
try:
    issubclass(1, Base)
except TypeError as e:
    print(e)

for f, args in [(_abc._abc_init, ()), (_abc._abc_register, (Base,)), (_abc._abc_subclasscheck, (Base, int, 3)),
                (_abc._get_dump, (Plain,)), (_abc.get_cache_token, (1,))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
class Wrong:
    _abc_impl = 5
try:
    _abc._abc_subclasscheck(Wrong, int)
except TypeError as e:
    print(e)

# __abc_tpflags__ and register() feed the collection flags match uses.
import collections.abc as cabc
class MySeq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
class MySeqChild(MySeq):
    pass
class MyMap(dict):
    pass

def kind(x):
    match x:
        case [a, b]:
            return f"sequence {a} {b}"
        case {"k": v}:
            return f"mapping {v}"
        case _:
            return "other"

print(kind(MySeq()), kind(MySeqChild()))
cabc.Sequence.register(MySeq)
print(kind(MySeq()), kind(MySeqChild()), "__abc_tpflags__" in cabc.Sequence.__dict__)
class Mapping2:
    def get(self, k, d=None): return 7 if k == "k" else d
    def keys(self): return ["k"]
    def __getitem__(self, k): return 7
    def __len__(self): return 1
    def __iter__(self): return iter(["k"])
print(kind(Mapping2()))
cabc.Mapping.register(Mapping2)
print(kind(Mapping2()))
try:
    class Both(ABC):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print(e)
