# gc.collect() reclaims reference cycles and reports how many objects it found.
import gc

gc.collect()
class A:
    pass

a = A(); a.me = a
del a
print("instance", gc.collect())
a = A(); a.me = a; a.__dict__
del a
print("instance with dict seen", gc.collect())
l = []; l.append(l)
del l
print("list", gc.collect())
d = {}; d["d"] = d
del d
print("dict", gc.collect())
t = ([],); t[0].append(t)
del t
print("tuple+list", gc.collect())
s = A(); s.items = [s, {"k": [s]}]
del s
print("nested", gc.collect())
def f():
    pass
f.me = f
del f
print("function", gc.collect())
ring = [A() for _ in range(10)]
for i, x in enumerate(ring):
    x.next = ring[(i + 1) % 10]
del ring, x
print("ring of 10", gc.collect())
keep = A(); keep.me = keep
print("reachable", gc.collect(), keep.me is keep)
# nothing left to collect
print("again", gc.collect())

# cycles through closures and cells
def make():
    def inner():
        return inner
    return inner
g = make()
del g
print("closure", gc.collect() > 0)

# generator referencing itself through a local
def gen():
    me = yield
    yield me
import _weakref
it = gen(); next(it); it.send(it)
wr = _weakref.ref(it)
del it
gc.collect()
print("generator", wr())

# exception traceback cycles
def fail():
    try:
        raise ValueError("x")
    except ValueError as e:
        return e
err = fail()
err.me = err
del err
print("exception", gc.collect() > 0)

# a big cycle
head = A(); cur = head
for i in range(100000):
    n = A(); cur.next = n; cur = n
cur.next = head
del head, cur, n
print("big", gc.collect())
for g in range(3):
    l = []; l.append(l); del l
    print("generation", g, gc.collect(g))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError", e)
