# Generator close() running finally and with-blocks, return values through close, and yield inside finally.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
def reader():
    with Res("file"):
        try:
            yield "line1"
            yield "line2"
        finally:
            print("reader finally")
g = reader()
print(next(g))
g.close()
print("closed:", g.gi_frame is None)
g2 = reader()
print(list(g2))
def yield_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
g3 = yield_in_finally()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def unstarted():
    try:
        yield
    finally:
        print("never printed: unstarted generator")
g4 = unstarted()
g4.close()
print("closing an unstarted generator runs no code")
def throw_exit():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit via throw")
        raise
g5 = throw_exit()
next(g5)
try:
    g5.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated to caller")
