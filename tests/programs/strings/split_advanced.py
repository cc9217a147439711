# split and rsplit with maxsplit, whitespace rules and separators.
cases = ["  a  b   c  ", "a,b,,c,", ",", "", "   ", "a b\tc\nd\re\x0bf\x0cg", "one", "a\u3000b\u00a0c\u2003d"]
for s in cases:
    print(repr(s), s.split(), s.split(","), s.split(None, 1), s.rsplit(None, 1), s.split(",", 1), s.rsplit(",", 1))
for n in (-1, 0, 1, 2, 10):
    print(n, "a b c d".split(" ", n), "a b c d".rsplit(" ", n), "  a  b  ".split(maxsplit=n), "  a  b  ".rsplit(maxsplit=n))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaaa".split("aa"), "abc".split("abc"))
print("a::b::".split("::"), "::".split("::"), "x".split("xx"), "1,2;3".split(sep=";"), "k=v=w".split("=", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(",", "1")
except TypeError as e:
    print(type(e).__name__, e)
print("日本 語 テキスト".split(), "é,è,ê".split(","), "a\x1cb\x1dc\x1ed\x1fe".split())
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(words), [w for w in words if len(w) > 4], " ".join(reversed(words)))
