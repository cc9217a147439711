def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("result", result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b=1):
    return a + b
add(2, b=3)
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"), add.__name__)
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
found = []
@register(found)
class A:
    pass
@register(found)
class B(A):
    pass
print(found)
class Cache:
    def __init__(self, fn):
        self.fn, self.calls = fn, 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Cache
def square(x):
    return x * x
print(square(3), square(4), square.calls)
