# id/hash/callable semantics without printing actual id or str-hash values.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a[:]) , type(id(a)).__name__, id(a) > 0)
x = object()
print(id(x) == id(x), hash(x) == hash(x), hash(x) != hash(object()) or "collision", type(hash(x)).__name__)
print(hash(1), hash(-1), hash(0), hash(1.0), hash(0.5), hash(True), hash(None) == hash(None), hash(2**64))
print(hash((1, 2)) == hash((1, 2)), hash("s") == hash("s"), hash(b"s") == hash(b"s"), hash(frozenset({1})) == hash(frozenset([1])))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(-0.0) == hash(0), hash(float("inf")), hash(float("-inf")))
nan = float("nan")
print(hash(nan) == hash(nan), hash(float("nan")) == hash(nan) or "nan hashes differ per object")
print(callable(len), callable(print), callable(int), callable(1), callable("s"), callable(lambda: 0), callable(callable))
class K:
    def method(self):
        pass
    @staticmethod
    def s():
        pass
print(callable(K), callable(K()), callable(K().method), callable(K.s), callable(K.__dict__["s"]))
class CallMe:
    def __call__(self):
        pass
print(callable(CallMe()), callable(CallMe))
import sys
print(callable(sys.exit), callable(sys), callable(type(sys)))
def f():
    pass
print(hash(f) == hash(f), f == f, f is f, id(f) == id(f))
print(hash(K) == hash(K), hash(int) == hash(int), hash(K().method) == hash(K().method))
