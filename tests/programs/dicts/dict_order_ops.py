# Insertion order, deletion and re-insertion, equality ignoring order, comprehensions.
d = {}
for ch in "hello world":
    d[ch] = d.get(ch, 0) + 1
print(d)
del d["l"]
d["l"] = 99
print(list(d))
d["h"] = 0
print(list(d))
e = {"b": 1, "a": 2}
f = {"a": 2, "b": 1}
print(e == f, list(e) == list(f), e.items() == f.items())
print({k: v for k, v in zip("abc", range(3))}, {x: x * x for x in range(5) if x % 2}, {v: k for k, v in e.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big))
for i in range(0, 10):
    big[i] = -i
print(list(big)[-10:], big[1], big[2])
print(next(iter(big)), list(reversed(big))[:3])
pop_order = {"a": 1, "b": 2, "c": 3}
print(pop_order.popitem(), pop_order.popitem(), pop_order)
print(dict(sorted({"z": 1, "y": 2, "x": 3}.items())), dict(reversed({"p": 1, "q": 2}.items())))
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], str(nested), repr({1: {2: {3: {}}}}))
keys = {}
keys.update(zip(range(5), "abcde"))
print(keys, {**keys, 2: "C"}, keys.keys() - {1, 2})
