# memoryview.cast, toreadonly, and buffer-locking of bytearray.
ba = bytearray(range(16))
m = memoryview(ba)
w = m.cast("I")
print(w.format, w.itemsize, len(w), w.nbytes, w.shape, w.tolist()[0] in (50462976, 66051))
h = m.cast("B", (4, 4))
print(h.ndim, h.shape, h.strides, h.tolist())
c = m.cast("c")
print(c.format, c[0], c[1:3].tolist())
r = m.toreadonly()
print(r.readonly, r[3])
try:
    r[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
for bad in [lambda: m.cast("I", (3,)), lambda: m.cast("Q"[:0] or "x"), lambda: m[1:].cast("I"), lambda: h.tobytes() and h[0]]:
    try:
        print(bad())
    except (ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
try:
    ba.extend(b"more")
except BufferError as e:
    print(type(e).__name__, e)
for v in (m, w, h, c, r):
    v.release()
ba.extend(b"!")
print(len(ba), ba[-1])
signed = memoryview(bytes([255, 1, 128])).cast("b")
print(signed.tolist(), signed.format, memoryview(b"\x01\x00\x00\x00\x02\x00\x00\x00").cast("i").tolist())
print(memoryview(b"abcd")[::-1].tobytes(), memoryview(b"abcdef")[::2][::-1].tobytes(), memoryview(b"abc")[5:].tobytes())
