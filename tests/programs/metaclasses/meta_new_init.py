# Metaclass __new__/__init__/__call__, class attributes injected by metaclasses, and metaclass inheritance.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", mcls.__name__, name)
        ns["injected"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def meta_method(cls):
        return "meta method on " + cls.__name__
    @property
    def meta_prop(cls):
        return "meta prop " + cls.__name__
class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
print(Base.injected, Child.injected, type(Child).__name__)
obj = Child(3)
print(obj.v, Child.meta_method(), Child.meta_prop, hasattr(obj, "meta_method"), hasattr(Child, "meta_method"))
try:
    obj.meta_method()
except AttributeError as e:
    print(type(e).__name__, e)
class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2):
    pass
class D(A, B, metaclass=M3):
    pass
print(type(D).__name__)
class E(A, metaclass=type):
    pass
print(type(E).__name__)
def func_meta(name, bases, ns):
    print("function as metaclass", name, sorted(k for k in ns if not k.startswith("__")))
    return type(name, bases, ns)
class F(metaclass=func_meta):
    x = 1
print(type(F).__name__, F.x)
def returns_other(name, bases, ns):
    return 42
class G(metaclass=returns_other):
    pass
print(G)
print(type(type), type(object), isinstance(type, object), isinstance(object, type), type.__mro__)
print(type("X", (), {}).__mro__[0].__name__, type(5).__name__)
for args in [(1, 2), ("X", 1, {}), ("X", (), 1), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
