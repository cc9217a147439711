print(list(zip([1, 2, 3], "ab")), list(zip()), dict(zip("xyz", range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
print(list(filter(str.isdigit, "a1b2")), list(filter(None, [0, "", "x", [], [0]])))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed([1, [2], 3])))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
e = enumerate("xy", start=10)
print(next(e), list(e))
print(sum([1.5, 2.5]), sum([], 5), sum((i for i in range(4)), 100))
print(min([4, 2, 8], key=lambda v: -v), max([], default=None), min("b", "a", key=str.upper))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("CbA", key=str.lower), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
calls = []
def noisy(v):
    calls.append(v)
    return v
print(any(noisy(v) for v in [0, 1, 2]), calls)
it = iter([1, 2, 3])
print(list(zip(it, it)))
