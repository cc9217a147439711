class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return f"computed {name}"
l = Lazy(); print(l.real, l.other)
class Logged:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
lg = Logged(); lg.v = 5; print(lg.v, hasattr(lg, "secret"))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "b"))
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
class WithDel:
    def __delattr__(self, name):
        print("deleting", name)
d = WithDel(); del d.anything
print(getattr(l, "x"), setattr(l, "y", 3), l.y, delattr(l, "y"), l.y)
