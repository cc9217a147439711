# add_note/__notes__, with_traceback, __traceback__ attributes (tb_lineno, tb_next, tb_frame).
e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
e2 = KeyError("k")
e2.__notes__ = ["preset"]
e2.add_note("appended")
print(e2.__notes__)
e3 = Exception()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
print(hasattr(Exception(), "__notes__"))
def fail():
    raise RuntimeError("in fail")
try:
    fail()
except RuntimeError as exc:
    tb = exc.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
    print(tb.tb_lasti >= 0, tb.tb_frame.f_globals is globals(), tb.tb_next.tb_frame.f_back is tb.tb_frame)
print(Exception().__traceback__)
x = ValueError("no tb")
y = x.with_traceback(None)
print(y is x, x.__traceback__)
try:
    raise ValueError("with tb")
except ValueError as v:
    saved = v.__traceback__
w = TypeError("reuse")
w.with_traceback(saved)
print(w.__traceback__ is saved, w.__traceback__.tb_lineno)
try:
    w.with_traceback("bad")
except TypeError as err:
    print(type(err).__name__, err)
try:
    w.__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)
def depth():
    try:
        def a():
            def b():
                raise IndexError
            b()
        a()
    except IndexError as e:
        t = e.__traceback__
        names = []
        while t:
            names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
            t = t.tb_next
        return names
print(depth())
try:
    try:
        raise KeyError
    except KeyError as inner:
        inner.add_note("added while handling")
        raise
except KeyError as outer:
    print(outer.__notes__)
