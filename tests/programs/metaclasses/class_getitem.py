# __class_getitem__ and generic-alias subscription of builtin types.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[int, str], Box[()], type(Box.__dict__["__class_getitem__"]).__name__)
class Sub(Box):
    pass
print(Sub[float])
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
class NoGetitem:
    pass
try:
    NoGetitem[int]
except TypeError as e:
    print(type(e).__name__, e)
ga = list[int]
print(ga, type(ga).__name__, ga.__origin__, ga.__args__, list[int] == list[int], ga([1, 2]))
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
print(isinstance([1], list), list[int].__origin__ is list, repr(dict[str, int]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __getitem__(cls, item):
        return "Meta.__getitem__ " + str(item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(Both[1])
class Plain:
    __class_getitem__ = classmethod(lambda cls, x: ("explicit classmethod", x))
print(Plain[5])
def f(x: list[int], y: dict[str, "Box"]) -> tuple[int, ...]:
    pass
print(f.__annotations__)
print(list[int] | None if hasattr(type(list[int]), "__or__") else "no union", int | str, (int | str).__args__)
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.0, int | str), issubclass(bool, int | None))
