# The format-spec mini-language on ints.
n = 1234567
specs = ["", "d", "10d", "<10", ">10", "^10", "=10", "010", "+", "-", " ", ",", "_", "010,", "+012,d", "x", "X", "#x",
         "#X", "o", "#o", "b", "#b", "_b", "_x", "#_x", "c", "n", "e", ".2e", "f", ".1f", "g", "%", ".1%", "*^15,", "0>12",
         "#012x", "=+12", "^+12"]
for spec in specs:
    if spec == "c":
        print(repr(spec), repr(format(65, spec)))
        continue
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)), repr(format(0, spec)))
for spec in [".2d", "s", ",x", "_c", "#c", "=c", "z", "10.2x", "+c", ",b", "::", "<<"]:
    try:
        print(repr(spec), repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(2**100, ","), format(-2**70, "_x"), format(True, "d"), format(True, "x"), format(False, ">5"))
print(format(255, "08b"), format(255, "#010b"), format(-255, "#010b"), format(5, "=+#8x"))
try:
    format(0x110000, "c")
except OverflowError as e:
    print(type(e).__name__, e)
print(format(12, "_o"), format(1234, "_"), format(12345678, "_d"), format(123, "0=8"), format(-123, "0<8"))
