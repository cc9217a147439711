# !r !s !a conversions in str.format and f-strings, and format() of str subclasses and numbers with __str__ overrides.
class Odd:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
o = Odd()
print("{0!s} {0!r} {0!a} {0}".format(o), f"{o!s} {o!r} {o!a} {o}")
print("{!r:>5}|{!s:<5}|{!a:^7}".format("x", "y", "é"))
print("{0!r}".format("quote's"), "{0!a}".format("日本"), f"{'tab	'!r}")
class MyStr(str):
    def __format__(self, spec):
        return "MyStr:" + str.__format__(self, spec)
ms = MyStr("val")
print(f"{ms}", f"{ms:>6}", f"{ms!s}", f"{ms!r}", "{}".format(ms), format(ms, "^7"))
class IntStr(int):
    def __str__(self):
        return "IntStr!"
    def __repr__(self):
        return "IntStr(r)"
i = IntStr(5)
print(f"{i}", f"{i!s}", f"{i!r}", f"{i:d}", format(i), str(i), "%s %d %r" % (i, i, i), "{}".format(i))
class FloatRepr(float):
    def __repr__(self):
        return "FR"
fr = FloatRepr(1.5)
print(f"{fr}", f"{fr!r}", str(fr), format(fr, ".2f"), "%r %s" % (fr, fr))
print("{0!r:}".format(1.0), "{0!s:^5}".format(None), "{!a}".format(b"\xff"))
