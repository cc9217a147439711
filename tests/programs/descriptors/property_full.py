# property: getter/setter/deleter, docstrings, read-only errors, subclass overriding, property objects.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temp.fahrenheit.fset, p.__get__(t), p.__get__(None, Temp) is p)
def getx(self):
    return "x via property()"
class Old:
    x = property(getx, doc="old style")
print(Old().x, Old.x.__doc__)
class Base:
    @property
    def v(self):
        return "base"
class Child(Base):
    @Base.v.getter
    def v(self):
        return "child getter"
class Child2(Base):
    @property
    def v(self):
        return "child2 " + super().v
print(Child().v, Child2().v, Base().v)
class Lazy:
    calls = 0
    @property
    def expensive(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.expensive, l.expensive, Lazy.calls)
l.__dict__["expensive"] = "shadow"
print(l.expensive)
class NoGetter:
    prop = property(None, lambda self, v: None)
try:
    NoGetter().prop
except AttributeError as e:
    print(type(e).__name__, e)
pr = property(lambda self: 1)
pr2 = pr.setter(lambda self, v: None)
print(pr is pr2, pr.fset, pr2.fset is not None)
class Named:
    @property
    def thing(self):
        raise AttributeError("computed attr error")
try:
    Named().thing
except AttributeError as e:
    print(type(e).__name__, e)
