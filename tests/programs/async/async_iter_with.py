# async for and async with, driven manually.
class Tick:
    def __await__(self):
        yield "tick"
class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i - 1
class AContext:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None, ev)
        await Tick()
        return self.suppress
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            print("ticks:", ticks)
            return e.value
async def main():
    out = []
    async for i in ARange(3):
        out.append(i)
    else:
        out.append("else")
    async with AContext("ctx") as v:
        out.append(v)
    async with AContext("sup", suppress=True):
        raise ValueError("suppressed")
    try:
        async with AContext("nosup"):
            raise KeyError("propagates")
    except KeyError as e:
        out.append("caught " + repr(e))
    async with AContext("a") as a, AContext("b") as b:
        out.append(a + b)
    return out
print(run(main()))
async def comp():
    return [x * 2 async for x in ARange(4) if x != 1]
print(run(comp()))
async def break_loop():
    async for i in ARange(10):
        if i == 2:
            break
    return i
print(run(break_loop()))
class NoAiter:
    pass
async def bad_for():
    async for x in NoAiter():
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)
async def bad_with():
    async with NoAiter():
        pass
try:
    run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad_anext():
    async for x in BadAnext():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(type(e).__name__, e)
