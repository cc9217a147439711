# Mutating sets: discard/remove/pop loops, update with multiple iterables, and iteration-time mutation errors.
s = set(range(10))
while s:
    v = min(s)
    s.discard(v)
    if v % 3 == 0:
        s.discard(v + 1)
print(s)
t = {1, 2, 3}
t.update([3, 4], {5}, range(6, 8), "")
print(sorted(t))
t.difference_update({1}, [2, 3])
print(sorted(t))
t.intersection_update(range(5, 100), {5, 6, 7, 99})
print(sorted(t))
t.symmetric_difference_update([7, 8])
print(sorted(t))
try:
    for x in t:
        t.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
u = {1, 2, 3}
for x in list(u):
    u.add(x * 10)
print(sorted(u))
popped = []
w = {5, 6, 7}
while w:
    popped.append(w.pop())
print(sorted(popped), w)
fs = frozenset([1, 2])
for bad in ("add", "discard", "update", "pop", "clear"):
    print(bad, hasattr(fs, bad))
