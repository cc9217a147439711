# os: files, directories, stat, scandir, environ, and OSError details.
import os
import stat

base = "/tmp/oxpy_os_files_%d" % os.getpid()
os.mkdir(base)
try:
    p = os.path.join(base, "a.txt")
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello\nworld\n"))
    os.close(fd)
    st = os.stat(p)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st), type(st).__name__)
    print(st[stat.ST_SIZE] == st.st_size, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
    os.close(fd)
    os.mkdir(os.path.join(base, "sub"))
    os.symlink(p, os.path.join(base, "link"))
    print(sorted(os.listdir(base)))
    print(os.readlink(os.path.join(base, "link")) == p)
    for e in sorted(os.scandir(base), key=lambda e: e.name):
        print(e.name, e.is_file(), e.is_dir(), e.is_symlink(), e.is_file(follow_symlinks=False), repr(e))
    os.rename(p, os.path.join(base, "b.txt"))
    print(sorted(os.listdir(base)), os.path.exists(p))
    os.utime(os.path.join(base, "b.txt"), (1000000000, 1200000000))
    st = os.stat(os.path.join(base, "b.txt"))
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    os.chmod(os.path.join(base, "b.txt"), 0o600)
    print(oct(stat.S_IMODE(os.stat(os.path.join(base, "b.txt")).st_mode)))
    for bad in [lambda: os.stat(os.path.join(base, "missing")),
                lambda: os.mkdir(os.path.join(base, "sub")),
                lambda: os.rmdir(os.path.join(base, "b.txt")),
                lambda: os.listdir(os.path.join(base, "b.txt")),
                lambda: os.close(987654)]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, None if e.filename is None else os.path.basename(e.filename))
    try:
        os.rename(os.path.join(base, "nope"), os.path.join(base, "nope2"))
    except FileNotFoundError as e:
        print(str(e).replace(base, "BASE"))
    print(os.fspath(b"x"), os.fsencode("caf\u00e9"), os.fsdecode(b"caf\xc3\xa9"))
    os.environ["OXPY_TEST_VAR"] = "v1"
    print(os.environ["OXPY_TEST_VAR"], os.getenv("OXPY_TEST_VAR"), os.environb[b"OXPY_TEST_VAR"])
    del os.environ["OXPY_TEST_VAR"]
    print("OXPY_TEST_VAR" in os.environ)
    r, w = os.pipe()
    os.write(w, b"through the pipe")
    os.close(w)
    print(os.read(r, 100), os.read(r, 100))
    os.close(r)
    print(os.get_inheritable(0) in (True, False), os.getpid() > 0, os.cpu_count() >= 1, len(os.urandom(7)))
    print(os.waitstatus_to_exitcode(3 << 8), os.strerror(2), os.uname().sysname)
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
