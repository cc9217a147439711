# Generator attributes and states: gi_running, gi_frame, gi_code, gi_yieldfrom, re-entrancy.
def g():
    yield 1
    yield 2
gen = g()
print(gen.__name__, gen.__qualname__, gen.gi_running, gen.gi_code.co_name, gen.gi_frame is not None, gen.gi_yieldfrom)
print(gen.gi_frame.f_lineno, gen.gi_frame.f_lasti >= -1)
next(gen)
print(gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def running_check():
    yield runner.gi_running
runner = running_check()
print(next(runner))
def outer():
    yield from inner_gen
def inner():
    yield "x"
    yield "y"
inner_gen = inner()
o = outer()
next(o)
print(o.gi_yieldfrom is inner_gen, o.gi_yieldfrom.__name__)
def stops_iteration():
    yield 1
    raise StopIteration("inside")
try:
    list(stops_iteration())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def local_state():
    total = 0
    for i in range(3):
        total += i
        yield total
print(list(local_state()), [list(local_state()) for _ in range(2)])
import sys
def frame_locals():
    a = 1
    yield
    b = 2
    yield
fl = frame_locals()
next(fl)
print(sorted(fl.gi_frame.f_locals))
next(fl)
print(sorted(fl.gi_frame.f_locals))
class Holder:
    def gen_method(self):
        yield self
h = Holder()
print(next(h.gen_method()) is h, Holder.gen_method.__qualname__, h.gen_method().__qualname__)
