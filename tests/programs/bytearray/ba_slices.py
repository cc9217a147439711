# bytearray item and slice assignment and deletion, extended slices included.
def show(label, f):
    b = bytearray(b"0123456789")
    try:
        f(b)
        print(label, b)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

show("set 0", lambda b: b.__setitem__(0, 65))
show("set -1", lambda b: b.__setitem__(-1, 66))
show("set 10", lambda b: b.__setitem__(10, 1))
show("set -11", lambda b: b.__setitem__(-11, 1))
show("set 256", lambda b: b.__setitem__(0, 256))
show("set bytes", lambda b: b.__setitem__(0, b"x"))
show("set str key", lambda b: b.__setitem__("0", 1))
show("set float key", lambda b: b.__setitem__(1.0, 1))
show("slice grow", lambda b: b.__setitem__(slice(2, 4), b"abcdef"))
show("slice shrink", lambda b: b.__setitem__(slice(2, 8), b"x"))
show("slice empty", lambda b: b.__setitem__(slice(2, 8), b""))
show("slice insert", lambda b: b.__setitem__(slice(3, 3), b"++"))
show("slice reversed bounds", lambda b: b.__setitem__(slice(7, 2), b"<>"))
show("slice list", lambda b: b.__setitem__(slice(0, 2), [65, 66, 67]))
show("slice gen", lambda b: b.__setitem__(slice(0, 2), (x for x in b"QR")))
show("slice self", lambda b: b.__setitem__(slice(0, 2), b))
show("slice memoryview", lambda b: b.__setitem__(slice(None), memoryview(b"mv")))
show("slice int", lambda b: b.__setitem__(slice(0, 2), 5))
show("slice str", lambda b: b.__setitem__(slice(0, 2), "ab"))
show("slice bad list", lambda b: b.__setitem__(slice(0, 2), [1, 256]))
show("ext set", lambda b: b.__setitem__(slice(None, None, 2), b"abcde"))
show("ext set rev", lambda b: b.__setitem__(slice(None, None, -3), b"wxyz"))
show("ext set wrong", lambda b: b.__setitem__(slice(None, None, 2), b"abc"))
show("ext set list", lambda b: b.__setitem__(slice(1, None, 4), [97, 98, 99]))
show("del 0", lambda b: b.__delitem__(0))
show("del -1", lambda b: b.__delitem__(-1))
show("del 10", lambda b: b.__delitem__(10))
show("del slice", lambda b: b.__delitem__(slice(2, 5)))
show("del all", lambda b: b.__delitem__(slice(None)))
show("del ext", lambda b: b.__delitem__(slice(None, None, 3)))
show("del ext rev", lambda b: b.__delitem__(slice(None, None, -2)))
show("del empty ext", lambda b: b.__delitem__(slice(5, 2, 1)))
b = bytearray(b"abcdef")
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[10:], b[-100:2], b[1:-1:2])
for key in [6, -7, "x", 2**70, None]:
    try:
        print(b[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(list(iter(bytearray(b"it"))), list(reversed(bytearray(b"ab"))), 98 in b, b"cd" in b, b"" in b, bytearray(b"e") in b)
for bad in [lambda: "a" in b, lambda: 256 in b, lambda: None in b]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
it = iter(b)
next(it)
b.clear()
print(list(it))
