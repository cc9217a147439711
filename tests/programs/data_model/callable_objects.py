# __call__ on instances and metaclasses, callable(), and functools-free partial application.
class Partial:
    def __init__(self, fn, *args, **kw):
        self.fn, self.args, self.kw = fn, args, kw
    def __call__(self, *args, **kw):
        return self.fn(*self.args, *args, **{**self.kw, **kw})
def volume(l, w, h, unit="cm"):
    return f"{l * w * h}{unit}3"
p = Partial(volume, 2, unit="m")
print(p(3, 4), p(1, 1, unit="mm"), callable(p), callable(Partial))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
print([c() for _ in range(3)], c.n)
class CallViaClassOnly:
    pass
obj = CallViaClassOnly()
obj.__call__ = lambda: "nope"
print(callable(obj))
CallViaClassOnly.__call__ = lambda self: "class-level call"
print(callable(obj), obj())
class StaticCall:
    @staticmethod
    def __call__(x):
        return x * 2
print(StaticCall()(21))
class ClassCall:
    @classmethod
    def __call__(cls, x):
        return cls.__name__ + str(x)
print(ClassCall()(1))
class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + (name,))
    def __call__(self, *args):
        return ".".join(self.path) + str(args)
print(Chain().a.b.c(1, 2))
class CallReturnsCallable:
    def __call__(self):
        return self
x = CallReturnsCallable()
print(x()()() is x)
def plain():
    return "plain"
print(plain.__call__(), type(plain.__call__).__name__, len.__call__([1, 2]))
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
class Made(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
m = Made(5)
print(m.v, m.created_by_meta)
