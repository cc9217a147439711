import sys
def g(): 1/0
try: g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_next is not None)
    for v in (5, tb):
        try: tb.tb_next = v
        except Exception as x: print(type(x).__name__, x)
    try: del tb.tb_next
    except Exception as x: print(type(x).__name__, x)
    tb.tb_next = None
    print(tb.tb_next)
    raise e.with_traceback(tb)
