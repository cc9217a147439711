import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_lineno, sorted(fr.f_locals)
print(f())
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
def outer():
    x = 5
    def inner():
        return x
    return inner
c = outer().__closure__[0]
print(c.cell_contents)
def gen():
    yield 1
g = gen()
print(g.gi_running, g.gi_frame is not None, g.__name__, g.__qualname__)
next(g)
print(g.gi_frame.f_lineno)
code = f.__code__
print(code.co_name, code.co_argcount, code.co_varnames, code.co_filename.endswith("introspection.py"), code.co_firstlineno)
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, type(c).__name__)
