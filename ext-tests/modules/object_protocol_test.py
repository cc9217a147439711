import object_protocol as o

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

class Plain:
    cls_attr = "on class"
    def __repr__(self):
        return "Plain()"

class Slotted:
    __slots__ = ("x",)
    def __repr__(self):
        return "Slotted()"

class Fancy:
    def __repr__(self):
        return "Fancy\u20ac"
    def __str__(self):
        return "fancy str"
    def __bytes__(self):
        return b"fancy bytes"
    def __bool__(self):
        return False
    def __len__(self):
        return 3
    def __format__(self, spec):
        return "fmt:" + spec
    def __hash__(self):
        return -1
    def __call__(self):
        pass
    def __getattr__(self, name):
        return "dynamic " + name

class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "special"
    def __subclasscheck__(cls, sub):
        return sub is int

class Magic(metaclass=Meta):
    pass

class Hint:
    def __length_hint__(self):
        return 7

class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return "truthy string"

show(o.attrs, Plain(), "new", 5)
show(o.attrs, Slotted(), "x", 1)
show(o.attrs, Slotted(), "y", 1)
show(o.attrs, 5, "real", 1)
show(o.getattr_string, Plain(), "cls_attr")
show(o.getattr_string, Plain(), "missing")
show(o.getattr_string, Fancy(), "anything")
p = Plain()
show(o.setattr_string, p, "a", 1)
print(p.a)
show(o.setattr_string, p, "a", None)
print(hasattr(p, "a"))
show(o.setattr_string, p, "a", None)
show(o.generic_getattr, Fancy(), "nothing")
show(o.generic_getattr, Plain(), "cls_attr")
for v in [Fancy(), "s\xe9", b"b", [1, "\u20ac"]]:
    show(o.texts, v)
for v in [Fancy(), b"x", bytearray(b"y"), [1, 2], 3, "s"]:
    show(o.as_bytes, v)
show(o.compare, 1, 2)
show(o.compare, "b", "a")
show(o.compare, 1, "a")
show(o.compare, Cmp(1), Cmp(2))
show(o.compare, [1], [1])
for v in [0, 1, -1, "", (), Fancy(), [], 2**61, 2**61 - 1]:
    show(o.hash, v)
for v in [0, 1, "", "x", [], Fancy(), None]:
    show(o.truth, v)
for v in [[1, 2], "abc", 5, Fancy(), Hint(), iter([1, 2, 3])]:
    show(o.type_and_size, v)
show(o.instance, 1, int)
show(o.instance, True, (str, int))
show(o.instance, bool, int)
show(o.instance, "special", Magic)
show(o.instance, "other", Magic)
show(o.instance, int, Magic)
show(o.instance, 1, 1)
show(o.dir, Plain())
show(o.dir, 5)
show(o.format, 3.14159, ".2f")
show(o.format, Fancy(), "xyz")
show(o.format, 5, "q")
for v in [len, Plain(), Fancy(), Plain, 1]:
    show(o.callable, v)
show(o.iterate, "abc")
show(o.iterate, {"k": 1})
show(o.iterate, 5)
def gen():
    yield 1
    raise ValueError("mid-iteration")
show(o.iterate, gen())
show(o.not_hashable, 5)
