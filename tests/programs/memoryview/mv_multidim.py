# memoryview casts to N-D shapes: indexing with tuples, tolist, tobytes orders, and the errors of cast.
data = bytearray(range(24))
m = memoryview(data)
t = m.cast("B", [2, 3, 4])
print(t.ndim, t.shape, t.strides, t.nbytes, len(t), t.c_contiguous, t.f_contiguous, t.contiguous)
print(t.tolist())
print(t[1, 2, 3], t[0, 0, 0], t[-1, -1, -1])
print(t.tobytes() == bytes(data), t.tobytes("F")[:8], t.tobytes("A") == bytes(data), t.tobytes(order=None)[:3])
t[1, 0, 0] = 200
print(data[12], t[1, 0, 0])
for bad in ['t[0]', 't[0, 0]', 't[0, 0, 0, 0]', 't[2, 0, 0]', 't[0:1]', 't[0:1, 0:1]', 't["x"]', 't.tobytes("Z")', 'list(t)',
            't.cast("B", (24,))', 't.cast("I")', 'm.cast("I", [2, 3])', 'm.cast("B", [0, 24])', 'm.cast("B", (4, 5))', 'm.cast("B", "x")',
            'm.cast(5)', 'm.cast("b").cast("h")', 'm.cast("h").cast("i")', 'm[::2].cast("B")', 'memoryview(b"")[0:0].cast("B", (1, 0))',
            'm.cast("Q", (3,))', 'm.cast("@B").format', 'm.cast("<B")', 'm.cast("BB")', 'm.cast(format="c")[0]']:
    try:
        r = eval(bad)
        print(bad, "->", (r.format, r.shape) if isinstance(r, memoryview) else r)
    except Exception as e:
        print(bad, "!!", type(e).__name__, e)
u = t.cast("B")
print(u.shape, u.ndim, u[23], u.tolist()[:5])
i2 = memoryview(bytearray(16)).cast("i", (2, 2))
i2[0, 1] = -7
i2[1, 0] = 2**31 - 1
print(i2.tolist(), i2.strides, i2.itemsize)
for bad in ['i2[0, 1] = 2**31', 'i2[0, 1] = 1.5', 'i2[0] = 1', 'i2[0:1] = b"x"', 'del i2[0, 0]']:
    try:
        exec(bad)
        print(bad, "ok")
    except Exception as e:
        print(bad, "!!", type(e).__name__, e)
z = memoryview(b"abcd").cast("B", [2, 2]).cast("B")
print(z.tolist(), z.format)
scalar = memoryview(b"\x07").cast("B", [])
print(scalar.ndim, scalar.shape, scalar.strides, len(scalar), scalar.tolist(), scalar[()], scalar[...] is scalar, scalar.tobytes())
for bad in ['scalar[0]', 'list(scalar)']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, "!!", type(e).__name__, e)
