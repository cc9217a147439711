import type_inherit as t

b = t.Base(1)
d = t.Derived(2, 3)
print(repr(b), repr(d), b.describe(), d.describe(), d.get_a(), hash(b), hash(d))
print(t.Derived.__mro__, t.Derived.__base__, t.Derived.__bases__)
print(t.relations(b), t.relations(d), t.relations(5))
print(t.mro_names(t.Derived), t.mro_names(t.Base))
print(isinstance(d, t.Base), issubclass(t.Derived, t.Base), t.Derived.get_a is t.Base.get_a)
print("describe" in vars(t.Derived), "get_a" in vars(t.Derived))

class PyDerived(t.Derived):
    def describe(self):
        return "PyDerived.describe / " + super().describe()

p = PyDerived(4, 5)
print(repr(p), p.describe(), p.get_a(), t.relations(p), t.mro_names(PyDerived)[0])

i = t.MyInt(7)
print(i, i + 1, i.square(), type(i).__name__, t.relations(i), t.long_subclass_flag, isinstance(i, int))
print(t.MyInt("12", 8), t.MyInt(), int(t.MyInt(3)) == 3)
class PyInt(t.MyInt):
    pass
print(PyInt(6).square(), PyInt.__mro__)
try:
    t.Derived("x")
except TypeError as e:
    print("TypeError", e)
