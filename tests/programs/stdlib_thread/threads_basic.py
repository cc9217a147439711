# _thread: start threads, join them with locks, share data under the GIL.
import _thread
import sys

print(type(_thread.allocate_lock()).__name__, _thread.LockType is type(_thread.allocate_lock()))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, sys.getswitchinterval())
print(isinstance(_thread.get_ident(), int), isinstance(_thread.get_native_id(), int))

N = 8
results = [None] * N
done = [_thread.allocate_lock() for _ in range(N)]
for l in done:
    l.acquire()

def work(i, scale=1):
    total = 0
    for k in range(20000):
        total += k % 7
    results[i] = (i, total * scale, _thread.get_ident() != main_ident)
    done[i].release()

main_ident = _thread.get_ident()
idents = set()
for i in range(N):
    idents.add(_thread.start_new_thread(work, (i,), {"scale": 2} if i % 2 else {}))
for l in done:
    l.acquire()
print(results)
print(len(idents) >= 1, main_ident not in idents or len(idents) > 1)

# a counter protected by a lock, incremented from several threads
counter = [0]
guard = _thread.allocate_lock()
finished = _thread.allocate_lock()
remaining = [4]
finished.acquire()
def bump():
    for _ in range(2000):
        with guard:
            counter[0] += 1
    with guard:
        remaining[0] -= 1
        if remaining[0] == 0:
            finished.release()
for _ in range(4):
    _thread.start_new_thread(bump, ())
finished.acquire()
print("counter", counter[0])

# SystemExit in a thread is silent; other exceptions are reported
ended = _thread.allocate_lock()
ended.acquire()
def quits():
    try:
        _thread.exit()
    finally:
        ended.release()
_thread.start_new_thread(quits, ())
ended.acquire()
print("exit ok")

class Fn:
    def __call__(self):
        try:
            raise ValueError("in thread")
        finally:
            ended.release()
    def __repr__(self):
        return "<Fn>"
_thread.start_new_thread(Fn(), ())
ended.acquire()
# wait until the thread has finished reporting
while _thread._count():
    pass
print("reported")

for bad in [(1, ()), (print, []), (print, (), 1)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError", e)
