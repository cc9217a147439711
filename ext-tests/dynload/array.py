import array
a = array.array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, len(a), a[2], a[-1], a[1:3], a.itemsize, a.typecode)
print(a.tolist(), a.tobytes()[:8], a.index(3), a.count(2))
a.reverse(); print(a); a.pop(); print(a)
b = array.array("d", (x / 2 for x in range(5)))
print(b, sum(b), b * 2, b + b)
c = array.array("b", b"\x01\x02\x03")
print(c, bytes(c), c.buffer_info()[1])
u = array.array("u", "hello")
print(u, u.tounicode())
print(array.array("H", [1, 2]) == array.array("H", [1, 2]), array.array("B", [3, 2, 1]) < array.array("B", [3, 3]))
m = memoryview(array.array("h", [1, -1, 2]))
print(m.format, m.itemsize, m.tolist(), m.nbytes)
x = array.array("l", range(10)); del x[::2]; print(x)
x[1:3] = array.array("l", [7, 7, 7]); print(x)
try:
    array.array("q", ["a"])
except TypeError as e:
    print("TypeError", e)
try:
    array.array("z")
except ValueError as e:
    print("ValueError", e)
import pickle
print(a.__reduce_ex__(3)[0].__name__, array.typecodes)
f = array.array("f"); f.frombytes(array.array("f", [1.5, 2.5]).tobytes()); print(f)
