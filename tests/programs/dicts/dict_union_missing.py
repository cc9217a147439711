# dict | and |=, __missing__ in subclasses, and dict subclasses' behavior.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, {} | {}, a | {})
a |= b
print(a)
a |= [("w", 0)]
print(a)
for bad in [lambda: a | [("q", 1)], lambda: a.__ior__(5), lambda: [] | a]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print({1: 1}.__or__([]), {1: 1}.__ror__({2: 2}))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(sorted(c.items()), c["zzz"], "zzz" in c, c.get("zzz"), len(c))
class AutoList(dict):
    def __missing__(self, key):
        self[key] = value = []
        return value
al = AutoList()
al["a"].append(1)
al["a"].append(2)
al["b"].append(3)
print(al, type(al | {}).__name__, type(a | al).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["abc"] = 1
print(u, u["ABC"], u["abc"], u.get("abc"), "abc" in u)
u2 = Upper(abc=1)
u2.update(de=2)
print(u2, dict(u2))
class Missing2(dict):
    def __missing__(self, key):
        raise KeyError("custom " + repr(key))
try:
    Missing2()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class OrderedRepr(dict):
    def __repr__(self):
        return "OR" + super().__repr__()
o = OrderedRepr(b=1, a=2)
print(o, [o], str(o), o.copy(), type(o.copy()).__name__)
