# Class decorators: adding methods, wrapping __init__, dataclass-like generation without the dataclasses module.
def auto_repr(cls):
    fields = list(cls.__annotations__)
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls
def auto_init(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        for f, v in zip(fields, args):
            setattr(self, f, v)
        for f in fields[len(args):]:
            if f in kwargs:
                setattr(self, f, kwargs[f])
            elif f in defaults:
                setattr(self, f, defaults[f])
            else:
                raise TypeError(f"missing field {f!r}")
    cls.__init__ = __init__
    return cls
def auto_eq(cls):
    fields = list(cls.__annotations__)
    cls.__eq__ = lambda self, o: type(o) is type(self) and all(getattr(self, f) == getattr(o, f) for f in fields)
    cls.__hash__ = lambda self: hash(tuple(getattr(self, f) for f in fields))
    return cls
@auto_repr
@auto_eq
@auto_init
class Point:
    x: int
    y: int = 0
    label: str = "p"
p = Point(1, 2)
print(p, Point(5), Point(1, label="q"), p == Point(1, 2), p == Point(2, 1), len({Point(1), Point(1)}))
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Conn:
    def __init__(self, url):
        self.url = url
print(Conn("a").url, Conn("b").url, Conn("c") is Conn("d"), type(Conn).__name__)
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco
@register("alpha")
class Alpha:
    pass
@register("beta")
class Beta(Alpha):
    pass
print(sorted(registry), Beta.registered_as, Alpha.registered_as, registry["beta"].__mro__[1].__name__)
