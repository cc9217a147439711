class C:
    __slots__ = ("a",)
class D:
    x = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"D has no {name}")
objs = [C(), D(), 5, "s", [], None, C]
for o in objs:
    for attr in ["a", "x", "dyn_val", "missing"]:
        try:
            v = getattr(o, attr)
        except AttributeError as e:
            print(type(o).__name__, attr, "->", e)
        else:
            print(type(o).__name__, attr, "=", v)
for target, attr in [(5, "real"), ("s", "upper"), (C, "a"), (None, "x")]:
    try:
        setattr(target, attr, 1)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del C().a
except AttributeError as e:
    print(e)
class E:
    pass
e = E()
try:
    del e.nothing
except AttributeError as ex:
    print(ex)
print(hasattr(D(), "dyn_x"), hasattr(D(), "y"), getattr(D(), "dyn_abc"))
