d = {}
for k in "delta alpha charlie bravo".split():
    d[k] = len(k)
print(d, list(d))
del d["alpha"]
d["alpha"] = 0
print(d)
d.pop("delta"); d["echo"] = 4
print(list(d.items()))
print({k: d[k] for k in sorted(d)}, dict(sorted(d.items(), key=lambda kv: kv[1])))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, 1 in inv, "a" in inv)
d1 = {"x": 1}; d2 = d1; d2["y"] = 2; print(d1, d1 is d2, d1.copy() is d1)
print(dict({"a": 1}, b=2), dict([["k", "v"]]), {1: 1} == {1: 1.0}, list({}.items()))
