# PEP 442: __del__ runs once, resurrection is respected; weakref callbacks.
import gc
import _weakref

gc.collect()
log = []
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)

x = D("x"); y = D("y"); x.o = y; y.o = x
del x, y
n = gc.collect()
print(n, sorted(log))
log.clear()

saved = []
class R:
    def __del__(self):
        log.append("R.__del__")
        saved.append(self)
r = R(); r.me = r
del r
print("resurrect", gc.collect(), log, len(saved), gc.is_finalized(saved[0]))
log.clear()
saved.clear()
print("second time", gc.collect(), log)

# weakref callbacks: called for live weakrefs to garbage, not for garbage weakrefs
got = []
class W:
    pass
w = W(); w.me = w
r1 = _weakref.ref(w, lambda ref: got.append(("r1", ref() is None)))
w2 = W(); w2.me = w2
w2.ref = _weakref.ref(w2, lambda ref: got.append("never"))
del w, w2
print(gc.collect(), got, r1())

# weakrefs are cleared before __del__ runs
seen = []
class F:
    def __del__(self):
        seen.append(wr() is None)
f = F(); f.me = f
wr = _weakref.ref(f)
del f
gc.collect()
print("cleared before __del__", seen)

# is_finalized and a finalizer that raises
class RaisingDel:
    def __call__(self):
        raise RuntimeError("in __del__")
    def __repr__(self):
        return "<RaisingDel>"
class Bad:
    __del__ = RaisingDel()
b = Bad(); b.me = b
print(gc.is_finalized(b))
del b
print("bad", gc.collect())

# refcount deaths still call __del__ immediately
d = D("plain")
del d
print(log)
