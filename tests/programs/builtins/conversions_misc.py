# chr/ord, bin/oct/hex, ascii/repr, format, and number conversions with edge values.
for c in ["a", "Z", "\n", "é", "€", "😀", "\x00", "\U0010ffff"]:
    print(repr(c), ord(c), repr(chr(ord(c))), hex(ord(c)))
print(chr(0), repr(chr(127)), chr(955), chr(0x1F600))
for n in [0, 1, -1, 255, -256, 2**64, -(2**100)]:
    print(n, bin(n), oct(n), hex(n))
for bad in [lambda: bin(1.5), lambda: hex("a"), lambda: oct(None), lambda: chr("a"), lambda: chr(1.5), lambda: ord(5), lambda: ord(b"ab")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")))
print(ascii("plain"), ascii("ünï"), ascii(["é", 1]), ascii(b"\xff"), repr("é"), ascii("\U0001F600"), ascii("\x7f"))
print(format(5), format(5, "b"), format(3.5, "e"), format("s", ">3"), format(None), format([1], ""))
print(int("12"), float("1.5"), str(12), bool("x"), list("ab"), tuple([1]), set([1, 1]), dict([(1, 2)]), complex("2j"))
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), abs(-0.0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 100), pow(2, 100, 1000), pow(2.0, 3), pow(-2, 2))
print(round(2.675, 2), round(-2.5), round(0.5), round(1.5), round(17, -1), round(1e300), round(-0.4))
print(hash(0) == 0, hash(1) == 1, hash(-1) == -2, hash(2.5) == hash(2.5), hash(()) == hash(()))
print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len(frozenset([1])), len("😀"))
print(id(None) == id(None), id([]) is not None, type(id(1)).__name__)
print(bool(), int(), float(), str(), list(), tuple(), dict(), set(), frozenset(), complex(), bytes(), bytearray())
