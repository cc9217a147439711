def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("k")
    return n
for n in range(3):
    try:
        print(risky(n))
    except ValueError as e:
        print("ValueError", e, e.args)
    except LookupError as e:
        print("LookupError", repr(e), str(e))
    else:
        print("no error")
    finally:
        print("finally", n)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(e, repr(e.__context__))
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except MyError as e:
    print(e, e.code, isinstance(e, Exception))
def f():
    try:
        return "try"
    finally:
        print("cleanup before return")
print(f())
def g():
    try:
        raise ValueError
    except ValueError:
        return "from except"
print(g())
e = ValueError("x", 2); print(e.args, str(e), repr(e), repr(ValueError()), str(KeyError("a")))
try:
    raise
except RuntimeError as e:
    print(e)
err = Exception("note")
err.add_note("extra info")
print(err.__notes__)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError", e)
