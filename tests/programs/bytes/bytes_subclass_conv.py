# bytes from iterables, buffer protocol, int conversions, and subclasses.
print(bytes(iter([1, 2, 3])), bytes(x for x in range(3)), bytes(map(ord, "abc")), bytes((255,)), bytes(bytearray(2)))
class Buf(bytes):
    def __repr__(self):
        return "Buf(" + super().__repr__() + ")"
b = Buf(b"data")
print(b, repr(b), b.upper(), type(b.upper()).__name__, type(b[1:]).__name__, b + b"x", type(b + b"x").__name__, b == b"data")
print(len(b), b[0], list(b[:2]), bytes(b), type(bytes(b)).__name__, isinstance(b, bytes), hash(b) == hash(b"data"))
class IdxObj:
    def __index__(self):
        return 66
print(bytes([IdxObj()]), bytearray([IdxObj(), 67]))
try:
    bytes([IdxObj(), "x"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x02\x03\x04", "little"), (0x01020304).to_bytes(4, "little"), int.from_bytes(bytearray(b"\xff\xff"), "big", signed=True))
print(bytes.fromhex("ff").decode("latin-1"), "ÿ".encode("latin-1"), b"\xc3\xbf".decode(), list("ÿ".encode()))
print(bytes(3) == b"\x00\x00\x00", bytes(0), bytearray(b"abc") == Buf(b"abc"), sorted([b"b", Buf(b"a")]))
