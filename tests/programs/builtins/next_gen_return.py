# next() with a default on a generator that returns a value; callable() on
# methods; gi_code; try/except*/finally control flow.
def g():
    yield 1
    return 5
it = g()
print(next(it), next(it, "dflt"), next(it, "again"))
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
print(callable(C().m), callable(C.cm), callable(C.sm), callable(C.m), callable(len), callable(C()), callable(C))
print(g.__code__ is g().gi_code, g().gi_code.co_name, g().gi_frame.f_code is g.__code__)
def star(kind):
    try:
        raise ExceptionGroup("eg", [kind()])
    except* ValueError:
        print("value handler")
    except* TypeError:
        print("type handler")
    finally:
        print("finally", kind.__name__)
star(ValueError)
star(TypeError)
try:
    star(KeyError)
except ExceptionGroup as e:
    print("propagated", repr(e))
def star_in_handler():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), TypeError("b")])
    except* ValueError:
        import sys
        print("current:", repr(sys.exc_info()[1]))
    except* TypeError:
        pass
star_in_handler()
