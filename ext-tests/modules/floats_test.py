import floats as f

class F:
    def __repr__(self):
        return "F()"
    def __float__(self):
        return 4.25

class BadF:
    def __repr__(self):
        return "BadF()"
    def __float__(self):
        return "not a float"

class I:
    def __repr__(self):
        return "I()"
    def __index__(self):
        return 3

class C:
    def __repr__(self):
        return "C()"
    def __complex__(self):
        return 3 - 4j

class MyFloat(float):
    pass

class MyComplex(complex):
    pass

def show(fn, *args):
    try:
        print(fn.__name__, args, "->", fn(*args))
    except BaseException as e:
        print(fn.__name__, args, "->", type(e).__name__, e)

for v in [1.5, 7, 2**1024, F(), BadF(), I(), "1.0", None, True, MyFloat(0.5)]:
    show(f.as_double, v)
for v in [1.5, MyFloat(-0.0), 1, float("inf")]:
    show(f.macro_read, v)
for v in ["1.5", "  -2e3 ", "inf", "nan", "1_0.5", "x", b"2.5", bytearray(b"3"), 4]:
    show(f.from_string, v)
print(f.limits())
for v in [1 + 2j, 3, 2.5, C(), F(), MyComplex(1, -1), "x"]:
    show(f.complex_parts, v)
show(f.complex_make, 1.0, -0.5)
show(f.complex_math, 1 + 2j, 3 - 1j)
show(f.complex_math, 1 + 2j, 0j)
show(f.complex_math, -3j, 1)
for v in [2j, MyComplex(5), 1.0]:
    show(f.complex_struct, v)
for v in [0, 1, -7, True, False]:
    show(f.bools, v)
print([f.return_macros(i) for i in range(5)])
