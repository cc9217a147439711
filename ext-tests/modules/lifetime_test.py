import lifetime as L

t = L.Tracked(1)
print(L.take_events())
del t
print(L.take_events())

a = L.Tracked(2)
L.keep(a)
del a
print("kept:", L.take_events())
L.drop()
print("dropped:", L.take_events())

L.create_and_destroy()
print(L.take_events())
print(L.borrowed_from_tuple(), L.take_events())

inner = L.Tracked(3)
outer = L.Tracked(4, inner)
del inner
print("inner held:", L.take_events())
del outer
print("outer gone:", L.take_events())

items = [L.Tracked(i) for i in range(5, 8)]
L.take_events()
items.pop()
print(L.take_events())
items.clear()
print(L.take_events())

d = {"k": L.Tracked(9)}
L.take_events()
d["k"] = None
print(L.take_events())

class Sub(L.Tracked):
    def __del__(self):
        print("Sub.__del__ runs first")

s = Sub(10)
L.take_events()
del s
print(L.take_events())

print(L.refcount_deltas(object()), L.refcount_deltas([]))
print(L.fresh_refcount(), L.take_events())
def make():
    return L.Tracked(11)
make()
print("temporary:", L.take_events())
