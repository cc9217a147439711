# Tuple keys mixing ints and strs (same kind per position), as word counts
# are often ranked: ties, reverse, different lengths, and keys whose kinds
# disagree (which must raise exactly as CPython does).
counts = {"b": 3, "a": 3, "c": 1, "dd": 7, "e": 3, "é": 3, "A": 1}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]), reverse=True))
print(sorted([(1, "b"), (1,), (1, "a", 2), (0, "z"), (1, "a")]))
print(sorted([(1, "b"), (1,), (1, "a", 2), (0, "z"), (1, "a")], reverse=True))
# Equal keys keep their order (stability), also with reverse=True.
rows = [("x", 2, "first"), ("x", 2, "second"), ("w", 2, "third")]
print(sorted(rows, key=lambda r: (r[0], r[1])))
print(sorted(rows, key=lambda r: (r[0], r[1]), reverse=True))
# Big ints and mixed kinds take the general path.
print(sorted([(10**30, "a"), (1, "b"), (-(10**30), "c")]))
try:
    sorted([(1, "a"), ("a", 1)])
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, "a"), (1, "a", "x"), (1, "a", 0)][:2]))
try:
    sorted([(1, "a", "x"), (1, "a", 0)])
except TypeError as e:
    print("TypeError:", e)
lst = [(2, "b"), (1, "z"), (2, "a")]
lst.sort()
print(lst)
