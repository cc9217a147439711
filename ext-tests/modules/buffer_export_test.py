import buffer_export as b

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

g = b.Grid()
print(b.check_buffer(g), b.check_buffer(b"x"), b.check_buffer("x"), b.check_buffer(5))
print("exports", g.exports())
m = memoryview(g)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.c_contiguous)
print(m.tolist(), m[1, 2], "exports", g.exports())
m[0, 1] = 99
print(g.values())
m2 = m.toreadonly()
print("after toreadonly, exports", g.exports(), m2.readonly)
print(m2.tolist())
m2.release()
m.release()
print("released, exports", g.exports())
with memoryview(g) as m3:
    print(m3.cast("B").tolist()[:8], "exports", g.exports())
print("exports", g.exports())
ro = b.Grid(True)
print(memoryview(ro).readonly)
try:
    memoryview(ro)[0, 0] = 1
except TypeError as e:
    print("TypeError", e)
show(b.describe, ro, b.WRITABLE)
print("ro exports", ro.exports())
for flags in ["SIMPLE", "ND", "STRIDES", "FULL_RO", "RECORDS"]:
    print(flags)
    for obj in [b"bytes", bytearray(b"ba"), memoryview(b"abcd").cast("i"), g]:
        show(b.describe, obj, getattr(b, flags))
show(b.describe, bytearray(b"w"), b.WRITABLE)
show(b.describe, b"ro", b.WRITABLE)
show(b.describe, "str", b.SIMPLE)
print("grid exports", g.exports())
show(b.to_contiguous, g)
show(b.to_contiguous, memoryview(b"abcdef")[::2])
mv = b.from_memory(False)
print(mv.tobytes(), mv.readonly)
try:
    mv[0] = 65
except TypeError as e:
    print("TypeError", e)
mw = b.from_memory(True)
mw[0] = ord("S")
print(b.memory_contents())
v, n, ok = b.view_of(bytearray(b"abc"))
print(v.tobytes(), n, ok)
show(b.view_of, 5)
show(b.fill_info)
