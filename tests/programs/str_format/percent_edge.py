# More % formatting: mapping keys, subclass and tuple handling, bytes, and precision edges.
print("%(a)s %(a)r %(b)05.1f" % {"a": "x", "b": 2.25})
print("%s" % "%s", "%%%s%%" % "p", "%3%|" if False else "%.0f%%" % 50)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%.1f" % 0.05, "%.2f" % 2.675, "%.3e" % 0.0)
print("%10.4s|%-10.4s|%.0s|" % ("abcdef", "abcdef", "xyz"))
print("%d items" % 3, "%s" % ((),), "[%s]" % [])
try:
    print("%s %s" % [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
class L(list):
    pass
print("%s" % L([1]), "%s" % ([1],), "%r" % ((1, 2),))
class D(dict):
    pass
print("%(x)s" % D(x=5), "%s" % D(x=5))
print("%i %d" % (2**64, -2**64), "%x" % True, "%o" % 64, "%e" % 10**20, "%g" % 10**20, "%.3g" % 2**70)
print("%5c|%-5c|" % ("a", 98), "%#5x|%#-7o|" % (10, 10), "%+.2e" % -1e-5, "% .3f" % 2.0)
print("%s %s" % (b"b", bytearray(b"ba")), "%r" % b"\x00", "%a" % "\u20ac")
print("%s" % 1.0, "%r" % 0.1, "%s" % 1e100, "%s" % -0.0, "%f" % 1e20, "%.15g" % 0.1, "%.17g" % 0.1)
class WithGetitem:
    def __getitem__(self, k):
        return k.upper()
print("%(hello)s %(x)s" % WithGetitem())
print(bytearray(b"%d-%s") % (1, b"z"), b"%c%c" % (b"a", 66), b"%%" % (), b"%x" % 255)
for args in [(b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"), (b"%s", 5)]:
    try:
        print(args[0] % args[1])
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
