# except* with BaseException subclasses, exception groups of one, and the order of clause execution.
def run(exc):
    seen = []
    try:
        try:
            raise exc
        except* KeyboardInterrupt:
            seen.append("KeyboardInterrupt")
        except* ArithmeticError as g:
            seen.append(("Arithmetic", [type(x).__name__ for x in g.exceptions]))
        except* Exception as g:
            seen.append(("Exception", [type(x).__name__ for x in g.exceptions]))
    except BaseException as rest:
        seen.append(("escaped", type(rest).__name__))
    return seen
print(run(BaseExceptionGroup("b", [KeyboardInterrupt(), ZeroDivisionError(), ValueError()])))
print(run(ExceptionGroup("e", [OverflowError(), TypeError(), ZeroDivisionError()])))
print(run(ZeroDivisionError("naked")))
print(run(BaseExceptionGroup("b", [SystemExit(1)])))
print(run(KeyboardInterrupt()))
def wraps_naked():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        info = (type(g).__name__, repr(g.exceptions), g.message)
    return info
print(wraps_naked())
