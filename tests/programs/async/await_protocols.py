# What can be awaited: coroutines, objects with __await__ returning iterators, and the errors for bad awaitables.
def run(c):
    out = []
    while True:
        try:
            out.append(c.send(None))
        except StopIteration as e:
            return out, e.value
class Good:
    def __await__(self):
        yield "g1"
        yield "g2"
        return "good result"
class IterAwait:
    def __await__(self):
        return iter(["i1", "i2"])
class ReturnsNonIter:
    def __await__(self):
        return 5
class ReturnsGeneratorObj:
    def __await__(self):
        def g():
            yield "from gen obj"
            return "gen obj result"
        return g()
async def main():
    results = [await Good()]
    results.append(await IterAwait())
    results.append(await ReturnsGeneratorObj())
    for bad in (ReturnsNonIter(), 5, None):
        try:
            await bad
        except TypeError as e:
            results.append(f"{type(e).__name__}: {e}")
    return results
print(run(main()))
class AwaitAttr:
    pass
a = AwaitAttr()
a.__await__ = lambda: iter([])
async def instance_attr():
    try:
        await a
    except TypeError as e:
        return str(e)
print(run(instance_attr()))
def gen_based():
    yield "from generator"
    return "gen result"
async def await_gen():
    try:
        return await gen_based()
    except TypeError as e:
        return str(e)
print(run(await_gen()))
async def nested():
    async def one():
        return 1
    async def two():
        return await one() + 1
    return await two() + await one()
print(run(nested()))
