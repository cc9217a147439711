# _stat: constants, the S_IS* tests, S_IMODE, S_IFMT, filemode and messages.
import _stat
import stat

print(stat.S_ISDIR is _stat.S_ISDIR, stat.filemode is _stat.filemode)
names = sorted(n for n in dir(_stat) if not n.startswith('__'))
print(names)
print([(n, getattr(_stat, n)) for n in names if isinstance(getattr(_stat, n), int)])
print(_stat.__doc__.splitlines()[:3], _stat.S_ISDIR.__doc__, _stat.filemode.__doc__)
modes = [0o040755, 0o100644, 0o120777, 0o020666, 0o060660, 0o010600, 0o140755, 0, 0o170777,
         0o104755, 0o102755, 0o101777, 0o107000, 0o041777, 0o100000 | 0o4644, True, 2 ** 32 - 1]
for m in modes:
    tests = [f(m) for f in (_stat.S_ISDIR, _stat.S_ISCHR, _stat.S_ISBLK, _stat.S_ISREG, _stat.S_ISFIFO,
                            _stat.S_ISLNK, _stat.S_ISSOCK, _stat.S_ISDOOR, _stat.S_ISPORT, _stat.S_ISWHT)]
    print(oct(m), _stat.filemode(m), oct(_stat.S_IMODE(m)), oct(_stat.S_IFMT(m)), tests)

class I:
    def __index__(self): return 1
for bad in ["x", -1, 2 ** 32, 2 ** 70, 1.5, I()]:
    for f in (_stat.S_ISDIR, _stat.S_IMODE, _stat.S_IFMT, _stat.filemode):
        try:
            f(bad)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for f in (_stat.S_ISREG, _stat.filemode):
    for a, k in [((), {}), ((1, 2), {}), ((1,), {"x": 2})]:
        try:
            f(*a, **k)
        except TypeError as e:
            print(e)
