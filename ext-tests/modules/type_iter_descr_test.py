from type_iter_descr import Countdown, Descr

def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

show("list", lambda: list(Countdown(4)))
c = Countdown(2)
show("iter is self", lambda: iter(c) is c)
show("next", lambda: (next(c), next(c)))
show("exhausted", lambda: next(c))
show("default", lambda: next(Countdown(0), "dflt"))
show("error", lambda: list(Countdown(-1)))
show("for", lambda: [x * 2 for x in Countdown(3)])
show("__next__", lambda: Countdown(5).__next__())
show("sum/zip", lambda: (sum(Countdown(10)), list(zip(Countdown(2), "ab"))))
show("unpack", lambda: tuple(Countdown(3)))
show("in", lambda: 2 in Countdown(3))

d = Descr()
class Owner:
    attr = d
    def __repr__(self):
        return "Owner()"

o = Owner()
show("instance get", lambda: o.attr)
show("class get", lambda: Owner.attr is d)
o.attr = 5
show("set negative", lambda: setattr(o, "attr", -1))
del o.attr
print(vars(o))
print(d.log())
show("call", lambda: d(1, k=2))
show("call plain", lambda: d())
show("__get__", lambda: d.__get__(o, Owner))
show("__set__", lambda: d.__set__(o, 3))
show("__delete__", lambda: d.__delete__(o))
print(d.log())
