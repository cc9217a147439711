import mmap, os, tempfile
print(mmap.PAGESIZE > 0, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.MAP_SHARED)
m = mmap.mmap(-1, 4096)
m.write(b"hello world")
print(m.tell(), m[:11], m[0], len(m), m.find(b"world"), m.rfind(b"o"))
m.seek(0); print(m.read(5), m.readline()[:6])
m[0:5] = b"HELLO"; print(m[:11])
m.move(6, 0, 5); print(m[:11])
m.close(); print(m.closed)
fd, path = tempfile.mkstemp()
os.write(fd, b"abcdefgh" * 1024)
with mmap.mmap(fd, 0) as f:
    print(len(f), f[:8], f.size())
    f[:3] = b"XYZ"
    f.flush()
os.close(fd)
with open(path, "rb") as fh:
    print(fh.read(8))
with open(path, "r+b") as fh:
    with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as r:
        try:
            r[0] = 1
        except TypeError as e:
            print("TypeError", e)
        print(r.find(b"gh"), bytes(memoryview(r)[:4]))
os.unlink(path)
try:
    mmap.mmap(-1, -1)
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
