# list mutation methods and their errors.
a = [3, 1, 4]
a.append(1); a.extend([5, 9]); a.extend("ab"); a.extend(range(2)); a.insert(0, "x"); a.insert(-1, "y"); a.insert(100, "end"); a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("x"); a.remove(1)
print(a, a.index(4), a.index(1), a.count(1), a.index(5, 2), a.index("a", -6, -1))
for bad in [lambda: a.remove("nope"), lambda: a.index("nope"), lambda: [].pop(), lambda: a.pop(100), lambda: a.index(3, 5),
            lambda: a.insert("0", 1), lambda: a.extend(5), lambda: a.append(), lambda: a.pop("1"), lambda: a.count()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
b = a.copy()
b.reverse()
print(a, b, a == b[::-1], a is not b)
b.clear()
print(b, len(b))
c = [1, 2, 3]
c += (4, 5)
c += "xy"
c *= 2
print(c)
d = [0] * 3
d[1:2] = [7, 8, 9]
d[0:0] = ["head"]
d[len(d):] = ["tail"]
d[::2] = ["e0", "e1", "e2", "e3"]
print(d)
del d[1::2]
print(d)
try:
    d[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    d[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d[10]
except IndexError as e:
    print(type(e).__name__, e)
e = [1, 2, 3, 4, 5]
e[1:4] = []
print(e)
e[:] = range(3)
print(e)
e[-1:] = "ab"
print(e)
e[3:1] = ["z"]
print(e)
f = [[]] * 3
f[0].append(1)
print(f, [[] for _ in range(3)])
g = [1, 2, 3]
g[1:2] = g
print(g)
h = list(range(10))
del h[::3]
print(h, h[-1::-2])
