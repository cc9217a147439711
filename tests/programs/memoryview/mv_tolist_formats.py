# memoryview formats: B, b, c, h, H, i, I, q, Q, f, d casts and tolist()/tobytes() round trips (little-endian machine).
import sys
raw = bytes(range(1, 17))
for fmt in ["B", "b", "c", "h", "H", "i", "I", "q", "Q", "f", "d"]:
    v = memoryview(raw).cast(fmt)
    vals = v.tolist()
    shown = vals if fmt not in "fd" else [round(x, 30) if x == x else "nan" for x in vals][:2]
    print(fmt, v.itemsize, len(v), v.nbytes, v.tobytes() == raw, shown if sys.byteorder == "little" else "be")
neg = memoryview(bytes([0xFF, 0xFF, 0xFF, 0xFF])).cast("i")
print(neg.tolist(), memoryview(bytes([0xFF] * 4)).cast("I").tolist())
w = memoryview(bytearray(8)).cast("i")
w[0] = -2
w[1] = 2**31 - 1
print(w.tolist(), bytes(w.obj).hex())
try:
    w[0] = 2**31
except ValueError as e:
    print(type(e).__name__, e)
try:
    w[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
back = w.cast("B")
print(back.tolist(), back.format, back.shape)
