# lock and RLock semantics (single- and multi-threaded, no timing dependence).
import _thread

l = _thread.allocate_lock()
print(repr(l).startswith("<unlocked _thread.lock object at 0x"), l.locked())
print(l.acquire(), l.locked(), repr(l).startswith("<locked _thread.lock object"))
print(l.acquire(False), l.acquire(blocking=False), l.acquire(True, 0), l.acquire(timeout=0.01))
l.release()
print(l.locked())
for f in [lambda: l.release(), lambda: l.acquire(False, 1), lambda: l.acquire(True, -2), lambda: l.acquire(timeout=1e20), lambda: l.acquire(1, 2, 3), lambda: l.acquire(timeout="x")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
with l:
    print("in with", l.locked())
print("after with", l.locked())
print(l.acquire_lock(), l.locked_lock(), l.release_lock(), l.locked())

# a lock released by another thread than the one that acquired it
gate = _thread.allocate_lock()
gate.acquire()
back = _thread.allocate_lock()
back.acquire()
def opener():
    gate.release()
    back.release()
_thread.start_new_thread(opener, ())
back.acquire()
print("gate", gate.acquire(False))

r = _thread.RLock()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).startswith("<locked _thread.RLock object owner="), "count=2" in repr(r))
r.release()
print(r._recursion_count())
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested", r._recursion_count())
state_lock = _thread.RLock()
state_lock.acquire(); state_lock.acquire()
saved = state_lock._release_save()
print(saved[0], saved[1] == _thread.get_ident(), state_lock._is_owned())
state_lock._acquire_restore(saved)
print(state_lock._recursion_count())
class MyRLock(_thread.RLock):
    pass
print(type(MyRLock()).__name__)

# another thread cannot take an RLock this thread holds, nor release it
res = []
sig = _thread.allocate_lock()
sig.acquire()
def other():
    res.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
    sig.release()
r.acquire()
_thread.start_new_thread(other, ())
sig.acquire()
r.release()
print(res)
