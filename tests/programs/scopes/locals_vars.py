# locals(), vars(), dir() in different scopes.
def f(a, b=2):
    c = a + b
    l = locals()
    return sorted(l.items())
print(f(1))
def g():
    x = 1
    def inner():
        return x
    return sorted(locals().keys())
print(g())
class C:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
class D:
    def __init__(self):
        self.p = 1
        self.q = 2
print(vars(D()), sorted(k for k in vars(D) if not k.startswith("__")), vars(D()) is not None)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def h():
    z = 3
    return dir()
print(h())
class E:
    x = 1
    def m(self):
        pass
print([n for n in dir(E) if not n.startswith("__")], "__init__" in dir(E), dir(E) == sorted(dir(E)))
class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(WithDir()))
def modifies_locals():
    v = 1
    locals()["v"] = 2
    return v
print(modifies_locals())
def comp_locals():
    outer_var = 1
    return [sorted(locals()) for _ in range(1)]
print(comp_locals())
print(sorted(vars().keys()) == sorted(globals().keys()), vars() is globals(), locals() is globals())
