import warnings
from members import All

warnings.simplefilter("always")

def show(label, fn):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        try:
            r = fn()
        except BaseException as e:
            r = (type(e).__name__, str(e))
    print(label, "->", r, [f"{w.category.__name__}: {w.message}" for w in log])

a = All()
names = ["bool", "byte", "ubyte", "short", "ushort", "int", "uint", "long", "ulong", "longlong", "ulonglong",
         "ssize", "float", "double", "char", "string", "inplace", "obj", "none", "ro"]
for n in names:
    show("get " + n, lambda: getattr(a, n))
show("get obj_ex", lambda: a.obj_ex)
for n, v in [("bool", False), ("bool", 1), ("byte", 127), ("byte", 200), ("byte", -129), ("ubyte", 255),
             ("ubyte", 256), ("ubyte", -1), ("short", 40000), ("ushort", -1), ("int", 2**31), ("int", -2**31),
             ("uint", -1), ("uint", 2**32), ("long", 2**63), ("ulong", -1), ("longlong", 2**63), ("ulonglong", -1),
             ("ssize", 2**63), ("float", 1e40), ("float", "x"), ("double", 3), ("char", "z"), ("char", "zz"),
             ("string", "no"), ("inplace", "no"), ("ro", 1), ("none", 1), ("obj", [1]), ("obj_ex", {2}),
             ("int", "str"), ("long", 1.5)]:
    show(f"set {n}={v!r}", lambda: (setattr(a, n, v), getattr(a, n))[1])
show("del obj", lambda: (delattr(a, "obj"), a.obj))
show("del obj_ex", lambda: (delattr(a, "obj_ex"), hasattr(a, "obj_ex")))
show("del obj_ex again", lambda: delattr(a, "obj_ex"))
show("del int", lambda: delattr(a, "int"))
show("descr", lambda: (type(All.__dict__["int"]).__name__, All.int.__doc__, All.int.__name__))
show("descr repr", lambda: repr(All.__dict__["ro"]))
show("get on class", lambda: All.int.__get__(a, All))
show("get wrong type", lambda: All.int.__get__(5, int))
