# keys/values/items views: dynamic, set operations, reversed, repr.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), k == {"b", "c", "d"}, k < {"b", "c", "d", "e"})
print(sorted(i & {("b", 2)}), sorted(i - {("c", 3)}), k.isdisjoint({"x"}), i.isdisjoint([("d", 4)]))
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(i)))
try:
    v == v
    print("values eq", v == v, d.values() == d.values())
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
it = iter(d)
next(it)
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(d.items())
next(it)
del d["new"]
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {1: 1}
try:
    for key in d2:
        d2[key + 1] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d3 = {1: 1, 2: 2}
for key in d3:
    d3[key] = key * 10
print(d3)
print(type(k).__name__, type(v).__name__, type(i).__name__, k.mapping if hasattr(k, "mapping") else "")
print(list(zip(d.keys(), d.values())), dict(d.items()) == d, {}.keys() == set(), set(d) == k, list({}.items()))
m = {"x": 1, "y": 2}
for key, val in m.items():
    print(key, val)
print(sorted(m.items(), key=lambda kv: -kv[1]), max(m, key=m.get), min(m.values()), sum(m.values()))
