# __enter__/__exit__: exception info passed to __exit__, suppression, nesting order, and errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("outer"), CM("inner") as i:
    print("nested body", i)
with CM("s", suppress=True):
    raise ValueError("suppressed!")
print("after suppressed")
try:
    with CM("x"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
try:
    with CM("o", suppress=True), CM("i"):
        raise IndexError("inner raises")
except IndexError:
    print("not reached")
print("outer suppressed inner's exception")
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
for obj in (NoEnter(), NoExit(), 5):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterRaises():
        print("not run")
except OSError as e:
    print(type(e).__name__, e)
with CM("t") as (target):
    pass
class Multi:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return None
with Multi() as (a, [b, c]):
    print(a, b, c)
store = {}
with Multi() as store["k"]:
    pass
print(store)
def in_func():
    with CM("ret"):
        return "returned"
print(in_func())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class TruthyExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "truthy string"
with TruthyExit():
    raise ZeroDivisionError
print("truthy return suppresses")
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
