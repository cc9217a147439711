# printf-style % formatting: conversions, flags, width, precision.
print("%s|%r|%a" % ("é", "é", "é"))
print("%d|%i|%u" % (42, -42, 7), "%d" % 3.99, "%d" % True, "%i" % -0.5)
print("%5d|%-5d|%05d|%+d|% d|%+05d|%-+6d|" % (42, 42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%#X|%o|%#o|%08x|%-#8o|" % (255, 255, 255, 255, 8, 8, 255, 8))
print("%x %o" % (-255, -8), "%#x" % 0, "%#o" % 0)
print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%#.0f|%e|%.3E|%g|%G|%.3g" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, 2.5,
      12345.678, 12345.678, 0.00001234, 1e20, 1234567))
print("%c%c%c" % (65, "b", 0x1F600), "%%", "%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%(name)s is %(age)d, %(name)r" % {"name": "Bob", "age": 30})
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%s" % ((1, 2),), "%r" % None)
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")), "%5.1f%%" % 99.5)
print("%s" % 10**30, "%d" % 10**30, "%x" % 2**100, "%.3s" % "abcdef", "%-3c|" % "x")
for fmt, args in [("%d", "x"), ("%d", (1, 2)), ("%s %s", ("a",)), ("%(a)s", (1,)), ("%z", 1), ("%c", 1.5),
                  ("%c", "ab"), ("%c", -1), ("%", ()), ("%(a", {"a": 1}), ("%d", None), ("%x", 1.5), ("%*d", ("a", 1)),
                  ("no args", 5), ("%s", {}), ("%.2f", "1")]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("no args %s" % {} if False else "%s" % {"a": 1}, "plain" % {}, "%s%%" % 5)
class P:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
    def __index__(self):
        return 65
print("%s %r %a %d %x %c" % (P(), P(), P(), P(), P(), P()))
print(b"%s %d %b %x %c %r" % (b"bytes", 5, b"bb", 255, 65, b"r"), b"%a" % "é", b"%5s|%-5s|" % (b"ab", b"cd"))
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
