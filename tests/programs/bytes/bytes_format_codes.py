# bytes %-formatting codes and bytes.hex/fromhex round-trips.
print(b"%d %i %u %x %X %o %c %%" % (42, -1, 7, 255, 255, 8, 65))
print(b"%5d|%-5d|%05d|%+d" % (1, 2, 3, 4), b"%.2f|%e|%g" % (3.14159, 1e5, 0.0001), b"%s|%b|%a|%r" % (b"x", b"y", "é", b"z"))
print(b"%(a)s %(b)d" % {b"a": b"A", b"b": 2}, b"%5s|%-5s|%.1s" % (b"ab", b"cd", b"ef"))
print(b"%c%c" % (b"x", bytearray(b"y")), b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
for fmt, arg in [(b"%s", "str"), (b"%c", 300), (b"%c", "a"), (b"%d", 1.5j), (b"%x", "1"), (b"%(k)s", (1,)), (b"%s %s", (b"a",))]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
data = bytes(range(0, 256, 15))
h = data.hex()
print(h, bytes.fromhex(h) == data, data.hex(":", 4), data.hex("-", -4), bytes.fromhex("  0a 0B\t0c\n"))
class WithBytes:
    def __bytes__(self):
        return b"custom"
print(b"%s" % WithBytes(), bytes(WithBytes()), b"%d%%" % True)
