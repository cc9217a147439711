# Decorators applied to methods, classmethods, staticmethods and properties; order with builtin decorators.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__qualname__, args[1:] if args and not isinstance(args[0], (int, str)) else args)
        return fn(*args, **kwargs)
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__name__ = fn.__name__
    return wrapper
class Svc:
    def __init__(self, n):
        self.n = n
    @logged
    def method(self, x):
        return self.n + x
    @classmethod
    @logged
    def make(cls, n):
        return cls(n)
    @staticmethod
    @logged
    def helper(a, b):
        return a * b
    @property
    @logged
    def value(self):
        return self.n
s = Svc.make(5)
print(s.method(1), Svc.helper(2, 3), s.value)
try:
    class Wrong:
        @logged
        @classmethod
        def cm(cls):
            return cls
    Wrong.cm()
except TypeError as e:
    print(type(e).__name__, e)
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
class Counter:
    @count_calls
    def ping(self):
        return "pong"
c = Counter()
c.ping(); c.ping()
print(Counter.ping.calls, c.ping.__func__ is Counter.__dict__["ping"] if hasattr(c.ping, "__func__") else "bound")
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def repeat(n, s):
    return s * n
print(repeat(3, "ab"))
try:
    repeat("3", "ab")
except TypeError as e:
    print(type(e).__name__, e)
