# Rich comparisons: reflection (__lt__ <-> __gt__), __ne__ default, NotImplemented handling, errors.
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"C({self.v}).__lt__")
        return self.v < o.v if isinstance(o, C) else NotImplemented
    def __eq__(self, o):
        print(f"C({self.v}).__eq__")
        return isinstance(o, C) and self.v == o.v
print(C(1) < C(2))
print(C(1) > C(2))
print(C(1) == C(1), C(1) != C(1), C(1) != C(2))
try:
    C(1) <= C(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(C(1) == 5, 5 == C(1), C(1) != "x")
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1, 1 != NeOnly())
class EqReturnsObj:
    def __eq__(self, o):
        return [1]
print(EqReturnsObj() == 1, EqReturnsObj() != 1)
class Full:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ne__(self, o): return self.v != o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    __hash__ = None
a, b = Full(1), Full(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, sorted([b, a])[0].v, max(a, b).v)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
for op in ["<", "<=", ">", ">="]:
    try:
        eval(f"object() {op} object()")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        eval(f"[1] {op} (1,)")
    except TypeError as e:
        print(type(e).__name__, e)
print(object() == object(), object() != object(), None == None, None != 0, NotImplemented == NotImplemented)
o = object()
print(o == o, o != o, [o] == [o], (o,) < (o, 1))
print(int.__lt__(1, 2.5), int.__eq__(1, 1.0), float.__eq__(1.0, 1), str.__lt__("a", 1), object.__eq__(1, 1), object.__ne__(1, 2))
