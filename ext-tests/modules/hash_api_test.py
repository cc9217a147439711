import sys
import hash_api as h

def show(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

values = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64 + 7, -2**70, True, 0.0, -0.0, 1.5, float("inf"), float("-inf"),
          "", "abc", "\u20ac", b"", b"abc", (), (1, "a"), frozenset({1, 2}), 1 + 2j]
for v in values:
    show(repr(v), lambda: (h.hash_of(v), h.hash_of(v) == hash(v)))
for v in [[], {}, set(), bytearray()]:
    show(type(v).__name__, lambda: h.hash_of(v))
for d in [0.0, 1.0, 0.5, 1e300, float("inf")]:
    show("double %r" % d, lambda: (h.hash_double(d), h.hash_double(d) == hash(d)))
show("nan", lambda: h.hash_double(float("nan")) == hash(float("nan")))
for b in [b"", b"x", b"hello world"]:
    show("bytes %r" % b, lambda: h.hash_bytes(b) == hash(b))
print(h.MODULUS == sys.hash_info.modulus, h.INF == sys.hash_info.inf)
name, bits, seed = h.func_def()
print(name == sys.hash_info.algorithm, bits == sys.hash_info.hash_bits, seed == sys.hash_info.seed_bits)
