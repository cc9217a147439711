# memoryview over bytes and bytearray: indexing, slicing, attributes, comparisons.
m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), m.tobytes(), m.tolist(), len(m), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes)
print(m == b"abcdef", m == memoryview(b"abcdef"), m[1:3] == b"bc", m != b"x", m.obj == b"abcdef", m.contiguous, m.c_contiguous)
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m < m
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello world")
mv = memoryview(ba)
mv[0] = ord("H")
mv[6:11] = b"WORLD"
print(ba, mv.readonly, bytes(mv[6:]), mv[6:].tobytes())
sub = mv[0:5]
sub[4] = ord("!")
print(ba, sub.tobytes(), sub.nbytes, list(sub[1:3]))
for bad in [lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(slice(0, 2), b"xyz"), lambda: mv[20], lambda: mv.__setitem__(0, b"a"),
            lambda: memoryview("str"), lambda: memoryview(5), lambda: mv["a"]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(mv.hex(), mv[:3].hex(":"), bytes(memoryview(b"")), memoryview(b"").tolist(), list(memoryview(b"xy")))
print(hash(memoryview(b"abc")) == hash(b"abc"), b"".join([memoryview(b"a"), memoryview(b"b")]), bytearray(memoryview(b"zz")))
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
print(repr(cm)[:21])
m2 = memoryview(bytearray(b"abc"))
m2.release()
m2.release()
try:
    len(m2)
except ValueError as e:
    print(type(e).__name__, e)
