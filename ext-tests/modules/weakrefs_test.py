import gc
import weakref
import weakrefs as w

class Py:
    def __repr__(self):
        return "Py()"

fired = []
def callback(ref):
    fired.append(("fired", type(ref).__name__, ref() is None))

o = Py()
r = w.new_ref(o, callback)
print(type(r).__name__, r() is o, w.deref(r))
del o
gc.collect()
print(fired, r(), w.deref(r))

t = w.Target(1)
rt = w.new_ref(t, callback)
pt = w.new_proxy(t)
print(rt(), repr(pt).startswith("<weakproxy at"), w.deref(rt), w.deref(pt)[2:])
std = weakref.ref(t)
print(std is rt, weakref.getweakrefcount(t))
fired.clear()
print("deallocs", w.dealloc_count())
del t
gc.collect()
print("deallocs", w.dealloc_count(), fired, rt(), std())
try:
    pt.x
except ReferenceError as e:
    print("ReferenceError", e)

class Sub(w.Target):
    pass
s = Sub(2)
rs = w.new_ref(s)
print(rs(), rs() is s)
del s
gc.collect()
print(rs(), w.dealloc_count())

for bad in [1, "str", [1], None]:
    try:
        w.new_ref(bad)
    except TypeError as e:
        print("TypeError", e)

rr = w.new_ref(Py)
print(rr() is Py)
