# float() from strings, special values, and errors.
for s in ["1", "1.5", "-2.25", "  3.0  ", "1e10", "1E-5", ".5", "5.", "1_000.5", "+inf", "-Infinity",
          "nan", "NaN", "-nan", "inFINity", "0x1p3" if False else "1e308", "1e309", "-1e309", "4.9e-324",
          "1e-400", "00012.50", "\t\n7\n"]:
    print(repr(s), float(s))
for s in ["", "1.5.2", "abc", "1e", "e5", "1_", "_1", "1__0", "0x10", "1,5", "in", "nanx", " . "]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for v in (None, [], "1j", 1j):
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(), float(10), float(-0), float(True), float(2**53 + 1), float(10**308))
try:
    float(10**309)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()), float(b"3.5"), float(bytearray(b"-1")))
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"), (1.5).hex(), (0.1).hex(), (-0.0).hex())
print((3.0).hex(), (1e300).hex(), float.fromhex((0.1).hex()) == 0.1, (5e-324).hex())
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(float("1" * 30), float("0." + "0" * 30 + "1"), float("12345678901234567890e-10"))
