# Calling conventions: __call__, bound/unbound calls, calling with unpacked iterables and mappings.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), callable(a), Adder.__call__(a, 5))
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
def kw(**k):
    return sorted(k.items())
print(kw(**Mapping()), dict(Mapping()), {**Mapping()})
def pos(*a):
    return a
class It:
    def __iter__(self):
        return iter([7, 8])
print(pos(*It()), pos(*"ab", *It()), pos(*{1: "a"}), pos(*range(2), 9))
try:
    pos(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(**None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "str"
    s()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance attr"
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *args):
        return ("intercepted", cls.__name__, args)
class Custom(metaclass=Meta):
    pass
print(Custom(1, 2))
def gen_fn():
    yield 1
print(type(gen_fn()).__name__, type(gen_fn).__name__)
print(type(print).__name__, type(len).__name__, type([].append).__name__, type("".join).__name__, type(Adder.__call__).__name__)
print(type(a.__call__).__name__, type(object.__init__).__name__, type(object().__str__).__name__, type(str.join).__name__)
