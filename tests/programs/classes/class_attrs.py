# Class vs instance attributes, shadowing, __dict__, class-level mutation.
class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1
    def add(self, x):
        self.shared.append(x)
a, b = C("a"), C("b")
a.add(1); b.add(2)
print(C.shared, a.shared is b.shared, C.count, a.count)
a.count = 100
print(a.count, b.count, C.count, a.__dict__, sorted(b.__dict__))
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)
C.new_attr = "added later"
print(a.new_attr, hasattr(b, "new_attr"), "new_attr" in C.__dict__, "new_attr" in a.__dict__)
print(sorted(k for k in C.__dict__ if not k.startswith("__")), type(C.__dict__).__name__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
a.__dict__["direct"] = "via dict"
print(a.direct, vars(a))
a.__dict__ = {"replaced": True}
print(vars(a), hasattr(a, "name"))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
print(Empty.__name__, Empty.__qualname__, Empty.__module__, Empty.__doc__, Empty.__bases__, e.__class__ is Empty)
e.__class__ = C
print(type(e).__name__, isinstance(e, C))
try:
    e.__class__ = int
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    C.missing
except AttributeError as e3:
    print(type(e3).__name__, e3)
try:
    C("z").missing
except AttributeError as e4:
    print(type(e4).__name__, e4)
class Doc:
    "The docstring."
    x: int = 5
    y: str
print(Doc.__doc__, Doc.__annotations__, Doc.x, hasattr(Doc, "y"))
print(getattr(C, "count"), getattr(a, "nope", "default"), setattr(a, "dyn", 1), a.dyn, delattr(a, "dyn"), hasattr(a, "dyn"))
