# Numeric hashing is deterministic: ints, floats, fractions of 2**61-1, complex, bool.
M = 2**61 - 1
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 10**20, -(10**20), 2**100]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 2**53 else "")
for v in [0.5, -0.5, 0.1, 1.5, 1e100, -1e-100, 3.141592653589793, 2.0**-30, 1e308]:
    print(repr(v), hash(v))
for v in [1j, -1j, 1 + 1j, 2.5 - 3j, complex(0, 0)]:
    print(repr(v), hash(v))
print(hash(True), hash(False), hash(-1) == hash(-2), hash(float("inf")), hash(-float("inf")))
print(all(hash(n) == n for n in range(-1000, 1000) if n != -1))
print(hash(M) == 0, hash(M + 5) == 5, hash(-M) == 0, hash(2 * M + 3) == 3)
print(len({hash(i) for i in range(100)}), len({1, 1.0, True, 1 + 0j}))
class IntLike(int):
    pass
print(hash(IntLike(7)) == 7, hash(IntLike(-1)))
