# bytes methods (shared with str) on binary data.
b = b"Hello, World! hello"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.casefold() if hasattr(b, "casefold") else "no casefold")
print(b.find(b"llo"), b.rfind(b"llo"), b.count(b"l"), b.index(b"W"), b.find(111), b.count(108), b.startswith(b"Hell"), b.endswith((b"x", b"lo")))
print(b.split(), b.split(b", "), b.rsplit(None, 1), b.partition(b" "), b.rpartition(b" "), b.splitlines())
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"  x  ".strip(), b"xxhixx".strip(b"x"), b"ab".center(6, b"*"))
print(b"-".join([b"a", b"b", bytearray(b"c"), memoryview(b"d")]), b"".join([]), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"abc".ljust(5, b"."), b"abc".rjust(5), b"a,b".split(b","), b"k=v".removeprefix(b"k="), b"file.txt".removesuffix(b".txt"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcdef".translate(None, b"bdf"), b"abc".translate(t, b"a"))
for call in [lambda: b"abc".find("a"), lambda: b"a".join(["a"]), lambda: b"abc".replace("a", "b"), lambda: b"abc".split(b""),
             lambda: b"x".center(3, b"ab"), lambda: b"abc".index(b"z"), lambda: b"abc".count(256), lambda: bytes.maketrans(b"a", b"bc")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"a b".split(maxsplit=1), b"\x1c".isspace(), b"\x0b".split(), bytes.fromhex("41 42").lower(), b"AbC".swapcase())
print(b"%b|%s" % (b"x", b"y"), b"abc".decode(), b"abc".hex(), b"ab".isascii(), b"1a".isdigit())
