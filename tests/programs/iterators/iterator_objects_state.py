# Builtin iterator objects keep position; len/length_hint-free checks; iterators over mutated containers.
it = iter([10, 20, 30])
print(next(it), list(it), next(it, "done"))
s = "abc"
si = iter(s)
print(next(si), type(si).__name__, list(si))
d = {"a": 1, "b": 2}
ki = iter(d)
vi = iter(d.values())
ii = iter(d.items())
print(next(ki), next(vi), next(ii), type(ki).__name__, type(vi).__name__, type(ii).__name__)
r = iter(range(0, 10, 3))
print(type(r).__name__, list(r))
ti = iter((1, 2))
print(type(ti).__name__, next(ti))
seti = iter({5})
print(type(seti).__name__, next(seti))
bi = iter(b"xy")
print(type(bi).__name__, list(bi))
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.insert(0, 0)
print(list(li))
lst = [1, 2, 3]
li = iter(lst)
del lst[:]
print(list(li))
s1 = {1, 2, 3}
try:
    for x in s1:
        s1.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
e = enumerate(iter("ab"))
print(next(e), list(e))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z), list(z))
