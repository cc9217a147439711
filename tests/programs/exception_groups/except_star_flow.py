# except* matching, multiple clauses, unhandled remainder, naked exceptions, and re-raise.
def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print("  ValueError clause:", repr(g))
    except* (TypeError, KeyError) as g:
        print("  Type/Key clause:", repr(g))
for exc in [ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)]), ValueError("naked"), ExceptionGroup("only v", [ValueError()])]:
    print("raising", repr(exc))
    run(exc)
try:
    run(ExceptionGroup("mixed", [ValueError(1), OSError(2), IndexError(3)]))
except ExceptionGroup as rest:
    print("remainder:", repr(rest))
try:
    run(OSError("naked other"))
except OSError as e:
    print("naked unmatched propagates as itself:", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), ValueError("b")])
    except* ValueError:
        print("handler runs once for all matching")
        raise
except ExceptionGroup as e:
    print("re-raised:", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise KeyError("new in handler")
except ExceptionGroup as e:
    print("combined:", repr(e), [repr(x.__context__) for x in e.exceptions if isinstance(x, KeyError)])
try:
    raise ExceptionGroup("eg", [ValueError()])
except* ValueError:
    pass
else:
    print("not reached")
finally:
    print("finally after except*")
try:
    pass
except* ValueError:
    pass
else:
    print("else runs when nothing raised")
for bad in ["try:\n    pass\nexcept* ExceptionGroup:\n    pass\n", "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n"]:
    try:
        compile(bad, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* (ExceptionGroup,):
        pass
except TypeError as e:
    print(type(e).__name__, e)
