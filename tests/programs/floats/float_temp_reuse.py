# Arithmetic results may reuse a temporary float operand; no value a name,
# a container or another expression still holds may change.
x = 1.5
y = 2.5
a = x * y
b = a + 1.0
print(x, y, a, b)
lst = [0.5, 0.25]
s = lst[0] + lst[1]
t = (lst[0] * 2.0) + (lst[1] * 4.0)
print(lst, s, t)
d = {"k": 3.0}
d["k"] += 1.5
print(d)
v = 1.0
w = v
v += 2.0
print(v, w)
acc = 0.0
vals = []
for i in range(5):
    acc += i * 0.5
    vals.append(acc)
print(acc, vals)
print(sum([0.1] * 10), sum((i * 0.5 for i in range(4)), 0.25))
z = (x + y) * (x - y) / (x * y)
print(z, x, y)
print((2.0 ** 0.5) * (2.0 ** 0.5), -(x * y), abs(-(x * y)))
nested = [[1.0, 2.0], [3.0, 4.0]]
print([[c * 2.0 + 1.0 for c in row] for row in nested], nested)
