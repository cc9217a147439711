import longs

class Idx:
    def __index__(self):
        return 7

class IntOnly:
    def __int__(self):
        return 8

class MyInt(int):
    pass

def show(f, *args):
    try:
        print(f.__name__, args, "->", f(*args))
    except BaseException as e:
        print(f.__name__, args, "->", type(e).__name__, e)

for v in [0, 1, -1, 2**31, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64,
          2**100 + 5, MyInt(-3), True]:
    print(v, longs.as_all(v))
print("Idx", longs.as_all(Idx()))
print("IntOnly", longs.as_all(IntOnly()))
print("float", longs.as_all(1.5))
print("str", longs.as_all("1"))
for d in [0.0, -2.5, 1e20, 2.0**70, float("inf"), float("nan")]:
    show(longs.from_double, d)
for s, base in [("123abc", 10), ("0x1f", 16), ("0x1f", 0), ("0b101", 0), ("  42  ", 10), ("zz", 36),
                ("1_000", 10), ("08", 0), ("", 10), ("12", 1), ("9" * 40, 10), ("-0o17", 0)]:
    show(longs.from_string, s, base)
show(longs.from_unicode_object, "\u0661\u0662", 10)
show(longs.from_unicode_object, "ff", 16)
show(longs.from_unicode_object, "x", 10)
for v, little, signed in [(1, False, False), (1, True, False), (-1, True, True), (2**71, False, False),
                          (2**72, False, False), (-1, False, False), (-2**71, True, True)]:
    show(longs.to_bytes, v, little, signed)
for b, little, signed in [(b"\x01\x00", True, False), (b"\xff\xff", False, True), (b"\xff\xff", False, False),
                          (b"", False, True), (b"\x80" + b"\x00" * 9, False, True)]:
    show(longs.from_bytes, b, little, signed)
for v in [0, 1, -1, 255, -256, 2**100]:
    show(longs.numbits, v)
print(longs.pointer_roundtrip())
print(longs.checks(1), longs.checks(True), longs.checks(MyInt(1)), longs.checks(1.0))
print(longs.info())
