# Class keyword arguments flow to __prepare__, __new__, __init__ and __init_subclass__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(Base, option=1, flag="x"):
    pass
class Plain:
    pass
try:
    class Bad(Plain, option=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class M2(type):
    def __new__(mcls, name, bases, ns, *, tag):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = tag
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Tagged(metaclass=M2, tag="T1"):
    pass
print(Tagged.tag)
try:
    class Untagged(metaclass=M2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
