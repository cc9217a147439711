# Metaclass-level dunders affecting the class object: __repr__, __len__, __iter__, __getattr__, operators.
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return len(cls.members)
    def __iter__(cls):
        return iter(cls.members)
    def __getattr__(cls, name):
        if name.upper() in cls.members:
            return cls.members.index(name.upper())
        raise AttributeError(name)
    def __contains__(cls, item):
        return item in cls.members
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
    def __eq__(cls, other):
        return cls is other
    __hash__ = type.__hash__
class Color(metaclass=Meta):
    members = ["RED", "GREEN", "BLUE"]
print(repr(Color), str(Color), len(Color), list(Color), Color.green, "RED" in Color, Color | Color)
try:
    Color.purple
except AttributeError as e:
    print(type(e).__name__, e)
print([Color], {Color: 1}[Color], f"{Color}")
class M(type):
    counter = 0
    def __new__(mcls, name, bases, ns):
        M.counter += 1
        ns["serial"] = M.counter
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M):
    pass
class B(A):
    pass
print(A.serial, B.serial, M.counter, type(B) is M, isinstance(B, M), isinstance(B(), M))
print(M.__name__, M.__mro__, M.__class__.__name__, A.__class__.__name__)
class MetaCall(type):
    def __call__(cls, *args, **kwargs):
        if args and args[0] == "cached":
            return "cached instance"
        return super().__call__(*args, **kwargs)
class X(metaclass=MetaCall):
    def __init__(self, *a):
        self.a = a
print(X("cached"), X(1, 2).a)
print(type.__dict__["__name__"].__get__(A), type(A.__dict__).__name__, type.__getattribute__(A, "serial"))
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A)[:20])
try:
    A.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(A, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
