# list operators, comparisons, repr of recursive lists, constructor.
a = [1, 2, 3]
print(a + [4], [0] * 3, 2 * [1, 2], [] * 5, a * -1, a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], a > [1, 2], [1, [2]] < [1, [3]])
print([] < [1], [1] > [], [1, 2] <= [1, 2], [2] >= [1, 9], 2 in a, 5 not in a, [1, 2] in [[1, 2], 3])
for expr in ["a + (4,)", "a + 'x'", "a * 1.5", "a * 'x'", "a < (1,)", "a < ['x']", "a - a", "a[1.0]", "a['0']"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
r = [1, 2]
r.append(r)
print(r, repr(r), str([r, r]))
d = {"k": []}
d["k"].append(d)
print(d)
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list({1: 2}.items()), list(x * 2 for x in a))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(len(a), bool([]), bool([0]), max(a), min(a), sum(a), sorted(a, reverse=True), list(reversed(a)), a[::-1])
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan].count(nan), [nan].index(nan))
class Eq:
    def __eq__(self, other):
        print("eq called")
        return True
e = Eq()
print([e] == [e], [Eq()] == [1], 1 in [Eq()], [1, 2].index(Eq()) if False else "skip")
print(list.__add__([1], [2]), list.__mul__([1], 2), list.__len__([1, 2]), list.__contains__([1], 1), [].__class__.__name__)
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x is y)
print([1, 2, 3].__reversed__().__next__(), list.__iadd__([1], (2,)), list.__imul__([1, 2], 0))
