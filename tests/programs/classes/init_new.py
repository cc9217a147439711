# __new__ and __init__ interplay, singletons, immutable subclasses, and __init__ return checks.
class Logged:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a, self.b = a, b
x = Logged(1, b=2)
print(x.a, x.b)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init called again")
print(Single() is Single())
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def __init__(self, s):
        self.original = s
u = Upper("hello")
print(u, u.original, type(u).__name__, len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, *a):
        self.a = a
print(OnlyInit(1, 2).a)
try:
    object.__init__(OnlyInit(), 1)
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init__(self):
        print("Base init")
class NoSuperCall(Base):
    def __init__(self):
        print("child init only")
NoSuperCall()
class SubNew(Logged):
    pass
SubNew(7)
obj = Logged.__new__(Logged)
print(hasattr(obj, "a"))
Logged.__init__(obj, 9)
print(obj.a)
