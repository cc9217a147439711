# Circular imports: partially initialised modules and from-import failures.
import _support.cyc.a as a
print("main: a.A_LATE =", a.A_LATE, "| a.from_b() =", a.from_b())
import _support.cyc.b as b
print("main: b is a.b:", b is a.b, "| b.a is a:", b.a is a)
