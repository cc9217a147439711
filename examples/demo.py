"""A tour of what oxpy runs today: pure Python 3.11 next to CPython 3.11's own
C extensions (the unmodified `.so` files of its lib-dynload, loaded through cpyext)."""

import array
import binascii
import csv
import io
import struct
import unicodedata
import zlib
from bisect import insort
from heapq import nlargest


class Account:
    """A bank account with a transaction log."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.log.append(("deposit", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance:,.2f})"


def primes(limit):
    sieve = [True] * (limit + 1)
    for p in range(2, int(limit ** 0.5) + 1):
        if sieve[p]:
            sieve[p * p :: p] = [False] * len(sieve[p * p :: p])
    return [n for n in range(2, limit + 1) if sieve[n]]


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def describe(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return f"circle of area {3.14159 * r * r:.2f}"
        case {"kind": "rect", "w": w, "h": h}:
            return f"rectangle {w}x{h}"
        case _:
            return "unknown"


acct = Account("ada").deposit(100).deposit(23.5)
print(acct, acct.log)
try:
    acct.deposit(-1)
except ValueError as e:
    print("refused:", e)
print("primes:", primes(50))
print("fib:", [n for _, n in zip(range(12), fib())])
print("2**200 =", 2 ** 200)
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print([describe(s) for s in [{"kind": "circle", "r": 2}, {"kind": "rect", "w": 3, "h": 4}, {}]])
print({n % 7 for n in range(20)}, f"{1234567.891:,.2f}", "%s has %d items" % ("set", 3))


# The rest runs through CPython-built C extensions.
mods = [array, binascii, struct._struct if hasattr(struct, "_struct") else struct, unicodedata, zlib]
print("C extensions:", sorted(m.__name__ for m in mods if getattr(m, "__file__", "").endswith(".so")))
payload = ("oxpy runs CPython extensions " * 40).encode()
packed = zlib.compress(payload, 9)
print("zlib:", len(payload), "->", len(packed), "bytes, round trip", zlib.decompress(packed) == payload,
      "crc32", hex(zlib.crc32(payload)))
print("binascii:", binascii.hexlify(struct.pack("<IhdQ", 7, -2, 1.5, 2**40), "-").decode())
print("struct:", struct.unpack("<IhdQ", struct.pack("<IhdQ", 7, -2, 1.5, 2**40)))
a = array.array("d", (x * 0.5 for x in range(8)))
a.reverse()
print("array:", a, sum(a), a.itemsize, a.tobytes()[:8].hex())
print("unicodedata:", [unicodedata.name(c) for c in "é€ß"], unicodedata.normalize("NFD", "é") == "e\u0301")
out = io.StringIO()
writer = csv.writer(out)
writer.writerows([["name", "balance"], [acct.owner, acct.balance], ['quoted "x"', 1.5]])
print("csv:", out.getvalue().splitlines(), list(csv.reader(io.StringIO(out.getvalue())))[2])
ranked = []
for w in words:
    insort(ranked, w)
print("bisect/heapq:", ranked[:4], nlargest(3, counts.items(), key=lambda kv: kv[1]))
