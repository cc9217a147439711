import fromspec as f

def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

p = f.Point(3)
show("point", lambda: (repr(p), p.x, p.double(), p.neg, f.Point.__doc__, f.Point.__module__, f.Point.__name__))
p.x = 10
show("member set", lambda: (p.x, p.neg))
show("member bad", lambda: setattr(p, "x", "s"))
show("getset readonly", lambda: setattr(p, "neg", 1))
show("docs", lambda: (f.Point.double.__doc__, f.Point.neg.__doc__, f.Point.x.__doc__))
l = f.Labeled(4)
show("labeled", lambda: (repr(l), l.label(), l.double(), isinstance(l, f.Point), f.Labeled.__mro__))
show("immutable", lambda: setattr(f.Labeled, "attr", 1))
f.Point.attr = "mutable"
show("mutable", lambda: f.Labeled.attr)
c = f.Counted(2)
show("counted", lambda: (c.whoami(), c.whoami(), repr(c), c.double()))
show("counted base", lambda: f.Counted.__bases__)
show("sealed", lambda: f.Sealed())
show("sealed type", lambda: (f.Sealed.__name__, type(f.Sealed).__name__))

class PySub(f.Point):
    def double(self):
        return "overridden"

s = PySub(6)
show("pysub", lambda: (repr(s), s.double(), s.neg, s.x))
for t in [f.Point, f.Labeled, f.Counted, PySub, int]:
    show("info", lambda: f.type_info(t))
show("info bad", lambda: f.type_info(1))
import gc
points = [f.Point(i) for i in range(5)]
del points
gc.collect()
print("done")
