# Sorting with multi-level keys, reversed secondary keys via negation, tuples with None handling, and key caching.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la"), ("dan", 25, "nyc"), ("eve", 40, "sf")]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: (p[2], p[1]), reverse=True))
print([p[0] for p in sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1])])
values = [3, None, 1, None, 2]
print(sorted(values, key=lambda v: (v is None, v if v is not None else 0)))
print(sorted(values, key=lambda v: (v is not None, v or 0)))
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([3, 1, 2], key=key), calls)
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words, key=lambda w: (w.lower(), w)), sorted(words, key=str.casefold), sorted(set(w.lower() for w in words)))
grid = [[3, 1], [1, 2], [3, 0], [1, 1]]
grid.sort()
print(grid)
grid.sort(key=lambda r: r[1])
print(grid)
print(sorted("a1b22c333".split("b")), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted([1.5, 1, True, 0.5, False]), sorted([-1, 1, -2, 2], key=abs), sorted([-1, 1, -2, 2], key=lambda x: (abs(x), x)))
