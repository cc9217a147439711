# Blocking reads release the GIL, and a text read of n characters returns
# as soon as n are there (it does not wait for more on a pipe).
import io
import os
import signal
import threading
import time

r, w = os.pipe()
got = []
t = threading.Thread(target=lambda: got.append(os.read(r, 100)))
t.start()
time.sleep(0.05)
print("main thread runs while the reader blocks", got)
os.write(w, b"hello")
t.join()
print(got)

f = io.open(r, "r", closefd=False)
os.write(w, b"abcdef\nrest")
print(repr(f.read(6)), repr(f.read(1)), repr(f.read(4)))

# A read interrupted by a signal runs the handler and retries.
def on_alarm(sig, frame):
    os.write(w, b"bar")

signal.signal(signal.SIGALRM, on_alarm)
os.write(w, b"foo")
signal.alarm(1)
print(repr(f.read(6)))
signal.signal(signal.SIGALRM, signal.SIG_DFL)

rb = io.open(r, "rb", closefd=False)
os.write(w, b"xyz")
print(rb.read1(10))
os.close(w)
print(rb.read(), f.read())
