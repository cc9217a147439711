# memoryview: operations on released views, hashing rules, comparisons across formats, and exports of views.
m = memoryview(b"abc")
m.release()
for expr in ['m[0]', 'len(m)', 'm.tobytes()', 'm.tolist()', 'm.hex()', 'm.cast("B")', 'm.format', 'm.itemsize', 'm.nbytes', 'm.obj',
             'm.readonly', 'm.shape', 'm.strides', 'm.ndim', 'm.suboffsets', 'm.c_contiguous', 'm.contiguous', 'm.toreadonly()',
             'bytes(m)', 'list(m)', 'hash(m)', 'memoryview(m)', 'm == m', 'm == b"abc"', 'm.__enter__()', 'm.release()', 'b"x" + bytes(m)']:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
print(repr(m).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memory at 0x"))
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(memoryview(b"abc").cast("c")) == hash(b"abc"), hash(memoryview(b"ab").cast("b")) == hash(b"ab"))
for expr in ['hash(memoryview(bytearray(b"x")))', 'hash(memoryview(b"abcd").cast("i"))', 'hash(memoryview(bytearray(b"x")).toreadonly()) == hash(b"x")']:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
a = memoryview(bytes([1, 0, 0, 0, 2, 0, 0, 0]))
print(a.cast("i") == a.cast("i"), a.cast("i") == a.cast("I"), a.cast("i") == a, a.cast("h") == a.cast("h").tolist(), a.cast("b") == a)
print(memoryview(b"\x00\x00\xc0\x7f").cast("f") == memoryview(b"\x00\x00\xc0\x7f").cast("f"), memoryview(b"ab") != bytearray(b"ab"), memoryview(b"ab") == "ab")
for expr in ['memoryview(b"a") < memoryview(b"b")', 'memoryview(b"a") >= b"a"', 'memoryview()', 'memoryview(object=b"k").tobytes()', 'memoryview(b"x", b"y")', 'memoryview(None)']:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
outer = memoryview(bytearray(b"data"))
held = bytearray(outer)
print(held, bytes(outer[1:3]), b"-".join([outer, outer[1:]]), bytes(outer[::2]))
try:
    b"-".join([outer, outer[::2]])
except TypeError as e:
    print(type(e).__name__, e)
inner = memoryview(outer)
outer.release()
print(inner.tobytes(), inner.obj)
with memoryview(b"ctx") as v:
    w = v[1:]
print(w.tobytes(), repr(v)[:10])
ro = memoryview(bytearray(b"rw")).toreadonly()
for expr in ['ro.__setitem__(0, 1)', 'ro.readonly', 'ro.obj']:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
c = memoryview(bytearray(b"xyz")).cast("c")
c[0] = b"X"
print(c.tolist(), c.obj)
for bad in ['c.__setitem__(0, b"ab")', 'c.__setitem__(0, 65)', 'c.__setitem__(0, "A")']:
    try:
        exec(bad)
    except Exception as e:
        print(bad, "!!", type(e).__name__, e)
b8 = memoryview(bytearray(3)).cast("?")
b8[0] = 5
b8[1] = []
print(b8.tolist(), b8.format)
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = 7
print(d.tolist())
for bad in ['d.__setitem__(0, "x")', 'd.__setitem__(0, 10**400)']:
    try:
        exec(bad)
    except Exception as e:
        print(bad, "!!", type(e).__name__, e)
