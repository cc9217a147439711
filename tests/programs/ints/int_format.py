n = 1234567
print(format(n, ","), format(n, "_"), format(n, "x"), format(n, "#x"), format(n, "X"), format(n, "#o"), format(n, "b"))
print(format(42, "08d"), format(-42, "08d"), format(42, "+d"), format(42, " d"), format(42, "<6") + "|", format(42, "^6") + "|", format(42, ">6") + "|")
print(format(42, "*^10"), format(65, "c"), format(255, "#010x"), format(1234, "e"), format(7, "%"))
print(f"{n:,d}", f"{-n:_}", f"{n:>12,}", f"{0:03}")
try:
    format(5, ".2d")
except ValueError as e:
    print(e)
try:
    format(5, "q")
except ValueError as e:
    print(e)
