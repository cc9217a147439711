# try/except/else/finally on every path, with exceptions in handlers, returns, and loops.
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "return":
            return log + ["returned from try"]
        if mode == "other":
            raise KeyError("k")
    except ValueError:
        log.append("except")
        if mode == "raise":
            log.append("handled")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for mode in ("ok", "raise", "return"):
    print(mode, run(mode))
try:
    run("other")
except KeyError as e:
    print("other escaped", repr(e))
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally after handler raised")
try:
    handler_raises()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def finally_return_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallowed the exception"
print(finally_return_swallows())
def finally_overrides_return():
    try:
        return 1
    finally:
        return 2
print(finally_overrides_return())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
    finally:
        print("outer finally")
nested()
def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())
def except_star_free_reraise():
    try:
        try:
            raise ValueError(1)
        except ValueError as e:
            raise e from None
    except ValueError as e:
        return e.__suppress_context__, repr(e.__context__)
print(except_star_free_reraise())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("loop finally", count)
