# Unpacking from arbitrary iterables: generators, dicts, sets of ints, custom iterators, strings, bytes.
def gen():
    yield "g1"
    yield "g2"
a, b = gen()
print(a, b)
k, v = {"key": 1, "val": 2}
print(k, v)
(k1, v1), = {"only": 1}.items()
print(k1, v1)
lo, hi = sorted({3, 1})
print(lo, hi)
class Three:
    def __iter__(self):
        yield from (1, 2, 3)
x, *y = Three()
print(x, y)
c1, c2 = b"AB"
print(c1, c2)
first, *_, last = range(100)
print(first, last)
def consume(it):
    *everything, = it
    return everything
print(consume(iter("xyz")), consume(map(str.upper, "ab")), consume(enumerate("pq")))
try:
    a, b = gen(), 
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = Three(), Three()
except ValueError as e:
    print(type(e).__name__, e)
def infinite():
    n = 0
    while True:
        n += 1
        yield n
try:
    a, b = infinite()
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b = 5
except TypeError as e:
    print(type(e).__name__, e)
for (i, (ch, n)) in enumerate(zip("ab", [10, 20])):
    print(i, ch, n)
print([(a, b) for a, b in {"x": 1}.items()], [a + b for a, b in zip("ab", "cd")], dict(zip(*[("a", "b"), (1, 2)])))
def args_unpack(a, b, *c):
    return a, b, c
print(args_unpack(*gen(), *Three()), args_unpack(*"hello"), args_unpack(*b"xy"))
