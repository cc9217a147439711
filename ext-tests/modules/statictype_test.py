import statictype as st
Point = st.Point

print(Point.__name__, Point.__module__, Point.__doc__, Point.__qualname__)
p = Point(5, tag="a")
print(p, p.value, p.scale, p.tag, p.negated)
print(p.double(), p.value, p.double.__doc__)
p.add(3)
p.value = 100
p.scale = 2.5
print(p, p.scale)
p.negated = 7
print(p.value, Point.negated.__doc__, Point.value.__doc__)
try:
    p.tag = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    p.value = "x"
except TypeError as e:
    print("TypeError", e)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
print(Point.make(9), type(Point.make(9)) is Point)
print(Point(1) == Point(1), Point(1) < Point(2), Point(3) != Point(3), hash(Point(4)), hash(Point(-1)))
print(Point(1) == 1)
print(sorted([Point(3), Point(1), Point(2)]))
print(isinstance(p, Point), type(p).__name__)

before = st.dealloc_count()
q = Point(1)
del q
print("freed one:", st.dealloc_count() - before)
q = Point(2)
st.keep(q)
del q
print("kept alive:", st.dealloc_count() - before)
st.keep(None)
print("released:", st.dealloc_count() - before)
ps = [Point(i) for i in range(10)]
del ps
print("freed ten:", st.dealloc_count() - before)

class Sub(Point):
    def __init__(self, v):
        super().__init__(v, tag="sub")
        self.extra = v * 10
    def __repr__(self):
        return "Sub<" + super().__repr__() + ">"

s = Sub(4)
print(s, s.extra, s.double(), s.value, isinstance(s, Point), Sub.__mro__[1] is Point)
del s
print("freed sub:", st.dealloc_count() - before)

t = (10, "x")
l = [[1], {"a": 2}]
d = {"k": (3, 4)}
print(st.borrowed_items(t, l, d))
try:
    st.borrowed_items([], [], {})
except TypeError as e:
    print("TypeError", e)
