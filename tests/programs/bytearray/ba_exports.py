# bytearray while a buffer is exported: same-size changes work, resizing raises BufferError.
b = bytearray(b"abcdef")
m = memoryview(b)
def attempt(label, f):
    try:
        f()
        print(label, "ok", b)
    except BufferError as e:
        print(label, type(e).__name__, e)

attempt("setitem", lambda: b.__setitem__(0, 65))
attempt("same-size slice", lambda: b.__setitem__(slice(1, 3), b"BC"))
attempt("ext slice", lambda: b.__setitem__(slice(None, None, 2), b"xyz"))
attempt("reverse", lambda: b.reverse())
attempt("iadd empty", lambda: b.__iadd__(b""))
attempt("append", lambda: b.append(1))
attempt("extend", lambda: b.extend(b"gh"))
attempt("insert", lambda: b.insert(0, 1))
attempt("pop", lambda: b.pop())
attempt("remove", lambda: b.remove(b[0]))
attempt("clear", lambda: b.clear())
attempt("del item", lambda: b.__delitem__(0))
attempt("del slice", lambda: b.__delitem__(slice(0, 2)))
attempt("grow slice", lambda: b.__setitem__(slice(0, 1), b"long"))
attempt("iadd", lambda: b.__iadd__(b"x"))
attempt("imul", lambda: b.__imul__(2))
attempt("imul 1", lambda: b.__imul__(1))
attempt("init", lambda: b.__init__(b"new"))
print(m.tobytes(), m.obj is b)
m2 = m[1:3]
m.release()
attempt("append after one release", lambda: b.append(1))
m2.release()
attempt("append after all released", lambda: b.append(33))
with memoryview(b) as v:
    attempt("in with", lambda: b.extend(b"?"))
attempt("after with", lambda: b.extend(b"?"))
views = [memoryview(b) for _ in range(3)]
del views[0]
attempt("two left", lambda: b.pop())
views.clear()
attempt("none left", lambda: b.pop())
mv = memoryview(b)
inner = memoryview(mv)
mv.release()
attempt("inner alive", lambda: b.pop())
del inner
attempt("inner freed", lambda: b.pop())
