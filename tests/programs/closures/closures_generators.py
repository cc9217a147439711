# Closures inside generators and generators inside closures; state shared across resumptions.
def gen_with_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(4):
        add(i)
        yield total
print(list(gen_with_closure()))
def make_gen_factory(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
g3 = make_gen_factory(3)
print(list(g3(4)), list(make_gen_factory(10)(2)))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        cmd = yield count
        if cmd == "bump":
            bump()
        elif cmd == "stop":
            return count
c = counter_gen()
next(c)
c.send("bump"); c.send("bump"); c.send(None)
try:
    c.send("stop")
except StopIteration as e:
    print("final count", e.value)
def lazy_closures():
    for i in range(3):
        yield lambda: i
fs = []
for f in lazy_closures():
    fs.append(f())
print(fs, [f() for f in list(lazy_closures())])
