t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, 2 in t, t.count(2), t.index(3), (1,), (), tuple("ab"), tuple([1, [2]]))
a, b, c = t
print(a, b, c, (1, 2) < (1, 3), (1, 2) == (1, 2.0), hash((1, 2)) == hash((1, 2)), hash(()), hash((1, "a", None)) == hash((1, "a", None)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(tuple(x * 2 for x in t), max(t), sum(t), sorted(t, reverse=True), (1, (2, 3)), ((1,),))
