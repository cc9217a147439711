# Iteration, comparison, hashing and conversions between bytes-like types.
data = [b"b", b"a", b"ab", b"", b"\xff", bytearray(b"aa"), b"A"]
print(sorted(data), min(data), max(data))
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" == memoryview(b"abc"), b"a" != bytearray(b"b"))
print(b"abc" < bytearray(b"abd"), bytearray(b"z") > b"a", b"ab" <= b"ab", b"abc"[1:2] == b"b")
try:
    b"a" < "a"
except TypeError as e:
    print(type(e).__name__, e)
d = {b"k": 1}
print(d[b"k"], b"k" in d, {b"a", b"a", b"b"} == {b"a", b"b"}, len({b"x", bytes(b"x")}))
try:
    {bytearray(b"x")}
except TypeError as e:
    print(type(e).__name__, e)
it = iter(b"xyz")
print(next(it), next(it), list(it), list(enumerate(b"ab")), [chr(c) for c in b"hey"], bytes(c + 1 for c in b"HAL"))
print(list(zip(b"ab", bytearray(b"cd"))), sum(b"\x01\x02\x03"), any(b"\x00"), all(b"\x01\x02"), b"a" * 0)
print(int.from_bytes(b"\x00\x10", "big"), list(b"%d" % 255), bytes(str(12), "ascii"), str(b"12", "ascii"))
print(b"abc".__len__(), b"abc".__contains__(b"b"), b"abc".__getitem__(slice(1, None)), bytes.__mro__, bytearray.__mro__)
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), issubclass(bytearray, bytes), type(b"").__name__)
x = b"abc"
y = x
x += b"d"
print(x, y, x is y)
p = bytearray(b"abc")
q = p
p += b"d"
print(p, q, p is q)
