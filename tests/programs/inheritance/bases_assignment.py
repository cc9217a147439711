# Assigning cls.__bases__: CPython's checks, MRO and slots recomputed for the class and its subclasses.
class A: pass
class B: pass
class C(A): pass
class D(C): pass
def t(cls, v):
    try: cls.__bases__ = v; print('ok', cls.__mro__)
    except Exception as e: print(type(e).__name__, e)
t(C, (B,)); print(D.__mro__)
t(C, ()); t(C, [A]); t(C, (1,)); t(C, (D,)); t(int, (A,)); t(C, (int,)); t(C, (A, A))
class S: __slots__=('x',)
t(C, (S,))
class E(Exception): pass
t(E, (A,)); t(E, (ValueError,)); t(C, (object,))
try: del C.__bases__
except Exception as e: print(type(e).__name__, e)
class L1:
    def __len__(self): return 5
class L2:
    def __len__(self): return 7
class K(L1): pass
class KK(K): pass
print(len(K()), len(KK()))
K.__bases__ = (L2,)
print(len(K()), len(KK()), L1.__subclasses__(), L2.__subclasses__())
K.__bases__ = (B,)
try: len(KK())
except TypeError as e: print(e)
class X(A, B): pass
class Y(B, A): pass
class Z(X): pass
t(Z, (X, Y))
print(Z.__mro__, Z.__bases__)
from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: int = 2
print(P(1), P.__bases__)
import tomllib
print(tomllib.loads('a = 1\n[t]\nb = "x"'))
