# C3 linearization: diamonds, complex hierarchies, and inconsistent MRO errors.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(Z))
print(names(K1), names(K2), names(K3))
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Wrong(object, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class Fine(X, object): pass
print(names(Fine))
class Left:
    def who(self): return "Left"
class Right:
    def who(self): return "Right"
class Both(Left, Right): pass
class Both2(Right, Left): pass
print(Both().who(), Both2().who(), Both.mro() == list(Both.__mro__), type(Both.mro()).__name__)
class Base:
    def hello(self): return "Base"
class M1(Base):
    def hello(self): return "M1>" + super().hello()
class M2(Base):
    def hello(self): return "M2>" + super().hello()
class Final(M1, M2):
    def hello(self): return "Final>" + super().hello()
print(Final().hello(), names(Final))
print(Final.__bases__, Final.__base__, M1.__base__, object.__bases__, object.__mro__)
try:
    class BadBase(5): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Layout(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
