# Raising while handling an exception whose __context__ chain has a cycle
# terminates (CPython walks the chain with a half-speed second pointer).
import sys


def self_cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    self_cycle()
except Exception as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__ is e.__context__)


def longer_cycle():
    a, b = KeyError("a"), IndexError("b")
    a.__context__ = b
    b.__context__ = a
    try:
        raise a
    except KeyError:
        raise OSError("c")


try:
    longer_cycle()
except OSError as e:
    c = e.__context__
    print(repr(c), repr(c.__context__), repr(c.__context__.__context__))

# Re-raising an exception that is in the handled one's chain cuts the chain.
x, y = ValueError("x"), ValueError("y")
try:
    try:
        raise x
    except ValueError:
        raise y
except ValueError as caught:
    try:
        raise x
    except ValueError as again:
        print(again is x, repr(x.__context__), repr(y.__context__))

# A recursion limit at or below the current depth is refused.
for limit in (1, 2):
    try:
        sys.setrecursionlimit(limit)
    except RecursionError as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())


def nested(n):
    if n == 0:
        try:
            sys.setrecursionlimit(3)
        except RecursionError as e:
            return str(e)
        return "set"
    return nested(n - 1)


print(nested(5))
