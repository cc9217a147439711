# bytearray: mutation methods, slicing assignment, and errors.
ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__, bytearray(), bytearray(3), bytearray([1, 2]))
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba.extend([65, 66])
ba.insert(0, 62)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba[1:3] = b"XYZW"
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
del ba[0]
del ba[::3]
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.count(b"+"), ba.find(b"+"))
ba.clear()
print(ba, len(ba))
c = bytearray(b"abc")
d = c.copy()
d[0] = 122
print(c, d, c == b"abc", c < d, c + d, bytes(c))
for bad in [lambda: c.__setitem__(0, 256), lambda: c.__setitem__(0, b"x"), lambda: c.append(-1), lambda: c.remove(120),
            lambda: bytearray().pop(), lambda: c.__setitem__(slice(0, 3, 2), b"xyz"), lambda: c.extend("str"),
            lambda: c.__getitem__(10), lambda: c.insert(0, "a"), lambda: hash(c)]:
    try:
        bad()
        print("no error", c)
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
e = bytearray(b"abcdef")
e[2:4] = []
print(e)
e[1:1] = b"123"
print(e)
e[-1:] = bytearray(b"ZZ")
print(e, e.upper(), e.replace(b"Z", b"z"), type(e.upper()).__name__, e.hex(), bytearray.fromhex("ff00"))
m = memoryview(e)
print(m.tobytes(), m[0], len(m))
try:
    e.append(1)
except BufferError as e2:
    print(type(e2).__name__, e2)
m.release()
e.append(1)
print(e)
