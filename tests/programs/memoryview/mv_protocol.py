# memoryview as an argument to bytes-consuming builtins and methods.
src = bytearray(b"The quick brown fox")
v = memoryview(src)
print(bytes(v[4:9]), bytearray(v[:3]), b"x" + v[:1] if False else b"x" + bytes(v[:1]), v[4:9].tobytes().upper())
print(b"quick" in bytes(v), src.find(v[4:9]), src.startswith(v[:3]), b"-".join([v[:3], v[4:9]]), src.count(v[-1:]))
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), str(memoryview(b"hi"), "ascii"), float(memoryview(b"2.5")) if False else "skip")
print(bytes.fromhex(v[:2].hex()), v[0:0].tobytes(), v.tobytes() == bytes(src))
v2 = memoryview(b"0123456789")
print([v2[i] for i in range(0, 10, 3)], v2[-3:].tolist(), v2[2:8:2].tobytes(), v2[8:2:-2].tobytes(), len(v2[::3]))
total = 0
for byte in memoryview(b"\x01\x02\x03\x04"):
    total += byte
print(total)
try:
    memoryview(b"abc") + b"d"
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(b"abc") * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc" in memoryview(b"abc")
except TypeError as e:
    print(type(e).__name__, e)
print(97 in memoryview(b"abc"), memoryview(b"abc").count(97) if hasattr(memoryview, "count") else "no count")
