# Multiple assignment, swaps, evaluation order of targets, and chained assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
x = [0, 1, 2]
i = 0
i, x[i] = 1, "set"
print(i, x)
x = [0, 1, 2]
i = 0
x[i], i = "set", 2
print(i, x)
c = d = e = []
c.append(1)
print(c, d, e, c is e)
p = q = 5
p += 1
print(p, q)
log = []
class T:
    def __setitem__(self, k, v):
        log.append(("set", k, v))
def idx(n):
    log.append(("idx", n))
    return n
def val(n):
    log.append(("val", n))
    return n
t = T()
t[idx(1)], t[idx(2)] = val("a"), val("b")
print(log)
log.clear()
t[idx(1)] = t[idx(2)] = val("c")
print(log)
m = [[0, 0], [0, 0]]
m[0][1], m[1][0] = "r", "c"
print(m)
(a, b), c = "xy", "z"
print(a, b, c)
[a, (b, [c, d])] = 1, (2, [3, 4])
print(a, b, c, d)
def pair():
    return "first", "second"
u, v = pair()
print(u, v)
one, = [1]
(two,) = (2,)
[three] = "3"
print(one, two, three)
a = b = c = None
a, b = c, d = 1, 2
print(a, b, c, d)
n = [1, 2, 3]
n[0], n[2] = n[2], n[0]
print(n)
fib = [0, 1]
for _ in range(8):
    fib[-2], fib[-1] = fib[-1], fib[-2] + fib[-1]
print(fib)
x, y = y, x = 1, 2
print(x, y)
