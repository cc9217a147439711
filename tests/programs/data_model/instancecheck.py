# __instancecheck__ and __subclasscheck__ on metaclasses; isinstance/issubclass with tuples and errors.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Mallard:
    def quack(self):
        pass
print(isinstance(Mallard(), Duck), isinstance(5, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(5, (str, Duck, int)))
print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, (float, (int,)))), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(object, int), issubclass(int, (str, int)), issubclass(type, object))
for call in [lambda: isinstance(1, 1), lambda: isinstance(1, [int]), lambda: issubclass(1, int), lambda: issubclass(int, "x"),
             lambda: isinstance(1, (int, 1)), lambda: issubclass(int, (int, 1))]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
class WithClassAttr:
    @property
    def __class__(self):
        return int
w = WithClassAttr()
print(isinstance(w, int), isinstance(w, WithClassAttr), type(w).__name__)
class AbstractLike(type):
    registry = []
    def register(cls, sub):
        AbstractLike.registry.append(sub)
    def __subclasscheck__(cls, sub):
        return sub in AbstractLike.registry or type.__subclasscheck__(cls, sub)
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))
class Iface(metaclass=AbstractLike):
    pass
Iface.register(list)
print(isinstance([], Iface), issubclass(list, Iface), isinstance({}, Iface), issubclass(dict, Iface))
class Impl(Iface):
    pass
print(issubclass(Impl, Iface), isinstance(Impl(), Iface))
print(type.__instancecheck__(int, 5), type.__subclasscheck__(object, bool), int.__subclasses__() is not None)
print(sorted(c.__name__ for c in Iface.__subclasses__()), bool.__subclasses__())
