# BytesIO.getbuffer(): a writable view of the stream's bytes; the stream
# refuses to resize or close while a view exists. Pure-Python pickle uses it.
import io
b = io.BytesIO(b"abcdef")
m = b.getbuffer()
print(type(m).__name__, bytes(m), len(m), m.readonly)
m[0] = ord("X")
print(b.getvalue())
for op in (lambda: b.write(b"z"), lambda: b.truncate(1), lambda: b.close(), lambda: b.__setstate__((b"", 0, None))):
    try:
        op()
    except BufferError as e:
        print("BufferError", e)
m.release()
b.write(b"q")
print(b.getvalue())
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print("ValueError", e)
import pickle
print(pickle.loads(pickle._dumps([1, (2, "x")], 4)))
