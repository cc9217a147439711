# tuple operations, methods, comparisons, hashing.
t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(2), t.index(2, 2), t + (4,), t * 2, () * 3, (1,) * 0)
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple(x for x in "xy"))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") == (1, "a"), (1, 2) != (2, 1), (1,) == [1])
for expr in ["t + [1]", "t * 'a'", "t[10]", "t.index(9)", "(1, 'a') < (1, 2)", "t[0:1] = (9,)", "hash(([],))"]:
    try:
        exec("print(" + repr(expr) + ", " + expr + ")") if "=" not in expr else exec(expr)
    except (TypeError, IndexError, ValueError) as e:
        print(expr, type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): "v"}[(1, 2)])
print(hash((1, 2)), hash(()), hash((-1,)), hash((1.0, True)) == hash((1, 1)))
lst = [1]
tt = (lst, 2)
lst.append(3)
print(tt)
try:
    tt += ([4],)
    print(tt)
    tt[0] += [5]
except TypeError as e:
    print(type(e).__name__, e)
print(tt)
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(tuple.__mro__, type(()).__name__, (1, 2).__len__(), (1, 2).__contains__(2), (5,).__getitem__(0), (1,).__add__((2,)))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, type(p).__name__, p + (5,), type(p + (5,)).__name__, p == (3, 4), len(p), isinstance(p, tuple))
x, y = p
print(x, y, max(p), sorted(Point(2, 1)), tuple(p) is p, type(tuple(p)).__name__)
print((1, 2, 3)[True], (1,)[-1], (0,) * 3 == (0, 0, 0), (1, [2]) == (1, [2]), 2 in (1, 2), [] in ((),))
