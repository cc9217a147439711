# memoryview: negative steps, nested slices, tolist, comparisons of slices and equality with different formats.
b = bytes(range(10))
m = memoryview(b)
print(m[::-1].tolist(), m[8:2:-2].tolist(), m[::3][1:].tolist(), m[-3:].tobytes(), m[2:2].tolist(), len(m[::4]))
print(m[1:5] == b[1:5], m[::2] == b[::2], m[::-1] == bytes(reversed(b)), m == list(b), m != b"nope")
ba = bytearray(b"abcdefgh")
mv = memoryview(ba)
mv[::2] = b"ACEG"
print(ba)
mv[1::2] = bytearray(b"1234")
print(ba)
mv[-2:] = memoryview(b"YZ")
print(ba, mv[-1], chr(mv[-1]))
sub = mv[2:6]
sub[::-1] = b"wxyz"
print(ba, sub.tobytes(), sub.obj is ba)
try:
    mv[::2] = b"toolong"
except ValueError as e:
    print(type(e).__name__, e)
try:
    del mv[0]
except TypeError as e:
    print(type(e).__name__, e)
f = memoryview(b"\x00\x00\x80\x3f").cast("f")
print(f.tolist(), f.format, f.itemsize)
h = memoryview(bytes([1, 0, 2, 0])).cast("H")
print(h.tolist(), h == memoryview(bytes([1, 0, 2, 0])).cast("H"), h[1])
print(memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"ab").cast("c") == memoryview(b"ab"))
