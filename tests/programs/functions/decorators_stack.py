# Decorators: stacking order, decorators with arguments, class decorators, decorating methods.
def trace(tag):
    def deco(fn):
        print("decorating", fn.__name__, "with", tag)
        def wrapper(*args, **kwargs):
            print("enter", tag, args, kwargs)
            r = fn(*args, **kwargs)
            print("exit", tag, r)
            return r
        wrapper.__name__ = fn.__name__ + "_" + tag
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def add(a, b=1):
    return a + b
print(add.__name__)
print(add(2, b=3))
def register(registry):
    def deco(obj):
        registry.append(obj.__name__)
        return obj
    return deco
reg = []
@register(reg)
class Thing:
    pass
@register(reg)
def helper():
    pass
print(reg, Thing.__name__)
def add_attr(cls):
    cls.extra = "added"
    return cls
@add_attr
class Other:
    pass
print(Other.extra)
def replace_with_value(fn):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
order = []
def d(n):
    order.append(("eval", n))
    def deco(f):
        order.append(("apply", n))
        return f
    return deco
@d(1)
@d(2)
@d(3)
def h():
    pass
print(order)
@(lambda f: lambda: f() * 2)
def six():
    return 3
print(six())
decos = [trace("list")]
@decos[0]
def from_list():
    return "ok"
print(from_list())
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), type(fib).__name__)
