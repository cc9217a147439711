# Exact comparisons and hashing across int, float and complex; dict keys that collide.
pairs = [(1, 1.0), (2**53, 2.0**53), (2**53 + 1, 2.0**53), (10**23, 1e23), (-0, -0.0), (1, 1 + 0j), (0.5, 0.5 + 0j)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, hash(a) == hash(b))
d = {1: "int"}
d[1.0] = "float"
d[1 + 0j] = "complex"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, -0.0, 0j, False}
print(s, len(s))
print({2**64: "a", 2.0**64: "b"}, {0.5: 1, 1/2: 2})
print(hash(0.5), hash(-0.5), hash(1.5), hash(2**64) == hash(2.0**64), hash(10**18) == hash(1e18))
print(hash(1e100) == hash(int(1e100)), hash(-1.0), hash(-1))
print(float(2**63) == 2**63, 2**63 - 1 < float(2**63), 9007199254740993 == 9007199254740992.0)
print([x for x in (1, 1.0, True, 1 + 0j) if x == 1], len({1, 1.0, True, 1 + 0j}))
print(sorted([3, 2.5, True, 0, -1.5, 2**60]), sorted([1, 1.0, True], key=lambda v: type(v).__name__))
print(max([1, 1.0, True]), min([1.0, 1, True]), [1, 1.0].index(1.0), (1.0, 1).index(True))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e-320 == 1e-320, 5e-324 > 0)
print(float("nan") in [float("nan")], 1 in [1.0], 1.0 in {1}, 2 in {2.0: 0}, 1j * 0 in {0})
