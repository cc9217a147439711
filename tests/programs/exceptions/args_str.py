# Exception args, str() and repr() for 0, 1, many args, and special exception attributes.
for exc in [Exception(), Exception("one"), Exception("a", 2), Exception(None), ValueError(""), KeyError("key"),
            KeyError(), KeyError("a", "b"), IndexError(5), OSError(2, "No such file"), OSError(2, "msg", "fname"),
            OSError("just one"), UnicodeError("u"), StopIteration(7), SystemExit(3), AttributeError("attr")]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))
e = OSError(2, "No such file or directory", "missing.txt")
print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
e2 = OSError(1, "op", "src", None, "dst")
print(e2, e2.filename2)
s = StopIteration("v")
print(s.value, StopIteration().value, SystemExit().code, SystemExit(1, 2).code, SystemExit("msg").code)
n = NameError("n", name="var")
print(n.name, AttributeError("a", name="x", obj=5).obj, ImportError("m", name="mod", path="p").path, ImportError().name)
k = KeyError("x")
k.args = ("changed", 1)
print(k, k.args)
k.args = [1]
print(k.args, type(k.args).__name__)
class MyErr(Exception):
    def __init__(self, code, detail):
        super().__init__(f"code {code}")
        self.code, self.detail = code, detail
m = MyErr(404, "not found")
print(m, repr(m), m.args, m.code, m.detail)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
ns = NoSuperInit(1, 2)
print(ns.args, str(ns), repr(ns))
class CustomStr(Exception):
    def __str__(self):
        return "custom message"
print(str(CustomStr("ignored")), repr(CustomStr("ignored")), CustomStr("x").args)
print(str(SyntaxError("msg", ("f.py", 1, 2, "text", 1, 3))), SyntaxError("m").msg, SyntaxError().lineno)
se = SyntaxError("bad", ("file.py", 10, 5, "x = = 1\n", 10, 6))
print(se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, se.msg, se.args)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue, ue.encoding, ue.object, ue.start, ue.end, ue.reason)
print(BaseException("x").with_traceback(None).args, Exception.__new__(Exception).args)
