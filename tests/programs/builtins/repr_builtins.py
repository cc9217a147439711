# reprs of builtin objects that have stable reprs.
print(repr(int), repr(object), repr(type), repr(type(None)), repr(len), repr(print), repr(ValueError))
print(repr(range(3)), repr(range(1, 5, 2)), repr(slice(1, 2)), repr(slice(None)), repr(...), repr(NotImplemented))
print(repr(frozenset()), repr(set()), repr({}), repr([]), repr(()), repr((1,)), repr(b""), repr(bytearray()))
print(repr(1.0), repr(1e100), repr(-0.0), repr(float("nan")), repr(1j), repr(-1j), repr(complex(0, 0)))
print(repr(ValueError("x")), repr(KeyError("k")), repr(Exception()), repr(ExceptionGroup("g", [ValueError()])))
print(repr(memoryview(b"")).startswith("<memory at 0x"), repr(iter([])).startswith("<list_iterator object at 0x"))
print(repr([].append).startswith("<built-in method append of list object at 0x"), repr(int.__add__), repr(str.join))
print(repr(object.__init__), repr(dict.fromkeys).startswith("<built-in method fromkeys of type object at 0x"))
print(repr(int.real), repr(type.__dict__["__name__"]), repr(str.__dict__["upper"]))
print(repr(classmethod).startswith("<class"), repr(property), repr(staticmethod), repr(super), repr(zip), repr(map))
def f():
    pass
print(repr(f).startswith("<function f at 0x"), repr(lambda: 0).startswith("<function <lambda> at 0x"))
class C:
    def m(self):
        pass
print(repr(C), repr(C.m).startswith("<function C.m at 0x"), repr(C().m).startswith("<bound method C.m of <__main__.C object at 0x"))
import sys
print(repr(sys), repr(sys.exit), type(sys.stdout).__name__)
print(repr(True), repr(None), repr("a'b"), repr(b"a'b"), repr([1, "a", None, 2.5]), repr({1: (2,), "k": [3]}))
