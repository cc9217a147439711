# A tiny round-robin scheduler for coroutines (no asyncio): interleaving and results.
class Yield:
    def __await__(self):
        yield
async def worker(name, n):
    total = 0
    for i in range(n):
        print(f"{name} step {i}")
        total += i
        await Yield()
    return f"{name} total {total}"
def run_all(coros):
    queue = list(coros)
    results = {}
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[c.__qualname__ + ":" + str(len(results))] = e.value
    return results
print(run_all([worker("a", 3), worker("b", 1), worker("c", 2)]))
class Future:
    def __init__(self):
        self.done = False
        self.value = None
    def set(self, v):
        self.done, self.value = True, v
    def __await__(self):
        while not self.done:
            yield self
        return self.value
fut = Future()
async def waiter():
    print("waiting")
    v = await fut
    print("got", v)
    return v * 2
w = waiter()
print(w.send(None) is fut)
print(w.send(None) is fut)
fut.set(21)
try:
    w.send(None)
except StopIteration as e:
    print("waiter result", e.value)
async def gather(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results
async def const(v):
    await Yield()
    return v
g = gather(const(1), const(2), const(3))
steps = 0
while True:
    try:
        g.send(None)
        steps += 1
    except StopIteration as e:
        print(steps, e.value)
        break
