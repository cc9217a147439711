# Private name mangling in classes: attributes, methods, nested classes, getattr strings.
class A:
    __secret = "A secret"
    def __init__(self):
        self.__value = 1
        self._protected = 2
    def __hidden(self):
        return "hidden"
    def reveal(self):
        return self.__secret, self.__value, self.__hidden()
a = A()
print(a.reveal(), a._A__value, A._A__secret, a._protected, sorted(k for k in vars(a)))
try:
    a.__value
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, "__value", "not mangled by getattr"), hasattr(a, "_A__hidden"))
class B(A):
    __secret = "B secret"
    def b_reveal(self):
        return self.__secret, self._A__secret
print(B().b_reveal(), B().reveal())
class _Leading:
    def __m(self):
        return "leading underscore class"
    def call(self):
        return self.__m()
print(_Leading().call(), [n for n in dir(_Leading) if "m" in n and n.startswith("_L")])
class __Dunder:
    def __m(self):
        return 1
print([n for n in dir(__Dunder) if n.endswith("__m")])
class Outer:
    class __Inner:
        pass
    def get(self):
        return self.__Inner.__name__
print(Outer().get(), hasattr(Outer, "_Outer__Inner"))
class NotMangled:
    __dunder__ = "dunder kept"
    def f(self):
        return self.__dunder__
print(NotMangled().f(), NotMangled.__dunder__)
class InFunction:
    def m(self):
        __local = 5
        return sorted(locals())
print(InFunction().m())
class Ann:
    __x: int = 3
print(Ann.__annotations__)
class Kw:
    def f(self, **kw):
        return kw
    def g(self):
        return self.f(__k=1)
print(Kw().g())
