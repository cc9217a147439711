# Coroutine object attributes, types.coroutine-like generator awaitables, and async generator basics.
async def coro(x):
    return x
c = coro(1)
print(type(c).__name__, c.cr_code.co_name, c.cr_frame is not None, c.cr_running, c.cr_await, c.cr_origin)
print(hasattr(c, "__await__"), hasattr(c, "send"), hasattr(c, "__next__"), hasattr(c, "__iter__"))
c.close()
print(c.cr_frame)
c2 = coro(2)
try:
    iter(c2)
except TypeError as e:
    print(type(e).__name__, e)
c2.close()
w = coro(3).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper value", e.value)
async def agen():
    yield 1
    yield 2
ag = agen()
print(type(ag).__name__, ag.__name__, hasattr(ag, "__anext__"), hasattr(ag, "__aiter__"), ag.ag_running)
def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")
print(drive(ag.__anext__()), drive(ag.__anext__()))
try:
    drive(ag.__anext__())
except StopAsyncIteration as e:
    print(type(e).__name__, repr(e))
async def collect():
    return [v async for v in agen()]
print(drive(collect()))
async def uses_agen():
    out = []
    async for v in agen():
        out.append(v * 10)
    return out
print(drive(uses_agen()))
import sys
print(sys.get_coroutine_origin_tracking_depth())
async def nested():
    async def inner():
        return "inner"
    return await inner()
print(drive(nested()), nested.__qualname__)
print(type(coro).__name__, coro.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)
