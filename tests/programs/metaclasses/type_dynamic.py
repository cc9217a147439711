# Creating classes dynamically with type(): bases, methods, properties, __slots__, __qualname__ and metaclass derivation.
def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"__init__": init, "double": lambda self: self.v * 2, "prop": property(lambda self: -self.v), "__slots__": ("v",)})
d = Dyn(4)
print(d.double(), d.prop, Dyn.__name__, Dyn.__qualname__, Dyn.__slots__, hasattr(d, "__dict__"))
Sub = type("Sub", (Dyn,), {"double": lambda self: "overridden " + str(Dyn.double(self))})
print(Sub(2).double(), Sub.__mro__[1] is Dyn, isinstance(Sub(1), Dyn))
Q = type("Q", (), {"__qualname__": "Outer.Q", "__module__": "custom_mod", "__doc__": "docstring"})
print(Q.__qualname__, Q.__module__, Q.__doc__, repr(Q))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
Derived = type("Derived", (WithMeta,), {})
print(type(Derived).__name__)
Multi = type("Multi", (int, ), {"describe": lambda self: f"int subclass {int(self)}"})
print(Multi(7).describe(), Multi(7) + 1, isinstance(Multi(7), int))
for bad in [("X", (1,), {}), ("X", (), {"__slots__": 5}), ("X", (bool,), {})]:
    try:
        type(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
counter = 0
def make_class(n):
    return type(f"C{n}", (), {"n": n, "__repr__": lambda self: f"<C{self.n}>"})
classes = [make_class(i) for i in range(3)]
print([c() for c in classes], [c.__name__ for c in classes])
