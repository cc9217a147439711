# isinstance/issubclass over builtin types and abstract relationships without importing collections.abc.
vals = [0, True, 1.5, 1j, "s", b"b", bytearray(b""), [], (), {}, set(), frozenset(), None, range(0), len, int]
types = [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, type(None), range, object, type]
for v in vals:
    print(repr(v)[:15].ljust(16), "".join("1" if isinstance(v, t) else "." for t in types))
print(issubclass(bool, int), issubclass(bool, object), issubclass(int, bool), issubclass(type, type), issubclass(object, type))
print(isinstance(int, type), isinstance(type, object), isinstance(len, object), isinstance(object, type))
print(issubclass(bytearray, bytes), issubclass(frozenset, set), issubclass(set, frozenset), issubclass(dict, object))
print(isinstance([], (int, (str, (list,)))), isinstance(1, ()), issubclass(int, ()))
class Base:
    pass
class Derived(Base):
    pass
print(isinstance(Derived(), Base), isinstance(Base(), Derived), issubclass(Derived, (int, Base)), issubclass(Derived, Derived))
print(Base.__subclasses__() == [Derived], type(Derived()).__mro__[-1].__name__)
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), isinstance(StopIteration(), Exception))
