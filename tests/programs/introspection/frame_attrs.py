# Frame objects via sys._getframe: f_code, f_back, f_locals, f_globals, f_lineno.
import sys
def outer():
    a = 1
    return inner()
def inner():
    b = 2
    fr = sys._getframe()
    back = fr.f_back
    return (fr.f_code.co_name, back.f_code.co_name, back.f_back.f_code.co_name, fr.f_lineno, back.f_lineno,
            sorted(fr.f_locals), back.f_locals["a"], fr.f_globals is globals(), type(fr).__name__)
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_back, sys._getframe().f_lineno)
def depth():
    d = 0
    fr = sys._getframe()
    while fr is not None:
        d += 1
        fr = fr.f_back
    return d
print(depth(), (lambda: depth())())
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
def lineno_changes():
    fr = sys._getframe()
    first = fr.f_lineno
    second = fr.f_lineno
    return second - first
print(lineno_changes())
def builtins_ref():
    return sys._getframe().f_builtins["len"] is len
print(builtins_ref())
def tb_frames():
    try:
        raise ValueError
    except ValueError as e:
        tb = e.__traceback__
        return tb.tb_frame is sys._getframe(), tb.tb_lineno, tb.tb_frame.f_code.co_name
print(tb_frames())
class K:
    def m(self):
        return sys._getframe().f_locals["self"] is self, sys._getframe().f_code.co_qualname
print(K().m())
g = (sys._getframe().f_code.co_name for _ in [1])
print(next(g))
print([sys._getframe().f_code.co_name for _ in [1]])
