# Keys: hashability, equality, custom __hash__/__eq__, mutable key pitfalls.
d = {}
for key in [1, "1", (1,), 1.5, None, True, frozenset([1]), b"1", (1, (2,)), -1, 0.0, "", ()]:
    d[key] = repr(key)
print(len(d), d[1], d[True], d[0], d[None], d[frozenset({1})])
for bad in [[1], {}, {1}, ([],), bytearray()]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"
k = {Key("A"): 1}
k[Key("a")] = 2
print(k, Key("A") in k, Key("b") in k)
class Mut:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
m = Mut(1)
dd = {m: "found"}
m.v = 2
print(dd.get(Mut(1)), dd.get(Mut(2)), dd.get(m), len(dd))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly.__hash__)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "C%d" % self.v
cd = {Collide(i): i for i in range(5)}
print(cd, cd[Collide(3)], Collide(9) in cd)
del cd[Collide(2)]
cd[Collide(7)] = 7
print(list(cd), len(cd))
nan = float("nan")
nd = {nan: 1}
print(nd[nan], nd.get(float("nan")), len({nan: 1, float("nan"): 2}))
