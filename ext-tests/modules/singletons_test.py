import gc
import singletons as s

print(s.identities(None, True, False, ..., NotImplemented))
print(s.identities(0, 1, 0, None, None))
print(s.NONE is None, s.TRUE is True, s.ELLIPSIS is ..., s.NOT_IMPLEMENTED is NotImplemented)
for v in [None, True, False, 0, 1, "", [], ...]:
    print(repr(v), s.predicates(v))
print(s.null_safe())
class Tracked:
    def __del__(self):
        print("Tracked freed")
print(s.store(Tracked()))
print(type(s.store("second")).__name__)
print(s.store(None))
print(s.replace_then_clear([1, 2]))
ops = ["<", "<=", "==", "!=", ">", ">="]
for a, b in [(1, 2), (2, 2), (3, 2)]:
    print(a, b, [s.compare(a, b, i) for i in range(6)])
t = Tracked()
s.store(t)
del t
gc.collect()
print("still stored")
s.store(None)
print("end")
