# CPU-bound threads are preempted (switch interval), recursion limits apply per thread.
import _thread
import sys

sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
stop = [False]
spins = [0]
done = _thread.allocate_lock()
done.acquire()
def spinner():
    while not stop[0]:
        spins[0] += 1
    done.release()
_thread.start_new_thread(spinner, ())
while spins[0] < 1000:
    pass
stop[0] = True
done.acquire()
print("spinner ran and stopped")

# two threads ping-pong through a shared turn variable without locks
turn = [0]
log = []
def player(me, other, rounds):
    for _ in range(rounds):
        while turn[0] != me:
            pass
        log.append(me)
        turn[0] = other
    done.release()
_thread.start_new_thread(player, (1, 0, 5))
for _ in range(5):
    while turn[0] != 0:
        pass
    log.append(0)
    turn[0] = 1
done.acquire()
print(log)

def deep(n):
    return deep(n + 1)
res = []
def recurse():
    try:
        deep(0)
    except RecursionError as e:
        res.append(str(e))
    done.release()
_thread.start_new_thread(recurse, ())
done.acquire()
print(res)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
