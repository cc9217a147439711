# The three arguments __exit__ receives, exceptions raised by __exit__, and __exit__ returning falsy values.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        et, ev, tb = args
        print(len(args), et.__name__ if et else None, repr(ev), type(tb).__name__)
        return None
with Inspect():
    pass
try:
    with Inspect():
        raise KeyError("k")
except KeyError:
    print("propagated")
class ReplaceExc:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            raise TypeError("replaced") from ev
try:
    with ReplaceExc():
        raise ValueError("original")
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
class ExitZero:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0
try:
    with ExitZero():
        raise IndexError("zero is falsy")
except IndexError as e:
    print("not suppressed:", e)
class ExitList:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return [1]
with ExitList():
    raise IndexError("non-empty list is truthy")
print("suppressed by truthy list")
class EnterReturnsOther:
    def __enter__(self):
        return {"resource": True}
    def __exit__(self, *a):
        pass
with EnterReturnsOther() as res:
    print(res)
class OnlyClassLevel:
    pass
o = OnlyClassLevel()
o.__enter__ = lambda: None
o.__exit__ = lambda *a: None
try:
    with o:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
def gen_body():
    with Inspect():
        yield 1
        yield 2
g = gen_body()
print(next(g))
g.close()
