import bytes_more as b

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

for v in [b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\x00\xff\n"]:
    show(b.repr, v, True)
    show(b.repr, v, False)
show(b.decode_escape, r"a\tb\x41\n\\")
show(b.decode_escape, r"bad \x4")
show(b.decode_escape, r"bad \x4", "replace")
show(b.join, b", ", [b"a", b"b", bytearray(b"c")])
show(b.join, b"", [])
show(b.join, b"-", [b"a", "s"])
show(b.join, b"-", 5)
show(b.from_format_v)
show(b.fresh)
show(b.size_errors, b"abc")
show(b.size_errors, "abc")
