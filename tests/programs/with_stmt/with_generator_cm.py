# A hand-written generator-based context manager (like contextlib.contextmanager) driving enter/exit via a generator.
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def contextmanager(fn):
    return lambda *a, **k: GenCM(fn(*a, **k))
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__, e)
with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
try:
    with tag("b"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
with tag("outer"), tag("inner") as i:
    print("nested", i)
