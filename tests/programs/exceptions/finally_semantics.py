def f():
    try:
        return 1
    finally:
        print("f finally")
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("h body", i)
        finally:
            print("h finally", i)
print(f(), g())
h()
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    else:
        print("no")
nested()
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
try:
    raise KeyError("x") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
try:
    try:
        1 / 0
    finally:
        print("cleanup runs")
except ZeroDivisionError:
    print("propagated")
def gen_err():
    try:
        yield 1
    except GeneratorExit:
        print("generator exit seen")
        raise
g2 = gen_err(); next(g2); g2.close()
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), ValueError.__mro__)
