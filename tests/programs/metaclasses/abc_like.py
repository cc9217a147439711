# A hand-rolled abstract-method mechanism using a metaclass (no abc module).
class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstract = {k for k, v in ns.items() if getattr(v, "__isabstract__", False)}
        for base in bases:
            for k in getattr(base, "__abstract__", ()):
                if getattr(getattr(cls, k, None), "__isabstract__", False):
                    abstract.add(k)
        cls.__abstract__ = frozenset(abstract)
        return cls
    def __call__(cls, *args, **kw):
        if cls.__abstract__:
            raise TypeError(f"Can't instantiate {cls.__name__} with abstract methods {', '.join(sorted(cls.__abstract__))}")
        return super().__call__(*args, **kw)
def abstract(fn):
    fn.__isabstract__ = True
    return fn
class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self):
        pass
    @abstract
    def name(self):
        pass
    def describe(self):
        return f"{self.name()} with area {self.area()}"
class Partial(Shape):
    def name(self):
        return "partial"
class Square(Partial):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe(), sorted(Shape.__abstract__), sorted(Partial.__abstract__), sorted(Square.__abstract__))
class Registry(type):
    classes = {}
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes[name] = cls
class Root(metaclass=Registry):
    pass
class One(Root):
    pass
class Two(One):
    pass
print(sorted(Registry.classes), Registry.classes["Two"].__mro__[1].__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(1) is Config(3))
