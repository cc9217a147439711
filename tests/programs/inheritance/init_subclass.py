# __init_subclass__: hooks with kwargs, registration, and inheritance of the hook.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="custom-beta"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoHook:
    pass
try:
    class WithKw(NoHook, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {missing}")
class Shape(Validated):
    required = ("area",)
    def area(self):
        return 0
try:
    class Broken(Shape):
        required = ("area", "perimeter")
except TypeError as e:
    print(type(e).__name__, e)
class Square(Shape):
    pass
print(Square().area())
class Implicit:
    def __init_subclass__(cls):
        print("implicit classmethod:", type(cls).__name__, cls.__name__)
class Sub(Implicit):
    pass
print(type(Implicit.__dict__["__init_subclass__"]).__name__)
class Counter:
    subclasses = 0
    def __init_subclass__(cls, **kw):
        Counter.subclasses += 1
for i in range(3):
    type(f"Dyn{i}", (Counter,), {})
print(Counter.subclasses)
