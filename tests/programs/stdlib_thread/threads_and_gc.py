# Threads allocating cyclic garbage while automatic collections run.
import _thread
import gc

gc.set_threshold(100, 5, 5)
class Node:
    pass
N = 4
done = _thread.allocate_lock()
left = [N]
guard = _thread.allocate_lock()
done.acquire()
sums = []
def worker(k):
    total = 0
    for i in range(3000):
        a = Node(); b = Node()
        a.other = b; b.other = a
        a.data = [i, k]
        total += a.other.other.data[0]
    with guard:
        sums.append(total)
        left[0] -= 1
        if left[0] == 0:
            done.release()
for k in range(N):
    _thread.start_new_thread(worker, (k,))
done.acquire()
print(sorted(sums))
gc.collect()
print("leftover", gc.collect())
print(sum(gc.get_stats()[0]["collections"] for _ in [0]) > 0)
