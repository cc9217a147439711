# str.encode / bytes.decode with codecs and error handlers.
s = "héllo wörld €𝄞"
for enc in ["utf-8", "utf8", "UTF-8", "latin-1", "ascii", "utf-16-le", "utf-16-be", "utf-32-le", "iso-8859-1", "cp1252"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, b)
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e)
            print("  ", e.encoding, e.start, e.end, e.reason, repr(e.object))
data = b"caf\xc3\xa9 \xff\xfe end"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(data.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
        print("  ", e.encoding, e.start, e.end, e.reason, e.object)
print(repr(data.decode("latin-1")), repr(b"abc".decode()), repr(bytearray(b"xyz").decode("ascii")))
print("\udcff".encode("utf-8", "surrogateescape"), "a\ud800b".encode("utf-8", "surrogatepass"))
try:
    "a\ud800b".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"x".decode("rot13")
except LookupError as e:
    print(type(e).__name__, e)
print("abc".encode(encoding="utf-16"), len("abc".encode("utf-32")), "€".encode("utf-8").hex(), b"\xe2\x82\xac".decode())
print(str(b"\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(b"abc", errors="strict"))
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xe9t\xe9".decode("utf-8", errors="ignore"), "x€".encode("ascii", "namereplace") if False else "x")
