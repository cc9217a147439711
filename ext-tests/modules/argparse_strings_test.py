import argparse_strings as a

def fmt(args):
    return tuple(("memoryview", x.tobytes()) if isinstance(x, memoryview) else x for x in args)

def show(f, *args):
    try:
        print(f.__name__, fmt(args), "->", f(*args))
    except BaseException as e:
        print(f.__name__, fmt(args), "->", type(e).__name__, e)

class MyStr(str):
    pass

for name, values in [
    ("s", ["abc", "\xe9t\xe9", "a\0b", b"abc", None, MyStr("sub")]),
    ("s_hash", ["abc", "a\0b", "\u20ac", b"by\0tes", bytearray(b"ba"), None]),
    ("z", ["abc", None, b"x", 3]),
    ("z_hash", ["abc", None, b"x\0y"]),
    ("y", [b"abc", b"a\0b", "str", bytearray(b"x")]),
    ("y_hash", [b"abc", b"a\0b", "str", bytearray(b"ba"), memoryview(b"mv")]),
    ("s_star", ["text", b"bytes", bytearray(b"ba"), memoryview(b"mv"), 5]),
    ("z_star", ["text", None, b"b"]),
    ("y_star", [b"bytes", bytearray(b"ba"), "text"]),
    ("S", [b"b", bytearray(b"x"), "s"]),
    ("Y", [bytearray(b"x"), b"b"]),
    ("U", ["u", MyStr("m"), b"b"]),
    ("O_bang", [[1, 2], (1, 2), "x"]),
    ("es", ["caf\xe9", "\u20ac", b"raw"]),
    ("et", ["caf\xe9", b"raw\xff"]),
    ("es_hash_alloc", ["ab", ""]),
    ("et_hash_fixed", ["short", "exactly8", "much too long", "\xe9"]),
    ("parse_single", [21, "x"]),
]:
    f = getattr(a, name)
    for v in values:
        show(f, v)

ba = bytearray(b"abc")
show(a.w_star, ba)
print(ba)
show(a.w_star, b"ro")
show(a.w_star, "str")
mv = memoryview(bytearray(b"mv"))
show(a.w_star, mv)
print(mv.obj, mv.tobytes())
show(a.w_star, memoryview(b"ro"))
ba.append(100)
print(ba)
show(a.O_amp, "x")
show(a.O_amp, "x", "y")
show(a.O_amp, 1)
show(a.O_amp, "x", 2)
show(a.unpack, 1)
show(a.unpack, 1, 2, 3)
show(a.unpack)
show(a.unpack, 1, 2, 3, 4)
