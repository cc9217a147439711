# sys.excepthook draws exception groups as nested boxes: widths over 15, depths over 10, chains and notes inside members.
import sys
def hook_all(e):
    sys.excepthook(type(e), e, e.__traceback__)
def raiser(x):
    raise x
# wide group
try:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])
except ExceptionGroup as e:
    hook_all(e)
# 16 members
hook_all(ExceptionGroup("sixteen", [ValueError(i) for i in range(16)]))
hook_all(ExceptionGroup("seventeen", [ValueError(i) for i in range(17)]))
# deep
g = ValueError("leaf")
for i in range(13):
    g = ExceptionGroup(f"level {i}", [g, TypeError(i)])
hook_all(g)
# chained inside members
def mk():
    errs = []
    for i in range(2):
        try:
            try:
                raise KeyError(i)
            except KeyError as k:
                raise ValueError(f"v{i}") from k
        except ValueError as v:
            errs.append(v)
    try:
        1/0
    except ZeroDivisionError as z:
        try:
            raise RuntimeError("ctx")
        except RuntimeError as r:
            errs.append(r)
    return errs
try:
    raise ExceptionGroup("chained", mk())
except ExceptionGroup as e:
    hook_all(e)
# notes in groups
v = ValueError("noted")
v.add_note("note one\nsecond line")
eg = ExceptionGroup("with notes", [v, BaseExceptionGroup("inner", [KeyboardInterrupt()])])
eg.add_note("group note")
hook_all(eg)
# group as cause of a plain exception
try:
    try:
        raise ExceptionGroup("cause group", [ValueError(1), TypeError(2)])
    except ExceptionGroup as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    hook_all(e)
# nested groups with tracebacks
def inner():
    try:
        raiser(ExceptionGroup("inner raised", [ValueError("x")]))
    except ExceptionGroup as e:
        return e
try:
    raise ExceptionGroup("outer raised", [inner(), inner()])
except ExceptionGroup as e:
    hook_all(e)
# except* re-raise
try:
    try:
        raise ExceptionGroup("star", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("in handler")
except BaseException as e:
    hook_all(e)
class MyEG(ExceptionGroup): pass
hook_all(MyEG("mine", [ValueError()]))
hook_all(ExceptionGroup("", [ValueError()]))
e = ValueError("self")
eg = ExceptionGroup("dup", [e, e])
hook_all(eg)
raise ExceptionGroup("uncaught", [ValueError("last"), ExceptionGroup("nested", [KeyError("k")])])
