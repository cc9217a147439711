# Slice assignment and deletion on lists (extended and simple), and on custom classes.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-2, -1]
print(a)
a[-2:] = []
print(a)
a[::3] = [0] * len(a[::3])
print(a)
b = list(range(8))
b[1:7:2] = "abc"
print(b)
b[::-1] = b[:]
print(b)
b[5:2:-1] = [7, 7, 7]
print(b)
del b[::-2]
print(b)
del b[:]
print(b)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
c[-10:1] = ["s"]
print(c)
for bad in [lambda: c.__setitem__(slice(None, None, 2), [1, 2, 3, 4]), lambda: c.__setitem__(slice(0, 1), 5),
            lambda: c.__setitem__(slice(None, None, 0), [])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = [1, 2, 3, 4]
d[1:3] = iter([8, 9, 10])
print(d)
d[1:2] = (x * 2 for x in range(3))
print(d)
d[:] = d
print(d)
d[::2] = d[1::2] + [0] * (len(d[::2]) - len(d[1::2]))
print(d)
class Store:
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
s = Store()
s[1:2] = "x"
s[::2] = [1]
s[1:2, 3] = 0
del s[5:]
del s[:, 1]
e = bytearray(b"0123456789")
e[2:4] = b"ab"
del e[::3]
print(e)
