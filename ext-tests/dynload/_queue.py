import _queue
q = _queue.SimpleQueue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.get(), q.get_nowait(), q.empty())
q.get()
try:
    q.get_nowait()
except _queue.Empty:
    print("Empty")
