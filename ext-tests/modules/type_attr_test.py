from type_attr import Rec

def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

r = Rec(3)
show("repr/str", lambda: (repr(r), str(r), f"{r}", "%s %r" % (r, r)))
show("virtual", lambda: (r.virtual, getattr(r, "virtual"), hasattr(r, "virtual")))
show("missing", lambda: r.missing)
r.extra = [1]
show("extra", lambda: (r.extra, r.__dict__))
show("frozen", lambda: setattr(r, "frozen", 1))
r.key = 10
show("key via setattro", lambda: (repr(r), r.__dict__))
show("bad key", lambda: setattr(r, "key", "x"))
del r.extra
show("deleted", lambda: r.__dict__)
r.__dict__ = {"replaced": True}
show("replaced dict", lambda: (r.replaced, r.__dict__))
show("bad dict", lambda: setattr(r, "__dict__", 5))
show("delete missing", lambda: delattr(r, "nothing"))
show("inits", lambda: r.inits)
r.__init__(20)
show("reinit", lambda: (r.inits, repr(r)))
show("init kw", lambda: repr(Rec(key=5)))
show("init bad", lambda: Rec())
show("init extra", lambda: Rec(1, 2))
show("new only", lambda: repr(Rec.__new__(Rec)))
a, b, c = Rec(1), Rec(2), Rec(1)
show("compare", lambda: (a < b, a <= c, a == c, a != b, b > a, b >= a, a == 1, a != "x"))
show("order foreign", lambda: a < 1)
show("sorted", lambda: sorted([Rec(3), Rec(1), Rec(2)]))
show("hash", lambda: (hash(a), hash(Rec(-1)), hash(Rec.__new__(Rec))))
show("unhashable", lambda: hash(Rec(13)))
show("dict keys", lambda: {a: "a", b: "b", c: "c"})
show("set", lambda: len({Rec(1), Rec(1), Rec(2)}))

class Sub(Rec):
    def __init__(self, key, tag):
        super().__init__(key)
        self.tag = tag
    def __repr__(self):
        return "Sub(" + super().__repr__() + ")"

s = Sub(4, "t")
show("subclass", lambda: (repr(s), str(s), s.tag, s.virtual, s.inits, s == Rec(4), hash(s)))
