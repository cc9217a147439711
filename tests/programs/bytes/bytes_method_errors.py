# Every bytes method's argument errors, with CPython's exception types and messages.
calls = [
    'b"a".count()', 'b"a".count(1, 2, 3, 4)', 'b"a".count(b"a", x=1)', 'b"a".find(b"a", "x")', 'b"abc".find(b"c", None, None)',
    'b"a".index(b"b")', 'b"a".rindex(300)', 'b"a".rfind(-1)', 'b"a".find(1.5)', 'b"abc".count(b"", 1)', 'b"abc".find(b"", 4)', 'b"abc".rfind(b"", 2)',
    'b"a".startswith("a")', 'b"a".endswith(1)', 'b"a".startswith((b"x", 1))', 'b"a".startswith((b"a", 1))', 'b"abc".startswith(b"", 4)', 'b"abc".endswith(b"bc", -2)',
    'b"a".replace(1)', 'b"a".replace(b"a")', 'b"a".replace(b"a", "b")', 'b"a".replace(b"a", b"b", "x")', 'b"aaa".replace(b"a", b"b", -5)', 'b"ab".replace(b"", b"-", 2)',
    'b"a".split(1)', 'b"a".split(b"a", "x")', 'b"a".split(sep=b"")', 'b"a b".split(maxsplit="1")', 'b"a".split(x=1)', 'b"a".rsplit(b"")', 'b"a,b,c".rsplit(b",", maxsplit=1)',
    'b"a".splitlines(x=1)', 'b"a\\r\\nb\\rc\\n".splitlines(keepends=True)', 'b"a".partition(b"")', 'b"a".partition("a")', 'b"a".rpartition()',
    'b"a".strip("a")', 'b"a".strip(1)', 'b"a".lstrip(None)', 'b"xax".rstrip(bytearray(b"x"))', 'b"a".removeprefix("a")', 'b"a".removesuffix()',
    'b"a".center()', 'b"a".center(5, "x")', 'b"a".center(5, b"xy")', 'b"a".center("5")', 'b"a".ljust(3, bytearray(b"."))', 'b"a".rjust(-1)', 'b"abc".center(6)', 'b"abc".center(7, b"*")',
    'b"a".zfill("x")', 'b"-1".zfill(4)', 'b"+".zfill(3)', 'b"".zfill(2)', 'b"a\\tb".expandtabs("x")', 'b"a\\tb\\n\\tc".expandtabs(tabsize=3)', 'b"\\t".expandtabs(0)',
    'b"a".translate(b"x")', 'b"a".translate(None, "a")', 'b"abc".translate(None, delete=b"b")', 'bytes.maketrans()', 'bytes.maketrans(b"a", "b")', 'bytes.maketrans(b"ab", b"c")',
    'b"a".join(5)', 'b"a".join([1])', 'b",".join([b"x", bytearray(b"y"), memoryview(b"z")])', 'b"".join((b for b in [b"q"]))',
    'bytes.fromhex(b"a")', 'bytes.fromhex("a")', 'bytes.fromhex("0 1")', 'bytes.fromhex("zz")', 'bytes.fromhex(" 1f 2e ")', 'bytes.fromhex("é")',
    'b"abc".hex(1)', 'b"abc".hex("ab")', 'b"abc".hex("é")', 'b"abcde".hex(":", 2)', 'b"abcde".hex(b"|", -2)', 'b"abcde".hex(":", 0)', 'b"".hex(":")', 'b"ab".hex(sep="-")',
    'b"a".decode(1)', 'b"a".decode("ascii", 1)', 'b"a".decode("nope")', 'b"\\xff".decode("utf-8", "bogus")', 'b"a".decode(encoding="latin-1")',
    'b"a".upper(1)', 'b"a".isalpha(1)', 'b"Hello World".title()', 'b"hello world".capitalize()', 'b"aBc1".swapcase()',
    'b"".isalnum()', 'b"".isascii()', 'b"Ab".istitle()', 'b"A b".istitle()', 'b"1".islower()', 'b"a1".islower()', 'b" \\x0b\\x0c".isspace()',
    'b"ab".__getnewargs__()', 'b"ab".__bytes__()', 'bytes.__new__(int)', 'b"a" * -1', 'b"a"[::0]',
]
for c in calls:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
