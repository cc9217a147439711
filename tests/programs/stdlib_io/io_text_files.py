# open() in text and binary modes, newline handling, seek/tell, errors.
import io
import os

p = "/tmp/oxpy_io_text_%d.txt" % os.getpid()
try:
    with open(p, "w") as f:
        print(type(f).__name__, f.mode, f.writable(), f.readable(), f.encoding.lower())
        print(f.write("line one\nline two\r\nline three\rend"))
    with open(p) as f:
        print(repr(f.read()))
        print(f.newlines)
    with open(p, newline="") as f:
        print(list(f))
    with open(p, newline="\r") as f:
        print(f.readlines())
    with open(p, "rb") as f:
        print(type(f).__name__, f.read(4), f.tell(), f.readline(), f.peek(3)[:3])
        f.seek(-3, 2)
        print(f.read(), f.tell())
    with open(p) as f:
        print(repr(f.readline()), f.tell(), repr(f.read(5)), f.tell())
        f.seek(0)
        print(repr(f.readline(4)), repr(f.readline()))
    with open(p, "a") as f:
        f.write("\nappended")
    with open(p, "r+") as f:
        print(repr(f.read()[-8:]))
    with open(p, "w", encoding="latin-1") as f:
        f.write("caf\u00e9")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    with open(p, encoding="utf-8", errors="surrogateescape") as f:
        print(ascii(f.read()))
    try:
        with open(p, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.start, e.end)
    with open(p, "w", encoding="ascii", errors="backslashreplace") as f:
        f.write("snow\u2603")
    with open(p, "rb") as f:
        print(f.read())
    for mode in ["rw", "rbt", "x+x", ""]:
        try:
            open(p, mode)
        except ValueError as e:
            print("ValueError", e)
    try:
        open(p, "rb", encoding="utf-8")
    except ValueError as e:
        print(e)
    f = open(p)
    f.close()
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print(e)
    try:
        open(p + ".missing")
    except FileNotFoundError as e:
        print(e.errno, e.strerror)
    try:
        open("/tmp")
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno)
    with open(p, "wb", buffering=0) as f:
        print(type(f).__name__, f.write(b"raw"))
finally:
    os.unlink(p)
print(io.DEFAULT_BUFFER_SIZE, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
