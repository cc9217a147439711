# float.fromhex: C99 hex notation, rounding half to even, subnormals,
# overflow and invalid strings, subclasses.
cases = ["0x1.8p3", " -0X1P-1074 ", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0x1.fffffffffffffp1023",
         "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "inf", "-Infinity", "nan", "1", "0x.8",
         "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.00000000000008000001p0", "0x0p99999999999999",
         "0x1p-99999999999999", "abc.def", "0xffffffffffffffffffffffffffffp-100", "0x1p1024", "0x", "1p", "0x1.2.3",
         "0x1p+2", "1P-2", ".8", "-0x0", "0x10000000000000000000000000000000000000000p-1200"]
for s in cases:
    try:
        print(repr(s), float.fromhex(s).hex(), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for x in (1.0, 0.1, 5e-324, 1.7976931348623157e308, -2.5, 3.0e-310):
    assert float.fromhex(x.hex()) == x, x


class F(float):
    pass


print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
try:
    float.fromhex(1)
except TypeError as e:
    print("TypeError", e)
