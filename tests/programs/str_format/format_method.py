print("{} and {}".format("a", "b"), "{1} {0}".format("x", "y"), "{name}={value}".format(name="k", value=3))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3j), "{!r} {!s} {!a}".format("x", "y", "é"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^9}".format("mid"), "{:08.3f}".format(3.14159), "{:,}".format(10 ** 9))
print("{{literal}} {}".format(1), "{0:{1}}".format("w", 6) + "|", "{:{width}.{prec}f}".format(2.5, width=8, prec=2))
for bad in ["{", "}", "{0} {}", "{1}", "{x}"]:
    try:
        bad.format(1)
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("%s is %d years" % ("Ann", 30), "%5s|%-5s|" % ("a", "b"), "%x %X %o %e" % (255, 255, 8, 12345.678), "%(a)s-%(b)s" % {"a": 1, "b": 2}, "%c%c" % (65, "b"), "100%%" % ())
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
