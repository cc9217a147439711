# getattr/setattr/hasattr/delattr with defaults, errors and descriptors.
class C:
    cls_attr = "class"
    @property
    def prop(self):
        return "property"
    @property
    def raises(self):
        raise ValueError("not an AttributeError")
c = C()
print(getattr(c, "cls_attr"), getattr(c, "prop"), getattr(c, "nope", None), getattr(C, "prop").__class__.__name__)
setattr(c, "new", 1)
print(c.new, hasattr(c, "new"), hasattr(c, "missing"), hasattr(C, "new"))
delattr(c, "new")
print(hasattr(c, "new"))
try:
    hasattr(c, "raises")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
try:
    getattr(c, "raises", "default")
except ValueError as e:
    print("getattr default does not hide:", e)
for call in [lambda: getattr(c, 5), lambda: setattr(c, 5, 1), lambda: delattr(c, "never"), lambda: getattr(c),
             lambda: hasattr(c), lambda: setattr(c, "x"), lambda: getattr(c, "a", 1, 2), lambda: delattr(C, "nope")]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
setattr(C, "added", lambda self: "method added by setattr")
print(c.added())
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(str, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "prop")
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(1, "real"), getattr("abc", "upper")(), getattr([], "__len__")(), getattr(None, "__class__").__name__)
class S(str):
    pass
setattr(c, S("subclass_name"), 5)
print(c.subclass_name, getattr(c, S("subclass_name")))
setattr(c, "with space", 1)
print(getattr(c, "with space"), "with space" in vars(c))
print(hasattr(len, "__call__"), hasattr(type, "mro"), getattr(type, "__name__"), getattr(C, "__name__"))
