# __prepare__ returning a custom namespace; recording definition order and duplicate detection.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        print("__new__", name, type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("__init__", name, kw)
        super().__init__(name, bases, ns)
class Model(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def method(self):
        pass
    b = 3
print(Model.order, Model.b, type(Model).__name__)
class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate attribute {k!r}")
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDup()
try:
    class S(metaclass=Strict):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Q(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Default(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:]
        raise KeyError(key)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Default()
class Auto(metaclass=AutoMeta):
    value = auto_hello
print(Auto.value)
print(type.__prepare__("X", ()), type(type.__prepare__("X", ())).__name__)
