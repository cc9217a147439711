# The gc module's interface.
import gc

print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.collect()
print(type(gc.get_count()), len(gc.get_count()))
gc.collect()
print(gc.get_count()[1:])
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(gc), gc.is_tracked(None), gc.is_tracked(1.5))
class A:
    pass
print(gc.is_tracked(A()), gc.is_tracked(A))

a = [1, 2]
b = [a]
c = {"k": a}
print(gc.get_referents(b) == [a], gc.get_referents(1), gc.get_referents([1, "x"]))
refs = gc.get_referrers(a)
print(any(r is b for r in refs), any(r is c for r in refs))
objs = gc.get_objects()
print(any(o is b for o in objs), any(o is 12345 for o in objs))
for bad in (3, -1):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError", e)

# callbacks
events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)

# DEBUG_SAVEALL keeps the garbage in gc.garbage
gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l)
del l
print(gc.collect(), len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())

# freeze
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
for f, args in ((gc.collect, ("x",)), (gc.set_threshold, ()), (gc.is_tracked, ())):
    try:
        f(*args)
    except TypeError as e:
        print("TypeError", e)
