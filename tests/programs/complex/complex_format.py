# Formatting complex numbers.
vals = [1 + 2j, -1.5 - 0.25j, 3j, 1e10 + 1e-10j, complex(0.1, 0.2), complex(-0.0, 1), 2 + 0j]
for v in vals:
    print(str(v), repr(v), format(v), format(v, ".2f"), format(v, "^30"), format(v, "+.3e"), format(v, "g"))
print(f"{1 + 2j:>20.3f}|{3j:<10}|{2 - 1j:*^25.1f}|")
print("%s %r" % (1 + 1j, 2j))
for spec in ("=10", "05", "d", "%", "c"):
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print(format(complex("inf-infj"), ""), format(complex("nan+nanj"), "f"), format(complex(1, float("nan"))))
print(str(complex(1.0, 2.0)), str(complex(123456789012345678.0, 1)), str(complex(1e-7, 1e22)))
print("{0} {0!r} {0:.1f} {0.real} {0.imag}".format(2.5 - 1j))
print(f"{(1+2j).real:06.2f} {abs(3+4j):.0f} {complex(1, 1) * 2!r}")
for v in (1j, -1j, 1 + 0j, -1 - 0j, complex(0.0, -0.0)):
    print(repr(v), str(v), format(v, ""), format(v, "+"), format(v, " "))
for spec in (".0f", ".1e", "10.2g", "<15", "n"):
    print(spec, repr(format(12.5 + 0.5j, spec)))
print(f"{3+4j=}", f"{complex('1e-20+1e20j')}")
