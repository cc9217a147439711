# list.sort in place vs sorted copy, sorting tuples/strings/bytes, reverse() vs reversed, and sort of views.
a = [3, 1, 2]
b = a
a.sort()
print(a, b, a is b)
c = sorted(a, reverse=True)
print(a, c, c is a)
print(sorted((3, 1, 2)), sorted("cab"), sorted(b"cab"), sorted({3: 0, 1: 0}), sorted({3, 1}), sorted(frozenset("zy")))
d = {"b": 2, "a": 1, "c": 3}
print(sorted(d.items()), sorted(d.values()), sorted(d, key=d.get, reverse=True), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
x = [1, 2, 3]
x.reverse()
print(x, list(reversed(x)), x[::-1])
e = []
e.sort()
print(e, sorted([]), sorted([5]), sorted([[]]))
f = [2, 1]
f.sort(key=None, reverse=False)
print(f)
try:
    f.sort(None)
except TypeError as err:
    print(type(err).__name__, err)
try:
    f.sort(reverse="yes")
    print(f)
except TypeError as err:
    print(type(err).__name__, err)
print(sorted(["b", "a"], reverse=1), sorted([1, 2], reverse=0))
try:
    sorted()
except TypeError as err:
    print(type(err).__name__, err)
g = ["x10", "x9", "x100"]
g.sort(key=lambda s: int(s[1:]))
print(g)
