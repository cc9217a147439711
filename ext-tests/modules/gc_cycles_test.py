import gc
import gc_cycles as g

gc.collect()
print(g.counts())
n = g.Node(1)
print(g.is_tracked(n), gc.is_tracked(n))
lst = [1]
n.ref = lst
print(gc.get_referents(n) == [lst])
del n, lst
print("acyclic freed at once:", g.counts())

n = g.Node(2)
n.ref = [n]
del n
print("cycle alive before collect:", g.counts())
gc.collect()
print("after collect:", g.counts())

class Holder:
    pass

h = Holder()
n = g.Node(3)
n.ref = h
h.node = n
del h, n
gc.collect()
print("through instance:", g.counts())

a, b = g.Node(4), g.Node(5)
a.ref, b.ref = b, a
del a, b
print("collect reports", g.collect())
print("two-node cycle:", g.counts())

t = g.Node(7)
g.untrack(t)
print(g.is_tracked(t), g.is_tracked(5), g.is_tracked([]))
del t
print(g.counts())
