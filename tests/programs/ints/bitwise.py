# Bitwise operators on small, negative and big ints.
vals = [0, 1, -1, 5, -6, 255, 2**64 + 3, -(2**70) + 11]
for a in vals:
    for b in (3, -4, 2**65 - 1):
        print(a, b, a & b, a | b, a ^ b)
for a in vals:
    print(a, ~a, a << 3, a >> 2, -a >> 1)
print(1 << 100, (1 << 100) >> 99, -1 << 64, (-1 << 64) >> 63)
for bad in (-1, -100):
    try:
        print(1 << bad)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(1 >> bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(0 >> 1000, 5 >> 1000, -5 >> 1000)
for a in (0, 1, 7, 8, 255, 256, -1, -256, 2**100, -(2**100) - 1):
    print(a, a.bit_length(), a.bit_count(), bin(a))
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 | "a"
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print(~True, ~False, -True)
x = 0b1010
x &= 0b0110; print(x)
x |= 0b1000; print(x)
x ^= 0xFF; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
