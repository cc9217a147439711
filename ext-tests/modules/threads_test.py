import threading
import threads as t

progress = []
def spin(stop):
    while not stop.is_set():
        progress.append(1)
        stop.wait(0.001)

stop = threading.Event()
th = threading.Thread(target=spin, args=(stop,))
th.start()
print(t.sleep_without_gil(200))
stop.set()
th.join()
print("other thread ran while C slept:", len(progress) > 0)

seen = []
def callback(msg):
    seen.append((msg, threading.current_thread() is threading.main_thread()))
    return msg.upper()
print(t.call_from_c_thread(callback))
print(seen)
def failing(msg):
    raise ValueError(msg)
print(t.call_from_c_thread(failing))
print(t.locks())
print(t.thread_ident() == threading.get_ident())
results = []
def in_thread():
    results.append(t.thread_ident() == threading.get_ident() and t.thread_ident() != threading.main_thread().ident)
ts = [threading.Thread(target=in_thread) for _ in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(results)
print(t.save_restore())
