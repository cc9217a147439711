class Base:
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
    @classmethod
    def make(cls):
        return cls()
    def __repr__(self):
        return f"{type(self).__name__}<{self.prefix}>"
class Child(Base, prefix="c"):
    @classmethod
    def make(cls):
        obj = super().make()
        obj.extra = 1
        return obj
print(Child.make(), Child.make().extra)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner):
        return "field:" + self.name if obj else self
class Model:
    a = Field()
    b = Field()
print(Model().a, Model.b.name)
class S:
    __slots__ = ("x",)
class S2(S):
    __slots__ = ("y",)
s = S2(); s.x = 1; s.y = 2; print(s.x, s.y, hasattr(s, "__dict__"))
class WithNew:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.created = a
        return inst
    def __init__(self, *a):
        self.inited = a
w = WithNew(1, 2); print(w.created, w.inited)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, Eq): return NotImplemented
        return self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) == 1, 1 == Eq(1), Eq(1) in [Eq(1)])
try:
    hash(Eq(1))
except TypeError as e:
    print(e)
class Str:
    def __str__(self): return "str!"
print(Str(), str(Str()), f"{Str()}", "%s" % Str(), [Str()].__len__())
class Box:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o); return self
b = Box(); b += 1; b += 2; print(b.items)
class P:
    @property
    def v(self): return 1
class Q(P):
    @P.v.getter
    def v(self): return 2
print(Q().v, P().v)
print(type("X", (), {}).__mro__, type(type).__name__, object.__subclasses__ is not None)
class A:
    def f(self): return "A"
class B(A): pass
b = B()
print(b.f(), B.f(b), type(b.f).__name__, b.f.__self__ is b, b.f.__func__ is A.f)
print(callable(B), callable(b), isinstance(B, type), B.__name__, B.__qualname__, B.__module__)
