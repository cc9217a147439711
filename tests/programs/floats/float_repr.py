vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789.123, 1e-5, 1e-4, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 1e22, 1.5e300 * 1e10, float("nan"), 2.5, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v))
print(float("1.5"), float("-inf"), float(" 3 "), float("1e3"), float(7), float("1_0.5"))
try:
    float("x")
except ValueError as e:
    print(e)
