import iter_gen as g

def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, e)

def gen(n):
    for i in range(n):
        yield i * i
    return "ignored return value"

def failing():
    yield 1
    raise LookupError("inside generator")

show(g.drain, gen(4))
show(g.drain, failing())
show(g.drain, [1, 2])
show(g.drain, iter("abc"))
show(g.drain, (x for x in ()))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
show(g.seq_iter, Seq())
show(g.seq_iter, "xy")
count = iter(range(10)).__next__
show(g.call_iter, count, 4)
def broken():
    raise ValueError("from callable")
show(g.call_iter, broken, None)
log = []
def talker():
    try:
        received = yield "first"
        log.append(("received", received))
        try:
            yield "second"
        except KeyError:
            log.append("caught KeyError")
            yield "after throw"
    finally:
        log.append("finally ran")
show(g.converse, talker())
print(log)
def no_catch():
    yield 1
    yield 2
    yield 3
show(g.converse, no_catch())
show(g.converse, [1])
