# Coroutine-style generators: averaging, pipeline of filters, and primed consumers.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 30, 5):
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
def producer(items):
    for i in items:
        yield i
def evens(src):
    for i in src:
        if i % 2 == 0:
            yield i
def squared(src):
    for i in src:
        yield i * i
def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v
print(list(take(4, squared(evens(producer(range(100)))))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fib())))
def grouper(size):
    buf = []
    while True:
        item = yield
        if item is None:
            break
        buf.append(item)
        if len(buf) == size:
            print("group", buf)
            buf = []
    print("leftover", buf)
gr = grouper(3)
next(gr)
for x in range(8):
    gr.send(x)
try:
    gr.send(None)
except StopIteration:
    print("grouper finished")
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
