# Hash/equality consistency across numeric types used as dict keys and set members.
import sys
pairs = [(1, 1.0), (0, -0.0), (2**60, float(2**60)), (True, 1), (False, 0.0), (1, 1 + 0j), (-1, -1.0)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b), len({a, b}))
print(hash(sys.hash_info.modulus), hash(sys.hash_info.modulus + 1), hash(-sys.hash_info.modulus), sys.hash_info.nan)
print(hash(0.5) == hash(0.5 + 0j), hash(float(2**61 - 1)), hash(2.0**61), hash(-2.0**61))
fracs = [0.25, 0.75, 1.25, 3.5, 1e-10]
print([hash(f) for f in fracs])
d = {}
for k in [1, 1.0, True, 1 + 0j, 2, 2.0]:
    d[k] = type(k).__name__
print(d)
