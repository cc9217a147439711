# bytes search and split edge cases with integer needles and slices.
b = b"one two  three\tfour\nfive"
print(b.split(), b.split(b" "), b.split(None, 2), b.rsplit(None, 2), b.split(b"  "), b.splitlines(True))
print(b.find(b"t"), b.find(116), b.rfind(116), b.count(b" "), b.count(32), b.index(b"four"), b.find(b"", 3), b.find(b"x"))
print(b.startswith(b"one", 0, 3), b.startswith((b"x", b"o")), b.endswith(b"five"), b.endswith(b"e", 0, 3))
for bad in [lambda: b.find(256), lambda: b.count(-1), lambda: b.index(b"zz"), lambda: b.startswith("o"), lambda: b.split(b"")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b"a,b,,c".split(b","), b",".join(b"a,b,,c".split(b",")), b"  ".split(), b"".split(b","), b"abc".split(b"abc"))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
print(b"abcabc".replace(b"b", b"") , b"aaa".replace(b"a", b"bb", 2), b"x".replace(b"", b"-"))
print(b"Hello"[1:3], b"Hello"[-1:], b"Hello"[::2], b"Hello"[10:], b"Hello"[1], b"Hello"[-5])
print(b"\x00\x01".isascii(), b"\x80".isascii(), b"".isalpha(), b"abc".isidentifier() if hasattr(b"", "isidentifier") else "no isidentifier")
