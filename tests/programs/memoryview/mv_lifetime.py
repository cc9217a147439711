# memoryview lifetime: release, context manager, exports preventing resize, and views of views.
ba = bytearray(b"0123456789")
views = [memoryview(ba) for _ in range(3)]
try:
    ba.append(0)
except BufferError as e:
    print(type(e).__name__, e)
for v in views:
    v.release()
ba.append(ord("!"))
print(ba)
with memoryview(ba) as outer:
    inner = outer[2:5]
    print(inner.tobytes(), inner.obj is ba)
    try:
        ba.pop()
    except BufferError as e:
        print("still exported via inner:", type(e).__name__)
    inner.release()
print(outer.tobytes() if False else "outer released by with")
try:
    outer[0]
except ValueError as e:
    print(type(e).__name__, e)
ba.pop()
print(ba)
m = memoryview(b"xyz")
m2 = memoryview(m)
print(m2.tobytes(), m2.obj == b"xyz")
m.release()
print(m2.tobytes())
print(memoryview(b"abc").toreadonly().readonly, memoryview(bytearray(b"a")).readonly)
try:
    memoryview(b"x").release() or len(memoryview(b"y"))
    print("len ok")
except ValueError as e:
    print(type(e).__name__, e)
