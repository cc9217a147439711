# Instance methods, classmethods, staticmethods, bound method objects and their attributes.
class K:
    factor = 2
    def __init__(self, v):
        self.v = v
    def inst(self, x):
        return self.v * x
    @classmethod
    def make(cls, v):
        return cls(v * cls.factor)
    @staticmethod
    def util(a, b):
        return a + b
    def __repr__(self):
        return f"K({self.v})"
k = K(3)
print(k.inst(2), K.inst(k, 2), K.make(5), k.make(1), K.util(1, 2), k.util(3, 4))
m = k.inst
print(type(m).__name__, m.__self__, m.__func__ is K.inst, m.__name__, m.__qualname__, m(10))
print(k.inst == k.inst, k.inst is k.inst, K(3).inst == k.inst, hash(k.inst) == hash(k.inst))
cm = K.make
print(type(cm).__name__, cm.__self__ is K, cm.__func__.__name__)
print(type(K.__dict__["make"]).__name__, type(K.__dict__["util"]).__name__, type(K.__dict__["inst"]).__name__)
print(K.__dict__["util"].__func__(5, 6), K.__dict__["make"].__func__(K, 1), callable(K.__dict__["util"]))
class Sub(K):
    factor = 10
print(Sub.make(1), type(Sub.make(1)).__name__)
try:
    K.inst(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    k.inst()
except TypeError as e:
    print(type(e).__name__, e)
def external(self):
    return "external " + repr(self)
K.ext = external
print(k.ext())
k.instance_fn = external
try:
    k.instance_fn()
except TypeError as e:
    print(type(e).__name__, e)
bound = external.__get__(k, K)
print(bound(), type(bound).__name__)
class NoSelf:
    def method():
        return "no self"
print(NoSelf.method())
try:
    NoSelf().method()
except TypeError as e:
    print(type(e).__name__, e)
meth = [1, 2].append
print(type(meth).__name__, meth.__self__, meth.__name__, meth.__qualname__)
print(type(K.make.__func__).__name__, isinstance(K.__dict__["util"], staticmethod), staticmethod(len)("abc"))
print(classmethod(lambda cls: cls.__name__).__get__(None, K)())
