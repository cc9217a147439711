class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        inst = super().__call__(*args)
        inst.via_meta = True
        return inst
class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v
a = A(3); print(a.v, a.via_meta, A.created_by, type(A).__name__, isinstance(A, Meta))
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {}
class B(metaclass=Ordered):
    x = 1
print(B.x)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__}]"
print(G[int])
Dyn = type("Dyn", (object,), {"f": lambda self: 42})
print(Dyn().f(), Dyn.__name__)
