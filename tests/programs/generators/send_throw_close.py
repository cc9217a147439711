# Generator send/throw/close semantics.
def echo():
    print("started")
    received = None
    while True:
        try:
            received = yield received
            print("got", received)
        except ValueError as e:
            print("caught", e)
            received = "recovered"
        finally:
            pass
g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
print(g.gi_frame is None)
try:
    g.send(5)
except StopIteration as e:
    print("StopIteration", e.value)
g2 = echo()
try:
    g2.send("not None")
except TypeError as e:
    print(type(e).__name__, e)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup on close")
c = closer()
next(c)
c.close()
c.close()
def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored exit"
r = refuses()
next(r)
try:
    r.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def throw_out():
    yield 1
t = throw_out()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
t2 = throw_out()
try:
    t2.throw(IndexError)
except IndexError as e:
    print("thrown before start", type(e).__name__)
print(list(t2))
def returns():
    x = yield 1
    return x * 2
rg = returns()
next(rg)
try:
    rg.send(21)
except StopIteration as e:
    print("return value", e.value)
def catches_exit():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
ce = catches_exit()
next(ce)
ce.close()
def close_return():
    try:
        yield
    except GeneratorExit:
        return "ignored return"
cr = close_return()
next(cr)
print(cr.close())
