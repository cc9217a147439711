import unicode_more as u

def show(f, *args):
    try:
        print(f.__name__, "->", ascii(f(*args)))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

class MyStr(str):
    pass

show(u.format, "%s-%d-%.2f-%r", ("a", 3, 1.5, "q"))
show(u.format, "%(k)s", {"k": "mapped"})
show(u.format, "%d", ("x",))
show(u.format, "%s %s", ("one",))
show(u.format, "100%", ())
show(u.format, b"bytes %s", (1,))
show(u.append, "ab", "cd")
show(u.append, MyStr("m"), "n")
show(u.from_encoded, b"caf\xc3\xa9")
show(u.from_encoded, b"caf\xe9", "latin-1")
show(u.from_encoded, b"caf\xe9", "utf-8", "replace")
show(u.from_encoded, bytearray(b"ba"), None)
show(u.from_encoded, "already str")
show(u.from_encoded, 5)
show(u.escapes, "tab\t\u20ac\U0001f600\\")
show(u.escapes, 1)
for s in ["name", "_x1", "1x", "", "caf\xe9", "a-b", "\u0661"]:
    show(u.identifier, s)
show(u.fill, 3, "z")
show(u.fill, 2, "\u20ac")
print(u.checks("s"), u.checks(MyStr()), u.checks(b"b"))
show(u.intern, "some_identifier")
show(u.intern, "with space!")
