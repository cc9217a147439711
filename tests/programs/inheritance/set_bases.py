# Assigning __bases__: MRO recomputed for the class and its subclasses,
# attribute lookup follows, errors as CPython's.
from typing import NamedTuple, Generic, TypeVar


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def only_b(self):
        return "only in B"


class C(A):
    pass


class D(C):
    pass


d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__])
print(C.__bases__ == (B,), C.__base__ is B, C in B.__subclasses__(), C in A.__subclasses__())
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in D.__mro__])

for bad in [(), [A], (1,), (D,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)

# An inconsistent MRO leaves everything as it was.
class X(A, B):
    pass


try:
    X.__bases__ = (A, C)
except TypeError as e:
    print("TypeError:", str(e).replace("\n", " "))
print([k.__name__ for k in X.__mro__])

T = TypeVar("T")


class Pair(NamedTuple, Generic[T]):
    first: T
    second: T


p = Pair(1, 2)
print(p, Pair.__bases__, Pair[int])
