# Star-unpacking in assignments, calls, literals, for-targets, returns and subscripts.
a, *b, c = range(6)
print(a, b, c)
*init, last = "abc"
first, *rest = [1]
print(init, last, first, rest)
(x, y), *z = [(1, 2), 3, 4]
print(x, y, z)
[p, [q, *r]] = [1, [2, 3, 4]]
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,), "xy"]:
    print(head, tail)
print([*range(3), *"ab", *(None,)], (*[1], *{2: 0}), {*[1, 1], *(2,)}, {**{"a": 1}, **dict(b=2)})
print(*[1, 2], *"xy", sep="-")
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}, **{"n": 3}))
def ret():
    rest = [2, 3]
    return 1, *rest
print(ret())
t = *range(2), 9
print(t)
d = {}
d["k"], *d["rest"] = "hello"
print(d)
class O:
    pass
o = O()
o.a, *o.b = [1, 2, 3]
print(o.a, o.b)
lst = [0] * 4
lst[0], *lst[1:3] = [9, 8, 7]
print(lst)
for bad_src in ["*a = [1]", "a, *b, *c = []", "*a, *b = []", "[*a for a in b]", "print(**x for x in y)", "a = *b"]:
    try:
        compile(bad_src, "<u>", "exec")
        print("compiled", bad_src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
for rhs in [[1], [1, 2, 3, 4], 5, None]:
    try:
        m, n = rhs
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
*all_of_it, = [1, 2]
print(all_of_it)
[*l1] = (1, 2)
print(l1, type(l1).__name__)
s1, *s2 = {5}
print(s1, s2)
k1, k2 = {"x": 1, "y": 2}
print(k1, k2)
print([*{"a": 1}.items()], (*range(0),), [*[], *[]], {*()})
