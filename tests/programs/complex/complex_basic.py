# complex literals, arithmetic, repr.
z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate(), -z, +z, type(z).__name__)
print(1j, -1j, 0j, -0j, 1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1 + 2j) - 1, 2 - (1 + 1j))
print(complex(), complex(1), complex(1.5, -2), complex("1+2j"), complex("-1.5-0.5j"), complex(" 3j "), complex("4"))
print(complex(1j, 1j), complex(1, 1j), complex(True, False), complex("inf+nanj"), complex(-0.0, -0.0))
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(-(0j)), complex(1e300, 1e-300))
for s in ["1+", "j1", "1+2", "1 + 2j", "(1+2j)", "( 3j )", "", "1jj", "nanj"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for args in [("1", 2), (1, "2"), (None,), ([],)]:
    try:
        complex(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print((1 + 2j) ** 2, (1 + 1j) ** 0, 2 ** (1j * 0), (1j) ** 2, (2 + 0j) ** 3, (1 + 1j) ** -1)
print(z == 3 + 4j, z == complex(3, 4), 3 + 0j == 3, 3 + 0j == 3.0, z != 3, 1j == 1)
for op in ("<", "//", "%"):
    try:
        eval("z " + op + " 1")
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(3 + 0j) == hash(3), hash(0j) == 0, bool(0j), bool(1e-300j), abs(-3j), abs(1 + 1j))
print(1e20j, 1.5e-5j, 1j * 1e300 * 1e10, complex(float("nan"), 1), 10j / 3, (5 + 7j).__complex__() if hasattr(5 + 7j, "__complex__") else "no __complex__")
class C:
    def __complex__(self):
        return 2 + 2j
print(complex(C()), (1 + 1j).__add__(1), (1 + 1j).__radd__(1.5), (1 + 1j).__mul__("x"))
