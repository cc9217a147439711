# bytes.decode fast paths (utf-8, ascii, latin-1) with every error handler, and str.encode's.
samples = [b"caf\xc3\xa9", b"\xff\xfe", b"a\xc3", b"\xe2\x82", b"\xe2\x82\xac!", b"\xed\xa0\x80", b"\xf8", b"\xc0\x80",
           b"\xf4\x90\x80\x80", b"\xf0\x9f\x98\x80", b"a\xe2\x82b", b"x\x80y"]
for data in samples:
    for enc in ["utf-8", "ascii", "latin-1"]:
        row = []
        for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
            try:
                row.append(ascii(data.decode(enc, errors)))
            except UnicodeDecodeError as e:
                row.append(f"{type(e).__name__}({e.encoding},{e.start},{e.end},{e.reason})")
        print(data, enc, " ".join(row))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
    print(e.object, e.start, e.end, repr(e.reason), e.encoding, e.args)
for name in ["UTF-8", "utf8", "UTF_8", "Latin-1", "latin1", "iso-8859-1", "ascii", "US-ASCII"]:
    print(name, b"\xe9".decode(name, "replace"))
for s in ["héllo", "a\udcffb", "€", "a\ud800b"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        row = []
        for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
            try:
                row.append(repr(s.encode(enc, errors)))
            except UnicodeEncodeError as e:
                row.append(f"E({e.start},{e.end},{e.reason})")
        print(ascii(s), enc, " ".join(row))
try:
    "x€y€€z".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    "a\ud800".encode()
except UnicodeEncodeError as e:
    print(e)
print(bytes("héllo", "latin-1"), bytes("abc", encoding="ascii"), bytearray("é", "utf-8", "strict"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"x\xff"), "latin-1"), str(memoryview(b"mv"), errors="strict"))
for bad in [lambda: bytes("é", "ascii"), lambda: str(b"x", encoding=1), lambda: str("x", "utf-8"), lambda: str(5, "utf-8"), lambda: bytes("x", "nope")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
