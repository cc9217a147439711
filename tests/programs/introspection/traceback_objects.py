# Traceback objects: walking tb_next, tb_frame.f_code, line numbers, and building tracebacks by hand.
import sys
def a():
    b()
def b():
    c()
def c():
    raise KeyError("deep")
try:
    a()
except KeyError as e:
    tb = e.__traceback__
    chain = []
    while tb is not None:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(chain)
    print(sys.exc_info()[2] is e.__traceback__, type(e.__traceback__).__name__)
    TracebackType = type(e.__traceback__)
frame = sys._getframe()
made = TracebackType(None, frame, 0, frame.f_lineno)
print(type(made).__name__, made.tb_next, made.tb_lineno == frame.f_lineno, made.tb_frame is frame)
made.tb_next = None
try:
    made.tb_next = made
except ValueError as err:
    print(type(err).__name__, err)
err = RuntimeError("with manual tb").with_traceback(made)
print(err.__traceback__ is made)
def reraise_keeps_tb():
    try:
        c()
    except KeyError as e:
        first = e.__traceback__
        try:
            raise e
        except KeyError as again:
            return again.__traceback__.tb_next is first, again.__traceback__.tb_frame.f_code.co_name
print(reraise_keeps_tb())
def count_frames(exc):
    n, tb = 0, exc.__traceback__
    while tb:
        n, tb = n + 1, tb.tb_next
    return n
try:
    try:
        a()
    except KeyError as inner:
        print("inner frames:", count_frames(inner))
        raise
except KeyError as outer:
    print("after bare raise:", count_frames(outer))
