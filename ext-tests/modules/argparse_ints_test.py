import argparse_ints as a

class Idx:
    def __repr__(self):
        return "Idx()"

    def __index__(self):
        return 17

class Flt:
    def __repr__(self):
        return "Flt()"

    def __float__(self):
        return 2.5

class Cpx:
    def __repr__(self):
        return "Cpx()"

    def __complex__(self):
        return 1 + 2j

class Bad:
    def __repr__(self):
        return "Bad()"

    def __bool__(self):
        raise ZeroDivisionError("no truth")

def show(f, *args):
    try:
        print(f.__name__, args, "->", f(*args))
    except BaseException as e:
        print(f.__name__, args, "->", type(e).__name__, e)

for name, values in [
    ("b", [0, 255, -1, 256, 3.0, "x", Idx(), True]),
    ("B", [0, 255, -1, 256, 2**40, -2**70]),
    ("h", [-32768, 32767, 32768, -32769]),
    ("H", [0, 65535, 65536, -1]),
    ("i", [2**31 - 1, -2**31, 2**31, -2**31 - 1, Idx(), 1.5, None]),
    ("I", [2**32 - 1, 2**32, -1, 2**33 + 5]),
    ("l", [2**63 - 1, -2**63, 2**63, False]),
    ("k", [2**64 - 1, 2**64 + 3, -1]),
    ("L", [2**63 - 1, -2**63, 2**63, "7"]),
    ("K", [2**64 - 1, 2**64 + 1, -2]),
    ("n", [2**63 - 1, 2**63, -5, Idx()]),
    ("c", [b"a", bytearray(b"z"), b"ab", "a", 97]),
    ("C", ["a", "\u20ac", "ab", b"a", 1]),
    ("p", [0, 1, "", "x", [], [0], None, Bad()]),
    ("f", [1.5, 3, 1e300, Flt(), "1.0", Idx()]),
    ("d", [1.5, 3, 2**1030, Flt(), "1.0", Idx()]),
    ("D", [1j, 2, 1.5, Cpx(), Flt(), "1j"]),
]:
    f = getattr(a, name)
    for v in values:
        show(f, v)
show(a.i)
show(a.i, 1, 2)
show(a.mixed, 1)
show(a.mixed, 1, 2)
show(a.mixed, 1, 2, 3)
show(a.mixed, 1, 2, 3, 4)
show(a.mixed)
show(a.mixed, "x")
show(a.nested, (1, 2), (3, (4,)))
show(a.nested, (1, 2), (3, 4))
show(a.nested, (1,), (3, (4,)))
show(a.nested, [1, 2], [3, [4]])
show(a.nested, 1, 2)
show(a.semicolon, "x")
show(a.semicolon)
