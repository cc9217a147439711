# bytes construction, repr, indexing and slicing.
print(b"", b"abc", b"\x00\xff", b"'", b'"', b"'\"", b"\t\n\r\\", bytes(3), bytes([65, 66, 67]), bytes(b"xy"))
print(bytes("é", "utf-8"), bytes(range(5)), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes())
print(repr(bytes(range(0, 256, 17))), list(b"AZaz"), b"abc"[0], b"abc"[-1], b"abc"[1:], b"abcdef"[::2], b"abc"[::-1])
for args in [([256],), ([-1],), ("str",), (1.5,), ([1.5],), (-1,), ("x", "nope"), (5, "utf-8")]:
    try:
        print(bytes(*args))
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b"a" + b"b", b"ab" * 3, 2 * b"x", b"a" < b"b", b"abc" == b"abc", b"a" == "a", b"b" in b"abc", 98 in b"abc")
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
print(len(b"\x00\x01"), hash(b"abc") == hash(b"abc"), b"abc" + bytearray(b"d"), type(b"a" + bytearray(b"b")).__name__)
print(bytes.fromhex("de ad BE EF"), bytes.fromhex(""), b"\xde\xad".hex(), b"\xde\xad\xbe".hex(":"), b"abcdef".hex("-", 2))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
class WithBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(WithBytes()), str(b"x"), repr(b"x"), ascii(b"\xff"), f"{b'ab'}", "%s" % b"q")
print(b"\x80abc".decode("latin-1"), [b for b in b"hi"], list(reversed(b"abc")), sorted(b"cab"), max(b"az"))
