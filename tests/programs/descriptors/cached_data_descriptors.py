# Attribute reads at one site keep following the generic lookup while the
# classes involved change: data descriptors (property, __slots__ members,
# built-in getsets) win over the instance dict, and replacing or deleting
# them on the class is seen at once.


class C:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 10


def read(o, n=3):
    return [o.v for _ in range(n)]


c = C()
print(read(c))
c.__dict__["v"] = "instance"
print(read(c))  # the property still wins
C.v = property(lambda self: "replaced")
print(read(c))
del C.v
print(read(c))  # now the instance dict
C.v = 5  # a plain class attribute loses to the instance dict
print(read(c))
del c.__dict__["v"]
print(read(c))


class D(C):
    pass


d = D()
C.v = property(lambda self: "base property")
print(read(d))
D.v = property(lambda self: "subclass property")
print(read(d))


def mixed(objs):
    return [o.v for o in objs]


print(mixed([c, d, c, d]))


class E:
    @property
    def v(self):
        raise AttributeError("no v here")

    def __getattr__(self, name):
        return "fallback " + name


print(read(E(), 2))


class F:
    __slots__ = ("v",)


f = F()
f.v = 3
print(read(f))
del f.v
try:
    f.v
except AttributeError as e:
    print("AttributeError", e)

# Built-in data descriptors: function __name__ (a getset) and a member.
def g():
    pass


print([g.__name__ for _ in range(3)])
g.__name__ = "h"
print([g.__name__ for _ in range(3)])
e = ValueError(1, 2)
print([e.args for _ in range(2)])


# Method calls through a method descriptor pass self without binding.
lst = []
for i in range(3):
    lst.append(i)
print(lst)
s = "a,b"
print([s.split(",") for _ in range(2)])


class G(list):
    def append(self, x):
        super().append(x * 2)


gl = G()
for i in range(3):
    gl.append(i)
print(gl)
