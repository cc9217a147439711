# strip family, padding and alignment methods.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" ")), repr("xxhixx".strip("x")))
print(repr("abcHELLOcba".strip("abc")), repr("www.example.com".lstrip("cmowz.")), repr("mississippi".rstrip("ips")))
print(repr("\u00a0\u2003x\u3000".strip()), repr("\x1c\x1dy\x1e\x1f".strip()), repr("".strip()), repr("aaa".strip("a")))
print(repr("hi".strip(None)), repr("  hi  ".lstrip(None)))
try:
    "x".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
for w in (0, 1, 5, 6, 7, 10):
    print(repr("hello".center(w)), repr("hello".center(w, "*")), repr("hello".ljust(w, "-")), repr("hello".rjust(w, "+")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abc".center(8, "é")))
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0009"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust(5, "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".rjust("5")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\te".expandtabs(3)))
print(repr("12345\t1\r1234\t".expandtabs(3)), repr("x\t".expandtabs(-1)))
