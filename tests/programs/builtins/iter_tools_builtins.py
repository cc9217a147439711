# any/all/sum/sorted/reversed/enumerate/zip/map/filter on many inputs.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
print(any("abc"), all(""), any({0: 1}), all({1: 0}), any(iter([False, True])), all([[]]))
class Truth:
    def __init__(self, v, log):
        self.v, self.log = v, log
    def __bool__(self):
        self.log.append(self.v)
        return self.v
log = []
print(any(Truth(v, log) for v in [False, True, True]), log)
log = []
print(all(Truth(v, log) for v in [True, False, True]), log)
print(sorted([3, 1, 2]), sorted("bca"), sorted({"b": 1, "a": 2}), sorted([3, 1, 2], reverse=True), sorted([], key=len))
print(sorted(["bb", "a", "ccc"], key=len), sorted([(2, "b"), (1, "z"), (2, "a")]), sorted(range(5), key=lambda x: x % 2))
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(enumerate("ab", start=-5)))
print(list(zip("abc", [1, 2, 3], (True, False, None))), list(zip("ab", range(10))), list(zip()))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, "ab", "cd")), list(map(int, ["1", "2"])))
print(list(filter(None, [0, 1, 2, None, ""])), list(filter(lambda c: c.isupper(), "aBcD")))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 5), sum([[1], [2]], []), sum(range(101)), sum([True, True]))
print(max("hello"), min([4, 2, 8]), max([1, 2], [1, 3]), min(["b", "a"], key=str.upper), max(range(0), default="empty"))
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(1, 4))), tuple(reversed((1, 2))))
nested = [[3, 4], [1, 2]]
print(sorted(nested), sorted(map(sorted, nested)), sorted(nested, key=sum), list(map(sum, nested)), sum(map(len, nested)))
total = 0
for i, (a, b) in enumerate(zip(range(3), range(3, 6)), 1):
    total += i * a * b
print(total)
try:
    sorted([1, 2], cmp=lambda a, b: 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(5)
except TypeError as e:
    print(type(e).__name__, e)
