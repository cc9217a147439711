# Chained comparisons, including is/in chains, evaluation order and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 1 < x < 3, 0 <= x <= 0)
print(1 < 2 > 0 < 5 != 6, "a" < "b" < "c", [1] == [1] != [2], x in [5] in [[5]], None is None is not False)
def v(tag, val):
    print("eval", tag)
    return val
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 5) == v("b", 5) in v("c", [5]))
class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"{self.n}<{o.n}")
        return self.n < o.n
    def __bool__(self):
        print("bool", self.n)
        return True
a, b, c = Cmp(1), Cmp(2), Cmp(3)
print(a < b < c)
class Weird:
    def __lt__(self, o):
        return "truthy-string"
    def __gt__(self, o):
        return ""
w = Weird()
print(w < 1, w > 1, (w < 1) < 2 if False else "skip", 0 < 1 < w if False else "skip2")
print(w < w < w, w > w < w)
print(not 1 < 2, not (1 < 2 < 0), (1 < 2) < 3, 1 < (2 < 3), 0 < (1 == 1) <= 1)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 3 < "x" if False else "ok", 5 < 1 < "never compared")
