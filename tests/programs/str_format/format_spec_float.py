# The format-spec mini-language on floats.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e22, 0.1, 100.0, float("inf"), float("nan"), 5e-324, 0.5, 2.5]
specs = ["", "f", ".0f", ".3f", "e", ".2E", "g", ".3g", "G", "%", ".2%", "10.2f", "<12.1e", "^12g", "+.1f", " .1f",
         ",.2f", "_.3f", "012.3f", "#.0f", "#g", "#.3g", "z.1f", "n", ".0e", ".10g", ".17g", "r" if False else "-"]
for v in vals:
    print(repr(v), " ".join(repr(format(v, s)) for s in specs))
for spec in ["d", "x", "c", "b", ",d", "=s"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(1e16, ""), format(1e15, ""), format(123.0, ""), format(1.5, "10"), format(1.5, "<10"), format(1.5, "0"))
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(-0.0, "zg"), format(0.00001, "%"), format(1 / 3, ".30f"))
print(format(1.23456789e-5, ".3"), format(123456.0, ".3"), format(1e100, ",.0f")[:40], format(0.5, ".0f"), format(1.5, ".0f"))
