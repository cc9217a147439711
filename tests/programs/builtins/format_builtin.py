# The format() builtin across types, invalid specs, and format() with non-str return of __format__.
for v, spec in [(1234.5678, ",.2f"), (42, "b"), ("s", "^5"), (None, ""), (True, ""), (True, ">6"), (3 + 4j, ".1f"),
                (b"x", ""), ([1], ""), (0.1, ".20f"), (-7, "+05"), (10**30, "e"), (float("nan"), "+"), (float("-inf"), "^8")]:
    print(repr(v), repr(spec), repr(format(v, spec)))
for v, spec in [(1, "s"), ("a", "d"), (1.5, "d"), ([], "x"), (1j, "%"), (1, "+s"), ("a", "="), (None, "x"), (1, ".")]:
    try:
        format(v, spec)
    except (ValueError, TypeError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(format(5), format(5, ""), format(format), type(format(1.0)).__name__)
