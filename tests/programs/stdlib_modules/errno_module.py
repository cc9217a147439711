# errno: names, values and errorcode (aliases map to CPython's choice).
import errno
import os

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), len(errno.errorcode))
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
print(list(errno.errorcode.items())[:10])
print(errno.ENOENT == 2, os.strerror(errno.ENOENT))
try:
    open("/nonexistent/file")
except OSError as e:
    print(errno.errorcode[e.errno], type(e).__name__)
print(errno.__name__, errno.__doc__.splitlines()[0])
