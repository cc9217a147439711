def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)), sum(count(101)))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def delegator():
    r = yield from echo()
    yield ("done", r)
d = delegator()
print(next(d), d.send(1), d.send(None))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer(); print(next(c)); c.close(); print("closed")
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower(); next(t); print(t.throw(ValueError("boom")))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import_free = []
for i, v in zip(range(10), fib()):
    import_free.append(v)
print(import_free)
