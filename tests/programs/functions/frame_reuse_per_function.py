# A function's finished frame is kept for its next call: replacing
# __code__, re-entering the function from a __del__ run while the frame is
# emptied, frames escaping from a reused frame, and namespaces that only a
# function's kept frame still reaches must all behave as if every call had a
# new frame.
import gc
import sys
import weakref


def first(a, b):
    return a + b


def second(a, b):
    return a * b


print(first(2, 3), first(4, 5))
first.__code__ = second.__code__
print(first(2, 3), first(4, 5))


class Reenter:
    def __init__(self, depth):
        self.depth = depth

    def __del__(self):
        print("del", self.depth, work(self.depth - 1))


def work(depth):
    if depth <= 0:
        return "leaf"
    keep = Reenter(depth)
    return "depth %d" % depth


print(work(2))
print(work(1))


def where(n):
    if n == 2:
        return sys._getframe()
    return n


print(where(0), where(1))
f = where(2)
print(f.f_locals, where(3), f.f_locals)


def boom(n):
    marker = [n]
    raise KeyError(n)


for i in range(3):
    try:
        boom(i)
    except KeyError as e:
        tb = e.__traceback__.tb_next
        print(tb.tb_frame.f_locals["marker"], tb.tb_lineno)
        del tb


class Witness:
    pass


def make_namespace():
    ns = {}
    exec("class C: pass\nobj = C()\ndef use(x):\n    return x + 1\n", ns)
    ns["use"](1)
    ns["use"](2)
    return weakref.ref(ns["obj"])


r = make_namespace()
gc.collect()
print("namespace freed:", r() is None)


def counter():
    n = 0

    def step(k):
        nonlocal n
        n += k
        return n

    return step


s1, s2 = counter(), counter()
print([s1(1) for _ in range(3)], [s2(10) for _ in range(2)], s1(0))


def kw(a, b=5, *, c=7):
    return a, b, c


print(kw(1), kw(1, 2), kw(1, c=3), kw(a=4), kw(1))
