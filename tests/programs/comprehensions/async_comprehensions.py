# Async comprehensions and await inside comprehensions in coroutines (driven by hand).
class Tick:
    def __await__(self):
        yield
class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i
async def double(x):
    await Tick()
    return x * 2
async def main():
    a = [x async for x in AIter(3)]
    b = {x: x * x async for x in AIter(3)}
    c = {x % 2 async for x in AIter(5)}
    d = [await double(x) for x in range(3)]
    e = [y async for x in AIter(2) for y in range(x)]
    f = [x async for x in AIter(6) if x % 2 == 0]
    g = (x async for x in AIter(2))
    g_items = [v async for v in g]
    h = [[x async for x in AIter(n)] for n in range(3)]
    return a, b, sorted(c), d, e, f, g_items, h, type(g).__name__
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return steps, e.value
print(run(main()))
try:
    compile("[x async for x in y]", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("def f():\n    return [await x for x in y]\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
compile("async def f():\n    return [x async for x in y]\n", "<s>", "exec")
print("async comprehension inside async def compiles")
