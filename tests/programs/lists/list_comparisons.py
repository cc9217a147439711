# Lexicographic comparison of lists with mixed contents and nested lists; identity shortcut for nan.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] == [], [1, [2, 3]] < [1, [2, 4]], [[1]] < [[1, 0]])
print([1, "a"] == [1, "a"], [1, "a"] != [1, "b"], [1, 2.0] == [1.0, 2], [True] == [1], [None] == [None])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [None] < [None]
except TypeError as e:
    print(type(e).__name__, e)
print([1, None] < [2, None], [0, "x"] > [-1])
nan = float("nan")
x = [nan]
print(x == x, x == [nan], x == [float("nan")], nan in x, [nan] < [nan] if False else "skip")
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print([Loud(1), Loud(2)] < [Loud(1), Loud(3)])
print([Loud(1)] == [Loud(1), Loud(2)])
l1 = [Loud(5)]
print(l1 == l1)
print(max([[1, 2], [1, 3], [0, 9]]), min([["b"], ["a", "z"]]), sorted([[2], [1, 5], [1]]))
