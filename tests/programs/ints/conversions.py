# int() constructor with bases, prefixes, underscores, errors, and __int__/__index__.
print(int(), int(42), int(-3.99), int(3.99), int(True), int("  17  "), int("-0"), int("+5"))
for s, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0),
                ("101", 2), ("z", 36), ("Z", 36), ("1_000", 10), ("0_0", 0), ("  -0x1a ", 0),
                ("10", 3), ("777", 8), ("0B11", 0), ("0O7", 0), ("0X1F", 0)]:
    print(repr(s), base, int(s, base))
for s, base in [("", 10), ("12a", 10), ("0x", 16), ("1__0", 10), ("_1", 10), ("1_", 10),
                ("010", 0), ("9", 8), ("2", 2), ("1.5", 10), ("0xg", 0), (" ", 10), ("١٢", 10)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
for v in (None, [1], 1j, "x"):
    try:
        int(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(1e20), int(-1.5e300) // 10**290, int(b"42"), int(bytearray(b" 7 ")))

class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 9
print(int(WithInt()), int(WithIndex()))
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
v = IntSub(5)
print(v, type(v).__name__, type(int(v)).__name__, type(+v).__name__, v + 1, type(v + 1).__name__)
print(int("१२३"), int("٣"), int("  ٤٥  "))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      int.from_bytes(b"\xff", "big", signed=True), (1024).to_bytes(4, "big"),
      (-2).to_bytes(2, "little", signed=True), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((5).as_integer_ratio(), (-7).numerator, (8).denominator, (3).real, (3).imag, (3).conjugate())
