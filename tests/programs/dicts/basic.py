d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
print(d.pop("b"), d, d.setdefault("x", 9), d, d.popitem(), d)
d.update({"y": 1}, z=2); d.update([("w", 0)]); print(d)
print(dict(a=1, b=2), dict([(1, "one")]), dict.fromkeys("ab", 0), {**d, "new": 1}, d | {"q": 5})
del d["a"]; print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3}, {} == {}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
class M(dict):
    def __missing__(self, key):
        return key * 2
m = M(); print(m[5], m)
d2 = {i: i * i for i in range(5)}; print(d2, {k: v for k, v in d2.items() if v > 3})
for k, v in sorted(d2.items(), reverse=True):
    print(k, v, end="; ")
print()
print(d2.keys() & {1, 2, 9}, d2.keys() - {0}, list(reversed(d2)))
try:
    for k in d2:
        d2[k + 100] = 1
except RuntimeError as e:
    print(e)
