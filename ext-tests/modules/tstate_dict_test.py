import threading
import tstate_dict as t

t.remember("k", [1, 2])
print(t.recall("k"), t.recall("missing"))
main_id = t.thread_id()
print(main_id == t.thread_id(), main_id > 0)

seen = []
def other():
    seen.append((t.recall("k"), t.thread_id() != main_id))
    t.remember("k", "other")
    seen.append(t.recall("k"))
th = threading.Thread(target=other)
th.start()
th.join()
print(seen, t.recall("k"))

d = {"a": 1}
print(t.known_hash(d, "b", 2), d)
print(t.known_hash(d, (1, 2), None), d)
try:
    t.known_hash(d, [], 1)
except TypeError as e:
    print("TypeError", e)
