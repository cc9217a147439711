import unicode_api as u

class MyStr(str):
    pass

def show(f, *args):
    try:
        print(f.__name__, args, "->", f(*args))
    except BaseException as e:
        print(f.__name__, args, "->", type(e).__name__, e)

for v in ["ascii", "caf\xe9", "\u20ac", "\U0001f600!", "", "a\0b", "\ud800", b"bytes", MyStr("sub")]:
    show(u.utf8, v)
for v in ["abc", "\xe9\xff", "\u0100x", "\U00010000z", MyStr("m")]:
    show(u.pep393, v)
for n, m in [(3, 0x7a), (2, 0xff), (2, 0x3042), (2, 0x1f601), (0, 0)]:
    show(u.build, n, m)
show(u.read_write, "hello", 1)
show(u.read_write, "h\u20acllo", 1)
show(u.read_write, "abc", 3)
show(u.read_write, "abc", -1)
show(u.kinds)
show(u.ops, "abcabc", "bc")
show(u.ops, "abc", "abc")
show(u.ops, "xyz", "q")
show(u.join_split, ",", ["a", "b c", "d\ne"])
show(u.join_split, "", ("x", "y"))
show(u.join_split, ",", ["a", 1])
show(u.join_split, ",", "abc")
for args in [("a", "b", 0), ("a", "a", 2), ("b", "a", 4), ("a", 1, 2), ("a", 1, 3)]:
    show(u.richcompare, *args)
show(u.ucs4, "a\u20ac\U0001f600")
show(u.wide, "w\u20ac\U0001f600")
show(u.misc)
for v in ["s", MyStr("m"), 12, b"b"]:
    show(u.fromobject, v)
