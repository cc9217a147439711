# bytearray methods returning new objects vs in-place, and interactions with str-like methods.
ba = bytearray(b"  Hello World  ")
print(ba.strip(), ba.lstrip(), ba.rstrip(), type(ba.strip()).__name__, ba)
print(ba.split(), [type(p).__name__ for p in ba.split()], ba.partition(b"o"), ba.upper(), ba.title())
print(ba.find(b"o"), ba.rfind(b"o"), ba.index(b"W"), ba.count(b"l"), ba.startswith(b"  H"), ba.endswith(b"  "))
print(ba.replace(b"l", b"L", 2), ba.center(20, b"*"), ba.zfill(18), ba.expandtabs(), ba.isalpha(), ba.strip().isascii())
print(bytearray(b"a,b,c").split(b","), bytearray(b"x").join([b"1", bytearray(b"2")]), bytearray(b"AbC").swapcase())
print(bytearray(b"abc").removeprefix(b"a"), bytearray(b"abc").removesuffix(b"c"), bytearray(b"1\n2").splitlines())
b2 = bytearray(b"abc")
print(b2 * 2, 2 * b2, b2 + b"d", b2 == bytearray(b"abc"), b2 != b"abd", b2 < b"abd", b"ab" in b2, 99 in b2)
b2.extend(bytearray(b"def"))
b2[0:3] = b2[3:6]
print(b2, b2.hex(), bytearray.fromhex("61 62"), bytearray(b"\x00\xff").hex(" "))
b3 = bytearray(5)
b3[1] = 255
b3[-1] = 1
print(b3, list(b3), bytes(b3), len(b3))
print(bytearray(range(65, 70)), bytearray("é", "utf-8"), bytearray([]), bytearray(b"x" * 3).count(b"x"))
t = bytearray(b"hello").translate(bytes.maketrans(b"el", b"ip"))
print(t, bytearray(b"hello").translate(None, b"l"))
print(bytearray(b"%s-%d") % (b"k", 5), bytearray(b"a").isupper(), bytearray(b"A1").isalnum(), bytearray(b" ").isspace())
print(bytearray(b"abc").decode(), bytearray(b"ab").__alloc__() >= 2, bytearray(b"z").capitalize())
