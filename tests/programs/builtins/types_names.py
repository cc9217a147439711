for obj in [1, 1.5, 1j, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, print, object(), type, slice(1)]:
    print(type(obj).__name__)
print(int.__name__, str.__qualname__, list.__module__ if hasattr(list, "__module__") else "", object.__bases__, bool.__bases__, type.__bases__)
print(int.__mro__, bool.__mro__)
print(repr(int), repr(type(None)), repr(object))
