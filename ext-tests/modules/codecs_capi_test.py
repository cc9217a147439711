import codecs_capi as c
import pathlib

def show(f, *args):
    try:
        print(f.__name__, args, "->", ascii(f(*args)))
    except BaseException as e:
        print(f.__name__, args, "->", type(e).__name__, e)

for args in [(b"caf\xc3\xa9", "utf-8"), (b"caf\xe9", "utf-8"), (b"caf\xe9", "utf-8", "replace"),
             (b"caf\xe9", "utf-8", "ignore"), (b"caf\xe9", "utf-8", "surrogateescape"),
             (b"caf\xe9", "latin-1"), (b"\xff\xfeh\x00", "utf-16"), (b"abc", "no-such-codec"),
             (b"abc", "utf-8", "no-such-handler"), (b"\x80", "ascii", "backslashreplace"),
             (b"abc", "rot13")]:
    show(c.decode, *args)
for args in [("caf\xe9", "utf-8"), ("caf\xe9", "ascii"), ("caf\xe9", "ascii", "replace"),
             ("caf\xe9\u20ac", "latin-1", "xmlcharrefreplace"), ("\u20ac", "ascii", "backslashreplace"),
             ("\u20ac", "ascii", "namereplace"), ("x\udcffy", "utf-8", "surrogateescape"),
             ("\ud800", "utf-8", "surrogatepass"), ("abc", "utf-16-be"), ("abc", "rot13")]:
    show(c.encode, *args)
show(c.shortcuts, "abc")
show(c.shortcuts, "\xe9")
show(c.decode_shortcuts, b"a\xe9\x00b")
for v in [b"ab", b"ab\xe2\x82", b"ab\xe2\x82\xac", b"\xff"]:
    show(c.utf8_stateful, v)
for v in ["name", b"bytes", pathlib.PurePosixPath("/p/q"), "nul\0", 5]:
    show(c.fs, v)
show(c.codec, "text", "utf-8")
show(c.codec, b"data", "base64")
show(c.codec, "text", "nope")
for name in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "unknown"]:
    show(c.error_handler, name)
show(c.decode_error)
