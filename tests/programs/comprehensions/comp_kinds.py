# list/set/dict comprehensions and generator expressions: conditionals, nesting, unpacking targets.
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], {c: n for n, c in pairs}, sorted({c for _, c in pairs}), tuple(n * 2 for n, _ in pairs))
print([x if x % 2 else -x for x in range(6)], [x for x in range(20) if x % 2 == 0 if x % 3 == 0])
print({k: v for k, v in zip("abc", range(3)) if v}, {(a, b): a + b for a in range(2) for b in range(2)})
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v % 2])
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), max((len(w), w) for w in ["aa", "b", "ccc"]))
print([(a, *rest) for a, *rest in [(1, 2, 3), (4, 5)]], [[*p, 0] for p in pairs])
print({n: [c] * n for n, c in pairs}, dict((c, n) for n, c in pairs))
flat = [c for word in ["hi", "yo"] for c in word]
print(flat, "".join(c.upper() for c in flat))
print([i for i in range(3) for i in range(i)], [d["k"] for d in [{"k": 1}, {"k": 2}]])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w[0]: w for w in words}, {len(w) for w in words} == {3, 5, 6})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested)
print([[j for j in range(i)] for i in range(4)], [x for x in [[1, 2], [3]] if len(x) > 1][0])
lazy = (print("evaluated", i) or i for i in range(2))
print("generator created")
print(list(lazy))
print(list(map(lambda p: p[0], pairs)) == [p[0] for p in pairs], any(c == "b" for _, c in pairs))
