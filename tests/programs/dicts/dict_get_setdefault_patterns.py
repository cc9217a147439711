# Common dict idioms: grouping, counting, inverting, nested defaults, merging with precedence, and key removal.
records = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear"), ("veg", "leek"), ("grain", "rice")]
groups = {}
for kind, name in records:
    groups.setdefault(kind, []).append(name)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
defaults = {"color": "red", "size": 10, "tags": []}
user = {"size": 12, "tags": ["x"]}
merged = {**defaults, **user}
print(merged, defaults | user == merged, user | defaults)
cfg = dict(merged)
removed = {k: cfg.pop(k) for k in ["color", "missing"] if k in cfg}
print(removed, cfg)
print({k: v for k, v in counts.items() if v > 1}, dict(sorted(counts.items())), dict(zip(counts.values(), counts.keys())))
print(sum(counts.values()), len(counts), list(counts)[::-1], "s" in counts, counts.get("z", "absent"))
