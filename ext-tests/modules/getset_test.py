from getset import Pair

def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

p = Pair()
show("empty", lambda: p.first)
p.first = "a"
p.second = "b"
show("set", lambda: (p.first, p.second, p.sets))
show("bad type", lambda: setattr(p, "first", 1))
del p.first
show("deleted", lambda: p.first)
show("sets", lambda: p.sets)
show("readonly", lambda: setattr(p, "sets", 1))
show("readonly del", lambda: delattr(p, "sets"))
d = Pair.__dict__["first"]
show("descr", lambda: (type(d).__name__, d.__name__, d.__doc__, d.__objclass__ is Pair))
show("descr repr", lambda: repr(d))
show("__get__", lambda: d.__get__(p, Pair))
show("__set__", lambda: (d.__set__(p, "via set"), p.first))
show("__delete__", lambda: (d.__delete__(p), p.sets))
show("on class", lambda: Pair.first is d)
show("wrong type", lambda: d.__get__(1, int))
show("wrong set", lambda: d.__set__(1, "x"))

class Sub(Pair):
    @property
    def second(self):
        return "overridden"

s = Sub()
s.first = "f"
show("sub", lambda: (s.first, s.second, s.sets, hasattr(s, "__dict__")))
show("sub set overridden", lambda: setattr(s, "second", "x"))
