# Frames of finished calls may be reused by later calls: frames that escaped
# (sys._getframe, tracebacks, generators) must keep their own state, and
# objects in a finished call's locals are destroyed when it returns.
import sys


def grab(x):
    y = x * 2
    return sys._getframe()


kept = [grab(i) for i in range(3)]
print([f.f_locals for f in kept], [f.f_code.co_name for f in kept])
print(len({id(f) for f in kept}))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holder(n):
    obj = Noisy(n)
    return n


print(holder("a"))
print(holder("b"))


def fail(n):
    local = Noisy("in failing frame %d" % n)
    raise ValueError(n)


try:
    fail(1)
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_locals["n"], tb.tb_next.tb_frame.f_code.co_name)
del tb
print("after del tb")


def rec(n):
    if n == 0:
        out = []
        f = sys._getframe()
        while len(out) < 3:
            out.append(f.f_locals["n"])
            f = f.f_back
        return out
    return rec(n - 1)


print(rec(5), rec(2))


def gen(n):
    for i in range(n):
        yield i * i


g = gen(3)
print(next(g), [grab(i).f_locals["y"] for i in range(2)], list(g))


def make_adder(k):
    def add(v):
        return v + k
    return add


adders = [make_adder(k) for k in range(3)]
print([a(10) for a in adders], [a(1) for a in adders])
print(sum(f(i) for f in adders for i in range(3)))
