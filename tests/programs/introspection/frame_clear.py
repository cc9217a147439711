# frame.clear(): drops a finished frame's locals; a running frame raises
# RuntimeError; traceback.clear_frames() (used by unittest's assertRaises).
import sys
import traceback


class Noisy:
    def __del__(self):
        print("freed")


def fails():
    x = Noisy()
    raise ValueError("boom")


try:
    fails()
except ValueError as e:
    tb = e.__traceback__
frame = tb.tb_next.tb_frame
print(frame.f_code.co_name)
print(frame.clear())
print("after clear", sorted(frame.f_locals))
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError", e)


def gen():
    yield 1
    yield 2


g = gen()
next(g)
traceback.clear_frames(tb)
print("cleared", next(g))
