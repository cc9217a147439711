a = set(range(10))
b = {x for x in range(5, 15)}
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), len(a), a.isdisjoint({20}))
s = set()
for w in "the cat the hat".split():
    s.add(w)
print(sorted(s), len(s))
s.discard("cat"); s.discard("zzz")
print(sorted(s))
fs = frozenset("abc")
print(sorted(fs), "a" in fs, fs | {"d"} == {"a", "b", "c", "d"}, type(fs | {"d"}).__name__, type({"d"} | fs).__name__)
print({1, 2} == frozenset({1, 2}), {frozenset({1}): "ok"}[frozenset([1])], set("aab") == {"a", "b"})
t = {3, 1, 2}
t.update([5, 4], (6,))
print(t, t.pop() in range(10), len(t))
u = {1, 2, 3, 4}
u -= {1}
u &= {2, 3, 9}
u ^= {3, 10}
print(u, {2, 10} <= u, u >= {2})
print(sorted({(1, 2), (1, 2), (2, 1)}), {None, 0, False, ""}.__len__(), sorted({0.5, 1, 1.0}))
