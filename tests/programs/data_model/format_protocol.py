# __format__ dispatch from format(), f-strings and str.format, plus object.__format__ rules.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("__format__ called with", repr(spec))
        if not spec:
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money!"
m = Money(12345)
print(format(m), format(m, "cents"), format(m, ">10.1f"))
print(f"{m}|{m:cents}|{m!s}|{m!r:.8}")
print("{}|{:cents}|{0:,.3f}".format(m, m) if False else "{0}|{0:cents}|{0:,.3f}".format(m))
width = 12
print(f"{m:>{width}.2f}")
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat():}", format(NoFormat(), ""))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class SubInt(int):
    def __format__(self, spec):
        return "SubInt:" + super().__format__(spec)
print(f"{SubInt(5):03}", format(SubInt(7), "x"), "%d" % SubInt(9), str(SubInt(3)))
class FormatRaises:
    def __format__(self, spec):
        raise ValueError("bad spec " + spec)
try:
    f"{FormatRaises():abc}"
except ValueError as e:
    print(type(e).__name__, e)
print(type(format(1, "")).__name__, format("x", "") == "x", object.__format__(1, ""))
try:
    object.__format__(1, "d")
except TypeError as e:
    print(type(e).__name__, e)
