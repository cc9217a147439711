# _thread._local keeps per-thread attributes; _excepthook formats reports.
import _thread
import sys

loc = _thread._local()
loc.x = "main"
seen = []
lk = _thread.allocate_lock()
lk.acquire()
def worker():
    seen.append(hasattr(loc, "x"))
    loc.x = "worker"
    seen.append(loc.x)
    seen.append(sorted(loc.__dict__))
    lk.release()
_thread.start_new_thread(worker, ())
lk.acquire()
print(seen, loc.x, loc.__dict__)

class Counter(_thread._local):
    def __init__(self, start):
        self.n = start
c = Counter(10)
c.n += 1
out = []
def w2():
    out.append(c.n)
    c.n += 5
    out.append(c.n)
    lk.release()
_thread.start_new_thread(w2, ())
lk.acquire()
print(out, c.n)
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError", e)

A = _thread._ExceptHookArgs
print(A.__mro__[1] is tuple, A.n_fields)
try:
    raise KeyError("k")
except KeyError as e:
    err = e
args = A((KeyError, err, None, None))
print(args.exc_type is KeyError, args.exc_value is err, args.exc_traceback, args.thread)
class T:
    name = "Worker-1"
sys.stderr = sys.stdout
_thread._excepthook(A((KeyError, err, None, T())))
_thread._excepthook(A((SystemExit, SystemExit(), None, T())))
try:
    _thread._excepthook((1, 2, 3, 4))
except TypeError as e:
    print("TypeError", e)
try:
    A((1, 2))
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(_thread) if not n.startswith("__")))
print(_thread.stack_size(), _thread.stack_size(0))
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError", e)
