# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear, and their errors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("a"), d.pop("zz", "dflt"), d, d.popitem(), d)
for bad in [lambda: d.pop("nope"), lambda: {}.popitem(), lambda: d["missing"], lambda: d.update(5), lambda: d.update([1]),
            lambda: d.update([(1, 2, 3)]), lambda: dict.fromkeys(), lambda: d.get(), lambda: d[[1]], lambda: d.pop()]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
c.clear()
print(c, d == d.copy(), d != {}, {1: 2} == {1: 2.0}, {1: 2} == [(1, 2)])
print(dict(), dict(a=1), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", (1, 2))), dict(((1, 2),)))
for args in [(1,), ([1, 2],), (["ab", "c"],)]:
    try:
        print(dict(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d2 = {}
d2[1] = "int"
d2[1.0] = "float"
d2[True] = "bool"
print(d2, list(d2.keys())[0].__class__.__name__)
print(len({}), bool({}), bool({0: 0}), list({"z": 1, "a": 2}), sorted({"z": 1, "a": 2}), max({"b": 1, "c": 0}))
print({**{"a": 1}, "b": 2, **{"a": 3}}, dict(**{"k": 1}), {1: "a", **{1: "b"}})
try:
    {}.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
print(d.__len__(), d.__contains__("w"), d.__getitem__("w"), dict.__name__, type({}).__mro__)
