# io.StringIO and io.BytesIO.
import io

s = io.StringIO("first\nsecond\r\nthird")
print(s.readline(), repr(s.read(3)), s.tell(), repr(s.read()), s.read())
s.seek(0)
print(list(s))
s = io.StringIO()
print(s.write("abc"), s.write("\u00e9\U0001f600"), repr(s.getvalue()), s.tell())
s.seek(1)
s.write("XY")
print(repr(s.getvalue()))
s.truncate(2)
print(repr(s.getvalue()))
s = io.StringIO(newline=None)
s.write("a\r\nb\rc\n")
print(repr(s.getvalue()), s.newlines)
s = io.StringIO("a\r\nb\rc\n", newline="")
print(s.readlines())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
try:
    io.StringIO().seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
s.close()
try:
    s.getvalue()
except ValueError as e:
    print(e)

b = io.BytesIO(b"0123456789\nabc")
print(b.read(3), b.readline(), b.tell(), b.read(), b.read())
b.seek(20)
b.write(b"!")
print(b.getvalue())
b.seek(-2, 2)
print(b.read(), b.seekable(), b.readable(), b.writable())
print(io.BytesIO(b"x\ny\n").readlines())
b = io.BytesIO()
print(b.write(b"ab"), b.write(bytearray(b"cd")), b.getvalue(), b.truncate(1), b.getvalue())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
w.write("one\ntwo\n")
w.flush()
print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO("h\u00e9llo\nw\u00f6rld\n".encode()), encoding="utf-8")
print(r.readline(), r.read())
br = io.BufferedReader(io.BytesIO(b"buffered data"))
print(br.read(8), br.peek(1)[:1], br.read())
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase), isinstance(w, io.IOBase))
