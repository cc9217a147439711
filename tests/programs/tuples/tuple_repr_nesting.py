# Tuple reprs, nesting, packing and parenthesization rules.
print((1,), (((1,),),), ((), ()), (None, True, "s", b"b", 1.5, 2j, [], {}, set()), ((1, 2), [3, (4,)]))
x = 1, 2
y = 1,
z = ()
print(x, y, z, type(x).__name__, len(y))
def f():
    return 1, "two", [3]
r = f()
print(r, type(r).__name__)
print(str((1, "a")), repr(("a", 'b"c', "d'e")), ascii(("é",)))
t = tuple(range(20))
print(t[2:18:5], t[-3:], t[:-17], sum(t), min(t), max(t), sorted(t, reverse=True)[:3])
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
nested = ((1, (2, (3, (4, ())))),)
depth = 0
cur = nested[0]
while cur:
    depth += 1
    cur = cur[1] if len(cur) > 1 else ()
print(depth)
print(tuple(tuple(row) for row in [[1, 2], [3]]), tuple(map(str, (1, 2))), tuple(zip("ab", (1, 2))))
print((1, 2) + tuple([3]) + tuple("4"), tuple() == (), tuple(()) == ())
print([(i, j) for i in range(2) for j in "ab"], dict([(1, 2), (3, 4)]), list(zip(*((1, "a"), (2, "b")))))
print(((1, 2),) * 2, tuple(sorted({(2, 1), (1, 2), (1, 1)})), max([(1, "b"), (1, "a"), (0, "z")]))
